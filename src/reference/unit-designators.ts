// USPS Publication 28, Appendix C2 (secondary unit designators), plus the spellings seen in exports
// ("Apartment", "No.", "Flat"). Output in Title Case to match cdm's street lines; '#' stays '#'.

export interface UnitDesignator {
  /** Standard abbreviation as written by cdm. */
  abbreviation: string;
  /** USPS: some designators (Rear, Penthouse…) are complete without a unit number. */
  needsNumber: boolean;
}

const UNIT_SPELLINGS: readonly (readonly [string, boolean, string])[] = [
  ['Apt', true, 'APARTMENT APT APPT APART FLAT'],
  ['Bldg', true, 'BUILDING BLDG BLD'],
  ['Dept', true, 'DEPARTMENT DEPT'],
  ['Fl', true, 'FLOOR FL FLR'],
  ['Hngr', true, 'HANGAR HNGR'],
  ['Key', true, 'KEY'],
  ['Lot', true, 'LOT'],
  ['Pier', true, 'PIER'],
  ['Rm', true, 'ROOM RM'],
  ['Slip', true, 'SLIP'],
  ['Spc', true, 'SPACE SPC'],
  ['Stop', true, 'STOP'],
  ['Ste', true, 'SUITE STE SUIT'],
  ['Trlr', true, 'TRAILER TRLR'],
  ['Unit', true, 'UNIT'],
  ['#', true, '# NO NUMBER NUM'],
  ['Bsmt', false, 'BASEMENT BSMT'],
  ['Frnt', false, 'FRONT FRNT'],
  ['Lbby', false, 'LOBBY LBBY'],
  ['Lowr', false, 'LOWER LOWR'],
  ['Ofc', false, 'OFFICE OFC'],
  ['Ph', false, 'PENTHOUSE PH'],
  ['Rear', false, 'REAR'],
  ['Side', false, 'SIDE'],
  ['Uppr', false, 'UPPER UPPR'],
];

/** Upper-case spelling (no periods) → designator. */
export const UNIT_DESIGNATORS: ReadonlyMap<string, UnitDesignator> = (() => {
  const map = new Map<string, UnitDesignator>();
  for (const [abbreviation, needsNumber, spellings] of UNIT_SPELLINGS) {
    const designator = { abbreviation, needsNumber };
    for (const spelling of spellings.split(' ')) map.set(spelling, designator);
  }
  return map;
})();
