// `email`: checks on a canonical email that a syntax normalizer does not make: a real-looking
// domain, role mailboxes, disposable providers and misspelt provider domains (fixed on request).

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition, type RuleFinding } from '../definition.js';
import { DISPOSABLE_DOMAINS, DOMAIN_TYPOS, ROLE_LOCAL_PARTS } from '../email-domains.js';

const WHITESPACE = /\s/;
// Labels of letters, digits and inner hyphens; a TLD of 2+ letters (or an IDN punycode TLD).
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const optionsSchema = z.strictObject({ fixTypos: z.boolean().default(false) }).default({ fixTypos: false });

export const emailRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'email',
  description: 'Email domain plausibility, role addresses, disposable providers and domain typos.',
  roles: ['email'],
  byDefault: true,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    if (WHITESPACE.test(value)) return [{ code: 'email.whitespace', message: 'The email contains spaces.' }];
    const at = value.lastIndexOf('@');
    if (at <= 0 || at === value.length - 1) return [{ code: 'email.syntax', message: 'The email needs one local part, an @ and a domain.' }];
    const local = value.slice(0, at).toLowerCase();
    const domain = value.slice(at + 1).toLowerCase();
    const typoFix = DOMAIN_TYPOS[domain];
    if (typoFix !== undefined) {
      const corrected = `${value.slice(0, at)}@${typoFix}`;
      const typo: RuleFinding = {
        code: 'email.domain_typo',
        message: `The domain looks like a misspelling of ${typoFix}.`,
        severity: 'warning',
        suggestion: corrected,
      };
      if (context.options.fixTypos) typo.fix = corrected;
      return [typo];
    }
    if (!DOMAIN.test(domain)) return [{ code: 'email.domain', message: 'The email domain is not a real-looking domain with a top-level domain.' }];
    let findings: RuleFinding[] | undefined;
    if (ROLE_LOCAL_PARTS.has(local)) {
      findings = [{ code: 'email.role_address', message: 'The email is a role mailbox, not a person.', severity: 'warning' }];
    }
    if (DISPOSABLE_DOMAINS.has(domain)) {
      (findings ??= []).push({ code: 'email.disposable', message: 'The email uses a disposable mailbox provider.', severity: 'warning' });
    }
    return findings ?? NO_FINDINGS;
  },
};
