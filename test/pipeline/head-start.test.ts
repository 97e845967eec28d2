// The validate helper started while the one input is read, on a schema guessed from its first rows
// (pipeline/head-start.ts), must never change a result: its work is kept only when the schema of the
// whole file is the one guessed. Its worker runs the built JavaScript, so the modules come from dist/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as HeadStartModule from '../../src/pipeline/head-start.js';
import type * as PrepareModule from '../../src/pipeline/prepare.js';
import type * as IoModule from '../../src/io/index.js';
import type * as SchemaModule from '../../src/schema/index.js';
import type * as ValidateModule from '../../src/validate/index.js';
import type * as PluginsModule from '../../src/plugins/index.js';
import type * as NormalizeModule from '../../src/normalize/index.js';
import { fromDist, isBuilt } from '../built.js';

const dir = mkdtempSync(join(tmpdir(), 'cdm-head-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIRST = ['James', 'MARY', 'josé', "o'brien", 'n/a', 'Zoë', 'asdf', ''];

/** A CSV of `rows` customers; `dob(k)` gives row k's date of birth. */
function csv(name: string, rows: number, dob: (k: number) => string): string {
  const lines = ['first_name,last_name,email,phone,dob,country'];
  for (let k = 0; k < rows; k++) {
    if (k % 17 === 0) {
      lines.push(`,,n/a,,${dob(k)},US`); // nothing identifies this person: quarantined
      continue;
    }
    lines.push([
      FIRST[k % FIRST.length],
      `Smith${k % 97}`,
      k % 13 === 0 ? 'not-an-email' : `User${k}@Example.org`,
      k % 7 === 0 ? '000-000-0000' : `"+1 (415) 555-${String(k % 10000).padStart(4, '0')}"`,
      dob(k),
      k % 5 === 0 ? '' : 'US',
    ].join(','));
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Day and month both ≤ 12: the order cannot be told from such a value. */
const ambiguous = (k: number) => `0${1 + (k % 9)}/1${k % 3}/19${50 + (k % 50)}`;

describe.skipIf(!isBuilt('pipeline/head-start.js'))('a helper started while the input is read', () => {
  const load = async () => ({
    headStart: await fromDist<typeof HeadStartModule>('pipeline/head-start.js'),
    prepare: await fromDist<typeof PrepareModule>('pipeline/prepare.js'),
    io: await fromDist<typeof IoModule>('io/index.js'),
    schema: await fromDist<typeof SchemaModule>('schema/index.js'),
    validate: await fromDist<typeof ValidateModule>('validate/index.js'),
    plugins: await fromDist<typeof PluginsModule>('plugins/index.js'),
    normalize: await fromDist<typeof NormalizeModule>('normalize/index.js'),
  });

  // The first file's schema is settled by its first rows; the second's date order only by a row
  // after them (a day above 12 proves day-first), so the guess made on the first rows is wrong.
  const cases = [
    { name: 'kept when the whole file has the guessed schema', file: () => csv('same.csv', 70_000, ambiguous), kept: true },
    { name: 'dropped when the whole file proves another schema', file: () => csv('later.csv', 70_000, (k) => (k === 65_000 ? '25/12/1970' : ambiguous(k))), kept: false },
    // Sent every row, then dropped by validateAndNormalize: too few rows for a helper to pay.
    { name: 'kept, then dropped, for a file too short for a helper', file: () => csv('short.csv', 30_000, ambiguous), kept: true },
  ];

  it.each(cases)('is $name, and the results are those of one thread', async ({ file, kept }) => {
    const { headStart, prepare, io, schema, validate, plugins, normalize } = await load();
    const path = file();
    const options = { today: '2026-01-01', defaultNormalizerFor: normalize.defaultNormalizerFor, keep: 'quarantined' as const, threads: 2 };
    const registries = plugins.createRegistries();
    const start = new headStart.HeadStart(undefined, registries, options);
    const table = await io.readSource(path, { onRows: start.onRows });
    const built = schema.buildSchema([table]);
    const helper = start.settle([table], built.schema);
    expect(helper !== undefined).toBe(kept);
    const early = validate.validateAndNormalize([table], built.schema, registries, { ...options, ...(helper ? { helper } : {}) });

    const alone = await prepare.prepare([path], { today: '2026-01-01', threads: 1 }, 'quarantined');
    const viaPrepare = await prepare.prepare([path], { today: '2026-01-01', threads: 2 }, 'quarantined');
    expect(alone.quarantined).toBeGreaterThan(1_000);
    expect(alone.rows).toBe(table.rows.length);
    for (const run of [early, viaPrepare]) {
      expect(JSON.stringify(run.records)).toBe(JSON.stringify(alone.records));
      expect([run.rows, run.quarantined]).toEqual([alone.rows, alone.quarantined]);
      expect(run.fields).toEqual(alone.fields);
    }
    expect(JSON.stringify(early.diagnostics)).toBe(JSON.stringify(alone.diagnostics.filter((d) => d.row > 0)));
    expect(JSON.stringify(viaPrepare.diagnostics)).toBe(JSON.stringify(alone.diagnostics));
    // The wrong guess is the one later date: the whole file is read day-first.
    expect(alone.schema.sources[0]!.columns.find((c) => c.field === 'dob')!.dateOrder).toBe(kept ? 'MDY' : 'DMY');
  }, 180_000);

  it.each([
    { name: 'a file shorter than the rows its guess needs', rows: 12_000, threads: 2 },
    { name: 'a run on one thread', rows: 30_000, threads: 1 },
  ])('is not used for $name', async ({ rows, threads }) => {
    const { headStart, io, schema, plugins, normalize } = await load();
    const start = new headStart.HeadStart(undefined, plugins.createRegistries(), { today: '2026-01-01', defaultNormalizerFor: normalize.defaultNormalizerFor, keep: 'quarantined', threads });
    const table = await io.readSource(csv(`unused-${rows}-${threads}.csv`, rows, ambiguous), { onRows: start.onRows });
    expect(start.settle([table], schema.buildSchema([table]).schema)).toBeUndefined();
  });
});
