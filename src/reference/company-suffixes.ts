// Legal-form suffixes of company names (US, UK, EU, AU, …). Dropped from a company's match key so
// that "Acme Inc." and "ACME, LLC" meet; the displayed name keeps them.

/** Single-word legal forms, upper case, periods removed ("S.A.R.L." → "SARL"). */
export const COMPANY_LEGAL_WORDS: ReadonlySet<string> = new Set([
  'INC', 'INCORPORATED', 'LLC', 'LLP', 'LP', 'LTD', 'LIMITED', 'CORP', 'CORPORATION', 'CO', 'COMPANY',
  'PLC', 'PC', 'PLLC', 'PTY', 'PTE', 'GMBH', 'AG', 'KG', 'OHG', 'UG', 'EV', 'SA', 'SAS', 'SARL', 'SASU',
  'SL', 'SRL', 'SPA', 'BV', 'NV', 'VOF', 'AB', 'AS', 'ASA', 'OY', 'OYJ', 'APS', 'KK', 'SE', 'SC', 'SCA',
  'CV', 'LDA', 'BHD', 'SDN', 'NL', 'ULC', 'CIC',
]);

/** Multi-word legal forms, as lower-case word sequences, longest first. */
export const COMPANY_LEGAL_PHRASES: readonly (readonly string[])[] = [
  ['gmbh', 'and', 'co', 'kg'],
  ['gmbh', 'co', 'kg'],
  ['co', 'ltd'],
  ['pty', 'ltd'],
  ['pvt', 'ltd'],
  ['private', 'limited'],
  ['public', 'limited', 'company'],
  ['limited', 'liability', 'company'],
  ['s', 'a'],
  ['s', 'l'],
  ['b', 'v'],
  ['n', 'v'],
  ['and', 'co'],
];
