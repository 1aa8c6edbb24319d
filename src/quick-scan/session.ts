/**
 * The scan for as long as the browser tab lives: answers, the screen shown
 * and the result's own state (opened from a code, compared with an earlier
 * code), in `sessionStorage`. It is what the person asked for (a scan that
 * survives Back, a reload and the learning tab's views); the browser drops
 * it when the tab closes. Keeping answers longer (`localStorage`) stays the
 * person's explicit choice (kept-answers.ts). Reasoning against the Dutch
 * cookie rule (Telecommunicatiewet 11.7a): docs/quick-scan.md, "Privacy".
 * Every access is guarded; nothing here ever throws into the scan.
 */
import type { RoleId, ValueId } from '../data/index.js';
import { readText, removeKey, writeText } from '../shared/storage.js';
import { ANSWERS, type Answer } from './types.js';

/** The key in `sessionStorage`; a new record format gets a new key. */
export const SESSION_KEY = 'vakmanschap-widgets:quick-scan:session:v1';

/** The scan in this tab. */
export interface SessionScan {
  readonly format: 1;
  /** Item bank version the answers were given on (another version: the record is ignored). */
  readonly bank: number;
  readonly role: RoleId | null;
  readonly values: readonly ValueId[];
  readonly answers: Readonly<Record<string, Answer>>;
  /** Index of the screen shown. */
  readonly screen: number;
  /** The result code the result was opened from (read-only until the person starts again). */
  readonly opened?: string;
  /** The day of the result (`yyyy-mm-dd`), when it came from a code or was made in this tab. */
  readonly date?: string;
  /** The last code from the page (attribute or link) opened in this tab: not opened again on reload. */
  readonly pageCode?: string;
  /** An earlier result code to compare with. */
  readonly compare?: string;
  /** The personal development plan being made. */
  readonly plan?: { readonly open: boolean; readonly picks: readonly string[]; readonly note: string };
}

/** `sessionStorage`, or `null` when the browser refuses it (sandboxed frame, blocked storage). */
export function tabStorage(given: Storage | null | undefined): Storage | null {
  if (given !== undefined) return given;
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

const isAnswer = (x: unknown): x is Answer => (ANSWERS as readonly unknown[]).includes(x);

/** The record for this bank version, or `undefined` (none, unreadable, another version). */
export function readSession(storage: Storage | null, bank: number): SessionScan | undefined {
  const text = readText(storage, SESSION_KEY);
  if (!text) return undefined;
  let r: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return undefined;
    r = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const answers = r['answers'];
  if (
    r['format'] !== 1 ||
    r['bank'] !== bank ||
    !(r['role'] === null || typeof r['role'] === 'string') ||
    !Array.isArray(r['values']) ||
    !r['values'].every((v) => typeof v === 'string') ||
    !answers ||
    typeof answers !== 'object' ||
    typeof r['screen'] !== 'number'
  ) {
    return undefined;
  }
  const text_ = (k: string) => (typeof r[k] === 'string' ? { [k]: r[k] } : {});
  return {
    format: 1,
    bank,
    role: r['role'] as RoleId | null,
    values: r['values'] as ValueId[],
    answers: Object.fromEntries(Object.entries(answers as Record<string, unknown>).filter(([, a]) => isAnswer(a))) as Record<
      string,
      Answer
    >,
    screen: Math.max(0, Math.floor(r['screen'])),
    ...text_('opened'),
    ...text_('date'),
    ...text_('pageCode'),
    ...text_('compare'),
    ...plan(r['plan']),
  };
}

function plan(x: unknown): Pick<SessionScan, 'plan'> {
  if (!x || typeof x !== 'object') return {};
  const p = x as Record<string, unknown>;
  const picks = Array.isArray(p['picks']) ? p['picks'].filter((k): k is string => typeof k === 'string') : [];
  return { plan: { open: p['open'] === true, picks, note: typeof p['note'] === 'string' ? p['note'] : '' } };
}

/** Writes the record; a refusal (full, blocked) only means the scan lives in memory. */
export function writeSession(storage: Storage | null, record: SessionScan): void {
  writeText(storage, SESSION_KEY, JSON.stringify(record));
}

/** Forgets the scan in this tab. */
export function clearSession(storage: Storage | null): void {
  removeKey(storage, SESSION_KEY);
}
