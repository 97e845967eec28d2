// Emails keep the first letter of the local part and the whole domain (`j***@gmail.com`): the domain
// is what a reader of a report needs (typo domains, company vs. free mail) and says little about who.

import { maskGeneric } from './generic.js';

export function maskEmail(value: string): string {
  const text = value.trim();
  // The last '@': a quoted local part may itself contain one.
  const at = text.lastIndexOf('@');
  if (at < 0 || at === text.length - 1) return maskGeneric(text);
  const local = Array.from(text.slice(0, at));
  const domain = text.slice(at + 1);
  return `${local.length > 0 ? local[0] : ''}***@${domain}`;
}
