import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../src/io/header.js';

const codes = (cells: string[]) => normalizeHeader(cells, 'a.csv').diagnostics.map((d) => d.code);

describe('normalizeHeader: a first line that is plainly a record', () => {
  it.each([
    [['Anna', 'Smith', 'anna@acme.io', '4155550100'], ['header.looks_like_data']],
    [['Bob', '+1 (415) 555-0101'], ['header.looks_like_data']],
    [['C1001', 'Ann', '90210'], ['header.looks_like_data']],
    // real headers, with digits or an @ in them, are headers
    [['first_name', 'last_name', 'email', 'phone'], []],
    [['email@work', 'phone 2', 'address line 1', 'zip4'], []],
    [['2023', 'q1 2024'], []],
  ])('%j → %j', (cells, expected) => {
    expect(codes(cells)).toEqual(expected);
  });
});
