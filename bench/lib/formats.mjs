// The three export formats a person is written into. Each source renders a view into its own
// columns, with the formatting habits of the system that made it (a CRM report, a shop's NDJSON
// API dump, an Excel sign-up sheet).

import { COUNTRY_SPELLINGS, DIRECTIONS, STREET_SUFFIXES, UNIT_KINDS, US_STATE_NAMES } from './places.mjs';

/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {import('./noise.mjs').View} View */
/** @typedef {import('./person.mjs').Phone} Phone */
/** @typedef {Record<string, string | boolean | null>} RenderedRow  column (dotted path for NDJSON) → value */
/**
 * @typedef {object} SourceFormat
 * @property {'crm'|'shop'|'signup'} key
 * @property {string} file                 file name inside the dataset folder
 * @property {string[]} columns            header, in file order (dotted paths for nested NDJSON)
 * @property {'MDY'|'DMY'|'ISO'} dateOrder  how this source writes dates of birth
 * @property {(random: Random, view: View, serial: number) => RenderedRow} render
 */

const CRM_COLUMNS = ['Contact ID', 'First Name', 'Last Name', 'Email', 'Mobile Phone', 'Home Phone', 'Mailing Street',
  'Mailing City', 'Mailing State/Province', 'Mailing Zip/Postal Code', 'Mailing Country', 'Birthdate', 'Email Opt Out',
  'Last Modified Date'];
const SHOP_COLUMNS = ['id', 'email', 'first_name', 'last_name', 'phone', 'default_address.address1', 'default_address.address2',
  'default_address.city', 'default_address.province_code', 'default_address.zip', 'default_address.country_code',
  'accepts_marketing', 'created_at', 'updated_at'];
