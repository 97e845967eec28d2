// Birth dates keep the year and mask the rest (`1980-05-17` → `1980-**-**`): the age band is
// useful in a report, the exact day narrows a person down.

const YEAR = /^(1[89]|2[01])\d\d$/;
const COMPACT_DATE = /^((?:1[89]|2[01])\d\d)(\d{4})$/;

export function maskDate(value: string): string {
  const text = value.trim();
  const compact = COMPACT_DATE.exec(text);
  if (compact) return `${compact[1]}****`;
  let yearKept = false;
  return text.replace(/\d+/g, (run) => {
    if (!yearKept && YEAR.test(run)) {
      yearKept = true;
      return run;
    }
    return '*'.repeat(run.length);
  });
}
