// Strict calendar-date parsing shared by the date and timestamp normalizers: ISO, compact YYYYMMDD,
// numeric D/M/Y in the column's order, month names in English, and Excel serial numbers. Only real
// calendar dates pass (no 30 February). Written by hand rather than with date-fns `parse`: one pass
// over a handful of hoisted patterns is cheaper than trying a list of format strings per value.

import type { DateOrder } from '../core/roles.js';
import type { NormalizeContext, NormalizeIssue } from './definition.js';
import { cleanText } from './whitespace.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateParse {
  date?: CalendarDate;
  issues: NormalizeIssue[];
}

export interface DateParseOptions {
  order?: DateOrder;
  /** The order of dotted dates (`13.04.1980`) where the column reads them otherwise than `order`. */
  dottedOrder?: DateOrder;
  /** No dotted value decided `dottedOrder`. */
  dottedAmbiguous?: boolean;
  ambiguous?: boolean;
  /** Region of the source: decides D/M against M/D when the column order is unknown (US: M/D). */
  region: string;
  /** Two-digit years below the pivot are 20xx, others 19xx. Default 30, Excel's own rule. */
  pivot?: number;
}

/** The parse options a field's normalize context gives: its column's day/month order (and its dotted
 * dates' own), and its source's region. */
export function dateOptionsOf(context: NormalizeContext): DateParseOptions {
  return {
    order: context.dateOrder,
    ambiguous: context.dateOrderAmbiguous === true,
    ...(context.dottedDateOrder !== undefined ? { dottedOrder: context.dottedDateOrder, dottedAmbiguous: context.dottedDateAmbiguous === true } : {}),
    region: context.region,
  };
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT = /^\d{8}$/;
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
const NUMERIC = /^(\d{1,4})[-/.\s](\d{1,2})[-/.\s](\d{1,4})$/;
const TIME_TAIL = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const WORD_SPLIT = /[\s,./-]+/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const DIGITS = /^\d+$/;
const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
// Excel's day 0 is 1899-12-30 once its fictitious 29 February 1900 is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Regions that write month before day.
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'PH', 'FM', 'MH', 'PW']);

function issue(code: string, severity: NormalizeIssue['severity'], message: string): NormalizeIssue {
  return { code, severity, message };
}
const INVALID = issue('date.invalid', 'error', 'Not a real calendar date in a recognised format.');
const AMBIGUOUS = issue('date.ambiguous', 'warning', 'Day and month could be swapped; read in the column\'s assumed order.');
const ORDER_CONFLICT = issue('date.order_conflict', 'warning', 'Only valid with day and month swapped from the column order.');
const TWO_DIGIT_YEAR = issue('date.two_digit_year', 'info', 'Two-digit year expanded with the pivot.');
const EXCEL = issue('date.excel_serial', 'info', 'Read as an Excel serial day number.');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function result(year: number, month: number, day: number, issues: NormalizeIssue[]): DateParse {
  return isCalendarDate(year, month, day) ? { date: { year, month, day }, issues } : { issues: [INVALID] };
}

function expandYear(text: string, pivot: number, issues: NormalizeIssue[]): number {
  const year = Number(text);
  if (text.length > 2) return year;
  issues.push(TWO_DIGIT_YEAR);
  return year < pivot ? 2000 + year : 1900 + year;
}

function parseCompact(text: string, order: DateOrder | undefined): DateParse {
  const n = (from: number, to: number): number => Number(text.slice(from, to));
  if (order === 'MDY' && isCalendarDate(n(4, 8), n(0, 2), n(2, 4))) return result(n(4, 8), n(0, 2), n(2, 4), []);
  if (order === 'DMY' && isCalendarDate(n(4, 8), n(2, 4), n(0, 2))) return result(n(4, 8), n(2, 4), n(0, 2), []);
  return result(n(0, 4), n(4, 6), n(6, 8), []);
}

