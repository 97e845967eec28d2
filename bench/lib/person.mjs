// The true population: people, and the hard-negative groups (households, twins, Jr/Sr) that look
// alike without being the same person. Everything here is the answer key, before any export noise.

import {
  COMMON_LAST_COUNT, COMMON_LAST_SHARE, COMPANY_FORMS, COMPANY_KINDS, COMPANY_WORDS, COUNTRY_EMAIL_DOMAINS,
  FEMALE_FIRST, FREE_EMAIL_DOMAINS, LAST_NAMES, MALE_FIRST,
} from './names.mjs';
import { COUNTRIES, DE_STREETS, DIRECTIONS, STREET_NAMES, STREET_SUFFIXES } from './places.mjs';

/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {import('./places.mjs').City} City */
/** @typedef {{ y: number, m: number, d: number }} YMD */
/** @typedef {{ country: string, dial: string, national: string, mobile: boolean }} Phone */
/**
 * @typedef {object} Address
 * @property {string} number
 * @property {string} street     street name without its suffix (`Maple`), or the whole German street
 * @property {number} suffix     index into STREET_SUFFIXES, -1 for none
 * @property {number} direction  index into DIRECTIONS, -1 for none
 * @property {string} unit       unit number (`4B`) or ''
 * @property {number} unitKind   index into UNIT_KINDS
 * @property {string} city
 * @property {string} state
 * @property {string} zip
 * @property {string} country    ISO 3166 alpha-2
 */
/**
 * @typedef {object} Person
 * @property {string} entity     stable id of the true person
 * @property {'person'|'household'|'twin'|'jr_sr'} kind
 * @property {string} group      hard-negative group id, '' when none
 * @property {'F'|'M'} gender
 * @property {string} first
 * @property {string} middle
 * @property {string} last
 * @property {string} suffix     'Jr', 'Sr' or ''
 * @property {YMD} dob
 * @property {string} email
 * @property {Phone} phone       personal (mobile) phone
 * @property {Phone|null} home   landline, shared within a household
 * @property {Address|null} address
 * @property {string} company
 * @property {boolean} consent   accepts marketing email
 * @property {number} created    epoch ms
 * @property {number} updated    epoch ms
 */

// Fixed reference instant so ages and timestamps never depend on the clock (2024-07-01).
export const REFERENCE_MS = Date.UTC(2024, 6, 1);
const CREATED_FROM = Date.UTC(2015, 0, 1);

/**
 * Makes `count` people, in hard-negative groups where drawn, with unique personal emails.
 * @param {Random} random
 * @param {number} count
 * @param {{ countries?: string[], startIndex?: number, usedEmails: Set<string> }} options
 * @returns {Person[]}
 */
export function makePeople(random, count, options) {
  const countries = options.countries ? COUNTRIES.filter((c) => options.countries?.includes(c.code)) : COUNTRIES;
  const weights = countries.map((c) => c.weight);
  /** @type {Person[]} */
  const people = [];
  let index = options.startIndex ?? 0;
  let groupIndex = Math.floor(index / 2);
  while (people.length < count) {
    const country = countries[random.weighted(weights)];
    const roll = random.next();
    const room = count - people.length;
    /** @type {Person[]} */
    let made;
    if (roll < 0.07 && room >= 2) made = household(random, country, Math.min(room, random.int(2, 4)), index, `h${++groupIndex}`, options.usedEmails);
    else if (roll < 0.08 && room >= 2) made = twins(random, country, index, `t${++groupIndex}`, options.usedEmails);
    else if (roll < 0.09 && room >= 2) made = juniorSenior(random, country, index, `j${++groupIndex}`, options.usedEmails);
    else made = [single(random, country, index, options.usedEmails)];
    index += made.length;
    for (const p of made) people.push(p);
  }
  return people;
}

/**
 * @param {Random} random
 * @param {typeof COUNTRIES[number]} country
 * @param {number} index
 * @param {Set<string>} usedEmails
 * @returns {Person}
 */
