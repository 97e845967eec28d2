// The governance stage's door (issue 9): role-based views, division splits, data-subject access
// and erasure with suppression, the hashed audience file, the audit trail and retention.

export { openMaster, parseGolden, roleOf, fieldsWithRole, readCarriedState, type MasterDir, type GoldenTable, type CarriedState } from './master.js';
export { compileView, applyView, parseFilter, type CompiledView, type ViewColumn, type ViewContext, type ViewCondition } from './views.js';
export { builtinTransforms, createTransformRegistry, type TransformDefinition, type TransformOptions } from './transforms/index.js';
export { partitionRows, UNASSIGNED, type Partition } from './partition.js';
export { hashedAudience, audienceEmail, audiencePhone, AUDIENCE_COLUMNS, type AudienceFields } from './hashed-export.js';
export { findSubject, queryRecord, DEFAULT_MIN_PROBABILITY, type SubjectQuery, type SubjectResult, type SubjectMatch, type SubjectSourceRow } from './subject-find.js';
export { eraseSubject, resolveGoldenId, identifierFieldsOf, ERASURES_FILE, type ErasureReceipt, type ErasureResult } from './erase.js';
export {
  applySuppression,
  addToSuppression,
  hashIdentifiers,
  identifiersOf,
  parseSuppression,
  renderSuppression,
  emptySuppression,
  checkSalt,
  SUPPRESSED_CODE,
  SUPPRESSION_FILE,
  type SuppressionList,
  type SuppressionEntry,
  type IdentifierFields,
  type IdentifierKind,
} from './suppression.js';
export { appendAudit, verifyAudit, maskCommandLine, runIdentity, entryHash, AUDIT_FILE, GENESIS_HASH, type AuditEntry, type AuditFacts, type AuditVerdict, type AuditInput } from './audit.js';
export { parseDuration, staleCutoff, staleRecords, type Duration, type StaleRecord } from './stale.js';
export { requireSalt, saltedHash, saltCheck, sha256Hex, SALT_ENV } from './salt.js';
export { suppressForClean, governedDiagnostics, retainedMember, isRetained, staleSection, carriedFiles, STALE_LIST_LIMIT } from './clean-hook.js';
export { exportMaster, serialize, PARTITION_SUMMARY, type ExportOptions, type ExportResult, type ExportTable, type ExportFormat } from './export.js';
