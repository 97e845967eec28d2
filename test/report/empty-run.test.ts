import { describe, expect, it } from 'vitest';
import { renderHtml, renderJunit, renderMarkdown, renderSummary, validateReport, type Report } from '../../src/report/index.js';
import { sampleReport } from './sample-report.js';

/** A run over one empty file: every count 0, every list empty, zero-count histogram bins. */
function emptyReport(): Report {
  const base = sampleReport();
  return {
    ...base,
    run: { ...base.run, config_hash: null, inputs: [{ ...base.run.inputs[0]!, rows: 0, bytes: 0 }], timings_ms: {} },
    totals: { input_rows: 0, quarantined: 0, kept: 0, golden_records: 0, merged_rows: 0, duplicate_rate: 0, rows_with_errors: 0, rows_with_warnings: 0, reconciled: true },
    fields: [],
    matching: {
      blocking: { rules: [], total_pairs: 0, capped: [], capped_blocks: 0, capped_pairs: 0 },
      model: { prior: 0, match_threshold: 0.92, review_threshold: 0.6, comparisons: [], trained: false },
      probability_histogram: Array.from({ length: 20 }, (_, i) => ({ from: i / 20, to: (i + 1) / 20, count: 0 })),
      cluster_sizes: [],
      review_pairs: 0,
      review_top: [],
    },
    golden: { by_region: [], by_source_count: [], by_consent: [] },
    gates: [],
    issues: [],
    changes: null,
  };
}

describe('an empty run', () => {
  it('is a valid report', () => {
    expect(validateReport(emptyReport()).ok).toBe(true);
  });

  it.each([
    ['summary', (r: Report) => renderSummary(r, { color: false })],
    ['html', renderHtml],
    ['markdown', renderMarkdown],
    ['junit', (r: Report) => renderJunit(r, [])],
  ])('%s renders with no NaN, Infinity or undefined', (_name, render) => {
    const text = render(emptyReport());
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('the histogram still has one zero bar per bin', () => {
    const html = renderHtml(emptyReport());
    const chart = html.slice(html.indexOf('data-chart="probability-histogram"'));
    expect((chart.slice(0, chart.indexOf('</svg>')).match(/data-value="0"/g) ?? []).length).toBe(20);
  });
});
