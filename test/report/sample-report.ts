// A realistic Report for renderer tests: two CRM exports and a web-shop NDJSON, ~12k rows, a trained
// model, a review queue, and one failed gate. Values are already masked, as the pipeline delivers them.
// Overrides let a test build a validate run, an incremental run or a hostile (XSS) report.

import type { Diagnostic } from '../../src/core/diagnostic.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src/report/types.js';

const HISTOGRAM_COUNTS = [
  41_210, 9_874, 3_120, 1_402, 801, 455, 290, 211, 160, 142, 131, 118, 122, 140, 188, 240, 366, 590, 1_204, 2_837,
];

const PRIOR = 0.00021;

const COMPARISONS = [
  comparison('email', 'exact', [
    ['exact', 0.91, 0.0004],
    ['different', 0.09, 0.9996],
  ]),
  comparison('last_name', 'jaro_winkler', [
    ['exact', 0.88, 0.004],
    ['jw ≥ 0.92', 0.08, 0.012],
    ['jw ≥ 0.80', 0.02, 0.05],
    ['different', 0.02, 0.934],
  ]),
  comparison('dob', 'date', [
    ['exact', 0.83, 0.0031],
    ['day/month swapped', 0.06, 0.0004],
    ['different', 0.11, 0.9965],
  ]),
  comparison('postcode', 'exact', [
    ['exact', 0.77, 0.021],
    ['different', 0.23, 0.979],
  ]),
];

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const base: Report = {
    schema_version: REPORT_SCHEMA_VERSION,
    run: {
      command: 'clean',
      version: '0.1.0',
      config_hash: '9f2c4e1a7b3d5f60c8e9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6',
      inputs: [
        {
          source: 'exports/crm_contacts.csv',
          format: 'csv',
          encoding: 'windows-1252',
          delimiter: ';',
          sha256: 'a3f1c09e55d2b7e8f4a6c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0',
          bytes: 1_482_113,
          rows: 7_204,
        },
        {
          source: 'exports/newsletter.csv',
          format: 'csv',
          encoding: 'utf-8-bom',
          delimiter: ',',
          sha256: '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c',
          bytes: 402_551,
          rows: 3_118,
        },
        {
          source: 'exports/shop_customers.ndjson',
          format: 'ndjson',
          encoding: 'utf-8',
          sha256: 'ffe1d2c3b4a5968778695a4b3c2d1e0f1f2e3d4c5b6a79887766554433221100',
          bytes: 988_004,
          rows: 2_031,
        },
      ],
      timings_ms: { load: 412, validate: 233, normalize: 845, block: 120, compare: 1_932, score: 88, cluster: 35, merge: 161, write: 97 },
      out_dir: 'cdm-out',
      incremental: false,
      show_pii: false,
    },
    // 12353 = 9 870 golden + 2 051 merged + 432 quarantined
    totals: {
      input_rows: 12_353,
      quarantined: 432,
      kept: 11_921,
      golden_records: 9_870,
      merged_rows: 2_051,
      duplicate_rate: 0.172049,
      rows_with_errors: 611,
      rows_with_warnings: 1_840,
      reconciled: true,
    },
    fields: [
      field('first_name', 'first_name', 0.991, 0.982, 0.991, 4_120, 3_310, { 'name.placeholder': 77, 'name.digits': 12 }),
      field('last_name', 'last_name', 0.987, 0.979, 0.992, 6_877, 2_904, { 'name.placeholder': 61 }),
      field('email', 'email', 0.864, 0.812, 0.94, 9_905, 1_204, { 'email.syntax': 311, 'email.placeholder': 96, 'email.disposable': 41 }),
      field('phone', 'phone', 0.733, 0.655, 0.894, 8_402, 7_118, { 'phone.too_short': 402, 'phone.placeholder': 188 }),
      field('street', 'street', 0.701, 0.688, 0.981, 8_310, 5_020, { 'address.po_box': 23 }),
      field('city', 'city', 0.812, 0.805, 0.991, 1_204, 980, {}),
      field('state', 'state', 0.655, 0.648, 0.989, 57, 1_510, { 'state.unknown': 71 }),
      field('postcode', 'postcode', 0.77, 0.74, 0.961, 5_980, 640, { 'postcode.format': 359 }),
      field('dob', 'dob', 0.412, 0.377, 0.915, 6_480, 4_902, { 'date.ambiguous': 250, 'date.future': 14 }),
      field('consent', 'consent', 0.53, 0.53, 1, 2, 6_320, {}),
    ],
    matching: {
      blocking: {
        rules: [
          { id: 'email', pairs: 2_214 },
          { id: 'phone', pairs: 1_988 },
          { id: 'last_name_metaphone+postcode', pairs: 32_118 },
          { id: 'first_name_initial+dob', pairs: 29_040 },
        ],
        total_pairs: 63_601,
        capped: [{ rule: 'last_name_metaphone+postcode', key: 'SM0|10001', size: 1_204 }],
        capped_blocks: 1,
        capped_pairs: 724_206,
      },
      model: {
        prior: PRIOR,
        match_threshold: 0.92,
        review_threshold: 0.6,
        trained: true,
        comparisons: COMPARISONS,
      },
      probability_histogram: HISTOGRAM_COUNTS.map((count, i) => ({
        from: Math.round(i * 5) / 100,
        to: Math.round((i + 1) * 5) / 100,
        count,
      })),
      cluster_sizes: [
        { size: 1, count: 8_096 },
        { size: 2, count: 1_542 },
        { size: 3, count: 196 },
        { size: 4, count: 29 },
        { size: 5, count: 6 },
        { size: 7, count: 1 },
      ],
      review_pairs: 1_768,
      review_top: [
        reviewPair({ source: 'exports/crm_contacts.csv', row: 1_877 }, { source: 'exports/shop_customers.ndjson', row: 402 }, [
          ['email', 'missing', '', 'j***@mail.example'],
          ['last_name', 'exact', 'O*****', 'O*****'],
          ['dob', 'exact', '19**-**-**', '19**-**-**'],
          ['postcode', 'different', '10***', '11***'],
        ]),
        reviewPair({ source: 'exports/crm_contacts.csv', row: 33 }, { source: 'exports/newsletter.csv', row: 2_990 }, [
          ['email', 'missing', '', 'm***@example.org'],
          ['last_name', 'jw ≥ 0.92', 'M*******', 'M******'],
          ['dob', 'day/month swapped', '19**-0*-1*', '19**-1*-0*'],
          ['postcode', 'exact', '94***', '94***'],
        ]),
      ],
    },
    golden: {
      by_region: [
        { value: 'CA', count: 2_104 },
        { value: 'NY', count: 1_655 },
        { value: 'TX', count: 1_390 },
        { value: 'FL', count: 988 },
        { value: '(unknown)', count: 3_733 },
      ],
      by_source_count: [
        { sources: 1, count: 8_512 },
        { sources: 2, count: 1_190 },
        { sources: 3, count: 168 },
      ],
      by_consent: [
        { value: 'opted_in', count: 4_210 },
        { value: 'opted_out', count: 1_020 },
        { value: 'unknown', count: 4_640 },
      ],
    },
    gates: [
      { gate: 'max_error_rate', threshold: 0.05, actual: 0.049462, passed: true },
      { gate: 'max_quarantine_rate', threshold: 0.05, actual: 0.034972, passed: true },
      { gate: 'min_completeness.email', threshold: 0.85, actual: 0.812, passed: false },
    ],
    issues: [
      { code: 'phone.too_short', severity: 'warning', count: 402, examples: ['55*-****', '(2**) ***'] },
      { code: 'postcode.format', severity: 'warning', count: 359, examples: ['1***', 'AB* ***'] },
      { code: 'email.syntax', severity: 'error', count: 311, examples: ['j***@', '***.com', 'a***@@b***'] },
      { code: 'date.ambiguous', severity: 'warning', count: 250, examples: ['0*/0*/19**'] },
      { code: 'phone.placeholder', severity: 'error', count: 188, examples: ['000-***-****'] },
      { code: 'name.placeholder', severity: 'error', count: 138, examples: ['n/*', 'te**'] },
      { code: 'email.placeholder', severity: 'error', count: 96, examples: ['te**@te**.com'] },
      { code: 'state.unknown', severity: 'warning', count: 71, examples: ['X*'] },
    ],
    changes: null,
    stale: { after: '3y', cutoff: '2023-11-23', count: 2, records: [{ golden_id: 'G-0a1b2c3d4e5f', last_activity: '2021-06-30' }, { golden_id: 'G-9f8e7d6c5b4a', last_activity: null }] },
  };
  return structuredClone({ ...base, ...overrides });
}

