/**
 * The result compared with an earlier result code: the change per value and
 * per learning level ("+0,7 sinds 12 maart 2026"), with the same honesty
 * about small differences as the result itself (scoring.ts,
 * `clearlyDifferent`). Only codes of the same office and item bank version
 * compare; values scanned only once (a Statenlid who chose other values)
 * have no change.
 */
import { selectScanItems, type ProfessionalisationLevel, type ValueId } from '../data/index.js';
import { localized, type Locale, type LocalizedText } from '../shared/localize.js';
import { messages } from './quick-scan.messages.js';
import { readCode } from './result.js';
import type { ScanData } from './scan-data.js';
import { scanValues } from './screens.js';
import { clearlyDifferent, scoreScan } from './scoring.js';
import type { ScoreLine, VkScanCompleteDetail } from './types.js';

export interface Change<Id extends string> {
  readonly id: Id;
  /** The earlier score, `null` when the earlier result has none for this value or level. */
  readonly before: number | null;
  /** Now minus before, `null` when either has no score. */
  readonly delta: number | null;
  /** Whether the change is more than one answer step on one statement. */
  readonly clear: boolean;
}

export interface Comparison {
  readonly code: string;
  /** The earlier result's day (`yyyy-mm-dd`); absent for a `QS1` code. */
  readonly date?: string;
  readonly values: readonly Change<ValueId>[];
  readonly levels: readonly Change<ProfessionalisationLevel>[];
}

function changes<Id extends string>(now: readonly ScoreLine<Id>[], before: readonly ScoreLine<Id>[]): Change<Id>[] {
  return now.map((line) => {
    const old = before.find((b) => b.id === line.id);
    const delta = old?.score != null && line.score !== null ? line.score - old.score : null;
    return { id: line.id, before: old?.score ?? null, delta, clear: !!old && delta !== null && clearlyDifferent(line, old) };
  });
}

/** The comparison of `detail` with the earlier result `code`, or why it cannot be made. */
export function compareWith(
  code: string,
  data: ScanData,
  detail: VkScanCompleteDetail,
): { comparison: Comparison } | { problem: LocalizedText } {
  const read = readCode(code, data, detail.role);
  if ('problem' in read) return read;
  const role = data.roles.find((r) => r.id === read.scan.role);
  if (!role) return { problem: localized(messages, (m) => m.codeRoleMismatch) };
  const values = scanValues(data, role, read.scan.values);
  const items = selectScanItems(data.bank, { role: role.id, values });
  const before = scoreScan(items, read.scan.answers, values);
  return {
    comparison: {
      code: code.trim(),
      ...(read.scan.date ? { date: read.scan.date } : {}),
      values: changes(detail.values, before.values),
      levels: changes(detail.levels, before.levels),
    },
  };
}

const deltaFormats = new Map<Locale, Intl.NumberFormat>();

/** A change with its sign and one decimal: `+0,7`, `−0,3`, `0,0`. */
export function formatDelta(delta: number, locale: Locale): string {
  let f = deltaFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    deltaFormats.set(locale, f);
  }
  return f.format(Math.round(delta * 10) / 10 || 0);
}
