/**
 * The scan's result for a complete set of answers: scores, the strongest
 * value and the two to grow on, the training-finder parameters and the
 * result code; exactly what `vk-scan-complete` carries.
 */
import { selectScanItems, type QuickScanItem, type Role, type RoleId, type ValueId } from '../data/index.js';
import type { FinderParams, VkScanCompleteDetail } from '../shared/events.js';
import { localized, type LocalizedText } from '../shared/localize.js';
import { decodeResult, encodeResult, type CodeContext, type ScanAnswers } from './code.js';
import { reasonText } from './group-view.js';
import { formatDay } from './result-view.js';
import { messages } from './quick-scan.messages.js';
import type { ScanData } from './scan-data.js';
import { scanValues } from './screens.js';
import { scoreScan, standing } from './scoring.js';
import type { Answer } from './types.js';

/** What result codes are read and written against. */
export function codeContext(data: ScanData): CodeContext {
  return { bank: data.bank, roles: data.roles, valueIds: data.valueIds };
}

/** Today in the person's time zone, `yyyy-mm-dd`. */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The result, or `undefined` while a statement is unanswered. */
export function scanResult(
  data: ScanData,
  role: Role,
  ownValues: readonly ValueId[],
  answers: ReadonlyMap<string, Answer>,
  date?: string,
): { detail: VkScanCompleteDetail; items: QuickScanItem[] } | undefined {
  const values = scanValues(data, role, ownValues);
  const items = selectScanItems(data.bank, { role: role.id, values });
  if (!items.length || items.some((i) => !answers.has(i.id))) return undefined;
  const scores = scoreScan(items, answers, values);
  const { top, growth, even } = standing(scores.values);
  const strongest = top.length === 1 ? (top[0] ?? null) : null;
  const finder: FinderParams = { rol: role.id, waarde: growth };
  const code = encodeResult(
    { role: role.id, bankVersion: data.bank.version, values: ownValues, answers, ...(date ? { date } : {}) },
    codeContext(data),
  );
  return {
    items,
    detail: {
      role: role.id,
      bankVersion: data.bank.version,
      values: scores.values,
      levels: scores.levels,
      strongest,
      top,
      growth,
      even,
      ownTopFour: [...ownValues],
      priorities: role.priorities ? [...role.priorities] : null,
      finder,
      code,
    },
  };
}

/**
 * Reads the `code` attribute: the answers it holds, or why it cannot be
 * opened here (not a valid code, or another office than the page's).
 */
export function readCode(code: string, data: ScanData, presetRole: RoleId | null): { scan: ScanAnswers } | { problem: LocalizedText } {
  const problem = (why: LocalizedText) => ({ problem: { nl: messages.nl.invalidCode(why.nl), en: messages.en.invalidCode(why.en) } });
  const result = decodeResult(code, codeContext(data));
  if (!result.ok && result.error.reason === 'version' && result.error.version < data.bank.version) {
    const { version, date } = result.error;
    const { revised } = data.bank;
    return {
      problem: {
        nl: messages.nl.oldVersion(version, data.bank.version, revised ? formatDay(revised, 'nl') : '', date ? formatDay(date, 'nl') : ''),
        en: messages.en.oldVersion(version, data.bank.version, revised ? formatDay(revised, 'en') : '', date ? formatDay(date, 'en') : ''),
      },
    };
  }
  if (!result.ok) return problem(reasonText(result.error, data));
  if (presetRole && presetRole !== result.scan.role) return problem(localized(messages, (m) => m.codeRoleMismatch));
  return { scan: result.scan };
}
