import { describe, expect, it } from 'vitest';
import { addressNormalizer, cityNormalizer } from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

describe('address normalizer', () => {
  it.each<[string, string, string, Record<string, string>]>([
    [
      '27 Washington Blvd Apt 4, Oak Park IL 60302',
      'US',
      '27 Washington Blvd Apt 4, Oak Park, IL 60302',
      { street: '27 Washington Blvd', street2: 'Apt 4', city: 'Oak Park', state: 'IL', postcode: '60302' },
    ],
    [
      '27 WASHINGTON BOULEVARD, APT 4, OAK PARK, ILLINOIS 60302-1234',
      'US',
      '27 Washington Blvd Apt 4, Oak Park, IL 60302',
      { street: '27 Washington Blvd', street2: 'Apt 4', city: 'Oak Park', state: 'IL', postcode: '60302' },
    ],
    [
      '27 Washington Blvd Apt 4 Oak Park IL 60302',
      'US',
      '27 Washington Blvd Apt 4, Oak Park, IL 60302',
      { street: '27 Washington Blvd', street2: 'Apt 4', city: 'Oak Park', state: 'IL', postcode: '60302' },
    ],
    [
      '1600 Pennsylvania Avenue NW, Washington, DC 20500, USA',
      'US',
      '1600 Pennsylvania Ave NW, Washington, DC 20500, US',
      { street: '1600 Pennsylvania Ave NW', city: 'Washington', state: 'DC', postcode: '20500', country: 'US' },
    ],
    [
      '100 Main Street Springfield MA 1105',
      'US',
      '100 Main St, Springfield, MA 01105',
      { street: '100 Main St', city: 'Springfield', state: 'MA', postcode: '01105' },
    ],
    [
      '24 Sussex Drive, Ottawa ON K1M1M4',
      'CA',
      '24 Sussex Dr, Ottawa, ON K1M 1M4',
      { street: '24 Sussex Dr', city: 'Ottawa', state: 'ON', postcode: 'K1M 1M4' },
    ],
    [
      '10 Downing Street, London, sw1a2aa',
      'GB',
      '10 Downing St, London, SW1A 2AA',
      { street: '10 Downing St', city: 'London', postcode: 'SW1A 2AA' },
    ],
    [
      '1 Macquarie St, Sydney New South Wales 2000',
      'AU',
      '1 Macquarie St, Sydney, NSW 2000',
      { street: '1 Macquarie St', city: 'Sydney', state: 'NSW', postcode: '2000' },
    ],
    // A street alone: its name may hold a street-type word (Park, Shore), and a French type comes first.
    ['400 Park Avenue', 'US', '400 Park Ave', { street: '400 Park Ave' }],
    ['77 Lake Shore Drive', 'US', '77 Lake Shore Dr', { street: '77 Lake Shore Dr' }],
    ['10 rue de Rivoli', 'FR', '10 Rue De Rivoli', { street: '10 Rue De Rivoli' }],
    ['12 Main St Springfield', 'US', '12 Main St, Springfield', { street: '12 Main St', city: 'Springfield' }],
    ['12 Main St Beverly Hills', 'US', '12 Main St, Beverly Hills', { street: '12 Main St', city: 'Beverly Hills' }],
    ['10 Oak Ave Park Ridge', 'US', '10 Oak Ave, Park Ridge', { street: '10 Oak Ave', city: 'Park Ridge' }],
  ])('%s (%s)', (input, region, value, derived) => {
    const result = addressNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(value);
    expect(result.derived).toEqual(derived);
    expect(codesOf(result)).toEqual([]);
  });
});

describe('city short forms outside the US', () => {
  it('leaves LA as a word where the source is not American', () => {
    expect(cityNormalizer.normalize('LA', ctx({ region: 'FR' })).value).toBe('La');
    expect(cityNormalizer.normalize('NYC', ctx({ region: 'US', options: { expandAbbreviations: false } })).value).toBe('Nyc');
  });
});

describe('city normalizer', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ['NEW YORK', 'New York', undefined, undefined],
    // A US city's short form, spelled out as USPS writes it; quotes around the name dropped
    ['NYC', 'New York', undefined, undefined],
    ['N.Y.C.', 'New York', undefined, undefined],
    ['OKC', 'Oklahoma City', undefined, undefined],
    ['“Paris”', 'Paris', undefined, undefined],
    ['"St. Louis"', 'Saint Louis', undefined, undefined],
    ['san  francisco', 'San Francisco', undefined, undefined],
    ['St. Louis', 'Saint Louis', undefined, undefined],
    ['ST LOUIS', 'Saint Louis', undefined, undefined],
    ['Port St. Lucie', 'Port Saint Lucie', undefined, undefined],
    ['Mt. Vernon', 'Mount Vernon', undefined, undefined],
    ['Ft Worth', 'Fort Worth', undefined, undefined],
    ['MCALLEN', 'McAllen', undefined, undefined],
    ['FOND DU LAC', 'Fond du Lac', undefined, undefined],
    ['stratford-upon-avon', 'Stratford-upon-Avon', undefined, undefined],
    ['DeKalb', 'DeKalb', undefined, undefined],
    ['MÜNCHEN', 'München', undefined, undefined],
    ['Oak Park, IL 60302', 'Oak Park', 'IL', '60302'],
    ['Oak Park IL', 'Oak Park', 'IL', undefined],
    ['Springfield, Illinois', 'Springfield', 'IL', undefined],
    ['Indiana', 'Indiana', undefined, undefined],
    ['Boston 02134', 'Boston', undefined, '02134'],
    ['Washington DC', 'Washington', 'DC', undefined],
    ['DC', 'Washington', 'DC', undefined],
  ])('%s → %s', (input, city, state, postcode) => {
    const result = cityNormalizer.normalize(input, ctx());
    expect(result.value).toBe(city);
    expect(result.derived?.state).toBe(state);
    expect(result.derived?.postcode).toBe(postcode);
  });

  it('keeps St. when told not to expand', () => {
    expect(cityNormalizer.normalize('st. louis', ctx({ options: { expandAbbreviations: false } })).value).toBe('St. Louis');
  });
});
