// Embedded geography: real cities with real postcodes and telephone area codes, so that a city,
// its state and its ZIP always agree in the true data (a validator checking consistency finds
// only what we inject).

/**
 * @typedef {object} City
 * @property {string} city
 * @property {string} state     USPS code, or the local region code (ON, NSW, BE …)
 * @property {string[]} zips    real postcodes of the city (outward codes for GB)
 * @property {string[]} area    telephone area codes (national significant prefix)
 */

/** @type {City[]} */
export const US_CITIES = [
  ['New York', 'NY', '10001 10002 10003 10011 10025', '212 718 917 646'], ['Los Angeles', 'CA', '90001 90012 90026 90045', '213 310 323'],
  ['Chicago', 'IL', '60601 60614 60618 60622', '312 773'], ['Houston', 'TX', '77002 77006 77019', '713 832'],
  ['Phoenix', 'AZ', '85003 85004 85016', '602 480'], ['Philadelphia', 'PA', '19103 19104 19147', '215 267'],
  ['San Antonio', 'TX', '78201 78205', '210'], ['San Diego', 'CA', '92101 92103 92109', '619 858'],
  ['Dallas', 'TX', '75201 75204 75206', '214 469'], ['Austin', 'TX', '78701 78704 78745', '512 737'],
  ['Jacksonville', 'FL', '32202 32204', '904'], ['Columbus', 'OH', '43201 43215', '614'],
  ['Charlotte', 'NC', '28202 28203', '704 980'], ['Seattle', 'WA', '98101 98103 98115', '206'],
  ['Denver', 'CO', '80202 80203 80206', '303 720'], ['Boston', 'MA', '02108 02115 02116', '617 857'],
  ['Nashville', 'TN', '37203 37206', '615'], ['Portland', 'OR', '97201 97205 97209', '503 971'],
  ['Las Vegas', 'NV', '89101 89109', '702'], ['Detroit', 'MI', '48201 48226', '313'],
  ['Memphis', 'TN', '38103', '901'], ['Baltimore', 'MD', '21201 21202', '410 443'],
  ['Milwaukee', 'WI', '53202', '414'], ['Albuquerque', 'NM', '87102', '505'],
  ['Atlanta', 'GA', '30303 30305 30308', '404 678'], ['Miami', 'FL', '33125 33130 33131', '305 786'],
  ['Minneapolis', 'MN', '55401 55403', '612'], ['New Orleans', 'LA', '70112 70115', '504'],
  ['Cleveland', 'OH', '44113 44114', '216'], ['Tampa', 'FL', '33602 33606', '813'],
  ['Pittsburgh', 'PA', '15213 15222', '412'], ['Cincinnati', 'OH', '45202', '513'],
  ['St. Louis', 'MO', '63101 63104', '314'], ['Salt Lake City', 'UT', '84101 84102', '801'],
  ['Newark', 'NJ', '07102 07104', '973'], ['Hartford', 'CT', '06103 06106', '860'],
  ['Providence', 'RI', '02903 02906', '401'], ['Burlington', 'VT', '05401', '802'],
  ['Portland', 'ME', '04101', '207'], ['Madison', 'WI', '53703', '608'],
  ['Omaha', 'NE', '68102', '402'], ['Kansas City', 'MO', '64105 64111', '816'],
  ['Raleigh', 'NC', '27601 27603', '919'], ['Richmond', 'VA', '23219 23220', '804'],
  ['Louisville', 'KY', '40202 40204', '502'], ['Indianapolis', 'IN', '46202 46204', '317'],
  ['Sacramento', 'CA', '95814 95816', '916'], ['San Francisco', 'CA', '94102 94110 94114', '415'],
  ['Oakland', 'CA', '94607 94610', '510'], ['San Jose', 'CA', '95112 95113', '408'],
  ['Tucson', 'AZ', '85701 85705', '520'], ['Honolulu', 'HI', '96813 96815', '808'],
  ['Anchorage', 'AK', '99501', '907'], ['Boise', 'ID', '83702', '208'],
  ['Des Moines', 'IA', '50309', '515'], ['Little Rock', 'AR', '72201', '501'],
  ['Birmingham', 'AL', '35203', '205'], ['Jackson', 'MS', '39201', '601'],
  ['Oklahoma City', 'OK', '73102', '405'], ['Fort Worth', 'TX', '76102', '817'],
  ['El Paso', 'TX', '79901', '915'], ['Buffalo', 'NY', '14202', '716'],
  ['Rochester', 'NY', '14604', '585'], ['Albany', 'NY', '12207', '518'],
  ['Charleston', 'SC', '29401', '843'], ['Savannah', 'GA', '31401', '912'],
].map(toCity);

/** @type {City[]} */
export const GB_CITIES = [
  ['London', 'ENG', 'SW1A EC1A W1D N1 SE1 E14', '20'], ['Manchester', 'ENG', 'M1 M4 M20', '161'],
  ['Birmingham', 'ENG', 'B1 B15', '121'], ['Leeds', 'ENG', 'LS1 LS6', '113'],
  ['Glasgow', 'SCT', 'G1 G12', '141'], ['Edinburgh', 'SCT', 'EH1 EH3', '131'],
  ['Bristol', 'ENG', 'BS1 BS8', '117'], ['Cardiff', 'WLS', 'CF10 CF24', '29'],
  ['Belfast', 'NIR', 'BT1 BT7', '28'],
].map(toCity);

/** @type {City[]} */
export const CA_CITIES = [
  ['Toronto', 'ON', 'M5V M4C M6K', '416 647'], ['Ottawa', 'ON', 'K1P K2P', '613'],
  ['Vancouver', 'BC', 'V6B V5K', '604'], ['Montréal', 'QC', 'H2X H3A', '514'],
  ['Calgary', 'AB', 'T2P T3A', '403'], ['Halifax', 'NS', 'B3H B3J', '902'],
].map(toCity);

