// The mask stage's only door: PII masking for reports and logs.

export { isMaskedRole, maskIf, maskValue } from './mask-value.js';
