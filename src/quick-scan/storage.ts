/**
 * Answers on this device, only after the person opts in. One record under a
 * versioned key; every access is guarded, because storage may be missing
 * (disabled cookies, sandboxed iframe), throw (SecurityError) or be full
 * (QuotaExceededError). Nothing here ever throws into the scan.
 */
import type { QuickScanFile, RoleId, ValueId } from '../data/index.js';
import { ANSWERS, type Answer } from './types.js';
import { canStore as canStoreKey, removeKey, writeText, type WriteResult } from '../shared/storage.js';

export { resolveStorage } from '../shared/storage.js';
export type { WriteResult };

/** The storage key; a new record format gets a new key (older keys are removed on load). */
export const STORAGE_KEY = 'vakmanschap-widgets:quick-scan:v1';
const OLDER_KEYS: readonly string[] = [];

/** What is stored. */
export interface StoredScan {
  /** Record format (the key's version). */
  readonly format: 1;
  /** Item bank version the answers were given on. */
  readonly bank: number;
  readonly role: RoleId | null;
  /** The person's own top four (for a Statenlid: the values scanned). */
  readonly values: readonly ValueId[];
  /** Answers by item id. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** ISO date and time of the last save. */
  readonly savedAt: string;
}

export type ReadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly record: StoredScan }
  /** The same answers carried over from another bank version (by item id). */
  | {
      readonly kind: 'migrated';
      readonly record: StoredScan;
      readonly from: number;
      readonly kept: number;
      readonly dropped: number;
    }
  /** Unreadable or from an unusable version: removed. */
  | { readonly kind: 'discarded' }
  | { readonly kind: 'unavailable' };

/** Whether `storage` accepts a write right now. */
export function canStore(storage: Storage | null): boolean {
  return canStoreKey(storage, STORAGE_KEY);
}

function isAnswer(x: unknown): x is Answer {
  return (ANSWERS as readonly unknown[]).includes(x);
}

function parse(text: string): StoredScan | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const r = data as Record<string, unknown>;
  const answers = r['answers'];
  if (
    r['format'] !== 1 ||
    typeof r['bank'] !== 'number' ||
    !(r['role'] === null || typeof r['role'] === 'string') ||
    !Array.isArray(r['values']) ||
    !r['values'].every((v) => typeof v === 'string') ||
    !answers ||
    typeof answers !== 'object' ||
    Array.isArray(answers)
  ) {
    return undefined;
  }
  const clean = Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).filter(([, a]) => isAnswer(a)),
  ) as Record<string, Answer>;
  return {
    format: 1,
    bank: r['bank'],
    role: r['role'] as RoleId | null,
    values: r['values'] as ValueId[],
    answers: clean,
    savedAt: typeof r['savedAt'] === 'string' ? r['savedAt'] : '',
  };
}

/**
 * Reads the stored record and fits it to `bank`: the same version is used
 * as is; another version keeps the answers to items that still exist (an
 * item whose meaning changed has a new id) and reports how many; a record
 * that cannot be read, or keeps nothing, is removed.
 */
export function readStored(storage: Storage | null, bank: QuickScanFile): ReadResult {
  if (!storage) return { kind: 'unavailable' };
  let text: string | null;
  try {
    for (const key of OLDER_KEYS) storage.removeItem(key);
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  const record = parse(text);
  if (!record) {
    removeStored(storage);
    return { kind: 'discarded' };
  }
  if (record.bank === bank.version) return { kind: 'ok', record };
  const ids = new Set(bank.items.map((i) => i.id));
  const entries = Object.entries(record.answers);
  const kept = entries.filter(([id]) => ids.has(id));
  if (!kept.length) {
    removeStored(storage);
    return { kind: 'discarded' };
  }
  return {
    kind: 'migrated',
    record: { ...record, bank: bank.version, answers: Object.fromEntries(kept) },
    from: record.bank,
    kept: kept.length,
    dropped: entries.length - kept.length,
  };
}

/** Saves the record; `full` when the quota is exceeded, `unavailable` for any other refusal. */
export function writeStored(storage: Storage | null, record: StoredScan): WriteResult {
  return writeText(storage, STORAGE_KEY, JSON.stringify(record));
}

/** Removes the record (silently when storage refuses). */
export function removeStored(storage: Storage | null): void {
  removeKey(storage, STORAGE_KEY);
}
