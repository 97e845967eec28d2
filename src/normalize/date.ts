// The date normalizer (roles date and dob): ISO-8601 YYYY-MM-DD in the column's day/month order.
// Two-digit years use Excel's pivot (00–29 → 20xx, 30–99 → 19xx) unless `options.twoDigitYearPivot`
// says otherwise; a fixed pivot rather than "relative to today" keeps runs reproducible.

import type { NormalizeContext, NormalizeResult, NormalizerDefinition } from './definition.js';
import { dateOptionsOf, formatDate, parseCalendarDate } from './date-parse.js';

function normalizeDate(value: string, context: NormalizeContext): NormalizeResult {
  const pivot = context.options.twoDigitYearPivot;
  const parsed = parseCalendarDate(value, { ...dateOptionsOf(context), pivot: typeof pivot === 'number' ? pivot : undefined });
  const date = parsed.date === undefined ? null : formatDate(parsed.date);
  return parsed.issues.length > 0 ? { value: date, issues: parsed.issues } : { value: date };
}

export const dateNormalizer: NormalizerDefinition = {
  id: 'date',
  description: 'Calendar date → YYYY-MM-DD in the column\'s day/month order; Excel serials accepted.',
  roles: ['date', 'dob'],
  normalize: normalizeDate,
};
