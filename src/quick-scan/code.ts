/**
 * The result code: a compact, checkable text of one person's answers (no
 * name, no free text), to copy into group mode or keep. Format
 * (docs/quick-scan.md, "The result code"):
 *
 *   QS1-<bank version>-<office>-<values>-<answers>-<check>
 *   QS1-1-rl-BLUm-434n53324443452n44533-19
 *
 * - `QS1`: this format, version 1.
 * - bank version: `version` of data/quick-scan.json the answers belong to.
 * - office: two letters (see {@link ROLE_CODES}).
 * - values: the person's own top four (0–4 characters; for a Statenlid
 *   exactly the four values scanned), one character each: the value's
 *   position in the publication's list of 39 values, as A–Z then a–m.
 * - answers: one character per statement in the order the scan asks them
 *   (selectScanItems): `1`–`5` on the scale, `n` for niet van toepassing.
 * - check: two base-36 characters over everything before the last `-`,
 *   so typos and cut-off codes are caught.
 */
import { scannableValues, selectScanItems } from '../data/index.js';
import type { QuickScanFile, QuickScanItem, Role, RoleId, ValueId } from '../data/index.js';
import type { Answer } from './types.js';

export const CODE_FORMAT = 'QS1';

/** Two letters per office in the code. */
export const ROLE_CODES: Readonly<Record<RoleId, string>> = {
  burgemeester: 'bm',
  gemeentesecretaris: 'gs',
  griffier: 'gr',
  raadslid: 'rl',
  rekenkamerlid: 'rk',
  statenlid: 'sl',
  waterschapsbestuurder: 'wb',
  wethouder: 'wh',
};

const VALUE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm';
const ANSWER_CHAR: Readonly<Record<string, Answer>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, n: 'nvt' };

/** What a code holds. */
export interface ScanAnswers {
  readonly role: RoleId;
  readonly bankVersion: number;
  /** The person's own top four (for a Statenlid: the four values scanned). */
  readonly values: readonly ValueId[];
  /** Answers by item id. */
  readonly answers: ReadonlyMap<string, Answer>;
}

/** The data a code is read against. */
export interface CodeContext {
  readonly bank: QuickScanFile;
  readonly roles: readonly Role[];
  /** The 39 value ids in the publication's order (values.json). */
  readonly valueIds: readonly ValueId[];
}

/** Why a code cannot be read. */
export type CodeError =
  | { readonly reason: 'format' }
  | { readonly reason: 'checksum' }
  | { readonly reason: 'version'; readonly version: number }
  | { readonly reason: 'role' }
  | { readonly reason: 'values' }
  | { readonly reason: 'answers'; readonly expected: number; readonly found: number };

export type DecodeResult =
  | { readonly ok: true; readonly scan: ScanAnswers; readonly items: readonly QuickScanItem[] }
  | { readonly ok: false; readonly error: CodeError };

/** The values a scan asks about: the office's priorities, or (Statenleden) the person's own four. */
export function scanValuesFor(role: Role, own: readonly ValueId[]): ValueId[] {
  return role.priorities ? [...role.priorities] : [...own];
}

function checksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum + body.charCodeAt(i) * (i + 1)) % 1296;
  return sum.toString(36).padStart(2, '0');
}

/**
 * The code for a complete scan. Throws when the role is unknown or an item
 * of the scan has no answer (only a finished scan has a code).
 */
export function encodeResult(scan: ScanAnswers, ctx: CodeContext): string {
  const role = ctx.roles.find((r) => r.id === scan.role);
  if (!role) throw new Error(`unknown role ${scan.role}`);
  const items = selectScanItems(ctx.bank, { role: role.id, values: scanValuesFor(role, scan.values) });
  const answers = items.map((item) => {
    const a = scan.answers.get(item.id);
    if (a === undefined) throw new Error(`no answer for ${item.id}`);
    return a === 'nvt' ? 'n' : String(a);
  });
  const values = scan.values.map((v) => VALUE_CHARS.charAt(ctx.valueIds.indexOf(v))).join('');
  const body = [CODE_FORMAT, String(scan.bankVersion), ROLE_CODES[role.id], values, answers.join('')].join('-');
  return `${body}-${checksum(body)}`;
}

/** Reads and checks a code against the current item bank. Never throws. */
export function decodeResult(input: string, ctx: CodeContext): DecodeResult {
  const code = input.trim();
  const fail = (error: CodeError): DecodeResult => ({ ok: false, error });
  const m = /^QS1-(\d{1,4})-([a-z]{2})-([A-Za-m]{0,4})-([1-5n]+)-([0-9a-z]{2})$/.exec(code);
  if (!m) return fail({ reason: 'format' });
  const [, version, roleCode, valueChars, answerChars, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (checksum(code.slice(0, code.lastIndexOf('-'))) !== check) return fail({ reason: 'checksum' });
  if (Number(version) !== ctx.bank.version) return fail({ reason: 'version', version: Number(version) });
  const roleId = (Object.keys(ROLE_CODES) as RoleId[]).find((r) => ROLE_CODES[r] === roleCode);
  const role = roleId && ctx.roles.find((r) => r.id === roleId);
  if (!role) return fail({ reason: 'role' });
  const values = Array.from(
    { length: valueChars.length },
    (_, i) => ctx.valueIds[VALUE_CHARS.indexOf(valueChars.charAt(i))],
  );
  if (values.some((v) => v === undefined) || new Set(values).size !== values.length) return fail({ reason: 'values' });
  const own = values as ValueId[];
  if (!role.priorities) {
    const allowed = scannableValues(ctx.bank, role.id);
    if (own.length !== 4 || own.some((v) => !allowed.includes(v))) return fail({ reason: 'values' });
  }
  const items = selectScanItems(ctx.bank, { role: role.id, values: scanValuesFor(role, own) });
  if (answerChars.length !== items.length) {
    return fail({ reason: 'answers', expected: items.length, found: answerChars.length });
  }
  const answers = new Map(items.map((item, i) => [item.id, ANSWER_CHAR[answerChars.charAt(i)] ?? 'nvt'] as const));
  return { ok: true, scan: { role: role.id, bankVersion: ctx.bank.version, values: own, answers }, items };
}
