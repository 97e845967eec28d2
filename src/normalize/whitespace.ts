// The one cleaning step every text normalizer shares: Unicode NFC and runs of any whitespace
// (tabs, NBSP, line breaks pasted into a cell) folded to one ASCII space.

const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const NEEDS_WORK = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]{2}|[^\S ]|[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const ASCII = /^[\x20-\x7e]*$/;

/** NFC + collapsed, trimmed whitespace. Fast path: plain ASCII with single spaces returns as is. */
export function cleanText(value: string): string {
  const nfc = ASCII.test(value) ? value : value.normalize('NFC');
  if (!NEEDS_WORK.test(nfc)) return nfc.trim();
  return nfc.replace(WHITESPACE_RUN, ' ').trim();
}

const DIACRITIC = /\p{M}+/gu;

/** Upper case without accents, for lookups in reference tables ("Québec" → "QUEBEC"). */
export function foldForLookup(value: string): string {
  return value.normalize('NFD').replace(DIACRITIC, '').toUpperCase();
}

// Excel keeps a leading apostrophe (text marker) or wraps a number as a formula: ="0123 456".
const EXCEL_WRAPPER = /^(?:'+|="?)|"$/g;

/** A cell's text without the marks a spreadsheet adds to keep a number's leading zeros: `'02134`,
 * `="02134"`. For values that are never text with quotes of their own (phones, postcodes). */
export function withoutSpreadsheetWrapper(text: string): string {
  return text.replace(EXCEL_WRAPPER, '');
}
