// `generalize`: a coarser value that still serves analysis — a date of birth as its year or an age
// band, a postcode as its first characters (a US ZIP3 or a UK outward code's area).

import type { TransformDefinition, TransformOptions } from './definition.js';

const DATE_ROLES = new Set(['dob', 'date', 'timestamp']);
const DATE_TARGETS = ['year', 'age_band', 'decade'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function ageOn(dob: string, today: string): number | undefined {
  const d = ISO_DATE.exec(dob);
  const t = ISO_DATE.exec(today);
  if (!d || !t) return undefined;
  let age = Number(t[1]) - Number(d[1]);
  if (`${t[2]}${t[3]}` < `${d[2]}${d[3]}`) age--;
  return age;
}

function bandWidth(options: TransformOptions): number {
  return typeof options.band === 'number' ? options.band : 10;
}

function prefixLength(options: TransformOptions): number {
  return typeof options.chars === 'number' ? options.chars : 3;
}

function generalizeDate(value: string, options: TransformOptions): string {
  const to = (options.to as string | undefined) ?? 'year';
  const year = ISO_DATE.exec(value)?.[1];
  if (!year) return '';
  if (to === 'year') return year;
  if (to === 'decade') return `${year.slice(0, 3)}0s`;
  const age = ageOn(value, String(options.today ?? ''));
  if (age === undefined || age < 0) return '';
  const width = bandWidth(options);
  const low = Math.floor(age / width) * width;
  return `${low}-${low + width - 1}`;
}

export const generalizeTransform: TransformDefinition = {
  id: 'generalize',
  description: 'a coarser value: dates to year, decade or age band (to: year|decade|age_band), others to their first characters (chars: 3)',
  checkOptions(role, options) {
    if (DATE_ROLES.has(role)) {
      const to = options.to ?? 'year';
      if (typeof to !== 'string' || !DATE_TARGETS.includes(to)) return `to must be one of ${DATE_TARGETS.join(', ')} for a date`;
      const band = options.band;
      if (band !== undefined && (typeof band !== 'number' || !Number.isInteger(band) || band < 1)) return 'band must be a whole number of years';
      return undefined;
    }
    const chars = options.chars;
    if (chars !== undefined && (typeof chars !== 'number' || !Number.isInteger(chars) || chars < 1)) return 'chars must be a positive whole number';
    if (options.to !== undefined) return `to applies to dates only, not to a ${role} field`;
    return undefined;
  },
  apply(value, role, options) {
    if (DATE_ROLES.has(role)) return generalizeDate(value, options);
    // Postcodes and other codes: keep the leading characters (spaces dropped so "LS1 6FG" → "LS1").
    return value.replace(/\s+/g, '').slice(0, prefixLength(options));
  },
};
