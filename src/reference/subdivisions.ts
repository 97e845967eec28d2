// States, provinces and territories of the countries whose exports we see most (US, CA, AU), with
// the spellings people type: full names, postal codes, AP-style and old abbreviations, French names.

export interface SubdivisionTable {
  /** Postal code → official name. */
  names: Readonly<Record<string, string>>;
  /** Extra spellings → postal code (names and codes themselves are always accepted). */
  variants: Readonly<Record<string, string>>;
}

export const US_STATES: SubdivisionTable = {
  names: {
    AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
    CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
    IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
    ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
    MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
    NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
    ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
    RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
    UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
    WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
    VI: 'Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
    // USPS military "states"
    AA: 'Armed Forces Americas', AE: 'Armed Forces Europe', AP: 'Armed Forces Pacific',
  },
  variants: {
    // AP style and other traditional abbreviations (periods are folded away before lookup).
    Ala: 'AL', Alas: 'AK', Ariz: 'AZ', Ark: 'AR', Cal: 'CA', Calif: 'CA', Colo: 'CO', Col: 'CO',
    Conn: 'CT', Del: 'DE', Fla: 'FL', Flor: 'FL', Ga: 'GA', Ida: 'ID', Ill: 'IL', Ills: 'IL',
    Ind: 'IN', Kan: 'KS', Kans: 'KS', Ken: 'KY', Kent: 'KY', Ky: 'KY', La: 'LA', Md: 'MD',
    Mass: 'MA', Mich: 'MI', Minn: 'MN', Miss: 'MS', Mo: 'MO', Mont: 'MT', Neb: 'NE', Nebr: 'NE',
    Nev: 'NV', 'N H': 'NH', 'N J': 'NJ', 'N M': 'NM', 'N Mex': 'NM', 'N Y': 'NY', 'N C': 'NC',
    'N Car': 'NC', 'N D': 'ND', 'N Dak': 'ND', Okla: 'OK', Ore: 'OR', Oreg: 'OR', Pa: 'PA',
    Penn: 'PA', Penna: 'PA', 'R I': 'RI', 'S C': 'SC', 'S Car': 'SC', 'S D': 'SD', 'S Dak': 'SD',
    Tenn: 'TN', Tex: 'TX', Vt: 'VT', Va: 'VA', Wash: 'WA', 'W Va': 'WV', 'W Virg': 'WV',
    Wis: 'WI', Wisc: 'WI', Wyo: 'WY', 'D C': 'DC', 'Washington DC': 'DC', 'Washington D C': 'DC',
    'US Virgin Islands': 'VI', 'Virgin Islands of the United States': 'VI',
  },
};

export const CA_PROVINCES: SubdivisionTable = {
  names: {
    AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador', NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut',
    ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
  },
  variants: {
    Alta: 'AB', 'B C': 'BC', 'Colombie Britannique': 'BC', Man: 'MB', 'N B': 'NB',
    'Nouveau Brunswick': 'NB', Newfoundland: 'NL', Nfld: 'NL', NF: 'NL', 'Terre Neuve et Labrador': 'NL',
    Labrador: 'NL', 'N S': 'NS', 'Nouvelle Ecosse': 'NS', NWT: 'NT', 'N W T': 'NT',
    'Territoires du Nord Ouest': 'NT', Ont: 'ON', PEI: 'PE', 'P E I': 'PE',
    'Ile du Prince Edouard': 'PE', PQ: 'QC', Que: 'QC', Sask: 'SK', Yukon: 'YT',
    'Yukon Territory': 'YT', YK: 'YT',
  },
};

export const AU_STATES: SubdivisionTable = {
  names: {
    NSW: 'New South Wales', VIC: 'Victoria', QLD: 'Queensland', SA: 'South Australia',
    WA: 'Western Australia', TAS: 'Tasmania', NT: 'Northern Territory',
    ACT: 'Australian Capital Territory',
  },
  variants: {
    'N S W': 'NSW', Vict: 'VIC', Qld: 'QLD', Queens: 'QLD', 'S A': 'SA', 'W A': 'WA', Tassie: 'TAS',
    'N T': 'NT', 'A C T': 'ACT', Canberra: 'ACT',
  },
};

/** Countries whose subdivisions we know, by ISO alpha-2. */
export const SUBDIVISIONS_BY_COUNTRY: Readonly<Record<string, SubdivisionTable>> = {
  US: US_STATES,
  CA: CA_PROVINCES,
  AU: AU_STATES,
};
