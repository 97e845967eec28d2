import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, validateReport } from '../../src/report/index.js';
import { sampleIncrementalReport, sampleReport, sampleValidateReport } from './sample-report.js';

const schemaPath = fileURLToPath(new URL('../../schema/report.schema.json', import.meta.url));

describe('report schema', () => {
  it.each([
    ['clean', sampleReport()],
    ['validate', sampleValidateReport()],
    ['incremental', sampleIncrementalReport()],
  ])('accepts the %s sample, also after a JSON round trip', (_name, report) => {
    const result = validateReport(JSON.parse(JSON.stringify(report)));
    expect(result.ok).toBe(true);
  });

  const mutations: [string, (r: any) => void, string][] = [
    ['an unknown top-level key', (r) => (r.extra = 1), ''],
    ['an unknown nested key', (r) => (r.totals.golden = 3), 'totals'],
    ['a wrong command', (r) => (r.run.command = 'merge'), 'run.command'],
    ['a negative count', (r) => (r.totals.quarantined = -1), 'totals.quarantined'],
    ['a fractional count', (r) => (r.fields[0].distinct = 1.5), 'fields.0.distinct'],
    ['a share above 1', (r) => (r.fields[2].validity = 1.2), 'fields.2.validity'],
    ['a short sha256', (r) => (r.run.inputs[0].sha256 = 'abc'), 'run.inputs.0.sha256'],
    ['another schema version', (r) => (r.schema_version = 2), 'schema_version'],
    ['a missing member', (r) => delete r.gates, 'gates'],
    ['matching undefined instead of null', (r) => delete r.matching, 'matching'],
    ['a non-numeric issue count', (r) => (r.fields[0].issues['name.digits'] = '12'), 'fields.0.issues.name.digits'],
  ];
  it.each(mutations)('rejects %s', (_name, mutate, path) => {
    const report = sampleReport();
    mutate(report);
    const result = validateReport(report);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
  });

  it('schema/report.schema.json is the one generated from the zod schema', () => {
    const generated = reportJsonSchema();
    // Regenerate: CDM_UPDATE_REPORT_SCHEMA=1 npx vitest run test/report/schema.test.ts
    if (process.env.CDM_UPDATE_REPORT_SCHEMA === '1') writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
    const schema = JSON.parse(generated);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(sampleReport()).sort());
  });
});
