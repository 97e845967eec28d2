// The audience file that advertising platforms' customer-match uploads expect: SHA-256 (unsalted,
// so the platform can match it) of the lower-cased trimmed email and of the E.164 phone, only for
// people whose every consent field says yes. A person without consent is never in the file.

import { UsageError } from '../core/errors.js';
import { sha256Hex } from './salt.js';

export const AUDIENCE_COLUMNS = ['email_sha256', 'phone_sha256'];

export interface AudienceFields {
  email: string[];
  phone: string[];
  consent: string[];
}

export function audienceEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** E.164: '+' and digits only; undefined when the value is not one. */
export function audiencePhone(value: string): string | undefined {
  const digits = value.replace(/[^\d+]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : undefined;
}

export function hashedAudience(rows: readonly Readonly<Record<string, string>>[], fields: AudienceFields): { columns: string[]; rows: Record<string, string>[] } {
  if (fields.consent.length === 0) {
    throw new UsageError('export.no_consent', 'the master has no consent field, so no one can be shown to have agreed: --hashed writes only people whose consent allows it');
  }
  const out: Record<string, string>[] = [];
  for (const row of rows) {
    if (!fields.consent.every((f) => row[f] === 'true')) continue;
    const email = fields.email.map((f) => row[f] ?? '').find((v) => v.trim() !== '');
    const phone = fields.phone.map((f) => audiencePhone(row[f] ?? '')).find((v) => v !== undefined);
    if (!email && !phone) continue;
    out.push({
      email_sha256: email ? sha256Hex(audienceEmail(email)) : '',
      phone_sha256: phone ? sha256Hex(phone) : '',
    });
  }
  return { columns: AUDIENCE_COLUMNS, rows: out };
}