function parseExcelSerial(serial: number): DateParse {
  const date = new Date(EXCEL_EPOCH_MS + serial * DAY_MS);
  return result(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), [EXCEL]);
}

function parseNumeric(a: string, b: string, c: string, options: DateParseOptions): DateParse {
  const issues: NormalizeIssue[] = [];
  const pivot = options.pivot ?? 30;
  if (a.length >= 3 || (options.order === 'YMD' && c.length <= 2)) {
    return result(expandYear(a, pivot, issues), Number(b), Number(c), issues);
  }
  if (c.length === 3) return { issues: [INVALID] };
  const year = expandYear(c, pivot, issues);
  const first = Number(a);
  const second = Number(b);
  let order = options.order === 'MDY' || options.order === 'DMY' ? options.order : undefined;
  if (order === undefined) {
    if (first > 12 && second <= 12) order = 'DMY';
    else if (second > 12 && first <= 12) order = 'MDY';
    else order = MONTH_FIRST_REGIONS.has(options.region.toUpperCase()) ? 'MDY' : 'DMY';
  }
  let [month, day] = order === 'MDY' ? [first, second] : [second, first];
  if (!isCalendarDate(year, month, day) && isCalendarDate(year, day, month) && month > 12) {
    // One bad row in a column is more often a typist than a different order: keep it, flag it.
    [month, day] = [day, month];
    issues.push(ORDER_CONFLICT);
  } else if (options.ambiguous && first <= 12 && second <= 12 && first !== second) {
    issues.push(AMBIGUOUS);
  }
  return result(year, month, day, issues);
}

function monthOf(token: string): number | undefined {
  if (token.length < 3 || DIGITS.test(token)) return undefined;
  const month = MONTH_NAMES.get(token.slice(0, 3).toLowerCase());
  return month;
}

/** "12 Jan 1980", "January 12, 1980", "12-Jan-80", "1980 Jan 12", "Jan 12th 1980". */
function parseWithMonthName(text: string, options: DateParseOptions): DateParse {
  const tokens = text.split(WORD_SPLIT).filter((token) => token.length > 0);
  if (tokens.length !== 3) return { issues: [INVALID] };
  const monthAt = tokens.findIndex((token) => monthOf(token) !== undefined);
  if (monthAt < 0) return { issues: [INVALID] };
  const month = monthOf(tokens[monthAt]!)!;
  const numbers = tokens.filter((_, i) => i !== monthAt).map((token) => ORDINAL_DAY.exec(token)?.[1] ?? token);
  if (!numbers.every((token) => DIGITS.test(token))) return { issues: [INVALID] };
  const issues: NormalizeIssue[] = [];
  const pivot = options.pivot ?? 30;
  const [x, y] = numbers as [string, string];
  // The year is the four-digit number; with two short numbers it is the last one ("12-Jan-80").
  const yearFirst = x.length >= 3 || (monthAt === 1 && x.length > 2);
  const [yearText, dayText] = yearFirst ? [x, y] : [y, x];
  return result(expandYear(yearText, pivot, issues), month, Number(dayText), issues);
}

/** Parses a calendar date, dropping a trailing time of day. */
export function parseCalendarDate(value: string, options: DateParseOptions): DateParse {
  const text = cleanText(value).replace(WEEKDAY, '').replace(TIME_TAIL, '');
  const iso = ISO.exec(text);
  if (iso) return result(Number(iso[1]), Number(iso[2]), Number(iso[3]), []);
  if (COMPACT.test(text)) return parseCompact(text, options.order);
  const serial = EXCEL_SERIAL.exec(text);
  if (serial) return parseExcelSerial(Number(serial[1]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const dotted = options.dottedOrder !== undefined && text.charCodeAt(numeric[1]!.length) === 46; // '.'
    return parseNumeric(numeric[1]!, numeric[2]!, numeric[3]!, dotted ? { ...options, order: options.dottedOrder, ambiguous: options.dottedAmbiguous === true } : options);
  }
  return parseWithMonthName(text, options);
}
