// How many threads a stage may use when the caller does not say: the machine's cores.

import { availableParallelism } from 'node:os';

export function defaultThreads(): number {
  return availableParallelism();
}
