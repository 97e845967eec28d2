// Opens the rendered report in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core):
// no console errors, no network, charts hold report.json's numbers, keyboard reaches the review queue.
// Leaves test-artifacts/report.html and report.png for a person to look at.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../src/report/index.js';
import { sampleIncrementalReport } from './sample-report.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

if (!hasChromium) console.warn(`skipping the browser test of report.html: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  const report = sampleIncrementalReport();
  const problems: string[] = [];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(artifacts, { recursive: true });
    const file = `${artifacts}report.html`;
    writeFileSync(file, renderHtml(report));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file://')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const values = (chart: string, series?: string) =>
    page.$$eval(
      `svg[data-chart="${chart}"] rect[data-value]${series ? `[data-series="${series}"]` : ''}`,
      (rects) => rects.map((rect) => Number(rect.getAttribute('data-value'))),
    );

  it('loads with no console errors, no failed and no network requests', () => {
    expect(problems).toEqual([]);
  });

  it('charts hold the report numbers', async () => {
    const matching = report.matching!;
    expect(await values('probability-histogram')).toEqual(matching.probability_histogram.map((bin) => bin.count));
    expect(await values('cluster-sizes')).toEqual(matching.cluster_sizes.map((c) => c.count));
    expect(await values('blocking-pairs')).toEqual(matching.blocking.rules.map((rule) => rule.pairs));
    expect(await values('field-completeness', 'before')).toEqual(report.fields.map((f) => f.completeness_before));
    expect(await values('field-completeness', 'after')).toEqual(report.fields.map((f) => f.completeness_after));
    expect(await values('field-validity')).toEqual(report.fields.map((f) => f.validity));
    // …and the bars are drawn to scale: the tallest histogram bar is the largest count.
    const heights = await page.$$eval('svg[data-chart="probability-histogram"] rect[data-value]', (rects) =>
      rects.map((rect) => rect.getBoundingClientRect().height),
    );
    const counts = matching.probability_histogram.map((bin) => bin.count);
    expect(heights.indexOf(Math.max(...heights))).toBe(counts.indexOf(Math.max(...counts)));
  });

  it('every chart names itself and its bars carry tooltips', async () => {
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector(':scope > title')?.textContent ?? '',
        bars: svg.querySelectorAll('rect[data-value]').length,
        titled: svg.querySelectorAll('rect[data-value] > title').length,
      })),
    );
    expect(charts.length).toBeGreaterThan(8);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.titled).toBe(chart.bars);
    }
  });

  it('fits a laptop screen without sideways scrolling and saves a screenshot', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifacts}report.png`, fullPage: true });
    expect(existsSync(`${artifacts}report.png`)).toBe(true);
  });

  it('keyboard alone reaches the skip link first and then the review queue details', async () => {
    await page.goto(page.url());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    let reached = '';
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.tagName === 'SUMMARY' && active.closest('#review') ? (active.parentElement?.id ?? '') : '';
      });
    }
    expect(reached).toBe('review-1');
    // Enter toggles it, as a mouse click would.
    await page.keyboard.press('Enter');
    expect(await page.$eval('#review-1', (details) => (details as HTMLDetailsElement).open)).toBe(false);
  });

  it('prints the closed review pairs too', async () => {
    await page.emulateMedia({ media: 'print' });
    const height = await page.$eval('#review-2 figure', (figure) => figure.getBoundingClientRect().height);
    await page.emulateMedia({ media: 'screen' });
    expect(height).toBeGreaterThan(50);
  });
});