function single(random, country, index, usedEmails) {
  const gender = random.chance(0.5) ? 'F' : 'M';
  const first = firstName(random, gender);
  const last = lastName(random);
  const city = random.pick(country.cities);
  const created = CREATED_FROM + Math.floor(random.next() * (REFERENCE_MS - CREATED_FROM - 86_400_000));
  const company = random.chance(0.25) ? companyName(random) : '';
  return {
    entity: `P${String(index + 1).padStart(7, '0')}`,
    kind: 'person',
    group: '',
    gender,
    first,
    middle: random.chance(0.45) ? firstName(random, gender) : '',
    last,
    suffix: '',
    dob: dobForAge(random, random.int(18, 88)),
    email: personalEmail(random, first, last, company, country.code, usedEmails),
    phone: makePhone(random, country.code, city, true),
    home: random.chance(0.35) ? makePhone(random, country.code, city, false) : null,
    address: random.chance(0.93) ? makeAddress(random, country.code, city) : null,
    company,
    consent: random.chance(0.6),
    created,
    updated: created + Math.floor(random.next() * (REFERENCE_MS - created)),
  };
}

/** @typedef {typeof COUNTRIES[number]} Country */

/**
 * Same address, last name and landline; different first names and birth dates.
 * @param {Random} random @param {Country} country @param {number} size @param {number} index @param {string} group @param {Set<string>} usedEmails
 * @returns {Person[]}
 */
function household(random, country, size, index, group, usedEmails) {
  const head = asGroupMember(single(random, country, index, usedEmails), 'household', group);
  head.address ??= makeAddress(random, country.code, random.pick(country.cities));
  head.home ??= makePhone(random, country.code, cityOf(country, head.address), false);
  const headAge = ageOf(head.dob);
  const sharedEmail = random.chance(0.1) ? familyEmail(random, head.last, usedEmails) : '';
  if (sharedEmail) head.email = sharedEmail;
  const members = [head];
  const firsts = new Set([head.first]);
  for (let k = 1; k < size; k++) {
    const m = asGroupMember(single(random, country, index + k, usedEmails), 'household', group);
    while (firsts.has(m.first)) m.first = firstName(random, m.gender);
    firsts.add(m.first);
    m.last = head.last;
    m.address = { ...head.address };
    m.home = head.home;
    // A spouse is near the head's age; grown children about 20–40 years younger.
    const age = k === 1 ? clampAge(headAge + random.int(-6, 6)) : clampAge(headAge - random.int(20, 40));
    m.dob = dobForAge(random, age);
    m.email = sharedEmail || personalEmail(random, m.first, m.last, m.company, country.code, usedEmails);
    members.push(m);
  }
  return members;
}

/**
 * Same birth date, last name and address; different first names.
 * @param {Random} random @param {Country} country @param {number} index @param {string} group @param {Set<string>} usedEmails
 * @returns {Person[]}
 */
function twins(random, country, index, group, usedEmails) {
  const a = asGroupMember(single(random, country, index, usedEmails), 'twin', group);
  const b = asGroupMember(single(random, country, index + 1, usedEmails), 'twin', group);
  a.dob = dobForAge(random, random.int(18, 60));
  a.address ??= makeAddress(random, country.code, random.pick(country.cities));
  while (b.first === a.first) b.first = firstName(random, b.gender);
  b.last = a.last;
  b.email = personalEmail(random, b.first, b.last, b.company, country.code, usedEmails);
  b.dob = { ...a.dob };
  b.address = { ...a.address };
  b.home = a.home;
  return [a, b];
}

/**
 * Same first, middle and last name and address; birth dates decades apart.
 * @param {Random} random @param {Country} country @param {number} index @param {string} group @param {Set<string>} usedEmails
 * @returns {Person[]}
 */
