// Birth dates keep the year and mask the rest (`1980-05-17` → `1980-**-**`): the age band is
// useful in a report, the exact day narrows a person down.

const YEAR = /^(1[89]|2[01])\d\d$/;
const COMPACT_DATE = /^((?:1[89]|2[01])\d\d)(\d{4})$/;

export function maskDate(value: string): string {
  const text = value.trim();
  const compact = COMPACT_DATE.exec(text);
  if (compact) return `${compact[1]}****`;
  let yearKept = false;
  // Words are masked too, but for month names (the day is masked anyway) and single letters
  // (ISO's T and Z): a date column can hold other text (`Jane Doe born 1980-05-17`) that masking
  // digits alone would show.
  return text
    .replace(/\d+/g, (run) => {
      if (!yearKept && YEAR.test(run)) {
        yearKept = true;
        return run;
      }
      return '*'.repeat(run.length);
    })
    .replace(WORD, (word) => (MONTHS.has(word.toLowerCase()) ? word : '*'.repeat(word.length)));
}

const WORD = /\p{L}{2,}/gu;
const MONTHS: ReadonlySet<string> = new Set(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m) => [m, m.slice(0, 3)]).concat('sept'),
);
