// The company normalizer: the name as written (brand casing like "eBay" or "IBM" is kept), cleaned of
// stray spacing; keys.match is the name lower-cased without accents, punctuation or legal form, so
// "Acme, Inc." and "ACME LLC" meet.

import { COMPANY_LEGAL_PHRASES, COMPANY_LEGAL_WORDS } from '../reference/company-suffixes.js';
import type { NormalizeResult, NormalizerDefinition } from './definition.js';
import { straightenApostrophes } from './name-case.js';
import { cleanText, foldForLookup } from './whitespace.js';

const HTML_AMPERSAND = /&amp;/gi;
const SPACE_BEFORE_PUNCTUATION = /\s+([,.;:])/g;
// "A.B.C." and "McDonald's" lose their marks without splitting the word.
const JOINING_MARKS = /['.]/g;
const NON_ALPHANUMERIC_RUN = /[^A-Z0-9]+/g;
const LEADING_THE = /^the /;

/** Lower-case match key: folded, "&" as "and", legal forms and a leading "The" dropped. */
export function companyMatchKey(name: string): string {
  const folded = foldForLookup(straightenApostrophes(name))
    .replaceAll('&', ' AND ')
    .replaceAll('+', ' AND ')
    .replace(JOINING_MARKS, '')
    .replace(NON_ALPHANUMERIC_RUN, ' ')
    .trim()
    .toLowerCase()
    .replace(LEADING_THE, '');
  const words = folded.split(' ');
  let end = words.length;
  // Strip legal forms from the end, repeatedly ("Foo Holdings Pty Ltd", "Bar GmbH & Co. KG"), but
  // never the whole name ("Co" alone stays "co").
  let stripped = true;
  while (stripped && end > 1) {
    stripped = false;
    for (const phrase of COMPANY_LEGAL_PHRASES) {
      if (end - phrase.length < 1) continue;
      if (phrase.every((word, i) => words[end - phrase.length + i] === word)) {
        end -= phrase.length;
        stripped = true;
        break;
      }
    }
    if (!stripped && end > 1 && COMPANY_LEGAL_WORDS.has(words[end - 1]!.toUpperCase())) {
      end -= 1;
      stripped = true;
    }
  }
  return words.slice(0, end).join(' ');
}

function normalizeCompany(value: string): NormalizeResult {
  const name = straightenApostrophes(cleanText(value))
    .replace(HTML_AMPERSAND, '&')
    .replace(SPACE_BEFORE_PUNCTUATION, '$1');
  return { value: name, keys: { match: companyMatchKey(name) } };
}

export const companyNormalizer: NormalizerDefinition = {
  id: 'company',
  description: 'Company name as written, cleaned; keys.match without punctuation and legal form.',
  roles: ['company'],
  normalize: (value) => normalizeCompany(value),
};
