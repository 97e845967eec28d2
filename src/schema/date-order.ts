// Date recognition and per-column day/month order. `03/04/2021` is March in one export and April in
// the next; one value whose first part is above 12 proves day-first for the whole column, one whose
// second part is above 12 proves month-first. Without such a value the order is a guess and is reported.

import type { DateOrder } from '../core/roles.js';

export type DateShape =
  /** ISO or `YYYY/MM/DD`: year first, never ambiguous. */
  | 'ymd'
  /** `YYYYMMDD`, 8 digits. */
  | 'compact'
  /** `a/b/yyyy`, `a-b-yy`, `a.b.yyyy`: the order is the question. */
  | 'numeric'
  /** `5 Jan 1980`, `January 5, 1980`: the month is a word. */
  | 'text';

export interface DateShapeResult {
  shape: DateShape;
  /** For 'numeric': the first and second parts, and whether they are separated by dots. */
  first?: number;
  second?: number;
  dotted?: boolean;
  /** A time of day follows the date (timestamps). */
  hasTime: boolean;
  year?: number;
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s]+(\d{1,2}):(\d{2}))/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[T\s,]+(\d{1,2}):(\d{2}))/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TEXT_DMY = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH}[\\s,-]+(\\d{2}|\\d{4})(?:$|\\s+\\d{1,2}:\\d{2})`, 'i');
const TEXT_MDY = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:$|\\s+\\d{1,2}:\\d{2})`, 'i');

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The shape of a date value, or undefined when the value is not a date. */
export function dateShape(value: string): DateShapeResult | undefined {
  const text = value.trim();
  let m = YMD.exec(text);
  if (m) {
    if (!validDay(Number(m[2]), Number(m[3]))) return undefined;
    return { shape: 'ymd', hasTime: m[4] !== undefined, year: Number(m[1]) };
  }
  m = COMPACT.exec(text);
  if (m) {
    const year = Number(m[1]);
    // 8 digits are only a date when they read as one in a plausible century (not a phone or id).
    if (year < 1850 || year > 2100 || !validDay(Number(m[2]), Number(m[3]))) return undefined;
    return { shape: 'compact', hasTime: false, year };
  }
  m = NUMERIC.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return undefined;
    const yearPart = Number(m[3]);
    const year = m[3]!.length === 2 ? (yearPart > 30 ? 1900 + yearPart : 2000 + yearPart) : yearPart;
    return { shape: 'numeric', first, second, dotted: text.charCodeAt(m[1]!.length) === 46, hasTime: m[4] !== undefined, year };
  }
  m = TEXT_DMY.exec(text) ?? TEXT_MDY.exec(text);
  if (m) {
    const year = Number(m[3]);
    return { shape: 'text', hasTime: /\d:\d\d/.test(text), year: m[3]!.length === 2 ? 1900 + year : year };
  }
  return undefined;
}

export interface DateOrderEvidence {
  /** The order the values prove, or undefined when no value decides. */
  order?: DateOrder;
  /** No value decided between day-first and month-first (numeric dates only). */
  ambiguous: boolean;
  /** Values proving each order; both above zero means the column mixes orders. */
  dmyProofs: number;
  mdyProofs: number;
  /** Numeric values that fit either order. */
  undecided: number;
  /** An example value proving the chosen order, for the report. */
  example?: string;
  /** Where the column writes numeric dates both with dots (`13.04.1980`) and otherwise
   * (`04/13/1980`): the order of the dotted ones (what they prove, else day-first). */
  dottedOrder?: DateOrder;
  /** Whether a dotted value proves `dottedOrder` (else it is the convention's guess). */
  dottedProven?: boolean;
  /** The order to assume when no value decides, when the values say more than the region does: a
   * column of dotted dates alone is day-first by convention. */
  guess?: DateOrder;
}

interface OrderCounts {
  dmy: number;
  mdy: number;
  undecided: number;
  dmyExample?: string;
  mdyExample?: string;
}

function countOrder(counts: OrderCounts, shape: DateShapeResult, value: string): void {
  if (shape.first! > 12) {
    counts.dmy++;
    counts.dmyExample ??= value;
  } else if (shape.second! > 12) {
    counts.mdy++;
    counts.mdyExample ??= value;
  } else {
    counts.undecided++;
  }
}

/** The order numeric values prove (the majority of the proofs), or undefined when none decides. */
function provenOrder(c: OrderCounts): DateOrder | undefined {
  return c.dmy > 0 || c.mdy > 0 ? (c.dmy >= c.mdy ? 'DMY' : 'MDY') : undefined;
}

/** Infers one column's date order from all its values (one pass, no allocation per value). Dotted
 * dates (`03.04.1980`) are day-first wherever they are written, so they are counted apart: in a
 * column that also holds month-first slashed dates (a CRM fed from a US and a German form), each
 * kind is read its own way (`dottedOrder`). */
export function inferDateOrder(values: Iterable<string>): DateOrderEvidence {
  let ymd = 0;
  const plain: OrderCounts = { dmy: 0, mdy: 0, undecided: 0 };
  const dots: OrderCounts = { dmy: 0, mdy: 0, undecided: 0 };
  for (const value of values) {
    if (value === '') continue;
    const shape = dateShape(value);
    if (!shape) continue;
    if (shape.shape === 'ymd' || shape.shape === 'compact') ymd++;
    else if (shape.shape === 'numeric') countOrder(shape.dotted ? dots : plain, shape, value);
  }
  const hasPlain = plain.dmy + plain.mdy + plain.undecided > 0;
  const hasDots = dots.dmy + dots.mdy + dots.undecided > 0;
  // The dotted dates' own order: what they prove, else the convention (day first).
  const dotOrder = hasDots ? (provenOrder(dots) ?? 'DMY') : undefined;
  const counts = hasPlain ? plain : dots;
  const evidence = { dmyProofs: counts.dmy, mdyProofs: counts.mdy, undecided: counts.undecided };
  // The order governs the numeric values; year-first values parse the same under any order.
  const order = provenOrder(counts);
  const withDotted = hasPlain && dotOrder !== undefined ? { dottedOrder: dotOrder, dottedProven: provenOrder(dots) !== undefined } : {};
  if (order) return { ...evidence, order, ambiguous: false, example: order === 'DMY' ? counts.dmyExample : counts.mdyExample, ...withDotted };
  if (counts.undecided > 0) return { ...evidence, ambiguous: true, ...withDotted, ...(hasPlain ? {} : { guess: 'DMY' as const }) };
  if (ymd > 0) return { ...evidence, order: 'YMD', ambiguous: false };
  return { ...evidence, ambiguous: false };
}

/** The guess for an undecided column: month-first only where the region writes dates that way. */
export function defaultDateOrder(region: string): DateOrder {
  return region === 'US' ? 'MDY' : 'DMY';
}
