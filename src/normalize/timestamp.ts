// The timestamp normalizer: UTC ISO-8601 "YYYY-MM-DDTHH:mm:ssZ". Offsets and Z are honoured; a time
// written without offset is taken as UTC (exports rarely say their zone, and guessing the machine's
// zone would make runs differ between laptops). Epoch seconds and milliseconds are accepted.

import type { NormalizeContext, NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { dateOptionsOf, isCalendarDate, parseCalendarDate } from './date-parse.js';
import { cleanText } from './whitespace.js';

const EPOCH = /^-?(\d{9,14})(?:\.\d+)?$/;
const TIME_OF_DAY =
  /(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s*(Z|UTC|GMT|([+-])(\d{2}):?(\d{2})))?$/;
// An offset straight after a date ("2024-03-05Z") without a time.
const DATE_ONLY_ZONE = /\s*(?:Z|UTC|GMT)$/;

const INVALID: NormalizeIssue = {
  code: 'timestamp.invalid',
  severity: 'error',
  message: 'Not a date and time in a recognised format.',
};

function isoUtc(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 19) + 'Z';
}

function fromEpoch(text: string, digits: number): string | null {
  const n = Number(text);
  // 9–11 digits are seconds (1973–5138), 12–14 milliseconds.
  return isoUtc(digits <= 11 ? n * 1000 : n);
}

// The form most exports already use ("2022-06-09T08:27:45.083Z"); every value of a timestamp column
// is distinct, so no cache helps, and this route reads it without the general parser's regexes.
const CANONICAL_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** The canonical UTC form of a valid "YYYY-MM-DDTHH:mm:ss(.fff)Z", exactly as the general route
 * gives it; undefined for anything else (then the general route decides). */
function canonicalUtc(value: string): string | undefined {
  const m = CANONICAL_UTC.exec(value);
  if (m === null) return undefined;
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  const second = Number(m[6]);
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || second > 60) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${second === 60 ? '59' : m[6]}Z`;
}

function normalizeTimestamp(value: string, context: NormalizeContext): NormalizeResult {
  const canonical = canonicalUtc(value);
  return canonical !== undefined ? { value: canonical } : parseTimestamp(value, context);
}

/** The general route: epochs, offsets, AM/PM, any date form parseCalendarDate reads. */
export function parseTimestamp(value: string, context: NormalizeContext): NormalizeResult {
  const text = cleanText(value);
  const epoch = EPOCH.exec(text);
  if (epoch) {
    const iso = fromEpoch(text, epoch[1]!.length);
    return iso === null ? { value: null, issues: [INVALID] } : { value: iso };
  }
  const time = TIME_OF_DAY.exec(text);
  const datePart = time ? text.slice(0, time.index) : text.replace(DATE_ONLY_ZONE, '');
  const parsed = parseCalendarDate(datePart, dateOptionsOf(context));
  if (parsed.date === undefined) return { value: null, issues: [INVALID] };
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offsetMinutes = 0;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = time[3] === undefined ? 0 : Number(time[3]);
    const meridiem = time[4]?.toUpperCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return { value: null, issues: [INVALID] };
      hour = (hour % 12) + (meridiem === 'P' ? 12 : 0);
    }
    if (time[6] !== undefined) {
      offsetMinutes = (Number(time[7]) * 60 + Number(time[8])) * (time[6] === '-' ? -1 : 1);
    }
  }
  // 24:00 is not accepted; a leap second 60 is clamped to 59 rather than rolled into the next minute.
  if (hour > 23 || minute > 59 || second > 60) return { value: null, issues: [INVALID] };
  const { year, month, day } = parsed.date;
  const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
  const iso = isoUtc(ms);
  if (iso === null) return { value: null, issues: [INVALID] };
  return parsed.issues.length > 0 ? { value: iso, issues: parsed.issues } : { value: iso };
}

export const timestampNormalizer: NormalizerDefinition = {
  id: 'timestamp',
  description: 'Date and time → UTC "YYYY-MM-DDTHH:mm:ssZ"; offsets honoured, none means UTC; epochs accepted.',
  roles: ['timestamp'],
  normalize: normalizeTimestamp,
};