/** An incremental run against a master: a few new people, some updated, two ids folded together. */
export function sampleIncrementalReport(): Report {
  const base = sampleReport();
  return {
    ...base,
    run: { ...base.run, incremental: true },
    changes: {
      new_golden: 412,
      updated_golden: 1_033,
      unchanged_golden: 8_425,
      merged_ids: [
        { from: 'G-000912', into: 'G-000117' },
        { from: 'G-004410', into: 'G-002001' },
      ],
    },
  };
}

/** `cdm validate`: no matching, no golden records; totals reconcile as kept + quarantined. */
export function sampleValidateReport(): Report {
  const base = sampleReport();
  return {
    ...base,
    run: { ...base.run, command: 'validate', timings_ms: { load: 412, validate: 233, normalize: 845 } },
    totals: { ...base.totals, golden_records: 0, merged_rows: 0, duplicate_rate: 0 },
    matching: null,
    golden: null,
    changes: null,
  };
}

export function sampleDiagnostics(): Diagnostic[] {
  return [
    { source: 'exports/newsletter.csv', row: 12, field: 'email', code: 'email.syntax', severity: 'error', message: 'Not an email address.', value: 'j***@' },
    { source: 'exports/crm_contacts.csv', row: 7, field: 'phone', code: 'phone.placeholder', severity: 'error', message: 'Placeholder phone number.', value: '000-***-****' },
    { source: 'exports/crm_contacts.csv', row: 3, field: 'email', code: 'email.syntax', severity: 'error', message: 'Not an email address.', value: '***.com' },
    { source: 'exports/crm_contacts.csv', row: 3, field: 'postcode', code: 'postcode.format', severity: 'warning', message: 'Postcode does not match the country format.', value: '1***' },
    { source: 'exports/shop_customers.ndjson', row: 40, field: 'dob', code: 'date.ambiguous', severity: 'warning', message: 'Day and month could be either way round.', value: '0*/0*/19**' },
    { source: 'exports/crm_contacts.csv', row: 0, field: '', code: 'csv.encoding_guessed', severity: 'info', message: 'Encoding guessed as windows-1252.' },
  ];
}

