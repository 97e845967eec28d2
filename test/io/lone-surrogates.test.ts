// A JSON string may escape half of a surrogate pair (an emoji cut at an export's length limit):
// the half is read as U+FFFD, so that no later stage meets text that is not Unicode (validator's
// email check threw "URI malformed" on it, an internal error for the whole run).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/index.js';
import { cdm } from '../e2e/run-cdm.js';

const dir = mkdtempSync(join(tmpdir(), 'cdm-surrogate-'));

describe.each([
  { format: 'json', text: '[{"email":"a\\ud83d@gmail.com","name\\udc00":"Ann\\ud800"}]' },
  { format: 'ndjson', text: '{"email":"a\\ud83d@gmail.com","name\\udc00":"Ann\\ud800"}\n' },
])('a lone surrogate in $format', ({ format, text }) => {
  const file = join(dir, `people.${format}`);
  writeFileSync(file, text);

  it('is read as U+FFFD, in values and keys', async () => {
    const table = await readSource(file);
    expect(table.columns).toEqual(['email', 'name\uFFFD']);
    expect(table.rows[0]!.values).toEqual(['a\uFFFD@gmail.com', 'Ann\uFFFD']);
  });

  it('gives validate a finding, not an internal error', () => {
    const run = cdm(['validate', file, '--out', join(dir, `out-${format}`), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { issues: { code: string }[] };
    expect(report.issues.map((i) => i.code)).toContain('email.syntax');
  });
});
