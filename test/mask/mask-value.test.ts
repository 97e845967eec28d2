import { describe, expect, it } from 'vitest';
import { isMaskedRole, maskIf, maskValue } from '../../src/mask/index.js';

describe('maskValue', () => {
  it.each([
    // email: first letter of the local part, whole domain
    ['john.smith@gmail.com', 'email', 'j***@gmail.com'],
    ['  Jane+news@Example.co.uk ', 'email', 'J***@Example.co.uk'],
    ['"a@b"@example.com', 'email', '"***@example.com'],
    ['@example.com', 'email', '***@example.com'],
    ['not-an-email', 'email', 'n***'],
    ['john@', 'email', 'j***'],
    // phone: calling code and last four
    ['+15551234567', 'phone', '+1******4567'],
    ['+442071234567', 'phone', '+44******4567'],
    ['+1 (555) 123-4567', 'phone', '+1 (***) ***-4567'],
    ['(555) 123-4567', 'phone', '(***) ***-4567'],
    ['555-123-4567 x89', 'phone', '***-***-4567 x**'],
    ['+15551234567;ext=123', 'phone', '+1******4567;ext=***'],
    ['12345', 'phone', '*****'],
    ['000-000-0000', 'phone', '***-***-0000'],
    // names: initial of each word, length kept
    ['John Smith', 'full_name', 'J*** S****'],
    ['John', 'first_name', 'J***'],
    ["O'Brien", 'last_name', 'O******'],
    ['van der Berg', 'last_name', 'v** d** B***'],
    ['José', 'first_name', 'J***'],
    ['Jose\u0301', 'first_name', 'J***'],
    ['Mary-Jane  Watson', 'full_name', 'M********  W*****'],
    ['A', 'middle_name', 'A'],
    // national id: last four, separators kept; short ids whole
    ['123-45-6789', 'national_id', '***-**-6789'],
    ['123456789', 'national_id', '*****6789'],
    ['AB123456C', 'national_id', '*****456C'],
    ['12345', 'national_id', '*****'],
    // street: leading half of numbers, initials of names, structural words kept
    ['123 Main St', 'street', '12* M*** St'],
    ['1600 Pennsylvania Ave NW', 'street', '16** P*********** Ave NW'],
    ['Apt 4B', 'street2', 'Apt 4*'],
    ['PO Box 1234', 'street', 'PO Box 12**'],
    ['7', 'street_number', '*'],
    ['42 Elm Street, Springfield', 'address', '4* E** Street, S**********'],
    // dob: the year stays
    ['1980-05-17', 'dob', '1980-**-**'],
    ['05/17/1980', 'dob', '**/**/1980'],
    ['19800517', 'dob', '1980****'],
    ['2021-03-04T10:20:30Z', 'timestamp', '2021-**-**T**:**:**Z'],
    ['17 May', 'dob', '** May'],
    // text in a date or phone column is masked, not shown because it has no digits to mask
    ['Jane Doe born 1980-05-17', 'dob', '**** *** **** 1980-**-**'],
    ['March 3rd, 1980', 'dob', 'March ***, 1980'],
    ['ask Mary Major', 'phone', '*** **** *****'],
    ['jane.doe@gmail.com', 'phone', '****.***@*****.***'],
    ['+44 20 7123 4567 Zoë', 'phone', '+44 ** **** 4567 ***'],
    // generic: first character and a fixed ***
    ['Acme Corp', 'company', 'A***'],
    ['x', 'text', '***'],
    ['secret', 'no_such_role', 's***'],
    // empty stays empty
    ['', 'email', ''],
    ['   ', 'phone', ''],
  ])('%j as %s → %j', (value, role, expected) => {
    expect(maskValue(value, role)).toBe(expected);
  });
});

describe('maskIf', () => {
  it.each([
    [false, 'john@x.com', 'email', 'j***@x.com'],
    [true, 'john@x.com', 'email', 'john@x.com'],
    [false, 'US', 'country', 'US'],
    [false, 'false', 'consent', 'false'],
    [false, 'Springfield', 'city', 'Springfield'],
    [false, 'call me on 555 1234', 'text', 'c***'],
    [false, 'something', 'custom_role', 's***'],
    [true, 'something', 'custom_role', 'something'],
    [false, '1980-05-17', 'dob', '1980-**-**'],
  ])('showPii=%s %j as %s → %j', (showPii, value, role, expected) => {
    expect(maskIf(showPii, value, role)).toBe(expected);
  });

  it.each([
    ['email', true],
    ['national_id', true],
    ['street', true],
    ['text', true],
    ['unknown', true],
    ['country', false],
    ['consent', false],
    ['timestamp', false],
  ])('isMaskedRole(%s) is %s', (role, expected) => {
    expect(isMaskedRole(role)).toBe(expected);
  });
});
