import { describe, expect, it } from 'vitest';
import { renderHtml, type Report } from '../../src/report/index.js';
import { sampleIncrementalReport, sampleReport, sampleValidateReport } from './sample-report.js';

const XSS = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;

/** data-value of every bar in one chart, in document order. */
function chartValues(html: string, chart: string, series?: string): number[] {
  const start = html.indexOf(`data-chart="${chart}"`);
  expect(start).toBeGreaterThan(0);
  const svg = html.slice(start, html.indexOf('</svg>', start));
  const values: number[] = [];
  for (const match of svg.matchAll(/<rect [^>]*?(?:data-series="([^"]*)" )?data-value="([^"]*)"/g)) {
    if (series === undefined || match[1] === series) values.push(Number(match[2]));
  }
  return values;
}

function hostileReport(): Report {
  const report = sampleIncrementalReport();
  report.run.version = XSS;
  report.run.out_dir = XSS;
  report.run.inputs[0]!.source = XSS;
  report.run.inputs[0]!.encoding = XSS;
  report.run.timings_ms = { [XSS]: 10 };
  report.fields[0]!.name = XSS;
  report.fields[0]!.role = XSS;
  report.fields[0]!.issues = { [XSS]: 3 };
  report.issues[0]!.code = XSS;
  report.issues[0]!.severity = XSS;
  report.issues[0]!.examples = [XSS, '</code></td></tr></table><script>x</script>'];
  report.gates[0]!.gate = XSS;
  const matching = report.matching!;
  matching.blocking.rules[0]!.id = XSS;
  matching.blocking.capped[0]!.key = XSS;
  matching.model.comparisons[0]!.field = XSS;
  matching.model.comparisons[0]!.levels[0]!.label = XSS;
  matching.review_top[0]!.a.source = XSS;
  matching.review_top[0]!.fields[0]!.a = XSS;
  matching.review_top[0]!.fields[0]!.level = XSS;
  report.golden!.by_region[0]!.value = XSS;
  report.golden!.by_consent[0]!.value = '\u0000\u0007ctl';
  report.changes!.merged_ids[0]!.from = XSS;
  report.stale = { after: XSS, cutoff: XSS, count: 1, records: [{ golden_id: XSS, last_activity: XSS }] };
  return report;
}

describe('renderHtml', () => {
  it('lists stale golden records when the run has a retention setting', () => {
    const html = renderHtml(sampleReport());
    const stale = html.slice(html.indexOf('data-table="stale"'));
    expect(stale).toContain('G-0a1b2c3d4e5f');
    expect(stale).toContain('2021-06-30');
    const withoutRetention = sampleReport();
    delete withoutRetention.stale;
    expect(renderHtml(withoutRetention)).not.toContain('id="stale"');
  });

  it('is one self-contained document: no script, no external reference, a CSP that forbids both', () => {
    const html = renderHtml(sampleIncrementalReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('@media print');
    expect(html).toContain('prefers-color-scheme: dark');
  });

  it('escapes every string that comes from the report', () => {
    const html = renderHtml(hostileReport());
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
    expect(html).not.toMatch(/[\u0000-\u0008]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // An attribute value cannot be closed early: every data-key holds the escaped quote.
    expect(html).toContain('data-key="&quot;&gt;&lt;script&gt;');
    expect(html.match(/<script/g)).toBeNull();
  });

  it('is deterministic for the same report', () => {
    expect(renderHtml(sampleReport())).toBe(renderHtml(sampleReport()));
  });

  it('charts carry the report numbers as data-value', () => {
    const report = sampleReport();
    const html = renderHtml(report);
    const matching = report.matching!;
    expect(chartValues(html, 'probability-histogram')).toEqual(matching.probability_histogram.map((bin) => bin.count));
    expect(chartValues(html, 'cluster-sizes')).toEqual(matching.cluster_sizes.map((c) => c.count));
    expect(chartValues(html, 'blocking-pairs')).toEqual(matching.blocking.rules.map((r) => r.pairs));
    expect(chartValues(html, 'field-completeness', 'before')).toEqual(report.fields.map((f) => f.completeness_before));
    expect(chartValues(html, 'field-completeness', 'after')).toEqual(report.fields.map((f) => f.completeness_after));
    expect(chartValues(html, 'field-validity')).toEqual(report.fields.map((f) => f.validity));
    expect(chartValues(html, 'model-weights')).toEqual(matching.model.comparisons.flatMap((c) => c.levels.map((l) => l.weight)));
    expect(chartValues(html, 'golden-region')).toEqual(report.golden!.by_region.map((b) => b.count));
    expect(chartValues(html, 'golden-sources')).toEqual(report.golden!.by_source_count.map((b) => b.count));
  });

  it('review waterfalls start at the prior, step by each field and end at the pair weight', () => {
    const report = sampleReport();
    const html = renderHtml(report);
    report.matching!.review_top.forEach((pair, i) => {
      const values = chartValues(html, `review-${i + 1}-waterfall`);
      const fieldWeights = pair.fields.map((f) => f.weight);
      expect(values.slice(1, -1)).toEqual(fieldWeights);
      expect(values.at(-1)).toBe(pair.weight);
      const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(pair.weight, 2);
    });
  });

  it.each([
    ['clean', sampleReport(), ['run', 'totals', 'gates', 'fields', 'issues', 'matching', 'review', 'golden'], ['changes']],
    ['incremental', sampleIncrementalReport(), ['changes', 'matching', 'golden'], []],
    ['validate', sampleValidateReport(), ['run', 'totals', 'gates', 'fields', 'issues'], ['matching', 'review', 'golden', 'changes']],
  ])('%s run has the right sections', (_name, report, present, absent) => {
    const html = renderHtml(report);
    for (const id of present) {
      expect(html).toContain(`<section id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
    for (const id of absent) expect(html).not.toContain(`<section id="${id}"`);
  });

  it('shows the reconciliation and its verdict', () => {
    expect(renderHtml(sampleReport())).toContain('data-reconciled="true"');
    const broken = sampleReport();
    broken.totals.reconciled = false;
    expect(renderHtml(broken)).toContain('data-reconciled="false"');
  });

  it('every table has a caption and every chart a title and description', () => {
    const html = renderHtml(sampleIncrementalReport());
    expect((html.match(/<table/g) ?? []).length).toBe((html.match(/<caption>/g) ?? []).length);
    const charts = html.match(/<svg [^>]*>/g) ?? [];
    expect(charts.length).toBeGreaterThan(8);
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-labelledby="[\w-]+-t [\w-]+-d"/);
  });
});
