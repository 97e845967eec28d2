// Embedded name lists for the generator. Sizable on purpose: matching quality depends on how often
// names repeat ("Smith" vs "Ó Súilleabháin"), so common names come first and are drawn more often.
// Every character must exist in Windows-1252, because the sign-up sheet is written in it.

export const MALE_FIRST = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua',
  'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan',
  'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon',
  'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Frank', 'Patrick', 'Raymond', 'Jack', 'Dennis', 'Jerry',
  'Tyler', 'Aaron', 'José', 'Adam', 'Nathan', 'Henry', 'Douglas', 'Zachary', 'Peter', 'Kyle',
  'Ethan', 'Walter', 'Noah', 'Jeremy', 'Christian', 'Keith', 'Roger', 'Terry', 'Gerald', 'Harold',
  'Sean', 'Austin', 'Carl', 'Arthur', 'Lawrence', 'Dylan', 'Jesse', 'Jordan', 'Bryan', 'Billy',
  'Joe', 'Bruce', 'Gabriel', 'Logan', 'Albert', 'Willie', 'Alan', 'Juan', 'Wayne', 'Elijah',
  'Randy', 'Roy', 'Vincent', 'Ralph', 'Eugene', 'Russell', 'Bobby', 'Mason', 'Philip', 'Louis',
  'Liam', 'Oliver', 'Lucas', 'Aiden', 'Ayden', 'Seamus', 'Ciarán', 'Declan', 'Eóin', 'Niall',
  'Hamish', 'Angus', 'Jürgen', 'Lukas', 'Matthias', 'Søren', 'Björn', 'André', 'Jesús', 'Andrés',
  'Rafael', 'Miguel', 'Alejandro', 'Santiago', 'Mateo', 'Diego', 'François', 'Rémi', 'Wei', 'Hiroshi',
  'Raj', 'Arjun', 'Mohammed', 'Omar', 'Kwame', 'Dmitri', 'Pieter', 'Jan', 'Sebastián', 'Thiago',
];

export const FEMALE_FIRST = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Lisa', 'Nancy', 'Betty', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Dorothy', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia',
  'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen',
  'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Catherine', 'Maria', 'Heather',
  'Diane', 'Ruth', 'Julie', 'Olivia', 'Joyce', 'Virginia', 'Victoria', 'Kelly', 'Lauren', 'Christina',
  'Joan', 'Evelyn', 'Judith', 'Megan', 'Andrea', 'Cheryl', 'Hannah', 'Jacqueline', 'Martha', 'Gloria',
  'Teresa', 'Ann', 'Sara', 'Madison', 'Frances', 'Kathryn', 'Janice', 'Jean', 'Abigail', 'Alice',
  'Judy', 'Sophia', 'Grace', 'Denise', 'Amber', 'Doris', 'Marilyn', 'Danielle', 'Beverly', 'Isabella',
  'Theresa', 'Diana', 'Natalie', 'Brittany', 'Charlotte', 'Marie', 'Kayla', 'Alexis', 'Lori', 'Ava',
  'Zoë', 'Chloë', 'Renée', 'Siobhán', 'Aoife', 'Niamh', 'Saoirse', 'Mairéad', 'Eilidh', 'Isla',
  'Fiona', 'Ingrid', 'Anneliese', 'Jördis', 'Ximena', 'Lucía', 'María José', 'Sofía', 'Valentina', 'Camila',
  'Inés', 'Beatriz', 'Hélène', 'Océane', 'Mei', 'Yuki', 'Priya', 'Aisha', 'Fatima', 'Amara',
  'Svetlana', 'Anouk', 'Femke', 'Mary Ann', 'Anne-Marie', 'Jo Ann', 'Katarína', 'Agnès', 'Noémie', 'Dagný',
];

