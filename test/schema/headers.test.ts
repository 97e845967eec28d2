import { describe, expect, it } from 'vitest';
import { matchHeader, normalizeHeader } from '../../src/schema/index.js';

describe('normalizeHeader', () => {
  it.each([
    ['Mailing Zip/Postal Code', 'mailing zip postal code'],
    ['firstName', 'first name'],
    ['address1', 'address 1'],
    ['E-mail', 'e mail'],
    ['  DOB ', 'dob'],
    ['default_address.city', 'default address city'],
    ['Newsletter?', 'newsletter'],
    // accents dropped, not split at
    ['Prénom', 'prenom'],
    ['Straße', 'strasse'],
    ['Código Postal', 'codigo postal'],
  ])('%s → %s', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('matchHeader', () => {
  // German, French and Spanish exports
  it.each([
    ['Vorname', 'first_name'], ['Nachname', 'last_name'], ['E-Mail', 'email'], ['Telefon', 'phone'], ['Straße', 'street'], ['PLZ', 'postcode'], ['Ort', 'city'], ['Geburtsdatum', 'dob'], ['Firma', 'company'],
    ['Prénom', 'first_name'], ['Nom', 'last_name'], ['Courriel', 'email'], ['Téléphone', 'phone'], ['Adresse', 'address'], ['Code postal', 'postcode'], ['Ville', 'city'], ['Date de naissance', 'dob'], ['Pays', 'country'],
    ['Nombre', 'first_name'], ['Apellidos', 'last_name'], ['Correo electrónico', 'email'], ['Teléfono', 'phone'], ['Dirección', 'address'], ['Código postal', 'postcode'], ['Ciudad', 'city'], ['Fecha de nacimiento', 'dob'], ['País', 'country'],
    ['family', 'last_name'],
  ])('%s is %s', (header, role) => {
    expect(matchHeader(header)?.role).toBe(role);
  });

  it.each([
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['EMAIL', 'email'],
    ['emailAddress', 'email'],
    ['Primary Email Addr', 'email'],
    ['customer.email', 'email'],
    ['Mobile', 'phone'],
    ['Cell', 'phone'],
    ['Home Phone', 'phone'],
    ['Tel', 'phone'],
    ['Phone 2', 'phone'],
    ['MobilePhoneNumber', 'phone'],
    ['Given Name', 'first_name'],
    ['First', 'first_name'],
    ['Forename', 'first_name'],
    ['first_name', 'first_name'],
    ['FirstName', 'first_name'],
    ['Surname', 'last_name'],
    ['Family Name', 'last_name'],
    ['Last Name', 'last_name'],
    ['Middle Initial', 'middle_name'],
    ['Mailing Zip/Postal Code', 'postcode'],
    ['zip', 'postcode'],
    ['Postal', 'postcode'],
    ['ZIP+4', 'postcode'],
    ['DOB', 'dob'],
    ['Birthdate', 'dob'],
    ['date_of_birth', 'dob'],
    ['Newsletter?', 'consent'],
    ['accepts_marketing', 'consent'],
    ['province_code', 'state'],
    ['Mailing State/Province', 'state'],
    ['suburb', 'city'],
    ['default_address.city', 'city'],
    ['Mailing City', 'city'],
    ['address_1', 'street'],
    ['address1', 'street'],
    ['Mailing Street', 'street'],
    ['default_address.address1', 'street'],
    // Lists of objects name the thing in their key (Google contacts, CRM APIs); plurals.
    ['phones.0.number', 'phone'],
    ['phoneNumbers.0.value', 'phone'],
    ['emailAddresses.1.value', 'email'],
    ['emails.0.address', 'email'],
    ['organizations.0.name', 'company'],
    ['birthdays.0.date', 'dob'],
    ['names.0.familyName', 'last_name'],
    ['addresses.0.city', 'city'],
    ['Emails', 'email'],
    ['Phone Numbers', 'phone'],
    ['address_2', 'street2'],
    ['street_number', 'street_number'],
    ['soc_sec_id', 'national_id'],
    ['SSN', 'national_id'],
    ['Contact ID', 'id'],
    ['customer_id', 'id'],
    ['id', 'id'],
    ['rec_id', 'id'],
    ['Name', 'full_name'],
    ['Full Name', 'full_name'],
    ['Salutation', 'title'],
    ['Company', 'company'],
    ['Account Name', 'company'],
    ['Organization', 'company'],
    ['Created', 'timestamp'],
    ['created_at', 'timestamp'],
    ['Signed up', 'timestamp'],
    ['Last Modified Date', 'timestamp'],
    ['updated_at', 'timestamp'],
    ['gender', 'gender'],
    ['sex', 'gender'],
    ['country_code', 'country'],
    ['Mailing Country', 'country'],
    ['Address', 'address'],
    ['Partner ID', 'id'],
    ['Supplier Key', 'id'],
    ['Loyalty No', 'id'],
  ])('%s → %s', (header, role) => {
    expect(matchHeader(header)?.role).toBe(role);
  });

  it.each(['Email Opt Out', 'HasOptedOutOfEmail', 'Do Not Email', 'unsubscribed', 'Email Opt Out Flag', 'Email Unsubscribed Status'])('%s is an inverted consent', (header) => {
    expect(matchHeader(header)).toMatchObject({ role: 'consent', invert: true });
  });

  it.each(['Newsletter?', 'accepts_marketing', 'Opt In', 'Email Consent Status', 'Email Subscription Status', 'Email Opt In Flag'])('%s is a plain consent', (header) => {
    expect(matchHeader(header)?.role).toBe('consent');
    expect(matchHeader(header)?.invert).toBeUndefined();
  });

  it.each(['Job Title', 'loyalty_tier', 'notes', '', 'Lifetime Value', 'phones.0.type', 'emailAddresses.0.type', 'tags', 'Email Status', 'Phone Verified', 'email_bounced', 'Mobile Type', 'Email Consent Source', 'Email Opt In Source', 'Email Subscription Type', 'Phone Consent Type', 'Email Unsubscribe Source'])('%s has no role', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('an exact synonym is more certain than a word rule', () => {
    expect(matchHeader('Email')!.confidence).toBeGreaterThan(matchHeader('Primary Email Addr')!.confidence);
  });
});
