// Seeded synthetic customer data: true people, spread over three differently shaped exports with
// realistic duplicates, hard negatives and labelled validation errors; plus the answer files.
// Same options → same bytes. See bench/README.md for the dataset layout.

import { addNoise, dropValue, viewOf } from './noise.mjs';
import { FORMATS } from './formats.mjs';
import { injectError } from './inject.mjs';
import { makePeople } from './person.mjs';
import { createRandom } from './random.mjs';

/** @typedef {import('./formats.mjs').RenderedRow} RenderedRow */
/** @typedef {import('./formats.mjs').SourceFormat} SourceFormat */
/** @typedef {import('./inject.mjs').InjectedKind} InjectedKind */
/** @typedef {import('./person.mjs').Person} Person */
/** @typedef {import('./noise.mjs').View} View */
/**
 * @typedef {object} GenerateOptions
 * @property {number} [seed]           PRNG seed (default 42)
 * @property {number} [people]         true persons to create (default 1000)
 * @property {1|2|3} [sources]         how many of crm, shop, signup to use, in that order (default 3)
 * @property {number} [errorRate]      share of records that get one injected validation error (default 0.03)
 * @property {number} [duplicateRate]  chance a person appears twice in one source (default 0.08)
 * @property {string[]} [countries]    restrict to these of US, GB, CA, AU, DE (default all, mostly US)
 * @property {number} [batchPeople]    people shuffled together; bounds memory for huge sets (default 10000)
 */
/**
 * One output row, in file order of its source.
 * @typedef {object} GeneratedRecord
 * @property {SourceFormat} format
 * @property {number} row              1-based data row in its source (header excluded)
 * @property {RenderedRow} values
 * @property {string} entity           true person id
 * @property {Person['kind']} kind
 * @property {string} group            hard-negative group id or ''
 * @property {Array<{ field: string, kind: InjectedKind }>} errors
 */

export const DEFAULT_OPTIONS = Object.freeze({ seed: 42, people: 1000, sources: 3, errorRate: 0.03, duplicateRate: 0.08, batchPeople: 10_000 });

/** Average rows per person with the default rates; used to size a dataset by rows. */
export const ROWS_PER_PERSON = 1.78;

/**
 * Yields every row of every source, deterministically for a seed. Rows of one batch of people are
 * shuffled together, so duplicates are not adjacent in the files.
 * @param {GenerateOptions} [options]
 * @returns {Generator<GeneratedRecord>}
 */
export function* generateCustomers(options = {}) {
  /** @type {Required<Omit<GenerateOptions, 'countries'>> & GenerateOptions} */
  const o = { ...DEFAULT_OPTIONS };
  // An option given as undefined (an unset CLI flag) keeps its default instead of erasing it.
  for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(o, { [key]: value });
  if (!Number.isInteger(o.people) || o.people < 1) throw new RangeError(`people must be a positive integer, got ${o.people}`);
  if (![1, 2, 3].includes(o.sources)) throw new RangeError(`sources must be 1, 2 or 3, got ${o.sources}`);
  const random = createRandom(o.seed);
  const formats = FORMATS.slice(0, o.sources);
  const rowCounts = formats.map(() => 0);
  /** @type {Set<string>} */
  const usedEmails = new Set();
  for (let start = 0; start < o.people; start += o.batchPeople) {
    const people = makePeople(random, Math.min(o.batchPeople, o.people - start), { countries: o.countries, startIndex: start, usedEmails });
    /** @type {Array<{ f: number, view: View, person: Person }>} */
    const planned = [];
    for (const person of people) planAppearances(random, person, formats.length, o.duplicateRate, usedEmails, planned);
    random.shuffle(planned);
    for (const { f, view, person } of planned) {
      const format = formats[f];
      const row = ++rowCounts[f];
      const values = format.render(random, view, row);
      /** @type {GeneratedRecord['errors']} */
      const errors = [];
      if (random.chance(o.errorRate)) {
        const error = injectError(random, format, values, view);
        if (error) errors.push(error);
      }
      yield { format, row, values, entity: person.entity, kind: person.kind, group: person.group, errors };
    }
  }
}

/**
 * Decides in which sources a person shows up (1–3, sometimes twice in one) and how each copy drifts.
 * @param {import('./random.mjs').Random} random
 * @param {Person} person
 * @param {number} sourceCount
 * @param {number} duplicateRate
 * @param {Set<string>} usedEmails
 * @param {Array<{ f: number, view: View, person: Person }>} out
 */
function planAppearances(random, person, sourceCount, duplicateRate, usedEmails, out) {
  const order = random.shuffle([0, 1, 2].slice(0, sourceCount));
  const count = Math.min(sourceCount, 1 + random.weighted([50, 35, 15]));
  let first = true;
  for (let i = 0; i < count; i++) {
    const copies = random.chance(duplicateRate) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const view = viewOf(person);
      if (!first) addNoise(random, view, usedEmails);
      else if (random.chance(0.1)) dropValue(random, view, usedEmails);
      first = false;
      out.push({ f: order[i], view, person });
    }
  }
}
