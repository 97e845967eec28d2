import { describe, expect, it } from 'vitest';
import validator from 'validator';
import { emailDomain, emailNormalizer } from '../../src/normalize/index.js';
import { isEmailAddress } from '../../src/normalize/email.js';
import { codesOf, ctx } from './context.js';

describe('email normalizer', () => {
  it.each([
    ['John.Smith@Example.COM', 'john.smith@example.com', 'john.smith@example.com'],
    ['J.O.H.N+newsletter@GMail.com', 'j.o.h.n+newsletter@gmail.com', 'john@gmail.com'],
    ['jane.doe@googlemail.com', 'jane.doe@googlemail.com', 'janedoe@gmail.com'],
    ['bob+shop@outlook.com', 'bob+shop@outlook.com', 'bob@outlook.com'],
    ['first.last@company.co.uk', 'first.last@company.co.uk', 'first.last@company.co.uk'],
    ['mailto:Sales@Acme.io', 'sales@acme.io', 'sales@acme.io'],
    ['"John Smith" <John@Example.com>', 'john@example.com', 'john@example.com'],
    ['José@Exämple.com', 'josé@exämple.com', 'josé@exämple.com'],
    ['Jose\u0301@example.com', 'josé@example.com', 'josé@example.com'],
    ['a@shop.com;', 'a@shop.com', 'a@shop.com'],
  ])('%s → %s (match %s)', (input, value, match) => {
    const result = emailNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.keys?.match).toBe(match);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['Jane.O.Neil@gmail.com; jane@acme.com', 'jane.o.neil@gmail.com', 'janeoneil@gmail.com', 2],
    ['a@shop.com, b@shop.com , c@shop.com', 'a@shop.com', 'a@shop.com', 3],
    ['a@shop.com b@shop.com', 'a@shop.com', 'a@shop.com', 2],
  ])('%s: several addresses → the first, %s (match %s), with email.multiple', (input, value, match, count) => {
    const result = emailNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.keys?.match).toBe(match);
    expect(codesOf(result)).toEqual(['email.multiple']);
    expect(result.issues![0]!.severity).toBe('warning');
    expect(result.issues![0]!.message).toContain(`${count} addresses`);
  });

  it.each(['john.smith', 'john@', '@example.com', 'a@shop.com; not-an-email', 'john@@example.com', 'john..smith@example.com', 'john smith@example.com', 'john@localhost', 'a@b.c'])(
    '%s → email.syntax',
    (input) => {
      const result = emailNormalizer.normalize(input, ctx());
      expect(result.value).toBeNull();
      expect(codesOf(result)).toEqual(['email.syntax']);
    },
  );

  it('extracts the domain', () => {
    expect(emailDomain('A@Example.COM')).toBe('example.com');
    expect(emailDomain('nothing')).toBeUndefined();
  });
});

describe('isEmailAddress', () => {
  it('agrees with validator.isEmail on 30,000 random address-like strings', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    const part = (chars: string, max: number) => Array.from({ length: Math.floor(next() * max) }, () => pick(chars)).join('');
    const LOCAL = 'abz09._-+!#$%&*/=?^`{|}~"é@ ';
    const LABEL = 'abxn09-_.é';
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      const long = next() < 0.05 ? 'a'.repeat(60 + Math.floor(next() * 10)) : '';
      const text = `${long}${part(LOCAL, 8)}@${part(LABEL, 10)}${next() < 0.8 ? `.${part('abcom9-', 5)}` : ''}`;
      const expected = validator.isEmail(text);
      if (expected) accepted++;
      expect([text, isEmailAddress(text)]).toEqual([text, expected]);
    }
    expect(accepted).toBeGreaterThan(500); // the sample holds valid addresses too
  });
});
