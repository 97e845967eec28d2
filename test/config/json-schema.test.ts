import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/index.js';

const FILE = 'schema/cdm-config.schema.json';

describe('schema/cdm-config.schema.json', () => {
  if (process.env.CDM_UPDATE_SCHEMA) {
    mkdirSync('schema', { recursive: true });
    writeFileSync(FILE, configJsonSchemaText());
  }

  it('is up to date with the zod schema (CDM_UPDATE_SCHEMA=1 regenerates it)', () => {
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(configJsonSchemaText());
  });

  it('is strict and names the top-level keys', () => {
    const schema = configJsonSchema() as { additionalProperties: boolean; required: string[]; properties: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version']);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['sources', 'fields', 'matching', 'merge', 'gates', 'output', 'plugins', 'views', 'today']));
  });
});
