import { describe, expect, it } from 'vitest';
import { emailDomain, emailNormalizer } from '../../src/normalize/index.js';
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
  ])('%s → %s (match %s)', (input, value, match) => {
    const result = emailNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.keys?.match).toBe(match);
    expect(codesOf(result)).toEqual([]);
  });

  it.each(['john.smith', 'john@', '@example.com', 'john@@example.com', 'john..smith@example.com', 'john smith@example.com', 'john@localhost', 'a@b.c'])(
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
