// Honorific titles, generational and professional suffixes, and surname particles, as written in
// customer exports. Keys are upper case without periods; values are how cdm writes them.

/** Title spelling → canonical title (no trailing period: "Dr", "Mrs"; British style, stable for matching). */
export const TITLES: ReadonlyMap<string, string> = new Map([
  ['MR', 'Mr'], ['MISTER', 'Mr'], ['MRS', 'Mrs'], ['MISSUS', 'Mrs'], ['MS', 'Ms'], ['MISS', 'Miss'],
  ['MX', 'Mx'], ['DR', 'Dr'], ['DOCTOR', 'Dr'], ['PROF', 'Prof'], ['PROFESSOR', 'Prof'],
  ['REV', 'Rev'], ['REVD', 'Rev'], ['REVEREND', 'Rev'], ['FR', 'Fr'], ['FATHER', 'Fr'], ['SR', 'Sr'],
  ['SIR', 'Sir'], ['DAME', 'Dame'], ['LADY', 'Lady'], ['LORD', 'Lord'], ['HON', 'Hon'],
  ['CAPT', 'Capt'], ['CAPTAIN', 'Capt'], ['COL', 'Col'], ['MAJ', 'Maj'], ['LT', 'Lt'], ['GEN', 'Gen'],
  ['SGT', 'Sgt'], ['HERR', 'Herr'], ['FRAU', 'Frau'], ['MME', 'Mme'], ['MLLE', 'Mlle'], ['M', 'M'],
  ['SRA', 'Sra'], ['SRTA', 'Srta'], ['RABBI', 'Rabbi'], ['IMAM', 'Imam'],
]);

/** Titles that are also ordinary name words or suffixes; only taken as a title when more name follows
 * and (for "Sr", "M") only at the very start of a full name. */
export const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set(['SR', 'M', 'LADY', 'LORD', 'FATHER', 'MISS', 'DAME', 'SIR', 'HON']);

/** Suffix spelling → canonical suffix. */
export const NAME_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['JR', 'Jr'], ['JNR', 'Jr'], ['JUNIOR', 'Jr'], ['SR', 'Sr'], ['SNR', 'Sr'], ['SENIOR', 'Sr'],
  ['II', 'II'], ['III', 'III'], ['IV', 'IV'], ['V', 'V'], ['VI', 'VI'], ['2ND', 'II'], ['3RD', 'III'],
  ['PHD', 'PhD'], ['MD', 'MD'], ['DDS', 'DDS'], ['DMD', 'DMD'], ['DVM', 'DVM'], ['ESQ', 'Esq'],
  ['ESQUIRE', 'Esq'], ['CPA', 'CPA'], ['RN', 'RN'], ['JD', 'JD'], ['MBA', 'MBA'], ['OBE', 'OBE'],
  ['MBE', 'MBE'], ['CBE', 'CBE'], ['KC', 'KC'], ['QC', 'QC'], ['DO', 'DO'], ['PE', 'PE'],
  ['RET', 'Ret'], ['USN', 'USN'], ['USMC', 'USMC'],
]);

/** Suffixes that are also plausible name words ("V" as a middle initial, "Do" as a Vietnamese
 * surname): only taken as a suffix after a comma or when they are not the sole remaining surname. */
export const AMBIGUOUS_SUFFIXES: ReadonlySet<string> = new Set(['V', 'VI', 'DO', 'PE', 'KC', 'RN', 'MD', 'JD']);

/** Lower-case particles that stay lower case inside a surname ("van der Berg", "de la Cruz"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'do',
  'ten', 'ter', 'het', "'t", 'vom', 'zum', 'zur', 'op',
]);

/** Irish surname prefixes written as their own word ("Siobhán Ní Dhomhnaill", "Seán Ó Briain", "Mac
 * Giolla"): part of the surname, capitalised (unlike the particles above). Lower case. */
export const IRISH_SURNAME_PREFIXES: ReadonlySet<string> = new Set(['ní', 'nic', 'ó', 'uí', 'mac', 'mic']);

/** Surnames that begin with "Mac" but are not Mac + capitalised name ("Macias", not "MacIas").
 * Short ones ("Mack", "Macy", "Macon") are safe by length; these are the longer ones. */
export const MAC_EXCEPTIONS: ReadonlySet<string> = new Set([
  'MACHADO', 'MACHIN', 'MACHLIN', 'MACIAS', 'MACIEL', 'MACIEJ', 'MACKIE', 'MACKLIN', 'MACKEY',
  'MACCHIA', 'MACCHI', 'MACEDO', 'MACERA', 'MACHACEK', 'MACKOWIAK', 'MACALUSO', 'MACARIO', 'MACIA',
  'MACKS', 'MACKO', 'MACHAR', 'MACIULIS', 'MACEK', 'MACER', 'MACHO', 'MACON', 'MACOMBER', 'MACRI',
  'MACRO', 'MACARI', 'MACARTNEY', 'MACAN', 'MACHON', 'MACKLE', 'MACKEN', 'MACKER', 'MACHT',
]);
