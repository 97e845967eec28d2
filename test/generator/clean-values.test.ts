// Outside the injected list, generated values must be valid, or a validator's precision measured on
// these datasets would be wrong. Checked with the same libraries a validator would use.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import validator from 'validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM JavaScript with JSDoc types, outside the TypeScript project
import { writeDataset } from '../../bench/lib/dataset.mjs';
// @ts-expect-error -- plain ESM JavaScript
import { FEMALE_FIRST, LAST_NAMES, MALE_FIRST, NICKNAMES } from '../../bench/lib/names.mjs';
// @ts-expect-error -- plain ESM JavaScript
import { DE_STREETS, STREET_NAMES, US_CITIES, GB_CITIES, CA_CITIES, AU_CITIES, DE_CITIES } from '../../bench/lib/places.mjs';

type Row = Record<string, string>;
interface Cell { source: string; row: number; field: string; value: string; country: string }

const tmp = mkdtempSync(join(tmpdir(), 'cdm-clean-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const COUNTRY_OF: Record<string, string> = {
  US: 'US', USA: 'US', 'United States': 'US', 'United States of America': 'US', 'U.S.': 'US', '': 'US',
  'United Kingdom': 'GB', UK: 'GB', GB: 'GB', England: 'GB', Canada: 'CA', CA: 'CA', Australia: 'AU', AU: 'AU',
  Germany: 'DE', Deutschland: 'DE', DE: 'DE',
};

let cells: Cell[] = [];
let injected = new Set<string>();

beforeAll(() => {
  const dir = join(tmp, 'set');
  writeDataset(dir, { seed: 3, people: 3000, errorRate: 0.05, sourcePrefix: 's' });
  const crm = parse(readFileSync(join(dir, 'crm-contacts.csv')), { columns: true, bom: true }) as Row[];
  const signup = parse(iconv.decode(readFileSync(join(dir, 'signup-sheet.csv')), 'win1252'), { columns: true, delimiter: ';' }) as Row[];
  const shop = readFileSync(join(dir, 'shop-customers.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  crm.forEach((r, i) => {
    const country = COUNTRY_OF[r['Mailing Country']] ?? 'US';
    for (const [field, value] of [['Email', r.Email], ['Mobile Phone', r['Mobile Phone']], ['Home Phone', r['Home Phone']], ['Birthdate', r.Birthdate]]) {
      cells.push({ source: 's/crm-contacts.csv', row: i + 1, field, value, country });
    }
  });
  signup.forEach((r, i) => {
    for (const field of ['E-mail', 'Phone', 'Date of birth']) cells.push({ source: 's/signup-sheet.csv', row: i + 1, field, value: r[field], country: 'US' });
  });
  shop.forEach((r: { email: string | null; phone: string | null; default_address: { country_code: string } | null }, i: number) => {
    const country = r.default_address?.country_code ?? 'US';
    cells.push({ source: 's/shop-customers.ndjson', row: i + 1, field: 'email', value: r.email ?? '', country });
    cells.push({ source: 's/shop-customers.ndjson', row: i + 1, field: 'phone', value: r.phone ?? '', country });
  });
  const list = parse(readFileSync(join(dir, '.truth', 'injected.csv')), { columns: true }) as Row[];
  injected = new Set(list.map((e) => `${e.source}|${e.row}|${e.field}`));
  cells = cells.filter((c) => c.value !== '' && !injected.has(`${c.source}|${c.row}|${c.field}`));
});

describe('values outside the injected list', () => {
  it('are valid email addresses', () => {
    const emails = cells.filter((c) => /mail/i.test(c.field));
    expect(emails.length).toBeGreaterThan(2000);
    expect(emails.filter((c) => !validator.isEmail(c.value))).toEqual([]);
  });

  it('are valid phone numbers for the record country (international numbers for their own)', () => {
    const phones = cells.filter((c) => /phone/i.test(c.field));
    expect(phones.length).toBeGreaterThan(2000);
    expect(phones.filter((c) => !isValidPhoneNumber(c.value, c.country as CountryCode))).toEqual([]);
  });

  it('are real calendar dates of birth in the past', () => {
    const dates = cells.filter((c) => /birth/i.test(c.field));
    const bad = dates.filter((c) => {
      const [a, b, y] = c.value.split('/').map(Number);
      const [m, d] = c.field === 'Birthdate' ? [a, b] : [b, a];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCDate() !== d || date.getUTCMonth() !== m - 1 || y > 2024 || y < 1900;
    });
    expect(dates.length).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});

describe('embedded lists', () => {
  const everyName = [...MALE_FIRST, ...FEMALE_FIRST, ...LAST_NAMES, ...Object.values(NICKNAMES).flat(), ...STREET_NAMES, ...DE_STREETS,
    ...[US_CITIES, GB_CITIES, CA_CITIES, AU_CITIES, DE_CITIES].flat().map((c: { city: string }) => c.city)] as string[];

  it('survive a round trip through Windows-1252 (the sign-up sheet encoding)', () => {
    expect(everyName.filter((n) => iconv.decode(iconv.encode(n, 'win1252'), 'win1252') !== n)).toEqual([]);
  });

  it.each([["O'Brien"], ['McDonald'], ['MacLeod'], ['van der Berg'], ['García López'], ['Zoë'], ['José']])('include %s', (name) => {
    expect(everyName).toContain(name);
  });

  it('give every US city ZIPs of five digits', () => {
    expect(US_CITIES.flatMap((c: { zips: string[] }) => c.zips).filter((z: string) => !/^\d{5}$/.test(z))).toEqual([]);
  });
});
