// Header-based role inference: what a column's name says about its role. Real exports name the
// same thing a dozen ways (`E-mail`, `Email Address`, `Mailing Zip/Postal Code`, `firstName`,
// `default_address.city`), so headers are reduced to lower-case word lists before lookup.

import type { Role } from '../core/roles.js';

export interface HeaderMatch {
  role: Role;
  /** 0..1; below 0.8 the header is "weak" and value evidence may override it. */
  confidence: number;
  /** An opt-out column (`Email Opt Out`): true means "no consent". */
  invert?: boolean;
}

interface Synonyms {
  role: Role;
  confidence: number;
  invert?: boolean;
  names: string[];
}

// Exact synonyms, as normalized word lists. Confidence reflects how often the name means something
// else in real exports: `title` is as often a job title as a salutation, `date` says little.
const SYNONYMS: Synonyms[] = [
  { role: 'id', confidence: 0.95, names: ['id', 'contact id', 'customer id', 'cust id', 'rec id', 'record id', 'client id', 'member id', 'user id', 'uid', 'uuid', 'external id', 'lead id', 'customer number', 'customer no', 'cust no', 'account number', 'account id', 'person id', 'crm id'] },
  { role: 'national_id', confidence: 0.95, names: ['ssn', 'soc sec id', 'soc sec no', 'social security', 'social security number', 'social security no', 'national id', 'national id number', 'national insurance number', 'ni number', 'nino', 'tax file number', 'tfn', 'sin', 'tax id'] },
  { role: 'consent', confidence: 0.9, invert: true, names: ['email opt out', 'opt out', 'optout', 'opted out', 'has opted out of email', 'has opted out', 'do not email', 'do not contact', 'do not call', 'donotcall', 'unsubscribed', 'email opted out', 'marketing opt out'] },
  { role: 'consent', confidence: 0.9, names: ['newsletter', 'accepts marketing', 'accepts email marketing', 'accepts sms marketing', 'opt in', 'optin', 'opted in', 'email opt in', 'marketing opt in', 'marketing consent', 'consent', 'email consent', 'subscribed', 'subscribe', 'subscriber', 'newsletter opt in', 'newsletter signup', 'gdpr consent'] },
  { role: 'email', confidence: 0.95, names: ['email', 'e mail', 'email address', 'e mail address', 'emailaddress', 'mail', 'electronic mail', 'email id', 'courriel', 'correo', 'correo electronico', 'e mail adresse'] },
  { role: 'phone', confidence: 0.95, names: ['phone', 'telephone', 'tel', 'tel no', 'mobile', 'mob', 'cell', 'cellphone', 'cell phone', 'mobile phone', 'mobile number', 'phone number', 'phone no', 'telephone number', 'contact number', 'landline', 'fax', 'sms number', 'whatsapp', 'telefon', 'telefonnummer', 'handy', 'mobilnummer', 'telephone portable', 'portable', 'telefono', 'movil', 'celular'] },
  { role: 'first_name', confidence: 0.95, names: ['first name', 'firstname', 'given name', 'givenname', 'given names', 'forename', 'forenames', 'first', 'fname', 'given', 'christian name', 'first nm', 'vorname', 'prenom', 'nombre'] },
  { role: 'middle_name', confidence: 0.95, names: ['middle name', 'middlename', 'middle initial', 'middle', 'mi', 'middle names'] },
  { role: 'last_name', confidence: 0.95, names: ['last name', 'lastname', 'surname', 'family name', 'familyname', 'last', 'lname', 'last nm', 'family', 'nachname', 'familienname', 'nom', 'nom de famille', 'apellido', 'apellidos'] },
  { role: 'full_name', confidence: 0.9, names: ['name', 'full name', 'fullname', 'display name', 'person name', 'customer name', 'contact name', 'client name'] },
  { role: 'title', confidence: 0.95, names: ['salutation', 'honorific', 'name prefix'] },
  { role: 'title', confidence: 0.6, names: ['title', 'prefix'] },
  { role: 'suffix', confidence: 0.9, names: ['suffix', 'name suffix', 'generation'] },
  { role: 'gender', confidence: 0.95, names: ['gender', 'sex'] },
  { role: 'street_number', confidence: 0.95, names: ['street number', 'street no', 'street num', 'house number', 'house no', 'building number', 'st no', 'street nr'] },
  { role: 'street', confidence: 0.9, names: ['street', 'address 1', 'address line 1', 'addr 1', 'addr line 1', 'street address', 'street 1', 'street line 1', 'line 1', 'street name', 'strasse', 'strasse und hausnummer', 'rue', 'calle'] },
  { role: 'street2', confidence: 0.9, names: ['address 2', 'address line 2', 'addr 2', 'addr line 2', 'street 2', 'street line 2', 'line 2', 'apt', 'apartment', 'suite', 'unit', 'apt suite'] },
  { role: 'address', confidence: 0.85, names: ['address', 'full address', 'postal address', 'addr', 'adresse', 'anschrift', 'direccion'] },
  { role: 'city', confidence: 0.95, names: ['city', 'town', 'suburb', 'locality', 'city town', 'town city', 'municipality', 'ort', 'stadt', 'wohnort', 'ville', 'ciudad', 'localidad'] },
  { role: 'state', confidence: 0.95, names: ['state', 'province', 'state province', 'province state', 'state code', 'province code', 'state or province', 'prov', 'region code'] },
  { role: 'postcode', confidence: 0.95, names: ['zip', 'zip code', 'zipcode', 'postcode', 'post code', 'postal code', 'postal', 'zip postal code', 'postal zip code', 'zip postal', 'postalcode', 'plz', 'pin code', 'postleitzahl', 'code postal', 'codigo postal'] },
  { role: 'country', confidence: 0.95, names: ['country', 'country code', 'country name', 'nation', 'country region', 'pays', 'pais'] },
  { role: 'company', confidence: 0.9, names: ['company', 'company name', 'account name', 'account', 'organization', 'organisation', 'organization name', 'org', 'employer', 'business name', 'firm', 'firma', 'unternehmen', 'societe', 'entreprise', 'empresa'] },
  { role: 'dob', confidence: 0.95, names: ['dob', 'd o b', 'birthdate', 'birth date', 'date of birth', 'birthday', 'born', 'bday', 'birth dt', 'geburtsdatum', 'geburtstag', 'date de naissance', 'fecha de nacimiento'] },
  { role: 'timestamp', confidence: 0.9, names: ['created', 'created at', 'created date', 'created on', 'date created', 'creation date', 'signed up', 'signup date', 'sign up date', 'signup', 'registered', 'registration date', 'registered at', 'joined', 'join date', 'last modified date', 'last modified', 'modified', 'modified at', 'date modified', 'updated', 'updated at', 'last updated', 'last update', 'timestamp', 'last login', 'last seen', 'system modstamp'] },
  { role: 'date', confidence: 0.8, names: ['date', 'event date', 'order date', 'purchase date', 'last order date', 'first order date'] },
];

