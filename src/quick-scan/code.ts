/**
 * The result code: a compact, checkable text of one person's answers (no
 * name, no free text), to copy into group mode or keep. Format
 * (docs/quick-scan.md, "The result code"):
 *
 *   QS2-<bank version>-<date>-<office>-<values>-<answers>-<check>
 *   QS2-2-20261207-rl-BLUm-<one character per statement>-<check>
 *
 * - `QS2`: this format, version 2. Version 1 (`QS1`, made before 0.2) has
 *   no date and is read as well; it is written only when no date is given.
 * - bank version: `version` of data/quick-scan.json the answers belong to.
 * - date: the day of the result, `yyyymmdd` (for comparisons over time).
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

export const CODE_FORMAT = 'QS2';

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
  /** The day of the result, `yyyy-mm-dd` (`QS2`); absent in `QS1` codes. */
  readonly date?: string;
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
  | { readonly reason: 'version'; readonly version: number; readonly date?: string }
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
  const date = scan.date && /^\d{4}-\d{2}-\d{2}$/.test(scan.date) ? scan.date.replaceAll('-', '') : undefined;
  const body = [
    date ? CODE_FORMAT : 'QS1',
    String(scan.bankVersion),
    ...(date ? [date] : []),
    ROLE_CODES[role.id],
    values,
    answers.join(''),
  ].join('-');
  return `${body}-${checksum(body)}`;
}

/** Reads and checks a code against the current item bank. Never throws. */
export function decodeResult(input: string, ctx: CodeContext): DecodeResult {
  const code = input.trim();
  const fail = (error: CodeError): DecodeResult => ({ ok: false, error });
  const m = /^QS([12])-(\d{1,4})-(?:(\d{8})-)?([a-z]{2})-([A-Za-m]{0,4})-([1-5n]+)-([0-9a-z]{2})$/.exec(code);
  if (!m || (m[1] === '2') !== (m[3] !== undefined)) return fail({ reason: 'format' });
  const [, , version = '', day, roleCode = '', valueChars = '', answerChars = '', check] = m;
  if (checksum(code.slice(0, code.lastIndexOf('-'))) !== check) return fail({ reason: 'checksum' });
  const date = day ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : undefined;
  if (date && Number.isNaN(Date.parse(`${date}T12:00:00Z`))) return fail({ reason: 'format' });
  if (Number(version) !== ctx.bank.version) {
    return fail({ reason: 'version', version: Number(version), ...(date ? { date } : {}) });
  }
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
  return {
    ok: true,
    scan: { role: role.id, bankVersion: ctx.bank.version, values: own, answers, ...(date ? { date } : {}) },
    items,
  };
}
