// Escaping for the HTML report. Every string that came from a report (file names, field names, masked
// values, codes from plugins) is customer-controlled and goes through `esc` before it meets markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text content and in quoted attribute values alike. */
export function esc(value: string | number): string {
  // Control characters are not allowed in HTML text; a stray one from a broken export becomes U+FFFD.
  return String(value)
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** A number as an attribute value: finite numbers only, so `data-value` always parses back. */
export function num(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}
