// Value-based role inference: a column of emails is email whatever its header says. Each detector
// counts how many sampled values fit a shape; the share that fits is the evidence.

import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Role } from '../core/roles.js';
import { dateShape } from './date-order.js';
import { ALL_STATES, AU_STATES, CA_PROVINCES, US_STATES, countryOf } from './places.js';

export interface ValueMatch {
  role: Role;
  /** 0..1: the share of sampled values that fit, scaled by how specific the shape is. */
  confidence: number;
  /** The sample is yes/no values (consent-like), whatever role was chosen. */
  boolean?: boolean;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[a-z]{2,}$/i;
const SSN = /^\d{3}-\d{2}-\d{4}$/;
const PHONE_CHARS = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?$/i;
const US_ZIP = /^\d{5}(?:-\d{4})?$/;
const FOUR_DIGITS = /^\d{4}$/;
const UK_POSTCODE = /^[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}$/i;
const CA_POSTCODE = /^[a-z]\d[a-z]\s?\d[a-z]\d$/i;
const BOOLEANS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f', '1', '0', 'on', 'off', 'opted in', 'opted out', 'subscribed', 'unsubscribed']);
const GENDERS = new Set(['m', 'f', 'male', 'female', 'man', 'woman', 'other', 'x', 'u', 'unknown', 'nb', 'non-binary', 'nonbinary', 'prefer not to say']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame', 'lady', 'lord', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'fr', 'hon']);

function isPhone(value: string): boolean {
  if (!PHONE_CHARS.test(value) || dateShape(value)) return false;
  const main = value.replace(/(?:x|ext\.?|extension|#)\s*\d+$/i, '');
  const digits = main.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  // Bare digit runs are as often ids and account numbers; without formatting only a full national
  // number (10+ digits) or an explicit `+` counts as a phone.
  const formatted = /[\s().\-/+]/.test(main);
  return formatted || digits >= 10;
}

type Detector = { role: Role; specificity: number; test: (value: string, lower: string) => boolean };

// Most specific first: when two detectors fit equally, the earlier wins.
const DETECTORS: Detector[] = [
  { role: 'email', specificity: 1, test: (v) => EMAIL.test(v) },
  { role: 'national_id', specificity: 0.95, test: (v) => SSN.test(v) },
  { role: 'date', specificity: 0.95, test: (v) => dateShape(v) !== undefined },
  { role: 'phone', specificity: 0.9, test: (v) => isPhone(v) },
  { role: 'postcode', specificity: 0.85, test: (v) => US_ZIP.test(v) || UK_POSTCODE.test(v) || CA_POSTCODE.test(v) },
  { role: 'gender', specificity: 0.85, test: (_v, l) => GENDERS.has(l) },
  { role: 'title', specificity: 0.85, test: (_v, l) => TITLES.has(l) },
  { role: 'state', specificity: 0.85, test: (_v, l) => ALL_STATES.has(l) },
  { role: 'country', specificity: 0.85, test: (v) => countryOf(v) !== undefined },
  // Four digits are AU/NZ/DK postcodes, but also years and street numbers: weak on its own.
  { role: 'postcode', specificity: 0.55, test: (v) => FOUR_DIGITS.test(v) },
];

const MIN_SHARE = 0.8;

/** The role the sampled values point to, or undefined when no shape covers most of them. */
export function matchValues(sample: readonly string[]): ValueMatch | undefined {
  if (sample.length === 0) return undefined;
  const lowered = sample.map((v) => v.trim().toLowerCase());
  const isBoolean = lowered.every((l) => BOOLEANS.has(l));
  if (isBoolean) {
    // `0`/`1` columns and `m`/`f`-free y/n flags: consent-like, but not proof of consent on their own.
    return { role: 'consent', confidence: 0.45, boolean: true };
  }
  let best: ValueMatch | undefined;
  for (const detector of DETECTORS) {
    let fit = 0;
    for (let i = 0; i < sample.length; i++) {
      if (detector.test(sample[i]!.trim(), lowered[i]!)) fit++;
    }
    const share = fit / sample.length;
    if (share < MIN_SHARE) continue;
    const confidence = share * detector.specificity;
    if (!best || confidence > best.confidence) best = { role: detector.role, confidence };
  }
  if (best?.role === 'date') best = refineDateRole(sample, best.confidence);
  if (best?.role === 'state' || best?.role === 'country') best = stateOrCountry(lowered, best);
  return best;
}

// A date column with times is a timestamp; one whose years all lie well in the past reads as
// birth dates, but only weakly (a header usually settles it).
function refineDateRole(sample: readonly string[], confidence: number): ValueMatch {
  let withTime = 0;
  let oldYears = 0;
  let dated = 0;
  const cutoff = 2010;
  for (const value of sample) {
    const shape = dateShape(value);
    if (!shape) continue;
    dated++;
    if (shape.hasTime) withTime++;
    if (shape.year !== undefined && shape.year >= 1900 && shape.year < cutoff) oldYears++;
  }
  if (withTime / dated >= 0.5) return { role: 'timestamp', confidence };
  if (oldYears === dated) return { role: 'dob', confidence: Math.min(confidence, 0.6) };
  return { role: 'date', confidence: Math.min(confidence, 0.75) };
}

// Two-letter codes are both states and countries (`CA`, `DE`, `IN`): prefer what covers more, and
// states when a value is a state only (`NSW`, `TX` is never a country).
function stateOrCountry(lowered: readonly string[], best: ValueMatch): ValueMatch {
  let states = 0;
  let countries = 0;
  for (const l of lowered) {
    if (ALL_STATES.has(l)) states++;
    if (countryOf(l) !== undefined) countries++;
  }
  const n = lowered.length;
  if (states > countries) return { role: 'state', confidence: (states / n) * 0.85 };
  if (countries > states) return { role: 'country', confidence: (countries / n) * 0.85 };
  return best;
}

export interface RegionVotes {
  [region: string]: number;
}

/** Adds one column's votes for the source's region: AU states, 4-digit postcodes, US ZIPs, … */
export function regionVotes(role: Role, sample: readonly string[], votes: RegionVotes): void {
  const add = (region: string) => {
    votes[region] = (votes[region] ?? 0) + 1;
  };
  for (const raw of sample) {
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (role === 'country') {
      const code = countryOf(value);
      if (code) add(code);
    } else if (role === 'state') {
      // Only a value that belongs to one country is a vote (`WA` is Washington and Western Australia).
      const us = US_STATES.has(lower);
      const au = AU_STATES.has(lower);
      const ca = CA_PROVINCES.has(lower);
      if (us && !au && !ca) add('US');
      else if (au && !us && !ca) add('AU');
      else if (ca && !us && !au) add('CA');
    } else if (role === 'postcode') {
      if (US_ZIP.test(value)) add('US');
      else if (FOUR_DIGITS.test(value)) add('AU');
      else if (CA_POSTCODE.test(value)) add('CA');
      else if (UK_POSTCODE.test(value)) add('GB');
    } else if (role === 'phone') {
      // Only an international number names its country; a national one says nothing.
      if (value.startsWith('+') || value.startsWith('00')) {
        const country = parsePhoneNumberFromString(value.replace(/^00/, '+'))?.country;
        if (country) add(country);
      }
    }
  }
}