/** @type {City[]} */
export const AU_CITIES = [
  ['Sydney', 'NSW', '2000 2010 2026', '2'], ['Melbourne', 'VIC', '3000 3056 3141', '3'],
  ['Brisbane', 'QLD', '4000 4101', '7'], ['Perth', 'WA', '6000 6050', '8'], ['Adelaide', 'SA', '5000 5067', '8'],
].map(toCity);

/** @type {City[]} */
export const DE_CITIES = [
  ['Berlin', 'BE', '10115 10437 10999', '30'], ['München', 'BY', '80331 80469', '89'],
  ['Hamburg', 'HH', '20095 22765', '40'], ['Köln', 'NW', '50667 50823', '221'],
  ['Frankfurt am Main', 'HE', '60311 60594', '69'], ['Düsseldorf', 'NW', '40210', '211'],
].map(toCity);

/** Country weights of the customer base: mostly US, some UK, Canada, Australia, Germany. */
export const COUNTRIES = [
  { code: 'US', weight: 85, cities: US_CITIES, dial: '1' },
  { code: 'GB', weight: 5, cities: GB_CITIES, dial: '44' },
  { code: 'CA', weight: 4, cities: CA_CITIES, dial: '1' },
  { code: 'AU', weight: 3, cities: AU_CITIES, dial: '61' },
  { code: 'DE', weight: 3, cities: DE_CITIES, dial: '49' },
];

/** How a country is written in the CRM's free-text country column. */
export const COUNTRY_SPELLINGS = {
  US: ['US', 'USA', 'United States', 'United States of America', 'U.S.'],
  GB: ['United Kingdom', 'UK', 'GB', 'England'],
  CA: ['Canada', 'CA'],
  AU: ['Australia', 'AU'],
  DE: ['Germany', 'Deutschland', 'DE'],
};

/** Full state names, for the CRM rows that spell them out. */
export const US_STATE_NAMES = {
  NY: 'New York', CA: 'California', IL: 'Illinois', TX: 'Texas', AZ: 'Arizona', PA: 'Pennsylvania', FL: 'Florida',
  OH: 'Ohio', NC: 'North Carolina', WA: 'Washington', CO: 'Colorado', MA: 'Massachusetts', TN: 'Tennessee',
  OR: 'Oregon', NV: 'Nevada', MI: 'Michigan', MD: 'Maryland', WI: 'Wisconsin', NM: 'New Mexico', GA: 'Georgia',
  MN: 'Minnesota', LA: 'Louisiana', MO: 'Missouri', UT: 'Utah', NJ: 'New Jersey', CT: 'Connecticut',
  RI: 'Rhode Island', VT: 'Vermont', ME: 'Maine', NE: 'Nebraska', VA: 'Virginia', KY: 'Kentucky', IN: 'Indiana',
  HI: 'Hawaii', AK: 'Alaska', ID: 'Idaho', IA: 'Iowa', AR: 'Arkansas', AL: 'Alabama', MS: 'Mississippi',
  OK: 'Oklahoma', SC: 'South Carolina',
};

export const STREET_NAMES = [
  'Main', 'Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Walnut', 'Spring',
  'North', 'Ridge', 'Church', 'Willow', 'Mill', 'Sunset', 'Highland', 'Jackson', 'Cherry', 'Lincoln', 'Madison',
  'Franklin', 'Jefferson', 'Chestnut', 'Meadow', 'River', 'Forest', 'Center', 'Adams', 'Dogwood', 'Hickory',
  'Martin Luther King Jr', 'Broad', 'Market', 'Front', 'High', 'Union', 'Prospect', 'Liberty', 'Magnolia',
  'Sycamore', 'Birch', 'Laurel', 'Valley', 'Spruce', 'Locust', 'Peachtree', 'Kingsley', 'Victoria', 'Queen',
  'Wellington', 'Bloor', 'King', 'George', 'Collins', 'Elizabeth', 'Rosemont',
  'Fairview', 'Glenwood', 'Woodland', 'Cambridge', 'Orchard', 'Bayview', 'Harbor', 'Canyon', 'Aspen', 'Juniper',
];

/** German streets carry their kind in the name and put the number after it (`Hauptstraße 12`). */
export const DE_STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Gartenweg', 'Kirchplatz',
  'Schulstraße', 'Friedrichstraße', 'Am Markt', 'Mühlenweg', 'Berliner Straße',
];

/** Street suffixes: the USPS abbreviation and the spelled-out word, both seen in exports. */
export const STREET_SUFFIXES = [
  ['St', 'Street'], ['Ave', 'Avenue'], ['Rd', 'Road'], ['Dr', 'Drive'], ['Ln', 'Lane'], ['Blvd', 'Boulevard'],
  ['Ct', 'Court'], ['Pl', 'Place'], ['Way', 'Way'], ['Ter', 'Terrace'], ['Cir', 'Circle'], ['Pkwy', 'Parkway'],
];
export const DIRECTIONS = [['N', 'North'], ['S', 'South'], ['E', 'East'], ['W', 'West']];

/** Unit designators: USPS abbreviation and spelled-out forms. */
export const UNIT_KINDS = [['Apt', 'Apartment'], ['Unit', 'Unit'], ['Ste', 'Suite'], ['#', '#'], ['Fl', 'Floor']];

/**
 * @param {string[]} row  city, state, space-separated postcodes, space-separated area codes
 * @returns {City}
 */
function toCity([city, state, zips, area]) {
  return { city, state, zips: zips.split(' '), area: area.split(' ') };
}
