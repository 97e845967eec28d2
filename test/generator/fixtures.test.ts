// The committed sample and validation fixtures are exactly what the generator makes from their
// recorded options, so they can be regenerated (bench/README.md) instead of hand-edited.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM JavaScript with JSDoc types, outside the TypeScript project
import { writeDataset } from '../../bench/lib/dataset.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'cdm-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FILES = ['crm-contacts.csv', 'shop-customers.ndjson', 'signup-sheet.csv', '.truth/truth.csv', '.truth/injected.csv'];

describe.each([
  ['fixtures/sample', { seed: 42, people: 300 }],
  ['fixtures/validation', { seed: 7, people: 300, countries: ['US'], errorRate: 0.3 }],
])('%s', (dir, options) => {
  it.each(FILES)('%s is reproducible from the generator', (file) => {
    const out = join(tmp, dir);
    if (!existsSync(join(out, file))) writeDataset(out, { ...options, sourcePrefix: dir });
    expect(readFileSync(join(out, file)).equals(readFileSync(join(dir, file)))).toBe(true);
  });
});
