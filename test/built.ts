// Test support: worker threads run the built JavaScript (dist/, built by the test setup before any
// test runs), so tests of thread helpers load the modules from there.
import { existsSync } from 'node:fs';

const DIST = new URL('../dist/', import.meta.url);

/** The built file exists (e.g. 'validate/validate-worker.js'). */
export function isBuilt(file: string): boolean {
  return existsSync(new URL(file, DIST));
}

/** The built module, typed as its source (`typeof import('../src/…')`). */
export async function fromDist<T>(file: string): Promise<T> {
  return (await import(new URL(file, DIST).href)) as T;
}
