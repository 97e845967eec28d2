// Makes a header row usable as column names: trimmed, empty names replaced by `column_N`, duplicates
// renamed `name_2`, `name_3`, … — each change reported, since mapping by name depends on it; and
// says when the "header" is plainly a record (a file exported without its header line).

import type { Diagnostic } from '../core/diagnostic.js';

export function normalizeHeader(cells: string[], source: string): { columns: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const trimmed = cells.map((cell) => cell.trim());
  const taken = new Set(trimmed.filter((name) => name !== ''));
  const seen = new Set<string>();
  const columns = trimmed.map((name, i) => {
    if (name === '') {
      let fresh = `column_${i + 1}`;
      for (let n = 2; taken.has(fresh); n++) fresh = `column_${i + 1}_${n}`;
      taken.add(fresh);
      seen.add(fresh);
      diagnostics.push({
        source,
        row: 0,
        field: fresh,
        code: 'header.empty',
        severity: 'warning',
        message: `Column ${i + 1} has no header; it is named ${fresh}. Give it a name in the file or map it in the config.`,
      });
      return fresh;
    }
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name}_${n}`)) n++;
    const fresh = `${name}_${n}`;
    taken.add(fresh);
    seen.add(fresh);
    diagnostics.push({
      source,
      row: 0,
      field: fresh,
      code: 'header.duplicate',
      severity: 'warning',
      message: `Column ${i + 1} repeats the header "${name}"; it is renamed ${fresh}. Rename it in the file if the columns differ.`,
      value: name,
    });
    return fresh;
  });
  const data = dataLikeCell(trimmed);
  if (data >= 0) {
    diagnostics.unshift({
      source,
      row: 0,
      field: columns[data]!,
      code: 'header.looks_like_data',
      severity: 'warning',
      message: `The first line looks like a record, not a header (column ${data + 1} holds an email address or a number); it is read as the header, so it is no row of the data. Add a header line naming the columns.`,
      value: trimmed[data]!,
    });
  }
  return { columns, diagnostics };
}

// An email address, or a number of 5+ digits (a phone, an id, a postcode), is no column name.
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const NUMBER = /^[+(]?\d[\d\s().\-/]{3,}\d$/;

/** The first header cell that is plainly a value (a file exported without its header line), or -1. */
function dataLikeCell(cells: readonly string[]): number {
  return cells.findIndex((cell) => EMAIL.test(cell) || (NUMBER.test(cell) && cell.replace(/\D/g, '').length >= 5));
}
