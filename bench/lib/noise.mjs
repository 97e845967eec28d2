// Export noise: how the same person drifts between systems and over time (typos, nicknames, moves,
// new phones and mailboxes, blanks). Noise changes how a person looks, never who they are; it never
// makes a value invalid — invalid values are injected separately, with a label (see inject.mjs).

import { NICKNAMES } from './names.mjs';
import { COUNTRIES } from './places.mjs';
import { makeAddress, makePhone, personalEmail } from './person.mjs';

/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {import('./person.mjs').Person} Person */

/**
 * A person as one record shows them: a copy of the true person plus display choices.
 * @typedef {Person & { nameCase: 'as_is'|'upper'|'lower', swapped: boolean }} View
 */

const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * @param {Person} person
 * @returns {View}
 */
export function viewOf(person) {
  // Spelled out rather than spread: one object shape for every view keeps this hot path fast.
  const p = person;
  return {
    entity: p.entity, kind: p.kind, group: p.group, gender: p.gender, first: p.first, middle: p.middle, last: p.last,
    suffix: p.suffix, dob: p.dob, email: p.email, phone: p.phone, home: p.home, address: p.address, company: p.company,
    consent: p.consent, created: p.created, updated: p.updated, nameCase: 'as_is', swapped: false,
  };
}

/**
 * Applies 0–3 noise operations to a duplicate's view.
 * @param {Random} random
 * @param {View} view
 * @param {Set<string>} usedEmails
 */
export function addNoise(random, view, usedEmails) {
  const count = random.weighted([25, 40, 25, 10]);
  for (let i = 0; i < count; i++) NOISE[random.weighted(NOISE_WEIGHTS)](random, view, usedEmails);
}

/** @type {Array<(random: Random, view: View, used: Set<string>) => void>} */
const NOISE = [
  (random, v) => { v.first = typo(random, v.first); },
  (random, v) => { v.last = typo(random, v.last); },
  (random, v) => {
    const nicks = NICKNAMES[/** @type {'William'} */ (v.first)];
    if (nicks) v.first = random.pick(nicks);
  },
  (random, v) => { v.swapped = true; },
  (random, v) => {
    const country = COUNTRIES.find((c) => c.code === v.phone.country) ?? COUNTRIES[0];
    const city = random.pick(country.cities);
    v.address = makeAddress(random, country.code, city);
    if (random.chance(0.5)) v.home = null;
  },
  (random, v) => {
    const country = COUNTRIES.find((c) => c.code === v.phone.country) ?? COUNTRIES[0];
    v.phone = makePhone(random, country.code, random.pick(country.cities), true);
  },
  (random, v, used) => { v.email = personalEmail(random, v.first, v.last, v.company, v.phone.country, used); },
  (random, v) => { v.email = gmailVariant(random, v.email); },
  (random, v) => { v.nameCase = random.chance(0.6) ? 'upper' : 'lower'; },
  (random, v) => { v.middle = v.middle ? '' : v.middle; },
  (random, v) => {
    const drop = random.int(0, 4);
    if (drop === 0) v.email = '';
    else if (drop === 1) { v.phone = { ...v.phone, national: '' }; }
    else if (drop === 2) v.address = null;
    else if (drop === 3) v.dob = { y: 0, m: 0, d: 0 };
    else v.home = null;
  },
];
// typo first, typo last, nickname, swap, move, phone, email, gmail, case, middle, missing
// Index of the "missing value" operation below, reused for first records.
const DROP_NOISE = 10;
const NOISE_WEIGHTS = [14, 12, 10, 4, 10, 9, 7, 6, 8, 5, 15];

/**
 * One keyboard-style edit inside the letters of a name: insert, delete, substitute or transpose.
 * Short names are left alone, so a typo never empties a field.
 * @param {Random} random
 * @param {string} name
 */
export function typo(random, name) {
  if (name.length < 3) return name;
  const i = random.int(1, name.length - 2);
  const letter = LOWER[random.int(0, 25)];
  switch (random.int(0, 3)) {
    case 0: return name.slice(0, i) + letter + name.slice(i);
    case 1: return name.slice(0, i) + name.slice(i + 1);
    case 2: return name.slice(0, i) + letter + name.slice(i + 1);
    default: return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  }
}

/**
 * Gmail ignores dots and anything after `+`; people use both, so one mailbox shows up spelled many ways.
 * @param {Random} random
 * @param {string} email
 */
export function gmailVariant(random, email) {
  const at = email.indexOf('@');
  if (at < 0 || email.slice(at + 1) !== 'gmail.com') return email;
  const local = email.slice(0, at);
  if (random.chance(0.5)) return `${local}+${random.pick(['shop', 'news', 'promo', 'store', '2019'])}@gmail.com`;
  const plain = local.replace(/\./g, '');
  if (plain.length < 3) return email;
  const cut = random.int(1, plain.length - 1);
  return `${plain.slice(0, cut)}.${plain.slice(cut)}@gmail.com`;
}

/**
 * Blanks one value, as a first record from a system that never asked for it.
 * @param {Random} random
 * @param {View} view
 * @param {Set<string>} usedEmails
 */
export function dropValue(random, view, usedEmails) {
  NOISE[DROP_NOISE](random, view, usedEmails);
}