// Nicknames a person really goes by in one system and not another; keys are formal names.
export const NICKNAMES = {
  William: ['Bill', 'Will', 'Billy', 'Liam'], Robert: ['Bob', 'Rob', 'Bobby', 'Bert'], Richard: ['Rick', 'Dick', 'Rich'],
  James: ['Jim', 'Jimmy', 'Jamie'], John: ['Jack', 'Johnny'], Michael: ['Mike', 'Mikey'], Joseph: ['Joe', 'Joey'],
  Thomas: ['Tom', 'Tommy'], Charles: ['Charlie', 'Chuck'], Christopher: ['Chris', 'Topher'], Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt'], Anthony: ['Tony'], Steven: ['Steve'], Stephen: ['Steve'], Andrew: ['Andy', 'Drew'],
  Joshua: ['Josh'], Kenneth: ['Ken', 'Kenny'], Timothy: ['Tim'], Ronald: ['Ron', 'Ronnie'], Edward: ['Ed', 'Eddie', 'Ted'],
  Jeffrey: ['Jeff'], Jacob: ['Jake'], Nicholas: ['Nick'], Jonathan: ['Jon'], Lawrence: ['Larry'], Benjamin: ['Ben'],
  Samuel: ['Sam'], Gregory: ['Greg'], Alexander: ['Alex', 'Xander'], Patrick: ['Pat', 'Paddy'], Raymond: ['Ray'],
  Gerald: ['Jerry'], Zachary: ['Zach'], Peter: ['Pete'], Douglas: ['Doug'], Philip: ['Phil'], Eugene: ['Gene'],
  Russell: ['Russ'], Albert: ['Al'], Vincent: ['Vince'], Harold: ['Hal', 'Harry'], Henry: ['Hank', 'Harry'],
  Francisco: ['Paco'], José: ['Pepe'], Alejandro: ['Alex'],
  Elizabeth: ['Liz', 'Beth', 'Betsy', 'Lizzie'], Margaret: ['Maggie', 'Peggy', 'Meg'], Patricia: ['Pat', 'Patty', 'Tricia'],
  Jennifer: ['Jen', 'Jenny'], Barbara: ['Barb'], Susan: ['Sue', 'Susie'], Jessica: ['Jess'], Katherine: ['Kate', 'Kathy', 'Katie'],
  Kathryn: ['Kate', 'Kathy'], Catherine: ['Cathy', 'Kate'], Kimberly: ['Kim'], Deborah: ['Deb', 'Debbie'],
  Rebecca: ['Becky', 'Becca'], Samantha: ['Sam'], Christine: ['Chris', 'Tina'], Christina: ['Tina', 'Chris'],
  Victoria: ['Vicky', 'Tori'], Abigail: ['Abby'], Pamela: ['Pam'], Cynthia: ['Cindy'], Jacqueline: ['Jackie'],
  Stephanie: ['Steph'], Alexis: ['Lexi'], Dorothy: ['Dot', 'Dottie'], Theresa: ['Terri'], Teresa: ['Terri'],
  Judith: ['Judy'], Amanda: ['Mandy'], Frances: ['Fran'], Virginia: ['Ginny'], Isabella: ['Bella', 'Izzy'],
  Beverly: ['Bev'], Sandra: ['Sandy'], Valentina: ['Vale'],
};

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
  'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper',
  'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson',
  'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes',
  'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham',
  'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson',
  'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens',
  'McDonald', 'MacDonald', 'McCarthy', 'McKenzie', 'MacLeod', 'McLaughlin', 'MacGregor', 'McNamara', 'Mackay', 'McIntyre',
  "O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "O'Reilly", "O'Donnell", "O'Hara", "D'Angelo", "D'Souza", 'Fitzgerald',
  'van der Berg', 'van der Meer', 'van Dijk', 'de Vries', 'van den Broek', 'de Jong', 'Van Buren', 'ter Horst', 'von Bülow', 'de la Cruz',
  'García López', 'Martínez Ruiz', 'Fernández de Córdoba', 'Sánchez-Vicario', 'Rodríguez Pérez', 'Gómez Ortega', 'Núñez', 'Muñoz', 'Peña', 'Ibáñez',
  'Müller', 'Schröder', 'Schäfer', 'Weiß', 'Köhler', 'Großmann', 'Öztürk', 'Jørgensen', 'Åberg', 'Lefèvre',
  'Smith-Jones', 'Lloyd-Webber', 'St. John', 'Bradley-Cooper', 'Abu-Bakr', 'Le', 'Ng', 'Wu', 'Ito', 'Yamamoto',
  'Kowalski', 'Nowak', 'Ivanov', 'Petrov', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Singh', 'Chatterjee',
];

// Surnames drawn far more often than their list position suggests, as in real populations.
export const COMMON_LAST_SHARE = 0.35;
export const COMMON_LAST_COUNT = 20;

export const COMPANY_WORDS = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne',
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Pinnacle', 'Summit', 'Bluebird', 'Redwood', 'Ironbridge',
  'Harbor', 'Keystone', 'Lighthouse', 'Meridian', 'Silverline', 'Evergreen', 'Granite', 'Cascade', 'Beacon', 'Atlas',
];
export const COMPANY_KINDS = ['Logistics', 'Dental', 'Consulting', 'Foods', 'Labs', 'Partners', 'Health', 'Systems', 'Media', 'Realty'];
export const COMPANY_FORMS = ['Inc.', 'LLC', 'Ltd', 'Co.', 'Group', 'GmbH', 'Corp.'];

export const FREE_EMAIL_DOMAINS = [
  'gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com',
  'comcast.net', 'msn.com', 'live.com', 'protonmail.com', 'me.com', 'verizon.net', 'att.net',
];
export const COUNTRY_EMAIL_DOMAINS = {
  GB: ['btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com'],
  CA: ['rogers.com', 'shaw.ca', 'sympatico.ca'],
  AU: ['bigpond.com', 'optusnet.com.au'],
  DE: ['web.de', 'gmx.de', 't-online.de'],
};

// Misspellings of real mail domains seen in sign-up forms; injected as `email_domain_typo`.
export const DOMAIN_TYPOS = {
  'gmail.com': ['gmial.com', 'gmai.com', 'gmail.co', 'gnail.com', 'gmail.con'],
  'yahoo.com': ['yaho.com', 'yahooo.com', 'yahoo.co'],
  'hotmail.com': ['hotmial.com', 'hotmal.com', 'hotmail.co'],
  'outlook.com': ['outlok.com', 'outloo.com'],
  'aol.com': ['aol.co', 'aoll.com'],
  'icloud.com': ['icloud.co', 'iclod.com'],
};
