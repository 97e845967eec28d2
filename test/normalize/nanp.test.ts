import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isValidNanp, nanpCountry } from '../../src/normalize/nanp.js';
import { createRandom } from '../../bench/lib/random.mjs';

// The compiled walk must give libphonenumber's own verdict for every +1 number it is asked about.
describe('NANP validity (compiled libphonenumber metadata)', () => {
  const random = createRandom(20261123);
  const samples: string[] = ['2015550123', '4155552671', '2423570000', '8765551234', '8005551234', '9005551234', '6045551234', '8815556697'];
  for (let i = 0; i < 6000; i++) samples.push(String(2_000_000_000 + random.int(0, 7_999_999_999)));

  it('agrees with parsePhoneNumberFromString(+1…).isValid() and its country on 6,000 random numbers', () => {
    let valid = 0;
    for (const national of samples) {
      const parsed = parsePhoneNumberFromString(`+1${national}`);
      const expected = parsed?.isValid() ?? false;
      expect([national, isValidNanp(national)]).toEqual([national, expected]);
      if (expected) {
        valid++;
        expect([national, nanpCountry(national)]).toEqual([national, parsed!.country]);
      }
    }
    // Both verdicts occur often enough for the comparison to mean something.
    expect(valid).toBeGreaterThan(samples.length * 0.2);
    expect(valid).toBeLessThan(samples.length * 0.9);
  });

  it('an invalid 10-digit number has a plausible length, so the library would call it invalid, not too short/long', () => {
    for (const national of samples.slice(0, 500)) {
      if (!isValidNanp(national)) expect(validatePhoneNumberLength(`+1${national}`)).toBeUndefined();
    }
  });
});
