// Division and region splits (`cdm export --partition-by FIELD`): one file per value of a field,
// rows with no value in `unassigned`, and a summary whose counts add up to the whole.

export const UNASSIGNED = 'unassigned';

export interface Partition {
  /** The field's value, or '' for rows without one. */
  value: string;
  /** The partition's label in the summary: the value, or `unassigned`. */
  label: string;
  /** File name stem (no extension), safe on every file system and unique within the split. */
  stem: string;
  rows: Record<string, string>[];
}

/** Splits rows by `field`; partitions sorted by value (code-point order), `unassigned` last. */
export function partitionRows(rows: readonly Record<string, string>[], field: string): Partition[] {
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const value = (row[field] ?? '').trim();
    let group = groups.get(value);
    if (!group) groups.set(value, (group = []));
    group.push(row);
  }
  const values = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const used = new Set<string>();
  return values.map((value) => {
    const label = value === '' ? UNASSIGNED : value;
    const stem = uniqueStem(value === '' ? UNASSIGNED : safeStem(value), used);
    return { value, label, stem, rows: groups.get(value)! };
  });
}

/** Letters, digits, '-', '_' and '.' survive; anything else (slashes, spaces, ':') becomes '_'. */
function safeStem(value: string): string {
  const stem = value.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '_').slice(0, 80);
  return stem === '' ? '_' : stem;
}

/** Two values can sanitize alike ("A/B", "A B"), and file systems may fold case: number repeats. */
function uniqueStem(stem: string, used: Set<string>): string {
  let candidate = stem;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
