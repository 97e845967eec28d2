// National ids show their last four characters and their separators (`***-**-6789`), the form
// people are used to seeing on statements. Short ids are masked whole: four of six characters
// would reveal most of one.

const MIN_LENGTH_TO_SHOW_TAIL = 7;
const TAIL = 4;

/** Masks all letters and digits except (for ids long enough) the last `TAIL`, keeping separators. */
export function maskTail(value: string, minLength = MIN_LENGTH_TO_SHOW_TAIL, tail = TAIL): string {
  const chars = Array.from(value.trim());
  const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const shown = alnum >= minLength ? tail : 0;
  let seen = 0;
  return chars
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c;
      seen++;
      return seen > alnum - shown ? c : '*';
    })
    .join('');
}

export function maskNationalId(value: string): string {
  return maskTail(value);
}
