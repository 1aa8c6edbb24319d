/**
 * Group mode: the anonymous spread of several people's result codes. Only
 * counts leave this module (how many answered what), never one person's
 * answers, and only for a value, level or statement that at least
 * {@link GROUP_MINIMUM} people answered.
 */
import type { ProfessionalisationLevel, QuickScanItem, ValueId } from '../data/index.js';
import { decodeResult, type CodeContext, type CodeError, type ScanAnswers } from './code.js';
import { scoreOf } from './scoring.js';
import { ANSWERS, type Answer } from './types.js';

/** Fewer people than this, and nothing is shown (for the group, and for each line). */
export const GROUP_MINIMUM = 3;

/** One entry the facilitator gave: a code or something that should have been one. */
export interface GroupEntry {
  /** Line number in the input (1-based). */
  readonly line: number;
  readonly text: string;
}

export interface CheckedEntry extends GroupEntry {
  /** Why the entry is skipped. */
  readonly error?: CodeError;
  /**
   * The line of an earlier, identical code. It still counts (two people can
   * give the same answers); the facilitator is told, in case it was pasted twice.
   */
  readonly sameAs?: number;
}

/** Answer counts by answer (`1`…`5`, `nvt`). */
export type AnswerCounts = Readonly<Record<`${Answer}`, number>>;

export interface GroupLine<Id extends string = string> {
  readonly id: Id;
  /** People whose scan asked about this. */
  readonly members: number;
  /** How many answers of each kind were given, over all these people and statements. */
  readonly counts: AnswerCounts;
  /** The mean of these people's scores (each person counts once); `null` if none has a score. */
  readonly mean: number | null;
  /** Whether enough people answered to show it ({@link GROUP_MINIMUM}). */
  readonly shown: boolean;
}

export interface GroupSpread {
  /** Valid codes. */
  readonly members: number;
  readonly values: readonly GroupLine<ValueId>[];
  readonly levels: readonly GroupLine<ProfessionalisationLevel>[];
  /** Per statement, in the order first asked. */
  readonly items: readonly (GroupLine & { readonly item: QuickScanItem })[];
  /** How many people put each value in their own top four, most first; only when enough people chose one. */
  readonly topFour: readonly { readonly id: ValueId; readonly count: number }[];
  /** People who chose a top four. */
  readonly topFourMembers: number;
}

/**
 * Splits pasted or dropped text into entries: every `QS1-…` code found on a
 * line (so "1. QS1-…" or a JSON export work too), or else the whole line.
 */
export function splitEntries(input: string): GroupEntry[] {
  return input.split(/\r?\n/).flatMap((raw, i) => {
    const line = raw.trim();
    if (!line) return [];
    const codes = line.match(/QS1-[^\s"',;]+/g);
    return (codes ?? [line]).map((text) => ({ line: i + 1, text }));
  });
}

/** Checks every entry: invalid ones carry their error; an identical earlier code is pointed out. */
export function checkEntries(
  entries: readonly GroupEntry[],
  ctx: CodeContext,
): { checked: CheckedEntry[]; scans: { scan: ScanAnswers; items: readonly QuickScanItem[] }[] } {
  const seen = new Map<string, number>();
  const scans: { scan: ScanAnswers; items: readonly QuickScanItem[] }[] = [];
  const checked = entries.map((entry): CheckedEntry => {
    const result = decodeResult(entry.text, ctx);
    if (!result.ok) return { ...entry, error: result.error };
    scans.push({ scan: result.scan, items: result.items });
    const first = seen.get(entry.text);
    if (first !== undefined) return { ...entry, sameAs: first };
    seen.set(entry.text, entry.line);
    return entry;
  });
  return { checked, scans };
}

function countAnswers(answers: readonly Answer[]): AnswerCounts {
  const counts = Object.fromEntries(ANSWERS.map((a) => [String(a), 0])) as Record<`${Answer}`, number>;
  for (const a of answers) counts[`${a}`] += 1;
  return counts;
}

/** One line: the answers of each person to the statements in `pick`. */
function line<Id extends string>(
  id: Id,
  scans: readonly { scan: ScanAnswers; items: readonly QuickScanItem[] }[],
  pick: (item: QuickScanItem) => boolean,
): GroupLine<Id> {
  const perPerson = scans
    .map(({ scan, items }) =>
      items
        .filter(pick)
        .map((i) => scan.answers.get(i.id))
        .filter((a): a is Answer => a !== undefined),
    )
    .filter((answers) => answers.length > 0);
  const scores = perPerson.map((answers) => scoreOf(id, answers).score).filter((s): s is number => s !== null);
  return {
    id,
    members: perPerson.length,
    counts: countAnswers(perPerson.flat()),
    mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    shown: perPerson.length >= GROUP_MINIMUM,
  };
}

/** The spread over the valid scans (call only with {@link GROUP_MINIMUM} or more). */
export function aggregateGroup(scans: readonly { scan: ScanAnswers; items: readonly QuickScanItem[] }[]): GroupSpread {
  const allItems = new Map<string, QuickScanItem>();
  for (const { items } of scans) for (const i of items) allItems.set(i.id, i);
  const valueIds = [...new Set([...allItems.values()].flatMap((i) => (i.kind === 'value' ? [i.value] : [])))];
  const levelIds = [...new Set([...allItems.values()].flatMap((i) => (i.kind === 'level' ? [i.level] : [])))];
  const topCounts = new Map<ValueId, number>();
  const choosers = scans.filter(({ scan }) => scan.values.length > 0);
  for (const { scan } of choosers) for (const v of scan.values) topCounts.set(v, (topCounts.get(v) ?? 0) + 1);
  return {
    members: scans.length,
    values: valueIds.map((v) => line(v, scans, (i) => i.kind === 'value' && i.value === v)),
    levels: levelIds.map((l) => line(l, scans, (i) => i.kind === 'level' && i.level === l)),
    items: [...allItems.values()].map((item) => ({ ...line(item.id, scans, (i) => i.id === item.id), item })),
    topFour:
      choosers.length >= GROUP_MINIMUM
        ? [...topCounts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count)
        : [],
    topFourMembers: choosers.length,
  };
}

/** The facilitator's codes, checked: each entry read, the valid ones counted, the spread once there are enough. */
export interface GroupCheck {
  readonly checked: readonly CheckedEntry[];
  readonly spread?: GroupSpread;
  readonly valid: number;
}

export function checkGroup(input: string, ctx: CodeContext): GroupCheck {
  const { checked, scans } = checkEntries(splitEntries(input), ctx);
  return { checked, valid: scans.length, ...(scans.length >= GROUP_MINIMUM ? { spread: aggregateGroup(scans) } : {}) };
}

/** The text of dropped or chosen files, one after the other (unreadable files are left out). */
export async function readFiles(files: Iterable<File>): Promise<string> {
  const texts = await Promise.all([...files].map((f) => f.text().catch(() => '')));
  return texts.filter(Boolean).join('\n');
}
