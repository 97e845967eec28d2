import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../src/core/record.js';
import {
  addToSuppression,
  applySuppression,
  audiencePhone,
  checkSalt,
  emptySuppression,
  hashIdentifiers,
  identifiersOf,
  parseDuration,
  partitionRows,
  staleCutoff,
  staleRecords,
} from '../../src/governance/index.js';

const fields = { email: ['email'], phone: ['phone', 'phone_2'], national_id: ['ssn'] };

function record(index: number, values: Record<string, string>, keys: Record<string, string> = {}): CustomerRecord {
  return { index, source: 's.csv', row: index + 1, raw: { ...values }, values, keys, codes: [], quarantine: [] };
}

describe('suppression', () => {
  const erased = identifiersOf({ email: 'Jane.Doe@Gmail.com', phone: '+14155550123', ssn: '123-45-6789' }, { 'email.match': 'janedoe@gmail.com' }, fields);
  const list = addToSuppression(emptySuppression('salt'), hashIdentifiers(erased, 'salt'));

  it('holds hashes only, deduplicated and sorted', () => {
    const text = JSON.stringify(list);
    for (const plain of ['jane', '4155550123', '123456789', '6789']) expect(text.toLowerCase()).not.toContain(plain);
    expect(addToSuppression(list, hashIdentifiers(erased, 'salt')).entries).toEqual(list.entries);
    expect(list.entries.map((e) => e.kind)).toEqual(['email', 'email_key', 'national_id', 'phone']);
  });

  it.each([
    ['the same email, other case', { email: 'jane.doe@gmail.com' }, {}, true],
    ['the same mailbox by match key', { email: 'j.a.n.e.doe+shop@gmail.com' }, { 'email.match': 'janedoe@gmail.com' }, true],
    ['the phone as phone_2', { phone_2: '+14155550123' }, {}, true],
    ['the national id with other punctuation', { ssn: '123 45 6789' }, {}, true],
    ['someone else', { email: 'john@example.com', phone: '+14155550199' }, {}, false],
    ['no identifiers', { first_name: 'Jane' }, {}, false],
  ])('%s → suppressed %s', (_name, values, keys, expected) => {
    const { records, suppressed } = applySuppression([record(0, values, keys)], list, 'salt', fields);
    expect(suppressed.has(0)).toBe(expected);
    if (expected) {
      expect(records[0]!.quarantine).toEqual(['privacy.suppressed']);
      expect(records[0]!.values).toEqual({});
      expect(records[0]!.raw).toEqual({});
    }
  });

  it('refuses another salt', () => {
    expect(() => checkSalt(list, 'other')).toThrow(expect.objectContaining({ code: 'privacy.salt_mismatch' }));
    expect(() => checkSalt(list, 'salt')).not.toThrow();
  });
});

describe('partitionRows', () => {
  it('groups by value, unassigned last, with safe unique file stems', () => {
    const rows = [{ s: 'TX' }, { s: '' }, { s: 'A/B' }, { s: 'A B' }, { s: 'TX' }, { s: '  ' }, { s: 'tx' }];
    const parts = partitionRows(rows, 's');
    expect(parts.map((p) => [p.label, p.stem, p.rows.length])).toEqual([
      ['A B', 'A_B', 1],
      ['A/B', 'A_B-2', 1],
      ['TX', 'TX', 2],
      ['tx', 'tx-2', 1],
      ['unassigned', 'unassigned', 2],
    ]);
    expect(parts.reduce((n, p) => n + p.rows.length, 0)).toBe(rows.length);
  });
});

describe('retention', () => {
  it.each([
    ['3y', '2025-06-30', '2022-06-30'],
    ['18m', '2025-06-30', '2023-12-30'],
    ['1y', '2024-02-29', '2023-02-28'],
    ['90d', '2025-03-31', '2024-12-31'],
    ['1y6m2w', '2025-06-30', '2023-12-16'],
  ])('%s before %s is %s', (after, today, cutoff) => {
    expect(staleCutoff(today, parseDuration(after))).toBe(cutoff);
  });

  it.each(['3 years', 'y', '', '3x'])('rejects the duration %j', (text) => {
    expect(() => parseDuration(text)).toThrow(expect.objectContaining({ code: 'config.bad_duration' }));
  });

  it('lists golden records whose latest member activity is before the cutoff', () => {
    const members = [
      { golden_id: 'G-1', values: { timestamp: '2019-01-01T00:00:00Z' } },
      { golden_id: 'G-1', values: { timestamp_2: '2024-01-01T00:00:00Z' } },
      { golden_id: 'G-2', values: { timestamp: '2019-05-01T00:00:00Z' } },
      { golden_id: 'G-3', values: {} },
      { golden_id: '', values: { timestamp: '2010-01-01T00:00:00Z' } },
    ];
    expect(staleRecords(['G-1', 'G-2', 'G-3'], members, ['timestamp', 'timestamp_2'], '2020-01-01')).toEqual([
      { golden_id: 'G-2', last_activity: '2019-05-01T00:00:00Z' },
      { golden_id: 'G-3', last_activity: null },
    ]);
  });
});

describe('audience phone', () => {
  it.each([
    ['+14155550123', '+14155550123'],
    ['+1 (415) 555-0123', '+14155550123'],
    ['4155550123', undefined],
    ['', undefined],
  ])('%s → %s', (value, expected) => {
    expect(audiencePhone(value)).toBe(expected);
  });
});