const EXACT = new Map<string, HeaderMatch>();
for (const group of SYNONYMS) {
  for (const name of group.names) {
    EXACT.set(name, { role: group.role, confidence: group.confidence, ...(group.invert ? { invert: true } : {}) });
  }
}

// Qualifiers that say *which* phone or address, not *what* it is: `Home Phone`, `Mailing City`.
const QUALIFIERS = new Set([
  'mailing', 'billing', 'shipping', 'home', 'work', 'office', 'business', 'primary', 'secondary', 'other',
  'alternate', 'alt', 'default', 'customer', 'contact', 'client', 'personal', 'current', 'permanent',
  'residential', 'main', 'private', 'your', 'user', 'member', 'person', 'cust', 'my',
]);

// Headers that look like a role but are not customer data of that role.
const NOT_A_ROLE = new Set(['job title', 'email domain', 'phone type', 'address type', 'name suffix type', 'state date', 'company size']);

/** `Mailing Zip/Postal Code` → `mailing zip postal code`; `firstName` → `first name`; `address1` → `address 1`. */
export function normalizeHeader(header: string): string {
  return header
    // `Prénom`, `Straße`, `Código Postal`: letters without their accents, not split at them.
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Word rules for headers no synonym covers (`Primary Email Addr`, `MobilePhoneNumber2`). Order
// matters: opt-out before email, so that `Email Opt Out` is consent and not email.
const OPT_OUT_TEXT = /\bopt(ed)? ?out\b|\bunsubscrib|\bdo not (e ?mail|contact|call|mail)\b/;
const OPT_IN_TEXT = /\bopt(ed)? ?in\b|\bconsent|\bnewsletter|\bsubscri|\baccepts? .*marketing/;
const WORD_RULES: { role: Role; invert?: boolean; test: (words: string[], text: string) => boolean }[] = [
  { role: 'consent', invert: true, test: (_w, t) => OPT_OUT_TEXT.test(t) },
  { role: 'consent', test: (_w, t) => OPT_IN_TEXT.test(t) },
  { role: 'email', test: (w, t) => w.includes('email') || /\be mail\b/.test(t) },
  { role: 'dob', test: (w, t) => w.includes('dob') || /\bbirth/.test(t) },
  { role: 'national_id', test: (w) => w.includes('ssn') || (w.includes('social') && w.includes('security')) },
  // `Partner ID`, `Supplier Key`, `Loyalty No`: a record key of whatever the rows are (never fuzzy evidence).
  { role: 'id', test: (w) => w.length > 1 && /^(id|uuid|guid|key|no|number)$/.test(w[w.length - 1]!) && !w.some((x) => x === 'phone' || x === 'tax' || x === 'zip' || x === 'postal' || x === 'street' || x === 'house') },
  { role: 'phone', test: (w) => w.some((x) => x === 'phone' || x === 'mobile' || x === 'cell' || x === 'tel' || x === 'telephone' || x === 'cellphone') },
  { role: 'postcode', test: (w) => w.some((x) => x === 'zip' || x === 'postcode' || x === 'zipcode' || x === 'postal') },
  { role: 'first_name', test: (w, t) => /\b(first|given|fore) ?names?\b/.test(t) || w.includes('forename') },
  { role: 'last_name', test: (w, t) => /\b(last|family|sur) ?names?\b/.test(t) || w.includes('surname') },
  { role: 'city', test: (w) => w.includes('city') || w.includes('suburb') || w.includes('town') },
  { role: 'state', test: (w) => w.includes('state') || w.includes('province') },
  { role: 'country', test: (w) => w.includes('country') },
  { role: 'company', test: (w) => w.includes('company') || w.includes('organization') || w.includes('organisation') || w.includes('employer') },
  { role: 'timestamp', test: (_w, t) => /\b(created|modified|updated)\b|\bsigned? ?up\b|\b(at|on)$/.test(t) },
];

// Leaves of a list of objects that say which part of the item a value is, not what it is.
const GENERIC_LEAVES = new Set(['value', 'number', 'address', 'text', 'val', 'data', 'date']);

// Leaves of a list item that describe the item (Google contacts' `type`, `formattedType`, `metadata`).
const ITEM_METADATA = new Set(['type', 'formatted type', 'label', 'kind', 'primary', 'verified', 'status', 'source', 'metadata', 'preferred']);

// Plurals of the words role names are made of (`emails`, `phones`, `addresses`, `numbers`).
const PLURALS = new Map([
  ['emails', 'email'], ['phones', 'phone'], ['addresses', 'address'], ['numbers', 'number'], ['mobiles', 'mobile'],
  ['telephones', 'telephone'], ['names', 'name'], ['cities', 'city'], ['countries', 'country'], ['postcodes', 'postcode'],
  ['zips', 'zip'], ['companies', 'company'], ['birthdays', 'birthday'], ['organizations', 'organization'],
]);

function singular(word: string): string {
  return PLURALS.get(word) ?? word;
}

function lookup(words: string[]): HeaderMatch | undefined {
  const text = words.join(' ');
  const exact = EXACT.get(text);
  if (exact) return exact;
  // `Home Phone`, `Contact ID`, `Mailing State/Province`: drop qualifiers, then look again.
  const unqualified = words.filter((w) => !QUALIFIERS.has(w));
  if (unqualified.length > 0 && unqualified.length < words.length) {
    const hit = EXACT.get(unqualified.join(' '));
    if (hit) return { ...hit, confidence: hit.confidence - 0.05 };
  }
  // `phone 2`, `email 1`: a trailing ordinal numbers repeated columns of one role (but `address 2`
  // was looked up above with its number, where the number means street2).
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && /^\d+$/.test(last)) {
    return lookup(words.slice(0, -1));
  }
  return undefined;
}

