// USPS Publication 28, Appendix C1 (street suffixes) and the directionals of §233: every primary
// name and the common misspellings the appendix lists, mapped to the standard abbreviation.
// Abbreviations are written in Title Case here because cdm writes street lines in Title Case.

/** Standard abbreviation → the spellings that mean it (the abbreviation itself included implicitly). */
const SUFFIX_SPELLINGS: Readonly<Record<string, string>> = {
  Aly: 'ALLEY ALLEE ALLY', Anx: 'ANEX ANNEX ANNX', Arc: 'ARCADE', Ave: 'AVENUE AV AVEN AVENU AVN AVNUE',
  Byu: 'BAYOU BAYOO', Bch: 'BEACH', Bnd: 'BEND', Blf: 'BLUFF BLUF', Blfs: 'BLUFFS', Btm: 'BOTTOM BOT BOTTM',
  Blvd: 'BOULEVARD BOUL BOULV BLV', Br: 'BRANCH BRNCH', Brg: 'BRIDGE BRDGE', Brk: 'BROOK', Brks: 'BROOKS',
  Bg: 'BURG', Bgs: 'BURGS', Byp: 'BYPASS BYPA BYPAS BYPS', Cp: 'CAMP CMP', Cyn: 'CANYON CANYN CNYN',
  Cpe: 'CAPE', Cswy: 'CAUSEWAY CAUSWA', Ctr: 'CENTER CEN CENT CENTR CENTRE CNTER CNTR',
  Ctrs: 'CENTERS', Cir: 'CIRCLE CIRC CIRCL CRCL CRCLE', Cirs: 'CIRCLES', Clf: 'CLIFF', Clfs: 'CLIFFS',
  Clb: 'CLUB', Cmn: 'COMMON', Cmns: 'COMMONS', Cor: 'CORNER', Cors: 'CORNERS', Crse: 'COURSE',
  Ct: 'COURT CRT', Cts: 'COURTS', Cv: 'COVE', Cvs: 'COVES', Crk: 'CREEK', Cres: 'CRESCENT CRSENT CRSNT',
  Crst: 'CREST', Xing: 'CROSSING CRSSNG', Xrd: 'CROSSROAD', Xrds: 'CROSSROADS', Curv: 'CURVE',
  Dl: 'DALE', Dm: 'DAM', Dv: 'DIVIDE DIV DVD', Dr: 'DRIVE DRIV DRV', Drs: 'DRIVES', Est: 'ESTATE',
  Ests: 'ESTATES', Expy: 'EXPRESSWAY EXP EXPR EXPRESS EXPW', Ext: 'EXTENSION EXTN EXTNSN',
  Exts: 'EXTENSIONS', Fall: 'FALL', Fls: 'FALLS', Fry: 'FERRY FRRY', Fld: 'FIELD', Flds: 'FIELDS',
  Flt: 'FLAT', Flts: 'FLATS', Frd: 'FORD', Frds: 'FORDS', Frst: 'FOREST FORESTS', Frg: 'FORGE FORG',
  Frgs: 'FORGES', Frk: 'FORK', Frks: 'FORKS', Ft: 'FORT FRT', Fwy: 'FREEWAY FREEWY FRWAY FRWY',
  Gdn: 'GARDEN GARDN GRDEN GRDN', Gdns: 'GARDENS GRDNS', Gtwy: 'GATEWAY GATEWY GATWAY GTWAY',
  Gln: 'GLEN', Glns: 'GLENS', Grn: 'GREEN', Grns: 'GREENS', Grv: 'GROVE GROV', Grvs: 'GROVES',
  Hbr: 'HARBOR HARB HARBR HRBOR', Hbrs: 'HARBORS', Hvn: 'HAVEN', Hts: 'HEIGHTS HT',
  Hwy: 'HIGHWAY HIGHWY HIWAY HIWY HWAY', Hl: 'HILL', Hls: 'HILLS', Holw: 'HOLLOW HLLW HOLLOWS HOLWS',
  Inlt: 'INLET', Is: 'ISLAND ISLND', Iss: 'ISLANDS ISLNDS', Isle: 'ISLES', Jct: 'JUNCTION JCTION JCTN JUNCTN JUNCTON',
  Jcts: 'JUNCTIONS JCTNS', Ky: 'KEY', Kys: 'KEYS', Knl: 'KNOLL KNOL', Knls: 'KNOLLS', Lk: 'LAKE',
  Lks: 'LAKES', Land: 'LAND', Lndg: 'LANDING LNDNG', Ln: 'LANE', Lgt: 'LIGHT', Lgts: 'LIGHTS',
  Lf: 'LOAF', Lck: 'LOCK', Lcks: 'LOCKS', Ldg: 'LODGE LDGE LODG', Loop: 'LOOPS', Mall: 'MALL',
  Mnr: 'MANOR', Mnrs: 'MANORS', Mdw: 'MEADOW', Mdws: 'MEADOWS MEDOWS', Mews: 'MEWS', Ml: 'MILL',
  Mls: 'MILLS', Msn: 'MISSION MISSN MSSN', Mtwy: 'MOTORWAY', Mt: 'MOUNT MNT', Mtn: 'MOUNTAIN MNTAIN MNTN MOUNTIN MTIN',
  Mtns: 'MOUNTAINS MNTNS', Nck: 'NECK', Orch: 'ORCHARD ORCHRD', Oval: 'OVL', Opas: 'OVERPASS',
  Park: 'PARKS PRK', Pkwy: 'PARKWAY PARKWY PKWAY PKY PARKWAYS PKWYS', Pass: 'PASS', Psge: 'PASSAGE',
  Path: 'PATHS', Pike: 'PIKES', Pne: 'PINE', Pnes: 'PINES', Pl: 'PLACE', Pln: 'PLAIN', Plns: 'PLAINS',
  Plz: 'PLAZA PLZA', Pt: 'POINT', Pts: 'POINTS', Prt: 'PORT', Prts: 'PORTS', Pr: 'PRAIRIE PRR',
  Radl: 'RADIAL RAD RADIEL', Ramp: 'RAMP', Rnch: 'RANCH RANCHES RNCHS', Rpd: 'RAPID', Rpds: 'RAPIDS',
  Rst: 'REST', Rdg: 'RIDGE RDGE', Rdgs: 'RIDGES', Riv: 'RIVER RVR RIVR', Rd: 'ROAD', Rds: 'ROADS',
  Rte: 'ROUTE', Row: 'ROW', Rue: 'RUE', Run: 'RUN', Shl: 'SHOAL', Shls: 'SHOALS', Shr: 'SHORE SHOAR',
  Shrs: 'SHORES SHOARS', Skwy: 'SKYWAY', Spg: 'SPRING SPNG SPRNG', Spgs: 'SPRINGS SPNGS SPRNGS',
  Spur: 'SPURS', Sq: 'SQUARE SQR SQRE SQU', Sqs: 'SQUARES SQRS', Sta: 'STATION STATN STN',
  Stra: 'STRAVENUE STRAV STRAVEN STRAVN STRVN STRVNUE', Strm: 'STREAM STREME', St: 'STREET STRT STR',
  Sts: 'STREETS', Smt: 'SUMMIT SUMIT SUMITT', Ter: 'TERRACE TERR', Trwy: 'THROUGHWAY',
  Trce: 'TRACE TRACES', Trak: 'TRACK TRACKS TRKS', Trfy: 'TRAFFICWAY', Trl: 'TRAIL TRAILS TRLS',
  Trlr: 'TRAILER TRLRS', Tunl: 'TUNNEL TUNEL TUNLS TUNNELS TUNNL', Tpke: 'TURNPIKE TRNPK TURNPK',
  Upas: 'UNDERPASS', Un: 'UNION', Uns: 'UNIONS', Vly: 'VALLEY VALLY VLLY', Vlys: 'VALLEYS',
  Via: 'VIADUCT VDCT VIADCT', Vw: 'VIEW', Vws: 'VIEWS', Vlg: 'VILLAGE VILL VILLAG VILLG VILLIAGE',
  Vlgs: 'VILLAGES', Vl: 'VILLE', Vis: 'VISTA VIST VST VSTA', Walk: 'WALKS', Wall: 'WALL', Way: 'WY',
  Ways: 'WAYS', Wl: 'WELL', Wls: 'WELLS',
};

