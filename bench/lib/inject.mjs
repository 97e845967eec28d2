// Labelled validation errors: the only invalid values in a generated dataset. Each injection
// replaces one rendered value and reports (column, kind), so a validator's precision and recall can
// be measured against the list in injected.csv.

import { DOMAIN_TYPOS } from './names.mjs';

/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {import('./formats.mjs').RenderedRow} RenderedRow */
/** @typedef {import('./formats.mjs').SourceFormat} SourceFormat */
/** @typedef {import('./noise.mjs').View} View */
/**
 * @typedef {'invalid_email'|'email_domain_typo'|'junk'|'invalid_phone'|'bad_zip'|'invalid_date'|'future_dob'} InjectedKind
 */

export const INJECTED_KINDS = /** @type {const} */ (['invalid_email', 'email_domain_typo', 'junk', 'invalid_phone', 'bad_zip', 'invalid_date', 'future_dob']);

/** Which columns of each source may receive which kinds of error. */
const TARGETS = {
  crm: [['Email', 'email'], ['Mobile Phone', 'phone'], ['Mailing Zip/Postal Code', 'zip'], ['Birthdate', 'dob'], ['First Name', 'name']],
  shop: [['email', 'email'], ['phone', 'phone'], ['default_address.zip', 'zip'], ['first_name', 'name']],
  signup: [['E-mail', 'email'], ['Phone', 'phone'], ['Postcode', 'zip'], ['Date of birth', 'dob'], ['Name', 'name']],
};

const JUNK = {
  email: ['n/a', 'test@test.com', 'none', 'asdf@asdf.com', 'noemail@noemail.com', 'N/A'],
  phone: ['000-000-0000', '111-111-1111', 'n/a', '0000000000', 'none'],
  name: ['asdf', 'N/A', 'test', 'xxx', 'n/a'],
};

/**
 * Replaces one present value of `row` with an invalid one, or returns null when the drawn column is empty.
 * @param {Random} random
 * @param {SourceFormat} format
 * @param {RenderedRow} row
 * @param {View} view
 * @returns {{ field: string, kind: InjectedKind } | null}
 */
export function injectError(random, format, row, view) {
  const [column, role] = random.pick(TARGETS[format.key]);
  const value = row[column];
  if (typeof value !== 'string' || value === '') return null;
  const made = corrupt(random, role, value, format, view);
  if (!made) return null;
  row[column] = made.value;
  return { field: column, kind: made.kind };
}

/**
 * @param {Random} random
 * @param {string} role
 * @param {string} value
 * @param {SourceFormat} format
 * @param {View} view
 * @returns {{ value: string, kind: InjectedKind } | null}
 */
function corrupt(random, role, value, format, view) {
  switch (role) {
    case 'email': {
      const at = value.indexOf('@');
      const local = value.slice(0, at);
      const domain = value.slice(at + 1).toLowerCase();
      const typos = DOMAIN_TYPOS[/** @type {'gmail.com'} */ (domain)];
      // Domain typos are the commonest real email error, so they are drawn first wherever the domain has known misspellings.
      if (typos && random.chance(0.5)) return { value: `${local}@${random.pick(typos)}`, kind: 'email_domain_typo' };
      if (random.chance(0.35)) return { value: random.pick(JUNK.email), kind: 'junk' };
      return { value: brokenEmail(random, local, domain), kind: 'invalid_email' };
    }
    case 'phone': {
      if (random.chance(0.4)) return { value: random.pick(JUNK.phone), kind: 'junk' };
      // A number with digits missing (often the area code): too short to dial anywhere.
      const digits = value.replace(/\D/g, '');
      const keep = digits.startsWith('1') && view.phone.dial === '1' ? digits.slice(1) : digits;
      const short = keep.slice(-7);
      return { value: format.key === 'shop' ? `+${view.phone.dial}${short.slice(0, 5)}` : `${short.slice(0, 3)}-${short.slice(3)}`, kind: 'invalid_phone' };
    }
    case 'zip':
      return { value: brokenPostcode(random, value, view.address?.country ?? 'US'), kind: 'bad_zip' };
    case 'dob': {
      if (!view.dob.y) return null;
      if (random.chance(0.5)) {
        // Feb 29 would turn a future date into an impossible one in most years: keep the two kinds apart.
        const day = view.dob.m === 2 && view.dob.d === 29 ? 28 : view.dob.d;
        return { value: writeDate(format, random.int(2031, 2095), view.dob.m, day), kind: 'future_dob' };
      }
      const [m, d] = random.pick([[2, 30], [2, 31], [4, 31], [6, 31], [9, 31], [11, 31], [2, 29]]);
      const year = m === 2 && d === 29 && isLeap(view.dob.y) ? view.dob.y + 1 : view.dob.y;
      return { value: writeDate(format, year, m, d), kind: 'invalid_date' };
    }
    default:
      return { value: random.pick(JUNK.name), kind: 'junk' };
  }
}

/** @param {Random} random @param {string} local @param {string} domain */
function brokenEmail(random, local, domain) {
  switch (random.int(0, 4)) {
    case 0: return `${local}${domain}`;
    case 1: return `${local}@@${domain}`;
    case 2: return `${local}@`;
    case 3: return `${local}@${domain.slice(0, domain.lastIndexOf('.'))}`;
    default: return `${local}@${domain.replace('.', ',')}`;
  }
}

/** @param {Random} random @param {string} value @param {string} country */
function brokenPostcode(random, value, country) {
  if (country === 'US') {
    const zip = value.slice(0, 5);
    // Excel drops a ZIP's leading zero; other bad ZIPs lose or gain a digit, or get a letter O.
    if (zip.startsWith('0')) return zip.slice(1);
    const pick = random.int(0, 2);
    if (pick === 0) return zip.slice(0, 4);
    if (pick === 1) return `${zip}${random.int(0, 9)}`;
    return `${zip.slice(0, 2)}O${zip.slice(3)}`;
  }
  if (country === 'AU') return `${value}${random.int(0, 9)}`;
  return value.slice(0, -1);
}

/** @param {SourceFormat} format @param {number} y @param {number} m @param {number} d */
function writeDate(format, y, m, d) {
  if (format.dateOrder === 'MDY') return `${m}/${d}/${y}`;
  if (format.dateOrder === 'DMY') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** @param {number} y */
function isLeap(y) {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
