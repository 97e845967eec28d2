// The generated dataset: determinism, the three file formats and encodings, and answer files that
// point at real rows.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM JavaScript with JSDoc types, outside the TypeScript project
import { writeDataset } from '../../bench/lib/dataset.mjs';

type Row = Record<string, string>;
const tmp = mkdtempSync(join(tmpdir(), 'cdm-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const name of readdirSync(dir)) if (name !== '.truth') out[name] = readFileSync(join(dir, name));
  for (const name of readdirSync(join(dir, '.truth'))) out[`.truth/${name}`] = readFileSync(join(dir, '.truth', name));
  return out;
}

function csv(text: string | Buffer, delimiter = ','): Row[] {
  return parse(text, { columns: true, bom: true, delimiter, record_delimiter: ['\r\n', '\n'] }) as Row[];
}

describe('determinism', () => {
  it('writes the same bytes for the same seed, and different bytes for another seed', () => {
    writeDataset(join(tmp, 'a'), { seed: 5, people: 400, sourcePrefix: 'data' });
    writeDataset(join(tmp, 'b'), { seed: 5, people: 400, sourcePrefix: 'data' });
    writeDataset(join(tmp, 'c'), { seed: 6, people: 400, sourcePrefix: 'data' });
    const a = filesOf(join(tmp, 'a'));
    const b = filesOf(join(tmp, 'b'));
    const c = filesOf(join(tmp, 'c'));
    expect(Object.keys(a).sort()).toEqual(['.truth/injected.csv', '.truth/truth.csv', 'crm-contacts.csv', 'shop-customers.ndjson', 'signup-sheet.csv']);
    for (const name of Object.keys(a)) expect(a[name].equals(b[name]), name).toBe(true);
    expect(a['crm-contacts.csv'].equals(c['crm-contacts.csv'])).toBe(false);
  });

  it('keeps defaults when an option is passed as undefined', () => {
    const withUndefined = writeDataset(join(tmp, 'u1'), { seed: 9, people: 200, errorRate: undefined });
    const plain = writeDataset(join(tmp, 'u2'), { seed: 9, people: 200 });
    expect(withUndefined.injectedErrors).toBe(plain.injectedErrors);
    expect(plain.injectedErrors).toBeGreaterThan(0);
  });
});

describe('formats and answer files', () => {
  const dir = join(tmp, 'd');
  let summary: { rows: number; entities: number; files: Record<string, { source: string; rows: number }> };
  let crm: Row[];
  let shop: Array<Record<string, unknown>>;
  let signupText: string;
  let signup: Row[];
  let truth: Row[];
  let injected: Row[];

  beforeAll(() => {
    summary = writeDataset(dir, { seed: 11, people: 1500, errorRate: 0.1, sourcePrefix: 'in' });
    crm = csv(readFileSync(join(dir, 'crm-contacts.csv')));
    shop = readFileSync(join(dir, 'shop-customers.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    signupText = iconv.decode(readFileSync(join(dir, 'signup-sheet.csv')), 'win1252');
    signup = csv(signupText, ';');
    truth = csv(readFileSync(join(dir, '.truth', 'truth.csv')));
    injected = csv(readFileSync(join(dir, '.truth', 'injected.csv')));
  });

  it('writes the CRM export as UTF-8 CSV with a BOM and the CRM headers', () => {
    const bytes = readFileSync(join(dir, 'crm-contacts.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Object.keys(crm[0])).toEqual(['Contact ID', 'First Name', 'Last Name', 'Email', 'Mobile Phone', 'Home Phone', 'Mailing Street',
      'Mailing City', 'Mailing State/Province', 'Mailing Zip/Postal Code', 'Mailing Country', 'Birthdate', 'Email Opt Out', 'Last Modified Date']);
    expect(new Set(crm.map((r) => r['Contact ID'])).size).toBe(crm.length);
    // Multi-line street cells (street, newline, unit) are quoted, as Salesforce writes them.
    expect(crm.some((r) => r['Mailing Street'].includes('\n'))).toBe(true);
  });

  it('writes the shop export as NDJSON with a nested default_address', () => {
    expect(Object.keys(shop[0])).toEqual(['id', 'email', 'first_name', 'last_name', 'phone', 'default_address', 'accepts_marketing', 'created_at', 'updated_at']);
    const withAddress = shop.find((r) => r.default_address !== null) as { default_address: Record<string, unknown> };
    expect(Object.keys(withAddress.default_address)).toEqual(['address1', 'address2', 'city', 'province_code', 'zip', 'country_code']);
    expect(shop.every((r) => typeof r.accepts_marketing === 'boolean' && typeof r.id === 'number')).toBe(true);
    expect(shop.some((r) => r.default_address === null)).toBe(true);
  });

  it('writes the sign-up sheet in Windows-1252 with ; and CRLF, with non-ASCII names and DD/MM/YYYY dates', () => {
    const bytes = readFileSync(join(dir, 'signup-sheet.csv'));
    expect(bytes.toString('utf8')).toContain('\uFFFD'); // not valid UTF-8: it really is cp1252
    expect(signupText.startsWith('Name;E-mail;Phone;Date of birth;Postcode;Newsletter?;Signed up\r\n')).toBe(true);
    expect(signupText.split('\r\n').length).toBe(signup.length + 2);
    expect(/[^\x00-\x7f]/.test(signupText)).toBe(true);
    const dobs = signup.map((r) => r['Date of birth']).filter(Boolean);
    expect(dobs.filter((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d)).length).toBe(dobs.length);
    expect(dobs.some((d) => Number(d.slice(0, 2)) > 12)).toBe(true); // day first
    expect(signup.some((r) => /^[^,]+, [^,]+$/.test(r.Name))).toBe(true); // `Last, First`
  });

  it('lists every row exactly once in truth.csv, with the source path as given', () => {
    expect(truth.length).toBe(summary.rows);
    expect(crm.length + shop.length + signup.length).toBe(summary.rows);
    const bySource = new Map<string, number[]>();
    for (const t of truth) bySource.set(t.source, [...(bySource.get(t.source) ?? []), Number(t.row)]);
    const expected: Record<string, number> = { 'in/crm-contacts.csv': crm.length, 'in/shop-customers.ndjson': shop.length, 'in/signup-sheet.csv': signup.length };
    for (const [source, count] of Object.entries(expected)) {
      expect(bySource.get(source)?.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
    expect(new Set(truth.map((t) => t.entity)).size).toBe(1500);
  });

  it.each(['household', 'twin', 'jr_sr'])('labels %s hard negatives as groups of distinct people', (kind) => {
    const members = truth.filter((t) => t.kind === kind);
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((t) => t.hard_negative_group !== '')).toBe(true);
    const entitiesPerGroup = new Map<string, Set<string>>();
    for (const t of members) entitiesPerGroup.set(t.hard_negative_group, (entitiesPerGroup.get(t.hard_negative_group) ?? new Set()).add(t.entity));
    expect([...entitiesPerGroup.values()].some((s) => s.size >= 2)).toBe(true);
  });

  it('makes duplicates: some people appear in several sources, some twice in one', () => {
    const sourcesPerEntity = new Map<string, string[]>();
    for (const t of truth) sourcesPerEntity.set(t.entity, [...(sourcesPerEntity.get(t.entity) ?? []), t.source]);
    const lists = [...sourcesPerEntity.values()];
    expect(lists.some((l) => new Set(l).size === 3)).toBe(true);
    expect(lists.some((l) => new Set(l).size < l.length)).toBe(true);
  });

  it('points each injected error at a real row and column holding the corrupted value', () => {
    expect(injected.length).toBeGreaterThan(100);
    const rowsBySource: Record<string, (row: number, field: string) => unknown> = {
      'in/crm-contacts.csv': (row, field) => crm[row - 1][field],
      'in/signup-sheet.csv': (row, field) => signup[row - 1][field],
      'in/shop-customers.ndjson': (row, field) => field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], shop[row - 1]),
    };
    const kinds = new Set<string>();
    for (const e of injected) {
      const value = rowsBySource[e.source](Number(e.row), e.field);
      expect(typeof value, `${e.source}:${e.row}:${e.field}`).toBe('string');
      kinds.add(e.kind);
      if (e.kind === 'email_domain_typo') expect(value).toMatch(/@(gmial|gmai|gnail|yaho|yahooo|hotmial|hotmal|outlok|outloo|aoll|iclod)\.|\.(co|con)$/);
      if (e.kind === 'invalid_date') expect(value).toMatch(/^(0?2\/(29|30|31)|0?[469]\/31|11\/31|(29|30|31)\/02|31\/0[469]|31\/11)\/\d{4}$/);
      if (e.kind === 'future_dob') expect(Number(String(value).slice(-4))).toBeGreaterThan(2030);
    }
    expect([...kinds].sort()).toEqual(['bad_zip', 'email_domain_typo', 'future_dob', 'invalid_date', 'invalid_email', 'invalid_phone', 'junk']);
  });
});
