// The io stage's only door: readers (input → SourceTable with read-level diagnostics), input
// expansion, and the writers (atomic files and output sets, CSV/JSON/NDJSON serialization).

export { readSource, type ReadOptions, type TableHead } from './read-source.js';
export { expandInputs } from './inputs.js';
export { MAX_CELL_CHARS, TRUNCATED_CELL_MARKER } from './cell-checks.js';
export { writeFileAtomic, writeOutputSet, recoverOutputSet, OUTPUT_MARKER, type OutputData } from './atomic-write.js';
export { refuseOverlap, refuseUnwritable, type GuardedPath } from './output-paths.js';
export { CHUNK_BYTES, Utf8Chunks, toCsv, toCsvChunks, toCsvReference, toNdjson, toNdjsonChunks, toJson, guardFormula, unguardFormula, type CsvCell, type CsvOptions } from './serialize.js';
export { FIELDS_FILE, GOLDEN_BOOKKEEPING, MEMBERS_FILE, readMaster, readTextFile, renderFieldsFile, type MasterField, type MasterFiles } from './master-files.js';
export { readLines } from './line-reader.js';
export { lineOfRow, placeOnLines } from './row-lines.js';
