// Masks a word to its first character followed by one `*` per further character (`Smith` → `S****`),
// the shape shared by names and street names.

export function maskWord(word: string): string {
  const chars = Array.from(word);
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Masks every whitespace-separated word of `value` with `maskOne`, keeping the spacing. */
export function maskWords(value: string, maskOne: (word: string) => string): string {
  return value
    .normalize('NFC')
    .split(/(\s+)/)
    .map((part) => (part === '' || /^\s+$/.test(part) ? part : maskOne(part)))
    .join('');
}
