// The fallback mask: the first character and a fixed `***`, so neither the value nor its length shows.

export function maskGeneric(value: string): string {
  const chars = Array.from(value.trim());
  // A one-character value would be shown whole by "first character + ***".
  if (chars.length <= 1) return chars.length === 0 ? '' : '***';
  return `${chars[0]}***`;
}
