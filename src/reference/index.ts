// Reference data (codes, abbreviations, name affixes) as plain data modules, shared by the
// normalizers and open to the validate and match stages.

export { ISO_COUNTRIES, COUNTRY_VARIANTS } from './countries.js';
export { US_STATES, CA_PROVINCES, AU_STATES, SUBDIVISIONS_BY_COUNTRY } from './subdivisions.js';
export type { SubdivisionTable } from './subdivisions.js';
export { STREET_SUFFIXES, DIRECTIONALS } from './street-suffixes.js';
export { UNIT_DESIGNATORS } from './unit-designators.js';
export type { UnitDesignator } from './unit-designators.js';
export { TITLES, AMBIGUOUS_TITLES, NAME_SUFFIXES, AMBIGUOUS_SUFFIXES, SURNAME_PARTICLES, MAC_EXCEPTIONS } from './name-affixes.js';
export { COMPANY_LEGAL_WORDS, COMPANY_LEGAL_PHRASES } from './company-suffixes.js';
