// Emails on their match key (lower-cased, gmail dots and +tags removed by normalization): same key,
// same or nearly same mailbox name at another domain (work vs personal), different.

import type { ComparatorDef } from '../definition.js';
import { jaroWinkler } from '../jaro-winkler.js';

export interface EmailValue {
  value: string;
  local: string;
}

export const email: ComparatorDef<EmailValue> = {
  id: 'email',
  description: 'Emails: same match key, same or nearly same local part, different',
  levels: ['exact', 'local part fuzzy', 'different'],
  roles: ['email'],
  keySuffix: 'match',
  exactLevel: 0,
  prepare(value) {
    const at = value.lastIndexOf('@');
    return { value, local: at < 0 ? value : value.slice(0, at) };
  },
  compare(a, b) {
    if (a.value === b.value) return 0;
    // Short mailbox names (jo@, info@) collide between people; demand some length before trusting them.
    if (a.local.length >= 4 && b.local.length >= 4 && jaroWinkler(a.local, b.local) >= 0.92) return 1;
    return 2;
  },
};
