import { describe, expect, it } from 'vitest';
import {
  firstNameNormalizer,
  lastNameNormalizer,
  middleNameNormalizer,
  suffixNormalizer,
  titleNormalizer,
} from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

describe('last_name normalizer', () => {
  it.each([
    ['MCDONALD', 'McDonald'],
    ['mcdonald', 'McDonald'],
    ['Mcdonald', 'McDonald'],
    ['MACLEOD', 'MacLeod'],
    ['macleod', 'MacLeod'],
    ['MacLeod', 'MacLeod'],
    ['MACK', 'Mack'],
    ['macy', 'Macy'],
    ['MACON', 'Macon'],
    ['MACIAS', 'Macias'],
    ['MACHADO', 'Machado'],
    ["O'BRIEN", "O'Brien"],
    ["o'brien", "O'Brien"],
    ['O\u2019Brien', "O'Brien"],
    ["D'ANGELO", "D'Angelo"],
    ['VAN DER BERG', 'van der Berg'],
    ['Van Der Berg', 'van der Berg'],
    ['van den berg', 'van den Berg'],
    ["VAN 'T HEK", "van 't Hek"],
    ['DE LA CRUZ', 'de la Cruz'],
    ['von Trapp', 'von Trapp'],
    ['SMITH-JONES', 'Smith-Jones'],
    ["o'brien-mcdonald", "O'Brien-McDonald"],
    ['DeKalb', 'DeKalb'],
    ['DiCaprio', 'DiCaprio'],
    ['  smith   ', 'Smith'],
    ['ÅSTRÖM', 'Åström'],
    ['MÜLLER', 'Müller'],
    ['Mu\u0308ller', 'Müller'],
    ['De', 'De'],
    ['Do', 'Do'],
    ['NÍ DHOMHNAILL', 'Ní Dhomhnaill'],
    ['Ó SÚILLEABHÁIN', 'Ó Súilleabháin'],
  ])('%s → %s', (input, expected) => {
    const result = lastNameNormalizer.normalize(input, ctx());
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['Smith Jr.', 'Smith', 'Jr'],
    ['SMITH, JR', 'Smith', 'Jr'],
    ['King III', 'King', 'III'],
    ['Jones PhD', 'Jones', 'PhD'],
  ])('%s → %s with suffix %s', (input, value, suffix) => {
    const result = lastNameNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.derived?.suffix).toBe(suffix);
  });

  it('a lone suffix is not a name', () => {
    const result = lastNameNormalizer.normalize('Jr.', ctx());
    expect(result.value).toBeNull();
    expect(result.derived?.suffix).toBe('Jr');
    expect(codesOf(result)).toEqual(['name.affix_only']);
  });
});

describe('first_name normalizer', () => {
  it.each([
    ['JOSÉ', 'José'],
    ['jose\u0301', 'José'],
    ['ÅSA', 'Åsa'],
    ['mary ann', 'Mary Ann'],
    ['JEAN-LUC', 'Jean-Luc'],
    ['Mackenzie', 'Mackenzie'],
    ['MACKENZIE', 'Mackenzie'],
    ["d'andre", "D'Andre"],
    ['Van', 'Van'],
    ['Siobhán', 'Siobhán'],
    ['LaToya', 'LaToya'],
  ])('%s → %s', (input, expected) => {
    expect(firstNameNormalizer.normalize(input, ctx()).value).toBe(expected);
  });

  it.each([
    ['Dr. John', 'John', 'Dr'],
    ['MRS JANE', 'Jane', 'Mrs'],
    ['Prof Ada', 'Ada', 'Prof'],
  ])('%s → %s with title %s', (input, value, title) => {
    const result = firstNameNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.derived?.title).toBe(title);
  });

  it('keeps a nickname aside', () => {
    const result = firstNameNormalizer.normalize('Robert (Bob)', ctx());
    expect(result.value).toBe('Robert');
    expect(result.keys?.nickname).toBe('Bob');
  });

  it('a lone title is not a name', () => {
    const result = firstNameNormalizer.normalize('Mr.', ctx());
    expect(result.value).toBeNull();
    expect(result.derived?.title).toBe('Mr');
    expect(codesOf(result)).toEqual(['name.affix_only']);
  });
});

describe('middle_name normalizer', () => {
  it.each([
    ['m.', 'M'],
    ['J', 'J'],
    ['ANNE MARIE', 'Anne Marie'],
    ['A.B.', 'A B'],
  ])('%s → %s', (input, expected) => {
    expect(middleNameNormalizer.normalize(input, ctx()).value).toBe(expected);
  });
});

describe('title and suffix normalizers', () => {
  it.each([
    ['dr.', 'Dr'],
    ['MRS', 'Mrs'],
    ['Professor', 'Prof'],
    ['Prof. Dr.', 'Prof Dr'],
  ])('title %s → %s', (input, expected) => {
    const result = titleNormalizer.normalize(input, ctx());
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['jr.', 'Jr'],
    ['Ph.D.', 'PhD'],
    ['iii', 'III'],
    ['Sr', 'Sr'],
    ['M.D.', 'MD'],
  ])('suffix %s → %s', (input, expected) => {
    expect(suffixNormalizer.normalize(input, ctx()).value).toBe(expected);
  });

  it('flags an unknown title', () => {
    expect(codesOf(titleNormalizer.normalize('Grand Poobah', ctx()))).toEqual(['title.unknown']);
  });
});
