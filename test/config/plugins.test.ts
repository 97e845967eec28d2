import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/errors.js';
import { loadPlugins } from '../../src/plugins/loader.js';
import { type Definition, Registry } from '../../src/plugins/registry.js';

const here = dirname(fileURLToPath(import.meta.url));

function registries(): Record<string, Registry<Definition>> {
  return {
    rules: new Registry('rule'),
    normalizers: new Registry('normalizer'),
    comparators: new Registry('comparator'),
    survivorship: new Registry('survivorship'),
    transforms: new Registry('transform'),
  };
}

describe('loadPlugins', () => {
  it('registers an object plugin and a function plugin, relative to the base dir', async () => {
    const regs = registries();
    const loaded = await loadPlugins(['./plugins/object-plugin.mjs', 'plugins/function-plugin.mjs'], here, regs);
    expect(loaded.map((p) => p.registered)).toEqual([['rules:loyalty.tier', 'normalizers:loyalty.lower'], ['comparators:loyalty.same_tier']]);
    expect(regs.rules!.has('loyalty.tier')).toBe(true);
    expect(regs.comparators!.get('loyalty.same_tier')!.description).toBe('Same tier');
    expect(loaded[0]!.file).toBe(join(here, 'plugins/object-plugin.mjs'));
  });

  it('accepts an absolute path', async () => {
    const regs = registries();
    await loadPlugins([join(here, 'plugins/object-plugin.mjs')], '/', regs);
    expect(regs.normalizers!.ids()).toEqual(['loyalty.lower']);
  });

  it.each([
    ['a bare package name', 'lodash', 'plugins.not_a_path'],
    ['a scoped package name', '@acme/cdm-plugin', 'plugins.not_a_path'],
    ['a missing file', './plugins/nope.mjs', 'plugins.load_failed'],
    ['an unknown kind', './plugins/bad-kind.mjs', 'plugins.load_failed'],
    ['a definition without id', './plugins/no-id.mjs', 'plugins.load_failed'],
    ['a module that throws', './plugins/throws.mjs', 'plugins.load_failed'],
  ])('refuses %s', async (_name, spec, code) => {
    await expect(loadPlugins([spec], here, registries())).rejects.toMatchObject({ code, exitCode: EXIT.usage, path: 'plugins.0' });
  });
});
