import { describe, expect, it } from 'vitest';
import { CdmError } from '../../src/core/errors.js';
import { checkGateFields } from '../../src/pipeline/gates.js';

describe('checkGateFields', () => {
  const fields = ['email', 'phone', 'first_name', 'loyalty_tier'];
  it.each([
    ['a field of the run', 'email', undefined],
    ['a configured field name', 'loyalty_tier', undefined],
    ['a role the run lacks (a real 0%)', 'national_id', undefined],
    ['a numbered role slot', 'phone_3', undefined],
    ['a misspelt field', 'emial', "Did you mean 'email'?"],
    ['a made-up name', 'vip_score', "Did you mean"],
    ['a source column header, named with its field', 'Mobile Phone', "a column of crm.csv that fills the field 'phone': name the field (phone=…)"],
  ])('%s: %s', (_label, name, hint) => {
    const sources = [{ source: 'crm.csv', region: 'US', priority: 0, columns: [{ column: 'Mobile Phone', field: 'phone', role: 'phone' as const, confidence: 1 }] }];
    const check = () => checkGateFields({ minCompleteness: { [name]: 0.5 } }, fields, sources);
    if (hint === undefined) {
      expect(check).not.toThrow();
      return;
    }
    try {
      check();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CdmError);
      expect((e as CdmError).code).toBe('gate.unknown_field');
      expect((e as CdmError).exitCode).toBe(2);
      expect((e as Error).message).toContain(hint);
      expect((e as Error).message).toContain(`'${name}'`);
    }
  });
  it('leaves runs without completeness gates alone', () => {
    expect(() => checkGateFields({ maxErrorRate: 0.1 }, [])).not.toThrow();
  });
});
