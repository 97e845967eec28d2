// parseMembers: a master's members.ndjson lines back into member records; a corrupt line is named.

import { describe, expect, it } from 'vitest';
import { parseMembers } from '../../src/pipeline/master.js';

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