function field(
  name: string,
  role: string,
  completeness_before: number,
  completeness_after: number,
  validity: number,
  distinct: number,
  changed: number,
  issues: Record<string, number>,
): Report['fields'][number] {
  return { name, role, rows: 12_353, completeness_before, completeness_after, validity, distinct, changed, issues };
}

function comparison(fieldName: string, comparator: string, levels: [string, number, number][]) {
  return {
    field: fieldName,
    comparator,
    levels: levels.map(([label, m, u]) => ({ label, m, u, weight: Math.round(Math.log2(m / u) * 100) / 100 })),
  };
}

/** A review pair whose weights come from the model above: prior log-odds plus each field's level weight. */
function reviewPair(
  a: { source: string; row: number },
  b: { source: string; row: number },
  fields: [string, string, string, string][],
): NonNullable<Report['matching']>['review_top'][number] {
  const pairFields = fields.map(([name, level, va, vb]) => {
    const found = COMPARISONS.find((c) => c.field === name)?.levels.find((l) => l.label === level);
    return { field: name, level, weight: level === 'missing' ? 0 : (found?.weight ?? 0), a: va, b: vb };
  });
  const weight = Math.round((Math.log2(PRIOR / (1 - PRIOR)) + pairFields.reduce((sum, f) => sum + f.weight, 0)) * 100) / 100;
  const probability = Math.round((2 ** weight / (1 + 2 ** weight)) * 1e4) / 1e4;
  return { a, b, probability, weight, fields: pairFields };
}
