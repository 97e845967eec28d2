// Makes a header row usable as column names: trimmed, empty names replaced by `column_N`, duplicates
// renamed `name_2`, `name_3`, … — each change reported, since mapping by name depends on it.

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
  return { columns, diagnostics };
}
