// The comparator registry: built-ins register here exactly as plugins do.

import { Registry } from '../../plugins/registry.js';
import { company } from './comparators/company.js';
import { date } from './comparators/date.js';
import { email } from './comparators/email.js';
import { exact } from './comparators/exact.js';
import { firstName } from './comparators/first-name.js';
import { jaroWinklerComparator } from './comparators/jaro-winkler.js';
import { lastName } from './comparators/last-name.js';
import { levenshteinComparator } from './comparators/levenshtein.js';
import { nationalId } from './comparators/national-id.js';
import { numeric } from './comparators/numeric.js';
import { phone } from './comparators/phone.js';
import { phonetic } from './comparators/phonetic.js';
import type { AnyComparator } from './definition.js';

export const BUILTIN_COMPARATORS: readonly AnyComparator[] = [
  exact, jaroWinklerComparator, levenshteinComparator, phonetic, numeric, firstName, lastName, date, email, nationalId, phone, company,
];

export const comparators = new Registry<AnyComparator>('comparator');
for (const c of BUILTIN_COMPARATORS) comparators.register(c);
