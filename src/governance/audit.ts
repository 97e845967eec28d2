// The audit trail of a master (audit.ndjson): one entry per command that wrote to it, each holding
// the hash of the entry before it, so that changing any past entry breaks the chain from there on.
// Entries carry wall-clock time and the OS user; the file is a log, not a data file, so the data
// files of a run stay byte-identical.

import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { maskValue } from '../mask/index.js';
import { sha256Hex } from './salt.js';

export const AUDIT_FILE = 'audit.ndjson';
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  path: string;
  sha256: string;
}

/** What a command reports about its run; the chain fields are added by appendAudit. */
export interface AuditFacts {
  run_id: string;
  time: string;
  user: string;
  command: string;
  /** The command line, personal values masked. */
  argv: string[];
  inputs: AuditInput[];
  config_sha256: string | null;
  counts: { in: number; out: number };
}

export interface AuditEntry extends AuditFacts {
  seq: number;
  prev_hash: string;
  hash: string;
}

export interface AuditVerdict {
  ok: boolean;
  entries: number;
  /** The first entry that does not verify: its 1-based line, its run id when readable, and why. */
  broken?: { line: number; run_id?: string; reason: 'unparseable' | 'hash_mismatch' | 'chain_broken' | 'sequence' };
}

/** Run id, time and OS user of the current process (the only wall-clock values cdm records). */
export function runIdentity(now: Date = new Date()): Pick<AuditFacts, 'run_id' | 'time' | 'user'> {
  let user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (some containers): the environment's name will do
  }
  return { run_id: randomUUID(), time: now.toISOString(), user };
}

/** Flags whose value is personal data, and the role it is masked as. */
const PII_FLAGS: Record<string, string> = {
  '--email': 'email',
  '--phone': 'phone',
  '--name': 'full_name',
  '--dob': 'dob',
  '--national-id': 'national_id',
};
const LOOKS_LIKE_EMAIL = /@/;
const LOOKS_LIKE_PHONE = /^\+?[\d\s().-]{7,}$/;

export function maskCommandLine(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0 && PII_FLAGS[arg.slice(0, eq)]) {
      out.push(`${arg.slice(0, eq)}=${maskValue(arg.slice(eq + 1), PII_FLAGS[arg.slice(0, eq)]!)}`);
      continue;
    }
    const role = PII_FLAGS[arg];
    if (role && i + 1 < argv.length) {
      out.push(arg, maskValue(argv[++i]!, role));
      continue;
    }
    if (LOOKS_LIKE_EMAIL.test(arg) && !arg.startsWith('-')) out.push(maskValue(arg, 'email'));
    else if (LOOKS_LIKE_PHONE.test(arg)) out.push(maskValue(arg, 'phone'));
    else out.push(arg);
  }
  return out;
}

/** JSON with keys sorted at every level: the hashed form of an entry, whatever order it was written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256Hex(canonical(entry));
}

function lines(text: string | undefined): string[] {
  return (text ?? '').split('\n').filter((l) => l.trim() !== '');
}

/** The log with one more entry, chained to the last one. */
export function appendAudit(log: string | undefined, facts: AuditFacts): string {
  const existing = lines(log);
  const last = existing.at(-1);
  let prevHash = GENESIS_HASH;
  let seq = 1;
  if (last !== undefined) {
    try {
      const parsed = JSON.parse(last) as Partial<AuditEntry>;
      prevHash = typeof parsed.hash === 'string' ? parsed.hash : sha256Hex(last);
      seq = typeof parsed.seq === 'number' ? parsed.seq + 1 : existing.length + 1;
    } catch {
      // A damaged last line stays damaged (verify will name it); chain to its bytes.
      prevHash = sha256Hex(last);
      seq = existing.length + 1;
    }
  }
  const body: Omit<AuditEntry, 'hash'> = { seq, ...facts, prev_hash: prevHash };
  const entry: AuditEntry = { ...body, hash: entryHash(body) };
  return [...existing, JSON.stringify(entry)].join('\n') + '\n';
}

export function verifyAudit(log: string): AuditVerdict {
  const all = lines(log);
  let prevHash = GENESIS_HASH;
  for (const [k, text] of all.entries()) {
    const line = k + 1;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(text) as AuditEntry;
    } catch {
      return { ok: false, entries: all.length, broken: { line, reason: 'unparseable' } };
    }
    const runId = typeof entry.run_id === 'string' ? { run_id: entry.run_id } : {};
    if (!entry || typeof entry !== 'object' || typeof entry.hash !== 'string') {
      return { ok: false, entries: all.length, broken: { line, ...runId, reason: 'unparseable' } };
    }
    const { hash, ...body } = entry;
    if (entryHash(body) !== hash) return { ok: false, entries: all.length, broken: { line, ...runId, reason: 'hash_mismatch' } };
    if (entry.prev_hash !== prevHash) return { ok: false, entries: all.length, broken: { line, ...runId, reason: 'chain_broken' } };
    if (entry.seq !== line) return { ok: false, entries: all.length, broken: { line, ...runId, reason: 'sequence' } };
    prevHash = hash;
  }
  return { ok: true, entries: all.length };
}
