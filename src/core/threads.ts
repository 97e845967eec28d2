// How many threads a stage may use when the caller does not say: the machine's cores, at most 4.
// Each compare helper holds its own copy of the prepared columns, so on a many-core server more
// helpers would multiply memory for little gain (availableParallelism also ignores cgroup quotas).

import { availableParallelism } from 'node:os';

export const MAX_DEFAULT_THREADS = 4;

export function defaultThreads(): number {
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
}
