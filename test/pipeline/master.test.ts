// parseMembers and readMasterMembers: a master's members.ndjson lines back into member records (or, for
// an incremental run, the kept members and digests of the rest); a corrupt line is named.

import { describe, expect, it } from 'vitest';
import { parseMembers, readMasterMembers } from '../../src/pipeline/master.js';

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

  it('keeps only the members no fresh row replaces, but remembers every key, id age and member count', async () => {
    const read = await readMasterMembers(lines, 'm/members.ndjson', replaced);
    expect(read.kept.map((k) => k.key)).toEqual(['a.csv:1', 'a.csv:3']);
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
