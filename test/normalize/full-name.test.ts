import { describe, expect, it } from 'vitest';
import { fullNameNormalizer } from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

type Parts = { title?: string; first_name?: string; middle_name?: string; last_name?: string; suffix?: string };

describe('full_name normalizer', () => {
  it.each<[string, string, Parts]>([
    ['SMITH, JOHN A.', 'John A. Smith', { first_name: 'John', middle_name: 'A', last_name: 'Smith' }],
    ['Smith, John', 'John Smith', { first_name: 'John', last_name: 'Smith' }],
    ['john a. smith', 'John A. Smith', { first_name: 'John', middle_name: 'A', last_name: 'Smith' }],
    [
      "Dr. Mary O'Brien-Jones PhD",
      "Dr Mary O'Brien-Jones PhD",
      { title: 'Dr', first_name: 'Mary', last_name: "O'Brien-Jones", suffix: 'PhD' },
    ],
    ['José van der Berg Jr.', 'José van der Berg Jr', { first_name: 'José', last_name: 'van der Berg', suffix: 'Jr' }],
    ['JOSÉ VAN DER BERG', 'José van der Berg', { first_name: 'José', last_name: 'van der Berg' }],
    ['van der Berg, Jan', 'Jan van der Berg', { first_name: 'Jan', last_name: 'van der Berg' }],
    ['Smith Jr., John', 'John Smith Jr', { first_name: 'John', last_name: 'Smith', suffix: 'Jr' }],
    ['John Smith, Jr.', 'John Smith Jr', { first_name: 'John', last_name: 'Smith', suffix: 'Jr' }],
    ['Martin Luther King Jr', 'Martin Luther King Jr', { first_name: 'Martin', middle_name: 'Luther', last_name: 'King', suffix: 'Jr' }],
    ['SEAN MACLEOD', 'Sean MacLeod', { first_name: 'Sean', last_name: 'MacLeod' }],
    ['siobhán ní dhomhnaill', 'Siobhán Ní Dhomhnaill', { first_name: 'Siobhán', last_name: 'Ní Dhomhnaill' }],
    ['Seán Ó Briain', 'Seán Ó Briain', { first_name: 'Seán', last_name: 'Ó Briain' }],
    ['Mary Kate Mac Giolla', 'Mary Kate Mac Giolla', { first_name: 'Mary', middle_name: 'Kate', last_name: 'Mac Giolla' }],
    ['王 小明', '王 小明', { first_name: '王', last_name: '小明' }],
    ['Kim 민 Jun', 'Kim 민 Jun', { first_name: 'Kim', middle_name: '민', last_name: 'Jun' }],
    ['Mr.', '', {}],
    ['Dr', '', {}],
    ['Ludwig Van Beethoven', 'Ludwig van Beethoven', { first_name: 'Ludwig', last_name: 'van Beethoven' }],
    ['J.R.R. Tolkien', 'J. R. R. Tolkien', { first_name: 'J', middle_name: 'R R', last_name: 'Tolkien' }],
    ['John "Jack" Kennedy', 'John Kennedy', { first_name: 'John', last_name: 'Kennedy' }],
    ['Madonna', 'Madonna', { first_name: 'Madonna' }],
    ['Prof. Dr. Hans Müller', 'Prof Dr Hans Müller', { title: 'Prof Dr', first_name: 'Hans', last_name: 'Müller' }],
    ['MARY  ANN   MCDONALD III', 'Mary Ann McDonald III', { first_name: 'Mary', middle_name: 'Ann', last_name: 'McDonald', suffix: 'III' }],
  ])('%s → %s', (input, value, parts) => {
    const result = fullNameNormalizer.normalize(input, ctx());
    if (value === '') {
      expect(result.value).toBeNull();
      expect(codesOf(result)).toEqual(['name.affix_only']);
      return;
    }
    expect(result.value).toBe(value);
    expect(result.derived ?? {}).toEqual(parts);
  });
});
