import { describe, expect, it } from 'vitest';
import { street2Normalizer, streetNormalizer, streetNumberNormalizer } from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

describe('street normalizer', () => {
  it.each<[string, string, string | undefined]>([
    ['123 main street', '123 Main St', undefined],
    ['123 MAIN ST.', '123 Main St', undefined],
    ['27 Washington Boulevard', '27 Washington Blvd', undefined],
    ['500 Fifth Avenue', '500 Fifth Ave', undefined],
    ['1600 pennsylvania ave nw', '1600 Pennsylvania Ave NW', undefined],
    ['12 North Main Street', '12 N Main St', undefined],
    ['12 North Street', '12 North St', undefined],
    ['45 Park Avenue South', '45 Park Ave S', undefined],
    ['9 W 42ND ST', '9 W 42nd St', undefined],
    ['100 Avenue of the Americas', '100 Avenue of the Americas', undefined],
    ['77 Ocean Pkwy.', '77 Ocean Pkwy', undefined],
    ['8 Mountain View Terrace', '8 Mountain View Ter', undefined],
    ['3 Old Mill Road', '3 Old Mill Rd', undefined],
    ['14 MCARTHUR HWY', '14 McArthur Hwy', undefined],
    ["200 O'FARRELL ST", "200 O'Farrell St", undefined],
    ['12a elm court', '12A Elm Ct', undefined],
    ['27 Washington Blvd Apt 4', '27 Washington Blvd', 'Apt 4'],
    ['27 Washington Blvd, Apartment 4B', '27 Washington Blvd', 'Apt 4B'],
    ['27 Washington Blvd #4', '27 Washington Blvd', '# 4'],
    ['27 Washington Blvd # 4', '27 Washington Blvd', '# 4'],
    ['1 Market St Suite 200', '1 Market St', 'Ste 200'],
    ['1 Market St Ste. 200', '1 Market St', 'Ste 200'],
    ['1 Market St Unit 5-C', '1 Market St', 'Unit 5-C'],
    ['1 Market St Fl 3', '1 Market St', 'Fl 3'],
    ['1 Market St Rear', '1 Market St', 'Rear'],
    ['12 Key West Dr', '12 Key West Dr', undefined],
    ['p.o. box 123', 'PO Box 123', undefined],
    ['Hauptstraße 5', 'Hauptstraße 5', undefined],
  ])('%s → %s / %s', (input, street, street2) => {
    const result = streetNormalizer.normalize(input, ctx());
    expect(result.value).toBe(street);
    expect(result.derived?.street2).toBe(street2);
    expect(codesOf(result)).toEqual([]);
  });

  it('keeps spelled-out suffixes when told not to abbreviate', () => {
    expect(streetNormalizer.normalize('12 north main street', ctx({ options: { abbreviate: false } })).value).toBe('12 North Main Street');
  });
});

describe('street2 normalizer', () => {
  it.each([
    ['apartment 4b', 'Apt 4B'],
    ['APT. 12', 'Apt 12'],
    ['#12', '# 12'],
    ['Suite 200', 'Ste 200'],
    ['unit 7', 'Unit 7'],
    ['4B', '# 4B'],
    ['Floor 3', 'Fl 3'],
    ['Apt # 5', 'Apt 5'],
    ['c/o jane smith', 'C/o Jane Smith'],
  ])('%s → %s', (input, expected) => {
    expect(street2Normalizer.normalize(input, ctx()).value).toBe(expected);
  });
});

describe('street_number normalizer', () => {
  it.each([
    ['12', '12'],
    ['12a', '12A'],
    ['12 a', '12A'],
    ['12-14', '12-14'],
    ['12 – 14', '12-14'],
    ['No. 7', '7'],
    ['#7', '7'],
    ['12 1/2', '12 1/2'],
  ])('%s → %s', (input, expected) => {
    const result = streetNumberNormalizer.normalize(input, ctx());
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it('a number without digits is invalid', () => {
    const result = streetNumberNormalizer.normalize('abc', ctx());
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['street_number.invalid']);
  });

  it('keeps an unusual number with a warning', () => {
    expect(codesOf(streetNumberNormalizer.normalize('12 bis rear', ctx()))).toEqual(['street_number.unusual']);
  });
});
