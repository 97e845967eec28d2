// The config's JSON Schema (for editors: `# yaml-language-server: $schema=…`), generated from the
// zod schema so that the two never disagree. schema/cdm-config.schema.json is this, committed; a
// test fails when it is stale (regenerate with CDM_UPDATE_SCHEMA=1 npx vitest run test/config).

import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12' }),
    $id: 'https://cdm.dev/schema/cdm-config.schema.json',
    title: 'cdm config',
  };
}

/** The committed file's exact text: stable key order, two-space indent, trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
