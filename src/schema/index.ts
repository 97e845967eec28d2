// Schema stage: infers each column's role and maps every source into one schema of fields.

export { buildSchema, configuredPriority, type BuildSchemaOptions, type BuildSchemaResult } from './build.js';
export { inferColumn, sampleColumn, type ColumnInference } from './infer.js';
export { matchHeader, normalizeHeader, type HeaderMatch } from './headers.js';
export { matchValues, type ValueMatch } from './values.js';
export { dateShape, inferDateOrder, defaultDateOrder, type DateOrderEvidence, type DateShape } from './date-order.js';
export { FALLBACK_REGION } from './region.js';