const SIGNUP_COLUMNS = ['Name', 'E-mail', 'Phone', 'Date of birth', 'Postcode', 'Newsletter?', 'Signed up'];

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Local UTC offsets the shop writes timestamps in (no DST: the shop's server is configured per store).
const SHOP_OFFSET_MINUTES = { US: -300, CA: -300, GB: 0, AU: 600, DE: 60 };

/** @type {SourceFormat} */
export const CRM = {
  key: 'crm',
  file: 'crm-contacts.csv',
  columns: CRM_COLUMNS,
  dateOrder: 'MDY',
  render(random, v, serial) {
    const a = v.address;
    let first = v.first;
    if (v.middle && random.chance(0.15)) first = `${first} ${v.middle[0]}.`;
    let last = v.last;
    if (v.suffix && random.chance(0.6)) last = `${last} ${v.suffix}.`;
    if (v.swapped) [first, last] = [last, first];
    return {
      'Contact ID': salesforceId(serial),
      'First Name': cased(v, first),
      'Last Name': cased(v, last),
      Email: random.chance(0.1) ? capitalizeEmail(v.email) : v.email,
      // Without a mailing country, a foreign number written nationally could not be read: keep its prefix.
      'Mobile Phone': formatPhone(random, v.phone, !a),
      'Home Phone': v.home ? formatPhone(random, v.home, !a) : '',
      'Mailing Street': a ? street(random, a, random.chance(0.3) ? '\n' : random.pick([', ', ' '])) : '',
      'Mailing City': a ? a.city : '',
      'Mailing State/Province': a ? (a.country === 'US' && random.chance(0.1) ? US_STATE_NAMES[/** @type {'NY'} */ (a.state)] : a.state) : '',
      'Mailing Zip/Postal Code': a ? (a.country === 'US' && random.chance(0.1) ? `${a.zip}-${String(random.int(1, 9999)).padStart(4, '0')}` : a.zip) : '',
      'Mailing Country': a ? (a.country === 'US' && random.chance(0.4) ? '' : random.pick(COUNTRY_SPELLINGS[/** @type {'US'} */ (a.country)])) : '',
      Birthdate: v.dob.y ? `${v.dob.m}/${v.dob.d}/${v.dob.y}` : '',
      'Email Opt Out': v.consent ? '0' : '1',
      'Last Modified Date': new Date(v.updated).toISOString(),
    };
  },
};

/** @type {SourceFormat} */
export const SHOP = {
  key: 'shop',
  file: 'shop-customers.ndjson',
  columns: SHOP_COLUMNS,
  dateOrder: 'ISO',
  render(random, v, serial) {
    const a = v.address;
    const swapped = v.swapped;
    const offset = SHOP_OFFSET_MINUTES[/** @type {'US'} */ (v.phone.country)] ?? 0;
    return {
      id: String(5_000_000_000_000 + serial * 7919),
      email: v.email ? v.email.toLowerCase() : null,
      first_name: cased(v, swapped ? v.last : v.first) || null,
      last_name: cased(v, swapped ? v.first : v.last) || null,
      phone: v.phone.national && random.chance(0.85) ? `+${v.phone.dial}${v.phone.national}` : null,
      'default_address.address1': a ? street(random, a, null) : null,
      'default_address.address2': a && a.unit ? unitText(random, a) : null,
      'default_address.city': a ? a.city : null,
      'default_address.province_code': a ? a.state : null,
      'default_address.zip': a ? a.zip : null,
      'default_address.country_code': a ? a.country : null,
      accepts_marketing: v.consent,
      created_at: withOffset(v.created, offset),
      updated_at: withOffset(v.updated, offset),
    };
  },
};

/** @type {SourceFormat} */
export const SIGNUP = {
  key: 'signup',
  file: 'signup-sheet.csv',
  columns: SIGNUP_COLUMNS,
  dateOrder: 'DMY',
  render(random, v) {
    const a = v.address;
    const given = v.middle && random.chance(0.2) ? `${v.first} ${v.middle}` : v.first;
    const family = v.suffix && random.chance(0.5) ? `${v.last} ${v.suffix}` : v.last;
    let name;
    if (v.swapped || random.chance(0.15)) name = `${family}, ${given}`;
    else name = `${random.chance(0.05) ? `${v.gender === 'F' ? random.pick(['Ms', 'Mrs.', 'Miss']) : random.pick(['Mr', 'Mr.'])} ` : ''}${given} ${family}`;
    const created = new Date(v.created);
    return {
      Name: cased(v, name),
      'E-mail': v.email,
      Phone: v.phone.national ? formatPhone(random, v.phone, true) : '',
      'Date of birth': v.dob.y ? `${pad2(v.dob.d)}/${pad2(v.dob.m)}/${v.dob.y}` : '',
      Postcode: a ? a.zip : '',
      'Newsletter?': random.pick(v.consent ? ['Yes', 'Y', 'yes', 'YES'] : ['No', 'N', 'no', 'NO']),
      'Signed up': `${pad2(created.getUTCDate())}/${pad2(created.getUTCMonth() + 1)}/${created.getUTCFullYear()} ${pad2(created.getUTCHours())}:${pad2(created.getUTCMinutes())}`,
    };
  },
};

export const FORMATS = [CRM, SHOP, SIGNUP];

/** @param {number} n */
function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A 15-character Salesforce-style id (`003` is the contact key prefix), unique per serial.
 * @param {number} serial
 */
function salesforceId(serial) {
  let s = '';
  for (let n = serial; s.length < 5; n = Math.floor(n / 62)) s = BASE62[n % 62] + s;
  return `0035g00000${s}`;
}

/** @param {View} v @param {string} text */
function cased(v, text) {
  if (v.nameCase === 'upper') return text.toUpperCase();
  if (v.nameCase === 'lower') return text.toLowerCase();
  return text;
}

/** @param {string} email */
function capitalizeEmail(email) {
  return email.replace(/^[a-z]|[._][a-z]|@[a-z]/g, (m) => m.toUpperCase());
}

/**
 * The street line; `unitSeparator` null leaves the unit out (it goes to its own column).
 * @param {Random} random
 * @param {import('./person.mjs').Address} a
 * @param {string|null} unitSeparator
 */
function street(random, a, unitSeparator) {
  const long = random.chance(0.3);
  let line;
  if (a.country === 'DE') line = `${a.street} ${a.number}`;
  else {
    const dir = a.direction >= 0 ? `${DIRECTIONS[a.direction][long ? 1 : 0]} ` : '';
    line = `${a.number} ${dir}${a.street} ${STREET_SUFFIXES[a.suffix][long ? 1 : 0]}`;
    if (!long && random.chance(0.1)) line += '.';
  }
  if (unitSeparator === null || !a.unit) return line;
  return `${line}${unitSeparator}${unitText(random, a)}`;
}

/** @param {Random} random @param {import('./person.mjs').Address} a */
function unitText(random, a) {
  const kind = UNIT_KINDS[a.unitKind][random.chance(0.3) ? 1 : 0];
  return kind === '#' ? `#${a.unit}` : `${kind} ${a.unit}`;
}

/**
 * A phone written the way people and systems write them; `national` prefers local formats.
 * @param {Random} random
 * @param {Phone} p
 * @param {boolean} [international] foreign numbers always carry their country code
 */
export function formatPhone(random, p, international = false) {
  const n = p.national;
  if (!n) return '';
  if (p.dial === '1') {
    const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
    if (p.country !== 'US' && international) return `+1 ${a} ${b} ${c}`;
    switch (random.int(0, 6)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}.${b}.${c}`;
      case 2: return `${a}-${b}-${c}`;
      case 3: return `${a}${b}${c}`;
      case 4: return `+1 ${a} ${b} ${c}`;
      case 5: return `1-${a}-${b}-${c}`;
      default: return `+1 (${a}) ${b}-${c}`;
    }
  }
  const spaced = `${n.slice(0, n.length - 6)} ${n.slice(-6, -3)} ${n.slice(-3)}`;
  if (international || random.chance(0.5)) return random.chance(0.5) ? `+${p.dial} ${spaced}` : `+${p.dial}${n}`;
  return `0${spaced}`;
}

/** @param {number} ms @param {number} offsetMinutes */
function withOffset(ms, offsetMinutes) {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
