// The report stage's only door: report.json's type and schema, and every renderer of it.

export * from './types.js';
export { reportSchema, validateReport, reportJsonSchema, type ReportValidation } from './schema.js';
export { renderSummary, SUMMARY_MAX_LINES, type SummaryOptions } from './terminal.js';
export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export { renderJunit } from './junit.js';
export { renderGithubAnnotations, defaultLineOf, type AnnotationOptions } from './github.js';
