// Loads plugin modules named in the config and registers what they define into the same registries
// the built-ins use. A plugin is imported ONLY from a file path the user wrote (resolved against the
// config's directory), never by package name: a config must not be able to pull in arbitrary
// installed packages.

import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../core/errors.js';
import type { Definition, Registry } from './registry.js';

/** What a plugin's default export receives when it is a function. */
export interface PluginApi {
  /** Registers a definition in the registry of `kind` (`rules`, `normalizers`, `comparators`,
   * `survivorship`, `transforms`). */
  register(kind: string, definition: Definition): void;
  /** The registries themselves, by kind. */
  registries: Readonly<Record<string, Registry<Definition>>>;
}

/** A plugin's default export: a setup function, or definitions grouped by kind. */
export type PluginModule = ((api: PluginApi) => void | Promise<void>) | Partial<Record<string, Definition[]>>;

export interface LoadedPlugin {
  /** The path as written in the config. */
  path: string;
  /** Resolved absolute file path. */
  file: string;
  /** `kind:id` of everything it registered, in registration order. */
  registered: string[];
}

const JS_FILE = /\.(m?js|cjs)$/i;

/** A path, not a package name: `./x.js`, `../x.js`, `/abs/x.js`, or anything ending in .js/.mjs/.cjs. */
function isPathLike(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('.\\') || spec.startsWith('..\\') || isAbsolute(spec) || JS_FILE.test(spec);
}

function loadFailed(index: number, spec: string, why: string): ConfigError {
  return new ConfigError('plugins.load_failed', `plugin ${spec} (plugins.${index}): ${why}`, `plugins.${index}`);
}

function checkDefinition(index: number, spec: string, kind: string, definition: unknown): Definition {
  const d = definition as Partial<Definition> | null;
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || d.id === '' || typeof d.description !== 'string') {
    throw loadFailed(index, spec, `a ${kind} definition needs a string id and description`);
  }
  return d as Definition;
}

/** Imports each plugin in order and registers its definitions; later plugins may override earlier
 * definitions (and built-ins) by reusing an id. */
export async function loadPlugins(
  paths: string[],
  baseDir: string,
  registries: Record<string, Registry<Definition>>,
): Promise<LoadedPlugin[]> {
  const loaded: LoadedPlugin[] = [];
  for (const [index, spec] of paths.entries()) {
    if (!isPathLike(spec)) {
      throw new ConfigError('plugins.not_a_path', `plugins.${index}: "${spec}" is not a file path; write ./${spec}.js (plugins load only from paths, never by package name)`, `plugins.${index}`);
    }
    const file = resolve(baseDir, spec);
    if (!existsSync(file)) throw loadFailed(index, spec, `no such file ${file}`);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (err) {
      throw loadFailed(index, spec, `import failed: ${(err as Error).message}`);
    }
    const registered: string[] = [];
    const register = (kind: string, definition: unknown) => {
      const registry = registries[kind];
      if (!registry) throw loadFailed(index, spec, `unknown kind "${kind}" (known: ${Object.keys(registries).sort().join(', ')})`);
      const checked = checkDefinition(index, spec, kind, definition);
      registry.register(checked);
      registered.push(`${kind}:${checked.id}`);
    };
    const entry = mod.default;
    if (typeof entry === 'function') {
      try {
        await (entry as (api: PluginApi) => unknown)({ register, registries });
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        throw loadFailed(index, spec, `setup threw: ${(err as Error).message}`);
      }
    } else if (entry && typeof entry === 'object') {
      for (const [kind, definitions] of Object.entries(entry)) {
        if (!Array.isArray(definitions)) throw loadFailed(index, spec, `"${kind}" must be an array of definitions`);
        for (const definition of definitions) register(kind, definition);
      }
    } else {
      throw loadFailed(index, spec, 'the default export must be a function (api) => void or an object { rules, normalizers, comparators, survivorship, transforms }');
    }
    loaded.push({ path: spec, file, registered });
  }
  return loaded;
}
