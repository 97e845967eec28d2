// "Did you mean …?": the allowed word closest to a mistyped one, when it is close enough to be a
// slip. Config keys and values, survivorship strategies and field names all use it.

import { distance } from 'fastest-levenshtein';

/** The allowed key closest to `key`, when it is close enough to be a slip (case, a letter or two,
 * `match_threshold` for `matchThreshold`); undefined otherwise. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[_-]/g, '');
  const folded = fold(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const a = key.toLowerCase();
    const b = candidate.toLowerCase();
    // A dropped or added ending (`rule` for `rules`) beats an equally distant other word (`role`).
    const d = fold(candidate) === folded ? 0 : swapsTwo(a, b) ? 1 : distance(a, b) - (a.startsWith(b) || b.startsWith(a) ? 0.5 : 0);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(key.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** " Did you mean 'x'?" for the allowed word closest to `word` when it is a slip, else ''. */
export function didYouMean(word: string, allowed: readonly string[]): string {
  const near = closestKey(word, allowed);
  return near === undefined ? '' : ` Did you mean '${near}'?`;
}

/** Two neighbouring letters swapped (`emial` for `email`): one slip, though Levenshtein counts two. */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
