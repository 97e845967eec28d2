// Test support: a seeded background population of distinct people, so that training sees realistic
// non-matches, into which a test plants the tricky cases it asserts on.

import { mulberry32 } from '../../src/match/score/index.js';

const FIRST = ['james', 'mary', 'john', 'patricia', 'robert', 'jennifer', 'michael', 'linda', 'david', 'susan', 'richard', 'karen', 'joseph', 'nancy', 'thomas', 'lisa', 'daniel', 'sandra', 'paul', 'ashley', 'mark', 'donna', 'steven', 'carol', 'brian', 'ruth', 'kevin', 'sharon', 'jason', 'laura', 'gary', 'emily', 'eric', 'helen', 'jacob', 'anna', 'ryan', 'olivia', 'nathan', 'grace'];
const LAST = ['smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez', 'hernandez', 'lopez', 'gonzalez', 'wilson', 'anderson', 'taylor', 'moore', 'jackson', 'martin', 'lee', 'perez', 'thompson', 'white', 'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young', 'allen', 'king', 'wright', 'scott', 'torres', 'nguyen', 'hill', 'flores', 'green'];
const STREETS = ['main st', 'oak ave', 'pine rd', 'maple dr', 'cedar ln', 'elm st', 'park ave', 'lake rd', 'hill st', 'river rd', 'church st', 'mill ln'];
const CITIES = ['springfield', 'riverside', 'franklin', 'greenville', 'bristol', 'clinton', 'fairview', 'salem', 'madison', 'georgetown'];

export function population(size: number, seed = 1): Record<string, string>[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return Array.from({ length: size }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const city = pick(CITIES);
    return {
      first_name: first,
      last_name: last,
      dob: `${1940 + Math.floor(random() * 60)}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`,
      street_number: String(1 + Math.floor(random() * 999)),
      street: pick(STREETS),
      city,
      postcode: pad(10000 + CITIES.indexOf(city) * 37 + Math.floor(random() * 5), 5),
      email: `${first}.${last}${i}@example.com`,
      phone: `+1415${pad(1000000 + Math.floor(random() * 8999999), 7)}`,
      customer_id: `c${i}`,
    };
  });
}