function juniorSenior(random, country, index, group, usedEmails) {
  const senior = asGroupMember(single(random, country, index, usedEmails), 'jr_sr', group);
  senior.gender = 'M';
  senior.first = firstName(random, 'M');
  senior.dob = dobForAge(random, random.int(50, 85));
  senior.address ??= makeAddress(random, country.code, random.pick(country.cities));
  senior.suffix = 'Sr';
  senior.email = personalEmail(random, senior.first, senior.last, senior.company, country.code, usedEmails);
  const junior = asGroupMember(single(random, country, index + 1, usedEmails), 'jr_sr', group);
  junior.gender = 'M';
  junior.first = senior.first;
  junior.middle = senior.middle;
  junior.last = senior.last;
  junior.suffix = 'Jr';
  junior.dob = dobForAge(random, ageOf(senior.dob) - random.int(20, 35));
  junior.address = { ...senior.address };
  junior.home = senior.home;
  junior.email = personalEmail(random, junior.first, junior.last, '', country.code, usedEmails);
  return [senior, junior];
}

/**
 * @param {Person} p
 * @param {Person['kind']} kind
 * @param {string} group
 */
function asGroupMember(p, kind, group) {
  p.kind = kind;
  p.group = group;
  return p;
}

/**
 * @param {Random} random
 * @param {'F'|'M'} gender
 */
export function firstName(random, gender) {
  const list = gender === 'F' ? FEMALE_FIRST : MALE_FIRST;
  // Popular names dominate real customer lists: half the draws come from the first 30.
  return random.chance(0.5) ? list[random.int(0, 29)] : random.pick(list);
}

/** @param {Random} random */
export function lastName(random) {
  return random.chance(COMMON_LAST_SHARE) ? LAST_NAMES[random.int(0, COMMON_LAST_COUNT - 1)] : random.pick(LAST_NAMES);
}

