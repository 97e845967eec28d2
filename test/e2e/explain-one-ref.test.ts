// `cdm explain` with one row ref explains that row's golden record; a quarantined row, an unknown
// id and a --master that is a file each get their own message, never a stack trace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, SAMPLE, tempDir } from './run-cdm.js';

const NO_STACK = /\n\s+at /;

describe('cdm explain with one ref', () => {
  const out = tempDir();
  let member: Record<string, string>;

  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', out, '-q']).code).toBe(0);
    const crosswalk = readCsv(join(out, 'crosswalk.csv'));
    member = crosswalk.find((r) => r.status === 'merged')!;
  });

  it('source:row explains the golden record the row belongs to, as its golden id does', () => {
    const byRow = cdm(['explain', `${member.source}:${member.row}`, '--master', out, '--json']);
    expect(byRow.code, byRow.stderr).toBe(0);
    const byId = cdm(['explain', member.golden_id!, '--master', out, '--json']);
    expect(JSON.parse(byRow.stdout)).toEqual(JSON.parse(byId.stdout));
    const text = cdm(['explain', `${member.source}:${member.row}`, '--master', out]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${member.golden_id}:`);
    expect(text.stdout).toContain(`${member.source}:${member.row}`);
  });

  it('an unknown golden id or row: exit 2 (explain.not_found)', () => {
    for (const ref of ['G-000000000000', 'nope.csv:1']) {
      const run = cdm(['explain', ref, '--master', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('explain.not_found');
      expect(run.stderr).not.toMatch(NO_STACK);
    }
  });

  it('--master naming a regular file says so (exit 3, master.not_found)', () => {
    const run = cdm(['explain', member.golden_id!, '--master', SAMPLE[0]!]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('master.not_found');
    expect(run.stderr).toContain('is a file');
    expect(run.stderr).not.toContain('does not exist');
  });
});

describe('cdm explain with one quarantined row', () => {
  it('says the row belongs to no golden record (exit 2)', () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'q.csv'),
      'first_name,last_name,email,phone\nJane,Doe,jane.doe@example.com,+14155550123\nn/a,n/a,test@test.com,000-000-0000\nBob,Smith,bob@smith.org,+14155550188\n',
    );
    expect(cdm(['clean', 'q.csv', '--out', 'm', '-q'], { cwd }).code).toBe(0);
    expect(readCsv(join(cwd, 'm/crosswalk.csv'))[1]!.status).toBe('quarantined');
    const run = cdm(['explain', 'q.csv:2', '--master', 'm'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('explain.not_found');
    expect(run.stderr).toContain('quarantined');
  });
});
