import { describe, expect, it } from 'vitest';
import { appendAudit, maskCommandLine, verifyAudit, type AuditFacts } from '../../src/governance/index.js';

const facts = (n: number): AuditFacts => ({
  run_id: `run-${n}`,
  time: `2025-01-0${n}T00:00:00.000Z`,
  user: 'ops',
  command: 'clean',
  argv: ['clean', 'a.csv'],
  inputs: [{ path: 'a.csv', sha256: 'ab'.repeat(32) }],
  config_sha256: null,
  counts: { in: 10 * n, out: 5 * n },
});

function chain(n: number): string {
  let log: string | undefined;
  for (let k = 1; k <= n; k++) log = appendAudit(log, facts(k));
  return log!;
}

describe('audit chain', () => {
  it('verifies an intact chain', () => {
    expect(verifyAudit(chain(4))).toEqual({ ok: true, entries: 4 });
    expect(verifyAudit('')).toEqual({ ok: true, entries: 0 });
  });

  const lines = chain(4).trim().split('\n');
  it.each([
    ['a changed count in entry 2', (l: string[]) => (l[1] = l[1]!.replace('"in":20', '"in":21')), 2, 'hash_mismatch'],
    ['a changed user in entry 1', (l: string[]) => (l[0] = l[0]!.replace('"user":"ops"', '"user":"opz"')), 1, 'hash_mismatch'],
    ['a broken JSON line 3', (l: string[]) => (l[2] = l[2]!.slice(0, -2)), 3, 'unparseable'],
    ['a deleted entry 2', (l: string[]) => l.splice(1, 1), 2, 'chain_broken'],
    ['two entries swapped', (l: string[]) => ([l[1], l[2]] = [l[2]!, l[1]!]), 2, 'chain_broken'],
  ])('names the first broken entry after %s', (_name, tamper, line, reason) => {
    const copy = [...lines];
    tamper(copy);
    expect(verifyAudit(copy.join('\n') + '\n')).toMatchObject({ ok: false, broken: { line, reason } });
  });

  it.each([
    [['subject', 'find', '--email', 'jane.doe@gmail.com'], 'jane.doe'],
    [['subject', 'find', '--phone=+14155550123'], '4155550123'],
    [['subject', 'find', '--name', 'Jane Doe', '--dob', '1980-04-02'], 'Jane Doe'],
    [['subject', 'find', '--dob', '1980-04-02'], '04-02'],
    [['export', 'jane@x.com'], 'jane@'],
  ])('masks personal values in %j', (argv, secret) => {
    const masked = maskCommandLine(argv);
    expect(masked.join(' ')).not.toContain(secret);
    expect(masked[0]).toBe(argv[0]);
  });
});
