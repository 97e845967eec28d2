import { describe, expect, it } from 'vitest';
import { applyView, compileView, createTransformRegistry, type ViewContext } from '../../src/governance/index.js';
import type { ViewConfig } from '../../src/config/schema.js';

const rows = [
  { golden_id: 'G-1', email: 'a@x.com', consent: 'true', country: 'US', dob: '1980-01-02' },
  { golden_id: 'G-2', email: 'b@y.com', consent: 'false', country: 'CA', dob: '' },
  { golden_id: 'G-3', email: '', consent: '', country: 'US', dob: '1999-12-31' },
];
const context: ViewContext = {
  transforms: createTransformRegistry(),
  columns: ['golden_id', 'email', 'consent', 'country', 'dob'],
  roleOf: (f) => (f === 'golden_id' ? 'id' : f),
  today: '2025-01-01',
  env: { CDM_HASH_SALT: 'salt' },
};

function view(config: ViewConfig) {
  return compileView('v', { v: config }, context);
}

describe('views', () => {
  it.each([
    ['consent == true', ['G-1']],
    ['consent != true', ['G-2', 'G-3']],
    ["country == 'US'", ['G-1', 'G-3']],
    [{ country: ['US', 'CA'], consent: true }, ['G-1']],
    [{ country: 'CA' }, ['G-2']],
    // a consent field reads its filter value as the normalizer reads a cell
    ['consent == yes', ['G-1']],
    // no consent recorded is an audience of its own
    ["consent == ''", ['G-3']],
    [{ consent: 'opted out' }, ['G-2']],
  ] as const)('filter %j keeps %j', (filter, ids) => {
    const out = applyView(view({ fields: { golden_id: 'keep' }, filter: filter as ViewConfig['filter'] }), rows);
    expect(out.rows.map((r) => r.golden_id)).toEqual(ids);
  });

  it('writes only the named, non-dropped columns in config order', () => {
    const out = applyView(view({ fields: { email: 'hash', golden_id: true, dob: 'drop', country: false } }), rows);
    expect(out.columns).toEqual(['email', 'golden_id']);
    for (const r of out.rows) expect(Object.keys(r)).toEqual(['email', 'golden_id']);
    expect(out.rows[2]!.email).toBe('');
    expect(out.rows[0]!.email).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['an unknown field', { fields: { shoe_size: 'keep' } }, 'view.unknown_field'],
    ['an unknown filter field', { fields: { email: 'keep' }, filter: 'shoe_size == 9' }, 'view.unknown_field'],
    ['an unparseable filter', { fields: { email: 'keep' }, filter: 'consent is yes' }, 'view.bad_filter'],
    ['a consent value that is no yes/no', { fields: { email: 'keep' }, filter: 'consent == ture' }, 'view.bad_filter'],
    ['a consent value that is no yes/no, as a map', { fields: { email: 'keep' }, filter: { consent: 'sometimes' } }, 'view.bad_filter'],
    ['an unknown transform', { fields: { email: 'rot13' } }, 'view.unknown_transform'],
    ['bad transform options', { fields: { dob: { transform: 'generalize', options: { to: 'week' } } } }, 'view.bad_options'],
  ] as const)('%s is a ConfigError', (_name, config, code) => {
    expect(() => view(config as ViewConfig)).toThrow(expect.objectContaining({ code, exitCode: 2 }));
  });

  it('hash without a salt is a ConfigError naming the variable', () => {
    expect(() => compileView('v', { v: { fields: { email: 'hash' } } }, { ...context, env: {} })).toThrow(expect.objectContaining({ code: 'privacy.no_salt', exitCode: 2 }));
  });

  it('an undeclared view is a ConfigError', () => {
    expect(() => compileView('nope', {}, context)).toThrow(expect.objectContaining({ code: 'view.unknown' }));
  });
});
