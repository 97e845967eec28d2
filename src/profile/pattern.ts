// Value shapes for profiling: digits become 9, letters a/A with runs collapsed, so that
// `(555) 123-4567` reads `(999) 999-9999` and `John Smith` reads `Aa+ Aa+`.

const MAX_PATTERN = 40;

/** The shape of one value. Runs of same-case letters collapse (`a+`); digits do not, because their
 * count is the point (a 4-digit vs a 5-digit postcode). */
export function valuePattern(value: string): string {
  let out = '';
  let run = '';
  let runLength = 0;
  const flush = () => {
    if (runLength > 0) out += runLength > 1 ? `${run}+` : run;
    runLength = 0;
  };
  for (const ch of value) {
    const letter = ch.toLowerCase() !== ch.toUpperCase();
    if (letter) {
      const cls = ch === ch.toUpperCase() ? 'A' : 'a';
      if (cls !== run) flush();
      run = cls;
      runLength++;
      continue;
    }
    flush();
    run = '';
    out += ch >= '0' && ch <= '9' ? '9' : ch;
    if (out.length > MAX_PATTERN) return `${out.slice(0, MAX_PATTERN)}…`;
  }
  flush();
  return out.length > MAX_PATTERN ? `${out.slice(0, MAX_PATTERN)}…` : out;
}
