// The report's only stylesheet, inlined so the file opens from disk with no network. Colours are CSS
// variables (light and dark), chosen for at least 4.5:1 text and 3:1 graphics contrast; the chart
// palette is blue/orange so it survives the common colour-vision deficiencies.

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --surface: #f6f8fa; --ink: #1f2328; --ink-2: #59636e; --line: #d1d9e0;
  --accent: #0b62a4; --muted: #7d8ea1; --pos: #0b62a4; --neg: #c2410c; --total: #1f2328;
  --review: #b26b00; --pass: #1a7f37; --fail: #cf222e; --pass-bg: #dafbe1; --fail-bg: #ffebe9;
  --track: #eaeef2; --focus: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --surface: #161b22; --ink: #e6edf3; --ink-2: #9da7b3; --line: #3d444d;
    --accent: #58a6ff; --muted: #6e7f94; --pos: #58a6ff; --neg: #f0883e; --total: #e6edf3;
    --review: #d29922; --pass: #3fb950; --fail: #f85149; --pass-bg: #12261e; --fail-bg: #2d1214;
    --track: #21262d; --focus: #79c0ff;
  }
}
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0; background: var(--bg); color: var(--ink); }
.page { max-width: 1100px; margin: 0 auto; padding: 0 24px 48px; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: 8px; top: -48px; background: var(--bg); padding: 8px 12px; z-index: 2; border: 2px solid var(--focus); }
.skip:focus { top: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
header.top { padding: 28px 0 12px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 0 0 12px; padding-top: 8px; }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
.sub { color: var(--ink-2); margin: 0; }
nav.toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 12px 0 0; }
section { padding: 20px 0 8px; border-bottom: 1px solid var(--line); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 12px; margin: 0 0 16px; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .label { display: block; color: var(--ink-2); font-size: .85rem; }
.card .figure { display: block; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .note { display: block; color: var(--ink-2); font-size: .85rem; }
.verdict { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; padding: 10px 14px; border-radius: 8px; margin: 0 0 12px; font-variant-numeric: tabular-nums; }
.verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.verdict.ok { background: var(--pass-bg); }
.verdict.bad { background: var(--fail-bg); }
.badge { display: inline-block; font-weight: 700; padding: 0 8px; border-radius: 999px; border: 1.5px solid currentColor; white-space: nowrap; }
.badge.ok { color: var(--pass); }
.badge.bad { color: var(--fail); }
.badge.warn { color: var(--review); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; }
dl.meta dt { color: var(--ink-2); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; color: var(--ink); }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--surface); border-bottom: 2px solid var(--line); }
.table-wrap { overflow-x: auto; }
table.compact { width: auto; min-width: min(100%, 640px); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
td code + code { margin-left: 6px; }
figure { margin: 8px 0 16px; }
figcaption { color: var(--ink-2); font-size: .9rem; margin-top: 4px; }
svg.chart { display: block; width: auto; max-width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: var(--ink); }
svg.chart .ink-2, svg.chart .tick { fill: var(--ink-2); }
svg.chart .tick { font-size: 11px; }
svg.chart .value { fill: var(--ink-2); font-size: 11px; font-variant-numeric: tabular-nums; }
svg.chart .strong { font-weight: 650; }
svg.chart .halo { paint-order: stroke; stroke: var(--bg); stroke-width: 3px; stroke-linejoin: round; }
svg.chart .track { fill: var(--track); }
svg.chart .bar-accent, svg.chart .bar-pos { fill: var(--accent); }
svg.chart .bar-muted { fill: var(--muted); }
svg.chart .bar-neg { fill: var(--neg); }
svg.chart .bar-review { fill: var(--review); }
svg.chart .bar-total { fill: var(--total); }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .axis, svg.chart .zero { stroke: var(--ink-2); stroke-width: 1.2; }
svg.chart .marker { stroke-width: 2; stroke-dasharray: 5 3; }
svg.chart .marker.match { stroke: var(--accent); }
svg.chart .marker.review { stroke: var(--review); }
svg.chart .marker-label { font-weight: 650; font-size: 11.5px; }
svg.chart .marker-label.match { fill: var(--accent); }
svg.chart .marker-label.review { fill: var(--review); }
.grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 8px 32px; }
details { border: 1px solid var(--line); border-radius: 8px; padding: 0 14px; margin: 0 0 10px; background: var(--surface); }
details[open] { padding-bottom: 8px; }
summary { cursor: pointer; padding: 10px 0; font-weight: 600; }
summary .sub { font-weight: 400; }
.legend-note { color: var(--ink-2); font-size: .9rem; margin: 4px 0 8px; }
footer { color: var(--ink-2); font-size: .85rem; padding: 20px 0; }
@media print {
  :root { --bg: #fff; --surface: #fff; --ink: #000; --ink-2: #333; --line: #bbb; }
  html { font-size: 11pt; }
  .skip, nav.toc { display: none; }
  .page { max-width: none; padding: 0; }
  section { break-inside: auto; }
  figure, table, .cards, details, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  details { background: none; }
}
`;
