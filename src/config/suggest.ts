// "Did you mean …?" for a misspelt config key: the keys allowed where it stands, read from the
// config's JSON Schema (generated from the zod schema, so always in step), and the closest of them.

import { configJsonSchema } from './json-schema.js';

export { closestKey } from '../core/suggest.js';

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
}

let root: JsonSchemaNode | undefined;

/** A node and the branches of its unions. */
function branches(node: JsonSchemaNode): JsonSchemaNode[] {
  return [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(branches)];
}

/** The keys an object at `path` (e.g. ['fields', 'email']) may have; empty when none is known. */
export function allowedKeys(path: readonly PropertyKey[]): string[] {
  root ??= configJsonSchema() as JsonSchemaNode;
  let nodes = [root];
  for (const segment of path) {
    const key = String(segment);
    nodes = nodes.flatMap(branches).flatMap((node): JsonSchemaNode[] => {
      if (node.properties?.[key] !== undefined) return [node.properties[key]];
      if (node.items !== undefined && /^\d+$/.test(key)) return [node.items];
      if (typeof node.additionalProperties === 'object') return [node.additionalProperties];
      return [];
    });
  }
  return [...new Set(nodes.flatMap(branches).flatMap((node) => Object.keys(node.properties ?? {})))].sort();
}
