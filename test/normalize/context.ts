// A NormalizeContext builder for the normalizer tables.
import type { NormalizeContext } from '../../src/normalize/index.js';

export function ctx(overrides: Partial<NormalizeContext> = {}): NormalizeContext {
  return { region: 'US', options: {}, ...overrides };
}

export function codesOf(result: { issues?: { code: string }[] }): string[] {
  return (result.issues ?? []).map((issue) => issue.code);
}
