// parseMembers and readMasterMembers: a master's members.ndjson lines back into member records (or, for
// an incremental run, the kept members and digests of the rest); a corrupt line is named.

import { describe, expect, it } from 'vitest';
import { combineWithMaster, parseMembers, readMasterMembers } from '../../src/pipeline/master.js';
import { settlePositionalKeys, settleRepeatedKeys } from '../../src/pipeline/member-keys.js';

const member = { key: 'a.csv:1', source: 'a.csv', row: 1, golden_id: 'G-1', raw: {}, values: { email: 'x@y.com' }, keys: {}, codes: [], quarantine: [] };

describe('parseMembers', () => {
  it('parses one member a line, skipping blank lines', async () => {
    const lines = [JSON.stringify(member), '', JSON.stringify({ ...member, row: 2 }), ''];
    const members = await parseMembers(lines, 'm/members.ndjson');
    expect(members.map((m) => m.row)).toEqual([1, 2]);
  });

  it.each([
    ['not JSON', '{"key":'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"x"'],
    ['null', 'null'],
  ])('%s is master.corrupt naming the line', async (_name, bad) => {
    await expect(parseMembers([JSON.stringify(member), bad], 'm/members.ndjson')).rejects.toMatchObject({ code: 'master.corrupt', file: 'm/members.ndjson', row: 2 });
  });
});

describe('readMasterMembers', () => {
  const m = (key: string, golden_id: string, email: string) => JSON.stringify({ ...member, key, golden_id, values: { email } });
  const lines = [m('a.csv:1', 'G-1', 'x@y.com'), m('a.csv:2', 'G-1', 'z@y.com'), m('a.csv:3', '', 'q@y.com'), m('a.csv:4', 'G-2', 'w@y.com')];
  const replaced = new Set(['a.csv:2', 'a.csv:4']);

  it('keeps the members no fresh row replaces whole, the others by key, and remembers every key, id age and member count', async () => {
    const read = await readMasterMembers(lines, 'm/members.ndjson', replaced);
    expect(read.order.map((m) => (typeof m === 'string' ? `replaced ${m}` : m.key))).toEqual(['a.csv:1', 'replaced a.csv:2', 'a.csv:3', 'replaced a.csv:4']);
    expect([...read.previousByKey]).toEqual([['a.csv:1', 'G-1'], ['a.csv:2', 'G-1'], ['a.csv:3', ''], ['a.csv:4', 'G-2']]);
    expect([...read.ages]).toEqual([['G-1', 0], ['G-2', 3]]);
    expect([read.membership.count('G-1'), read.membership.count('G-2'), read.membership.count('G-3')]).toEqual([2, 1, undefined]);
  });

  it.each([
    ['the same replaced member and values', 'G-1', 'a.csv:2', 'z@y.com', true],
    ['changed values', 'G-1', 'a.csv:2', 'changed@y.com', false],
    ['a member of another golden record', 'G-2', 'a.csv:2', 'z@y.com', false],
    ['a kept member (its own evidence, never digested)', 'G-1', 'a.csv:1', 'x@y.com', false],
    ['a key the master never had', 'G-1', 'a.csv:9', 'z@y.com', false],
  ])('membership.hadReplaced: %s → %s', async (_name, goldenId, key, email, expected) => {
    const read = await readMasterMembers(lines, 'm/members.ndjson', replaced);
    expect(read.membership.hadReplaced(goldenId, key, { email })).toBe(expected);
  });

  it('counts a member written twice twice, and names a corrupt line', async () => {
    const read = await readMasterMembers([lines[0]!, lines[0]!], 'm/members.ndjson', new Set());
    expect(read.membership.count('G-1')).toBe(2);
    await expect(readMasterMembers([lines[0]!, '{'], 'm/members.ndjson', new Set())).rejects.toMatchObject({ code: 'master.corrupt', row: 2 });
  });
});

describe('combineWithMaster', () => {
  const stored = (key: string, golden_id: string) => ({ ...member, key, golden_id, row: Number(key.split(':')[1]) });
  const fresh = (key: string) => ({ index: -1, source: 'a.csv', row: Number(key.split(':')[1]), raw: {}, values: {}, keys: {}, codes: [], quarantine: [] });

  it.each<[string, (ReturnType<typeof stored> | string)[], string[], string[]]>([
    ['a replacing row takes its member’s place; new rows come last', [stored('a.csv:1', 'G-1'), 'a.csv:2', stored('a.csv:3', 'G-3')], ['a.csv:9', 'a.csv:2'], ['a.csv:1', 'a.csv:2', 'a.csv:3', 'a.csv:9']],
    ['rows sharing a key stay together, in their order', ['a.csv:2', stored('a.csv:3', 'G-3')], ['a.csv:2', 'a.csv:5', 'a.csv:2'], ['a.csv:2', 'a.csv:2', 'a.csv:3', 'a.csv:5']],
    ['a key the master holds twice places its rows once', ['a.csv:2', 'a.csv:2'], ['a.csv:2'], ['a.csv:2']],
    ['no master members: this run’s order', [], ['a.csv:2', 'a.csv:1'], ['a.csv:2', 'a.csv:1']],
  ])('%s', (_name, order, freshKeys, expected) => {
    const previousByKey = new Map([['a.csv:2', 'G-2']]);
    const combined = combineWithMaster({ order, previousByKey }, freshKeys.map(fresh), freshKeys);
    expect(combined.keys).toEqual(expected);
    expect(combined.records.map((r) => r.index)).toEqual(expected.map((_, i) => i));
    expect([...combined.fresh]).toEqual(combined.keys.map((_, i) => (typeof order.find((m) => typeof m !== 'string' && m.key === combined.keys[i]) === 'object' ? 0 : 1)));
    expect(combined.previousId).toEqual(combined.keys.map((k, i) => (combined.fresh[i] ? (previousByKey.get(k) ?? '') : `G-${k.split(':')[1]}`)));
  });
});

describe('settleRepeatedKeys', () => {
  const row = (raw: Record<string, string>, k: number) => ({ index: k, source: 'crm.csv', row: k + 1, raw: { id: '100', ...raw }, values: {}, keys: {}, codes: [], quarantine: [] });
  const held = (key: string, raw: Record<string, string>) => ({ ...member, key, source: 'crm.csv', golden_id: `G-${key}`, raw: { id: '100', ...raw } });
  const anna = { name: 'Anna', email: 'anna@x.com' };
  const rob = { name: 'Rob', email: 'rob@x.com' };
  const carla = { name: 'Carla', email: 'carla@x.com' };
  const master = [held('crm.csv#100', anna), held('crm.csv#100#2', rob), held('crm.csv#100#3', carla)];
  const all = () => true;
  it.each([
    ['the same rows', [anna, rob, carla], ['crm.csv#100', 'crm.csv#100#2', 'crm.csv#100#3']],
    ['another order', [carla, anna, rob], ['crm.csv#100#3', 'crm.csv#100', 'crm.csv#100#2']],
    ['fewer rows: the others keep theirs', [carla, rob], ['crm.csv#100#3', 'crm.csv#100#2']],
    ['one changed: it keeps its key by the values it still shares', [rob, { ...anna, email: 'anna@new.com' }], ['crm.csv#100#2', 'crm.csv#100']],
    ['a new person: the next free key', [{ name: 'Dee', email: 'dee@x.com' }, anna], ['crm.csv#100#4', 'crm.csv#100']],
    ['columns in another order', [{ email: 'rob@x.com', name: 'Rob' }, anna], ['crm.csv#100#2', 'crm.csv#100']],
  ])('%s', (_label, raws, expected) => {
    const fresh = raws.map(row);
    const keys = raws.map((_, k) => (k === 0 ? 'crm.csv#100' : `crm.csv#100#${k + 1}`));
    const takenOver = settleRepeatedKeys([raws.map((_, k) => k)], fresh, keys, master, all, new Set());
    expect(keys).toEqual(expected);
    expect([...takenOver].sort()).toEqual(expected.filter((k) => master.some((m) => m.key === k)).sort());
  });
  it('leaves out fields no output keeps (retain: false), as the master stored them', () => {
    const stored = [held('crm.csv#100', anna), held('crm.csv#100#2', rob)];
    const fresh = [row({ ...rob, notes: 'x' }, 0), row({ ...anna, notes: 'y' }, 1)];
    const keys = ['crm.csv#100', 'crm.csv#100#2'];
    settleRepeatedKeys([[0, 1]], fresh, keys, stored, (f) => f !== 'notes', new Set());
    expect(keys).toEqual(['crm.csv#100#2', 'crm.csv#100']);
  });
  it('gives rows of an id the master never saw the plain key, then #2, skipping a key another row holds', () => {
    const fresh = [row(anna, 0), row(rob, 1), row(carla, 2)];
    const keys = ['crm.csv#100', 'crm.csv#100#3', 'crm.csv#100#4'];
    settleRepeatedKeys([[0, 1, 2]], fresh, keys, [], all, new Set(['crm.csv#100#2']));
    expect(keys).toEqual(['crm.csv#100', 'crm.csv#100#3', 'crm.csv#100#4']);
  });
});

describe('settlePositionalKeys', () => {
  // A sign-up sheet without ids: each row is known by its position (`signup.csv:N`).
  const row = (raw: Record<string, string>, k: number) => ({ index: k, source: 'signup.csv', row: k + 1, raw, values: raw, keys: {}, codes: [], quarantine: [] });
  const held = (row: number, raw: Record<string, string>) => ({ ...member, key: `signup.csv:${row}`, source: 'signup.csv', row, golden_id: `G-${row}`, raw, values: raw });
  const anna = { name: 'Anna Lee', email: 'anna@x.com', city: 'Austin' };
  const rob = { name: 'Rob Chu', email: 'rob@x.com', city: 'Boston' };
  const carla = { name: 'Carla Diaz', email: 'carla@x.com', city: 'Chicago' };
  const master = [held(1, anna), held(2, rob), held(3, carla)];
  it.each([
    ['the same rows', [anna, rob, carla], ['signup.csv:1', 'signup.csv:2', 'signup.csv:3']],
    ['rows in reverse: each keeps its person', [carla, rob, anna], ['signup.csv:3', 'signup.csv:2', 'signup.csv:1']],
    ['a row inserted above: the newcomer gets a free key', [{ name: 'Nina', email: 'nina@x.com', city: 'Dallas' }, anna, rob, carla], ['signup.csv:1#2', 'signup.csv:1', 'signup.csv:2', 'signup.csv:3']],
    ['a changed row at its own place keeps its key', [anna, { ...rob, email: 'rob@new.com' }, carla], ['signup.csv:1', 'signup.csv:2', 'signup.csv:3']],
    ['a changed row that moved is new (its place holds another person)', [{ ...rob, email: 'rob@new.com' }, carla, anna], ['signup.csv:1#2', 'signup.csv:3', 'signup.csv:1']],
    ['columns in another order', [{ city: 'Austin', email: 'anna@x.com', name: 'Anna Lee' }], ['signup.csv:1']],
  ])('%s', (_label, raws, expected) => {
    const fresh = raws.map(row);
    const keys = fresh.map((r) => `${r.source}:${r.row}`);
    const takenOver = settlePositionalKeys(raws.map((_, k) => k), fresh, keys, master, () => true);
    expect(keys).toEqual(expected);
    expect([...takenOver].sort()).toEqual(expected.filter((k) => master.some((m) => m.key === k)).sort());
  });

  it.each([
    ['a row that moved and changed its city is found by its email', [{ ...rob, city: 'Berlin' }, carla, anna], ['signup.csv:2', 'signup.csv:3', 'signup.csv:1']],
    ['one that changed its email too is new', [{ ...rob, email: 'rob@new.com', city: 'Berlin' }, carla, anna], ['signup.csv:1#2', 'signup.csv:3', 'signup.csv:1']],
  ])('%s (identifying: email)', (_label, raws, expected) => {
    const fresh = raws.map(row);
    const keys = fresh.map((r) => `${r.source}:${r.row}`);
    settlePositionalKeys(raws.map((_, k) => k), fresh, keys, master, () => true, { identifying: ['email'], personal: ['name'] });
    expect(keys).toEqual(expected);
  });

  it("gives a newcomer at a removed person's place no one's key: a shared city says nothing", () => {
    const boston = (name: string, email: string) => ({ name, email, city: 'Boston', state: 'MA', country: 'US' });
    const stored = [held(1, boston('Alice Wu', 'alice@x.com')), held(2, boston('Bob Ray', 'bob@x.com'))];
    const fresh = [boston('Alice Wu', 'alice@x.com'), boston('Carol Fox', 'carol@x.com')].map(row);
    const keys = fresh.map((r) => `${r.source}:${r.row}`);
    settlePositionalKeys([0, 1], fresh, keys, stored, () => true, { identifying: ['email'], personal: ['name'] });
    expect(keys).toEqual(['signup.csv:1', 'signup.csv:2#2']);
  });

  it('reads canonical values: a placeholder phone (junk, no value) is no shared phone, and a number many hold points at nobody', () => {
    const n = 2_000;
    // Raw `n/a` phones (no canonical value), or one switchboard number for everybody.
    for (const phone of [undefined, '+16175550100']) {
      const person = (name: string, i: number) => ({ raw: { name, phone: phone ?? 'n/a', city: `c${i}` }, values: { name, city: `c${i}`, ...(phone ? { phone } : {}) } });
      const stored = Array.from({ length: n }, (_, i) => ({ ...held(i + 1, {}), ...person(`p${i}`, i) }));
      const fresh = Array.from({ length: n }, (_, i) => ({ ...row({}, i), ...person(`q${i}`, i) }));
      const keys = fresh.map((r) => `${r.source}:${r.row}`);
      settlePositionalKeys(fresh.map((_, k) => k), fresh, keys, stored, () => true, { identifying: ['phone'], personal: ['name'] });
      expect(keys.every((k) => k.endsWith('#2')), String(phone)).toBe(true);
    }
  });
});
