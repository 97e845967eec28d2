// Validity of a +1 (North American Numbering Plan) number, decided exactly as libphonenumber-js
// decides it, from its own "max" metadata, with the patterns compiled once.
//
// Why: the library finds a +1 number's country by trying the type patterns of all 25 NANP countries
// in turn, and each test builds a RegExp from a pattern string of up to several kilobytes. An
// invalid number (a wrong area code) costs ~24 µs, a valid one ~11 µs; customer files hold mostly
// unique phones, so that was half of `cdm validate`. Here the same walk costs well under 1 µs.
// test/normalize/nanp.test.ts checks the verdicts and countries against the library.

import { Metadata } from 'libphonenumber-js/max';

/** The parts of libphonenumber's Metadata / NumberingPlan used here (its typings list fewer). */
interface TypeView {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanView {
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): TypeView | undefined;
}
interface MetadataView {
  selectNumberingPlan(country: string): void;
  numberingPlan: PlanView;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

// The order getNumberType tries; any match makes the number valid.
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledType {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}
interface CompiledPlan {
  country: string;
  /** Set when the country is told apart by its leading digits (BS: 242…) instead of by its types. */
  leading: RegExp | undefined;
  general: RegExp;
  hasTypes: boolean;
  types: readonly CompiledType[];
}

const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function compile(metadata: MetadataView, country: string): CompiledPlan {
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  const leading = plan.leadingDigits();
  const types: CompiledType[] = [];
  for (const name of TYPES) {
    const type = plan.type(name);
    const pattern = type?.pattern();
    // An empty pattern means "same as fixed line" (US mobile); the library skips it too.
    if (type && pattern) types.push({ pattern: entire(pattern), lengths: type.possibleLengths() });
  }
  return {
    country,
    leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
    general: entire(plan.nationalNumberPattern()),
    hasTypes: plan.hasTypes(),
    types,
  };
}

let plans: readonly CompiledPlan[] | undefined;

function nanpPlans(): readonly CompiledPlan[] {
  if (plans === undefined) {
    const metadata = new Metadata() as unknown as MetadataView;
    plans = (metadata.getCountryCodesForCallingCode('1') ?? []).map((country) => compile(metadata, country));
  }
  return plans;
}

/** libphonenumber's getNumberType(…) !== undefined, for one plan. */
function hasType(plan: CompiledPlan, national: string): boolean {
  if (!plan.general.test(national)) return false;
  for (const type of plan.types) {
    if (type.lengths !== undefined && !type.lengths.includes(national.length)) continue;
    if (type.pattern.test(national)) return true;
  }
  return false;
}

/** The country a +1 national number belongs to, as getCountryByNationalNumber picks it. */
export function nanpCountry(national: string): string | undefined {
  for (const plan of nanpPlans()) {
    if (plan.leading !== undefined) {
      if (plan.leading.test(national)) return plan.country;
    } else if (hasType(plan, national)) {
      return plan.country;
    }
  }
  return undefined;
}

/** True when `+1<national>` is a valid number: the same verdict as
 * `parsePhoneNumberFromString('+1' + national).isValid()` for a 10-digit national number whose first
 * digit is 2–9 (the only form callers pass; others are left to the library). */
export function isValidNanp(national: string): boolean {
  const all = nanpPlans();
  const country = nanpCountry(national);
  // No country: the library validates against the calling code's main country (the first listed).
  const plan = country === undefined ? all[0] : all.find((p) => p.country === country);
  if (plan === undefined) return false;
  return plan.hasTypes ? hasType(plan, national) : plan.general.test(national);
}
