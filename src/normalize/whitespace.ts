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