function invert(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [abbreviation, spellings] of Object.entries(table)) {
    map.set(abbreviation.toUpperCase(), abbreviation);
    for (const spelling of spellings.split(' ')) map.set(spelling, abbreviation);
  }
  return map;
}

/** Upper-case spelling (no periods) → USPS standard suffix abbreviation in Title Case. */
export const STREET_SUFFIXES: ReadonlyMap<string, string> = invert(SUFFIX_SPELLINGS);

/** Upper-case spelling → USPS directional abbreviation (always upper case: N, NE, …). */
export const DIRECTIONALS: ReadonlyMap<string, string> = new Map([
  ['N', 'N'], ['NORTH', 'N'], ['S', 'S'], ['SOUTH', 'S'], ['E', 'E'], ['EAST', 'E'], ['W', 'W'], ['WEST', 'W'],
  ['NE', 'NE'], ['NORTHEAST', 'NE'], ['NORTH-EAST', 'NE'], ['NW', 'NW'], ['NORTHWEST', 'NW'], ['NORTH-WEST', 'NW'],
  ['SE', 'SE'], ['SOUTHEAST', 'SE'], ['SOUTH-EAST', 'SE'], ['SW', 'SW'], ['SOUTHWEST', 'SW'], ['SOUTH-WEST', 'SW'],
]);