/** @param {Random} random */
function companyName(random) {
  return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_FORMS)}`;
}

/**
 * Folds a name into the ASCII letters a mailbox name can hold (José → jose, O'Brien → obrien).
 * @param {string} name
 */
export function mailboxPart(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z]/g, '').toLowerCase();
}

/**
 * A unique personal address: a free-mail or company mailbox built from the name.
 * @param {Random} random
 * @param {string} first
 * @param {string} last
 * @param {string} company
 * @param {string} country
 * @param {Set<string>} used
 */
export function personalEmail(random, first, last, company, country, used) {
  const f = mailboxPart(first) || 'x';
  const l = mailboxPart(last) || 'y';
  const local = mailboxLocal(random.int(0, 7), f, l, random.int(60, 99));
  let domain;
  if (company && random.chance(0.5)) domain = `${mailboxPart(company.split(' ').slice(0, 2).join(''))}.com`;
  else if (country !== 'US' && random.chance(0.5)) domain = random.pick(COUNTRY_EMAIL_DOMAINS[/** @type {'GB'} */ (country)] ?? FREE_EMAIL_DOMAINS);
  else domain = random.pick(FREE_EMAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

/**
 * Common mailbox-name habits; `n` is a number some people append (often a birth year).
 * @param {number} style @param {string} f @param {string} l @param {number} n
 */
function mailboxLocal(style, f, l, n) {
  switch (style) {
    case 0: return `${f}.${l}`;
    case 1: return `${f}${l}`;
    case 2: return `${f[0]}${l}`;
    case 3: return `${f}_${l}`;
    case 4: return `${f}.${l}${n}`;
    case 5: return `${f}${l}${n}`;
    case 6: return `${l}.${f}`;
    default: return `${f}${n}${n % 10}`;
  }
}

/** @param {Random} random @param {string} last @param {Set<string>} used */
function familyEmail(random, last, used) {
  let email = `the${mailboxPart(last) || 'family'}s@${random.pick(FREE_EMAIL_DOMAINS)}`;
  for (let n = 2; used.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
  used.add(email);
  return email;
}

/**
 * A telephone number valid for its country (real area codes; US/CA exchanges avoid N11 and 555).
 * @param {Random} random
 * @param {string} country
 * @param {City} city
 * @param {boolean} mobile
 * @returns {Phone}
 */
export function makePhone(random, country, city, mobile) {
  const digits = (/** @type {number} */ n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(random.int(0, 9));
    return s;
  };
  switch (country) {
    case 'US':
    case 'CA': {
      let exchange;
      do exchange = random.int(201, 999);
      while (exchange % 100 === 11 || exchange === 555 || (exchange >= 950 && exchange <= 959));
      return { country, dial: '1', national: `${random.pick(city.area)}${exchange}${digits(4)}`, mobile };
    }
    case 'GB':
      if (mobile) return { country, dial: '44', national: `7${random.pick(['400', '583', '824', '912', '956'])}${digits(6)}`, mobile };
      // Two-digit area codes (London 20, Cardiff 29, Belfast 28) take eight more digits, three-digit ones seven.
      if (city.area[0].length === 2) return { country, dial: '44', national: `${city.area[0]}${GB_LOCAL_START[city.area[0]]}${digits(7)}`, mobile };
      return { country, dial: '44', national: `${city.area[0]}${random.int(2, 4)}${digits(6)}`, mobile };
    case 'AU':
      if (mobile) return { country, dial: '61', national: `4${random.pick(['0', '1', '2', '3'])}${digits(7)}`, mobile };
      return { country, dial: '61', national: `${city.area[0]}${city.area[0] === '8' ? '8' : '9'}${digits(7)}`, mobile };
    default:
      if (mobile) {
        const prefix = random.pick(['151', '160', '170', '172', '176']);
        return { country, dial: '49', national: `${prefix}${digits(prefix === '151' ? 8 : 7)}`, mobile }; // 015x numbers are a digit longer
      }
      return { country, dial: '49', national: `${city.area[0]}${random.int(2, 9)}${digits(city.area[0].length === 2 ? 7 : 6)}`, mobile };
  }
}

// First local digit of assigned ranges in the UK's two-digit area codes.
const GB_LOCAL_START = /** @type {Record<string, string>} */ ({ 20: '7', 29: '2', 28: '9' });

/**
 * @param {Random} random
 * @param {string} country
 * @param {City} city
 * @returns {Address}
 */
export function makeAddress(random, country, city) {
  const unit = random.chance(0.2) ? `${random.int(1, 30)}${random.chance(0.3) ? random.pick(['A', 'B', 'C', 'D']) : ''}` : '';
  const unitKind = random.int(0, 3);
  if (country === 'DE') {
    return { number: String(random.int(1, 120)), street: random.pick(DE_STREETS), suffix: -1, direction: -1, unit, unitKind, city: city.city, state: city.state, zip: random.pick(city.zips), country };
  }
  return {
    number: String(country === 'US' ? random.int(1, 9899) : random.int(1, 399)),
    street: random.pick(STREET_NAMES),
    suffix: random.int(0, STREET_SUFFIXES.length - 1),
    direction: country === 'US' && random.chance(0.12) ? random.int(0, DIRECTIONS.length - 1) : -1,
    unit,
    unitKind,
    city: city.city,
    state: city.state,
    zip: postcode(random, country, city),
    country,
  };
}

/** @param {Random} random @param {string} country @param {City} city */
function postcode(random, country, city) {
  const outward = random.pick(city.zips);
  if (country === 'GB') return `${outward} ${random.int(1, 9)}${random.pick(GB_INWARD)}${random.pick(GB_INWARD)}`;
  if (country === 'CA') return `${outward} ${random.int(1, 9)}${random.pick(CA_LETTERS)}${random.int(0, 9)}`;
  return outward;
}
// Letters allowed in the inward part of a UK postcode, and in Canadian postal codes.
const GB_INWARD = 'ABDEFGHJLNPQRSTUWXYZ'.split('');
const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'.split('');

/** @param {Random} random @param {number} age whole years at the reference date */
export function dobForAge(random, age) {
  const y = 2024 - age - 1 + (random.chance(0.5) ? 1 : 0);
  const m = random.int(1, 12);
  return { y, m, d: random.int(1, daysInMonth(y, m)) };
}

/** @param {number} y @param {number} m */
export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** @param {YMD} dob */
function ageOf(dob) {
  return 2024 - dob.y;
}

/** @param {number} age */
function clampAge(age) {
  return Math.max(18, Math.min(92, age));
}

/** @param {typeof COUNTRIES[number]} country @param {Address} address */
function cityOf(country, address) {
  return country.cities.find((c) => c.city === address.city) ?? country.cities[0];
}
