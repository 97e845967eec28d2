import { describe, expect, it } from 'vitest';
import { dobRule } from '../../src/validate/rules/dob.js';
import { emailRule } from '../../src/validate/rules/email.js';
import { ssnRule } from '../../src/validate/rules/ssn.js';
import { codes, runFieldRule } from './harness.js';

describe('email', () => {
  it.each(['jane.doe@gmail.com', 'o\'brien@example.co.uk', 'x+tag@sub.domain.io', 'user@xn--bcher-kva.xn--p1ai', 'JOHN@Company.COM'])(
    'accepts %s',
    (value) => {
      expect(codes(runFieldRule(emailRule, value))).toEqual([]);
    },
  );
  it.each([
    { value: 'jane doe@gmail.com', code: 'email.whitespace' },
    { value: 'jane@', code: 'email.syntax' },
    { value: '@gmail.com', code: 'email.syntax' },
    { value: 'jane@localhost', code: 'email.domain' },
    { value: 'jane@gmail', code: 'email.domain' },
    { value: 'jane@gmail.c0m', code: 'email.domain' },
    { value: 'jane@-gmail.com', code: 'email.domain' },
    { value: 'jane@192.168.0.1', code: 'email.domain' },
    { value: 'info@acme.com', code: 'email.role_address' },
    { value: 'noreply@acme.com', code: 'email.role_address' },
    { value: 'admin@acme.com', code: 'email.role_address' },
    { value: 'Sales@acme.com', code: 'email.role_address' },
    { value: 'jane@mailinator.com', code: 'email.disposable' },
    { value: 'jane@10minutemail.com', code: 'email.disposable' },
    { value: 'jane@guerrillamail.com', code: 'email.disposable' },
    { value: 'jane@yopmail.com', code: 'email.disposable' },
    { value: 'jane@trashmail.com', code: 'email.disposable' },
    { value: 'jane@gmial.com', code: 'email.domain_typo' },
    { value: 'jane@gmal.com', code: 'email.domain_typo' },
    { value: 'jane@hotmial.com', code: 'email.domain_typo' },
    { value: 'jane@hotmai.com', code: 'email.domain_typo' },
    { value: 'jane@yaho.com', code: 'email.domain_typo' },
    { value: 'jane@yahooo.com', code: 'email.domain_typo' },
    { value: 'jane@gmail.con', code: 'email.domain_typo' },
    { value: 'jane@gmail.co', code: 'email.domain_typo' },
    { value: 'jane@outlok.com', code: 'email.domain_typo' },
  ])('flags $value as $code', ({ value, code }) => {
    expect(codes(runFieldRule(emailRule, value))).toEqual([code]);
  });
  it('reports both a role address and a disposable domain', () => {
    expect(codes(runFieldRule(emailRule, 'info@mailinator.com'))).toEqual(['email.role_address', 'email.disposable']);
  });
  it('warns (does not error) on role, disposable and typo', () => {
    for (const v of ['info@acme.com', 'a.b@yopmail.com', 'a.b@gmial.com']) expect(runFieldRule(emailRule, v)[0]!.severity).toBe('warning');
  });
  it('suggests the typo fix, and applies it only with fixTypos', () => {
    const [plain] = runFieldRule(emailRule, 'jane@gmial.com');
    expect(plain!.suggestion).toBe('jane@gmail.com');
    expect(plain!.fix).toBeUndefined();
    const [fixing] = runFieldRule(emailRule, 'jane@gmial.com', { options: { fixTypos: true } });
    expect(fixing!.fix).toBe('jane@gmail.com');
  });
});

describe('dob (today = 2024-06-15)', () => {
  it.each(['1990-02-28', '2024-06-15', '1904-06-15', '2000-02-29'])('accepts %s', (value) => {
    expect(codes(runFieldRule(dobRule, value))).toEqual([]);
  });
  it.each([
    { value: '2024-06-16', code: 'dob.future' },
    { value: '2090-01-01', code: 'dob.future' },
    { value: '1904-06-14', code: 'dob.too_old' },
    { value: '1850-03-03', code: 'dob.too_old' },
  ])('flags $value as $code', ({ value, code }) => {
    expect(codes(runFieldRule(dobRule, value))).toEqual([code]);
  });
  it('applies minAge and maxAge options', () => {
    expect(codes(runFieldRule(dobRule, '2010-01-01', { options: { minAge: 18 } }))).toEqual(['dob.too_young']);
    expect(codes(runFieldRule(dobRule, '2006-06-15', { options: { minAge: 18 } }))).toEqual([]);
    expect(codes(runFieldRule(dobRule, '1920-01-01', { options: { maxAge: 100 } }))).toEqual(['dob.too_old']);
  });
  it('leaves unreadable dates to the normalizer', () => {
    expect(codes(runFieldRule(dobRule, '31/12/1990'))).toEqual([]);
  });
});

describe('ssn', () => {
  it.each(['078-05-1120', '123-45-6788', '001010001', '899-99-9999'])('accepts %s', (value) => {
    expect(codes(runFieldRule(ssnRule, value))).toEqual([]);
  });
  it.each([
    { value: '000-12-3456', code: 'ssn.invalid_area' },
    { value: '666-12-3456', code: 'ssn.invalid_area' },
    { value: '900-12-3456', code: 'ssn.invalid_area' },
    { value: '987-65-4321', code: 'ssn.invalid_area' },
    { value: '123-00-4567', code: 'ssn.invalid_group' },
    { value: '123-45-0000', code: 'ssn.invalid_serial' },
    { value: '123-45-678', code: 'ssn.length' },
    { value: '1234567890', code: 'ssn.length' },
    { value: 'AB123456C', code: 'ssn.length' },
  ])('flags $value as $code', ({ value, code }) => {
    expect(codes(runFieldRule(ssnRule, value))).toEqual([code]);
  });
  it('never shows the number in a message', () => {
    for (const v of ['000-34-5678', '666-12-3456', '123-00-4567', '123-45-0000', '123-45-678']) {
      const findings = runFieldRule(ssnRule, v);
      expect(findings).toHaveLength(1);
      for (const f of findings) {
        expect(f.message).not.toContain(v);
        expect(f.message).not.toContain(v.replace(/\D/g, ''));
        expect(f.message).not.toContain(v.slice(0, 3) + '-');
      }
    }
  });
  it('applies to US sources only, unless options.country is US', () => {
    expect(codes(runFieldRule(ssnRule, 'AB123456C', { region: 'GB' }))).toEqual([]);
    expect(codes(runFieldRule(ssnRule, '666-12-3456', { region: 'GB', options: { country: 'US' } }))).toEqual(['ssn.invalid_area']);
  });
});