// Last words that make a header about a contact point, not the contact point itself: `Email
// Status`, `Phone Verified`, `Email Bounced`, `Address Source`.
const ABOUT_WORDS = new Set(['status', 'type', 'verified', 'valid', 'validated', 'bounced', 'bounce', 'domain', 'count', 'source', 'provider', 'format', 'quality', 'score', 'flag']);
const CONTACT_WORDS = new Set(['email', 'mail', 'phone', 'mobile', 'tel', 'telephone', 'cell', 'address']);

/** The role a column's header names, or undefined when the header says nothing known. */
export function matchHeader(header: string): HeaderMatch | undefined {
  const text = normalizeHeader(header);
  if (text === '' || NOT_A_ROLE.has(text)) return undefined;
  const words = text.split(' ');
  // A consent header ending in a word for its value keeps its role (`Email Opt Out Flag`, `Email
  // Consent Status`); one about where or how consent was given (`Email Consent Source`) has none.
  const last = words[words.length - 1]!;
  const consentValue = (last === 'status' || last === 'flag') && (OPT_OUT_TEXT.test(text) || OPT_IN_TEXT.test(text));
  if (!consentValue && words.length > 1 && ABOUT_WORDS.has(words[words.length - 1]!) && words.slice(0, -1).some((w) => CONTACT_WORDS.has(w))) return undefined;
  const direct = lookup(words);
  if (direct) return direct;
  // Dotted paths from flattened JSON (`default_address.city`, `customer.email`): the last segment
  // names the value, the rest names the object it sits in.
  if (header.includes('.')) {
    const segments = header.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
    const leafWords = normalizeHeader(segments[segments.length - 1] ?? '').split(' ');
    // The leaf read with its parent first: a list of objects names the thing in its own key and the
    // leaf may only say which part (`phones.0.number`, `organizations.0.name`, `emails.1.address`).
    if (segments.length > 1) {
      const parentWords = normalizeHeader(segments[segments.length - 2]!).split(' ').map(singular);
      const together = [...parentWords, ...leafWords];
      // `phones.0.type`, `emailAddresses.0.verified`: what kind of item it is, not its value.
      if (NOT_A_ROLE.has(together.join(' ')) || ITEM_METADATA.has(leafWords.join(' '))) return undefined;
      const both = lookup(together) ?? (GENERIC_LEAVES.has(leafWords.join(' ')) ? lookup(parentWords) : undefined);
      if (both) return { ...both, confidence: both.confidence - 0.05 };
    }
    const hit = leafWords[0] ? lookup(leafWords) : undefined;
    if (hit) return { ...hit, confidence: hit.confidence - 0.05 };
  }
  // `Emails`, `Phone Numbers`: a plural names the same role.
  const singularWords = words.map(singular);
  if (singularWords.some((w, i) => w !== words[i])) {
    const hit = lookup(singularWords);
    if (hit) return { ...hit, confidence: hit.confidence - 0.05 };
  }
  for (const rule of WORD_RULES) {
    if (rule.test(words, text)) return { role: rule.role, confidence: 0.7, ...(rule.invert ? { invert: true } : {}) };
  }
  return undefined;
}
