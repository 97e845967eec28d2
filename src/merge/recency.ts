// Turns a canonical timestamp or date into epoch milliseconds for recency ordering. A value without
// a zone is read as UTC: Date.parse would read it in the machine's zone, and then the golden record
// would depend on where the job ran.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ZONED_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const EPOCH_SECONDS = /^\d{9,10}$/;
const EPOCH_MILLIS = /^\d{12,13}$/;

/** Parsed instants by text: record timestamps repeat (export dates, date-only values), and the
 * regexes dominate merging otherwise. Cleared when full, so memory stays bounded. */
const instantCache = new Map<string, number | undefined>();
const INSTANT_CACHE_LIMIT = 50_000;

// The timestamp normalizer's own output ("2023-02-20T15:00:06Z"): read straight by Date.parse (the
// ZONED_DATE_TIME route below gives the same instant). Such values are nearly all distinct, so the
// cache would only pay for misses.
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Epoch ms of an ISO-8601 date or date-time (or a Unix epoch in s/ms); undefined when unreadable. */
export function instantOf(value: string): number | undefined {
  if (value.length === 20 && CANONICAL_UTC.test(value)) {
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (instantCache.has(value)) return instantCache.get(value);
  if (instantCache.size >= INSTANT_CACHE_LIMIT) instantCache.clear();
  const ms = parseInstant(value.trim());
  instantCache.set(value, ms);
  return ms;
}

function parseInstant(text: string): number | undefined {
  let ms = Number.NaN;
  if (DATE_ONLY.test(text)) {
    ms = Date.parse(`${text}T00:00:00Z`);
  } else if (LOCAL_DATE_TIME.test(text)) {
    const [, date, time] = LOCAL_DATE_TIME.exec(text)!;
    ms = Date.parse(`${date}T${time}Z`);
  } else if (ZONED_DATE_TIME.test(text)) {
    const [, date, time, zone] = ZONED_DATE_TIME.exec(text)!;
    ms = Date.parse(`${date}T${time}${normalizeZone(zone!)}`);
  } else if (EPOCH_SECONDS.test(text)) {
    ms = Number(text) * 1000;
  } else if (EPOCH_MILLIS.test(text)) {
    ms = Number(text);
  }
  return Number.isFinite(ms) ? ms : undefined;
}

/** `+0530` and `+05` → `+05:30`, `+05:00`: the forms Date.parse does not reliably accept. */
function normalizeZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/** The latest instant among a record's recency fields (updated, created, …), or undefined. */
export function recordRecency(values: Readonly<Record<string, string>>, recencyFields: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (const field of recencyFields) {
    const value = values[field];
    if (!value) continue;
    const ms = instantOf(value);
    if (ms !== undefined && (latest === undefined || ms > latest)) latest = ms;
  }
  return latest;
}
