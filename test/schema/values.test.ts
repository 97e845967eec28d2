import { describe, expect, it } from 'vitest';
import { buildSchema, inferColumn, matchValues } from '../../src/schema/index.js';
import { column } from './table.js';

const emails = ['ann@example.com', 'BOB@Example.org', 'c.d+tag@mail.co.uk', 'x_y@z.io', 'joe@acme.com'];
const phones = ['(555) 123-4567', '555.987.6543', '+1 212 555 0199', '415-555-0100 x23', '0412 345 678'];
const dates = ['03/04/1980', '1/2/1975', '12/11/1990', '07/08/1966', '10/10/1970'];
const zips = ['02134', '90210-1234', '10001', '60614', '73301'];
const states = ['CA', 'TX', 'ny', 'Fl', 'OH'];
const ssns = ['123-45-6789', '987-65-4321', '111-22-3333', '222-33-4444', '555-66-7777'];
const bools = ['yes', 'No', 'Y', 'n', 'TRUE'];

describe('matchValues', () => {
  it.each([
    ['emails', emails, 'email'],
    ['phones', phones, 'phone'],
    ['slash dates of the past', dates, 'dob'],
    ['timestamps', ['2021-03-04T10:00:00Z', '2022-01-01 08:30', '2023-12-31T23:59:59', '2020-02-02 00:00', '2019-05-05T05:05'], 'timestamp'],
    ['recent dates', ['2021-03-04', '2022-01-01', '2023-12-31', '2020-02-02', '2019-05-05'], 'date'],
    ['US ZIPs', zips, 'postcode'],
    ['US states', states, 'state'],
    ['AU states', ['nsw', 'vic', 'qld', 'wa', 'tas'], 'state'],
    ['SSNs', ssns, 'national_id'],
    ['countries', ['United States', 'Canada', 'Germany', 'France', 'Australia'], 'country'],
    ['genders', ['M', 'F', 'Female', 'male', 'F'], 'gender'],
    ['salutations', ['Mr', 'Mrs.', 'Dr', 'Ms', 'Mr'], 'title'],
  ])('%s → %s', (_name, sample, role) => {
    expect(matchValues(sample)?.role).toBe(role);
  });

  it('booleans are consent-like but weak on their own', () => {
    const match = matchValues(bools)!;
    expect(match).toMatchObject({ role: 'consent', boolean: true });
    expect(match.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['free text', ['hello there', 'gold member', 'n/a', 'VIP', 'call back']],
    ['bare 7-digit numbers (ids, not phones)', ['6988048', '7364009', '2635962', '9004242', '1234567']],
    ['mostly not emails', ['a@b.com', 'nope', 'still no', 'x', 'y']],
    ['empty sample', []],
  ])('%s → no role', (_name, sample) => {
    expect(matchValues(sample)).toBeUndefined();
  });
});

describe('inferColumn combines header and values', () => {
  it.each([
    ['a column of emails is email whatever its header', 'Contact Info', emails, 'email', 'values'],
    ['header and values agree', 'Email', emails, 'email', 'header+values'],
    ['strong header wins over nothing', 'Surname', ['smith', 'jones', 'li', 'ng', 'brown'], 'last_name', 'header'],
    ['values beat a weak header', 'Title', emails, 'email', 'values'],
    ['an unnamed column of phones', 'col7', phones, 'phone', 'values'],
    ['DOB header, date values', 'DOB', dates, 'dob', 'header+values'],
    ['Created header, date-only values stays a timestamp', 'Created', ['2021-01-01', '2022-02-02', '2023-03-03', '2020-04-04', '2019-05-05'], 'timestamp', 'header+values'],
    ['consent header, boolean values', 'Newsletter?', bools, 'consent', 'header+values'],
    ['a record key is named, not guessed', 'customer_id', ssns, 'id', 'header'],
  ])('%s', (_name, header, sample, role, basis) => {
    expect(inferColumn(header, sample)).toMatchObject({ role, basis });
  });

  it('a weak header over values without its shape is not believed (Title of job titles)', () => {
    expect(inferColumn('Title', ['Sales Manager', 'CEO', 'Engineer', 'VP Marketing', 'Analyst'])).toBeUndefined();
  });

  it('a strong header contradicted by strong values reports the conflict', () => {
    expect(inferColumn('Phone', emails)).toMatchObject({ role: 'phone', conflict: { headerRole: 'phone', valueRole: 'email' } });
  });

  it('booleans alone do not make a consent column', () => {
    expect(inferColumn('flag_x', bools)).toBeUndefined();
  });

  it('the value-based role reaches the schema with a values basis', () => {
    const { schema } = buildSchema([column('Contact Info', emails)]);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ field: 'email', role: 'email', basis: 'values' });
  });
});
