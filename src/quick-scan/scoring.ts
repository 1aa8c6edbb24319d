/**
 * Scoring of the quick scan (documented in docs/quick-scan.md, "Scoring"):
 *
 * - an answer counts 1 (nooit) … 5 (altijd); "niet van toepassing" is left out;
 * - the score of a value or level is the mean of its counted answers, so it
 *   stays on the 1–5 scale; with no counted answer it has no score (`null`);
 * - the strongest value has the highest score; the values with most room to
 *   grow are the two lowest of the others, below 5. Scores that differ by no
 *   more than one answer step on one statement (1 ÷ the number of counted
 *   statements) are a tie: all tied values are named (`standing`), none is
 *   picked. Learning levels use `strongestAndGrowth` (the first on a tie).
 */
import type { ProfessionalisationLevel, QuickScanItem, ValueId } from '../data/index.js';
import type { Locale } from '../shared/localize.js';
import type { Answer, ScoreLine } from './types.js';

/** The score of a set of answers (`undefined` = not answered yet, counts nowhere). */
export function scoreOf<Id extends string>(id: Id, answers: readonly (Answer | undefined)[]): ScoreLine<Id> {
  const counted = answers.filter((a): a is Exclude<Answer, 'nvt'> => typeof a === 'number');
  const notApplicable = answers.filter((a) => a === 'nvt').length;
  const score = counted.length ? counted.reduce((sum, a) => sum + a, 0) / counted.length : null;
  return { id, score, items: answers.length, answered: counted.length, notApplicable };
}

/** Scores per value (in `values` order) and per level (in item order) for one scan. */
export function scoreScan(
  items: readonly QuickScanItem[],
  answers: ReadonlyMap<string, Answer>,
  values: readonly ValueId[],
): { values: ScoreLine<ValueId>[]; levels: ScoreLine<ProfessionalisationLevel>[] } {
  const valueLines = values.map((v) =>
    scoreOf(
      v,
      items.filter((i) => i.kind === 'value' && i.value === v).map((i) => answers.get(i.id)),
    ),
  );
  const levels = [...new Set(items.flatMap((i) => (i.kind === 'level' ? [i.level] : [])))];
  const levelLines = levels.map((l) =>
    scoreOf(
      l,
      items.filter((i) => i.kind === 'level' && i.level === l).map((i) => answers.get(i.id)),
    ),
  );
  return { values: valueLines, levels: levelLines };
}

/** The strongest value and the (at most two) with most room to grow; ties go to the earlier value. */
export function strongestAndGrowth<Id extends string>(
  lines: readonly ScoreLine<Id>[],
): { strongest: Id | null; growth: Id[] } {
  const scored = lines
    .map((line, order) => ({ line, order }))
    .filter((x): x is { line: ScoreLine<Id> & { score: number }; order: number } => x.line.score !== null);
  const best = [...scored].sort((a, b) => b.line.score - a.line.score || a.order - b.order)[0];
  if (!best) return { strongest: null, growth: [] };
  const strongest = best.line.id;
  const growth = scored
    .filter((x) => x.line.id !== strongest && x.line.score < 5)
    .sort((a, b) => a.line.score - b.line.score || a.order - b.order)
    .slice(0, 2)
    .map((x) => x.line.id);
  return { strongest, growth };
}

/**
 * Whether two scores differ meaningfully: by more than one answer step on one
 * statement, i.e. more than 1 ÷ the number of counted statements (of the
 * value with fewer). With three statements a value, 4,0 and 4,3 do not
 * differ meaningfully (one answer one step higher); 4,0 and 4,7 do.
 */
export function clearlyDifferent(a: ScoreLine, b: ScoreLine): boolean {
  if (a.score === null || b.score === null) return false;
  return Math.abs(a.score - b.score) > tieMargin(a, b) + 1e-9;
}

/** The largest difference that is no meaningful difference between `a` and `b`. */
export function tieMargin(a: Pick<ScoreLine, 'answered'>, b: Pick<ScoreLine, 'answered'>): number {
  return 1 / Math.max(1, Math.min(a.answered, b.answered));
}

/** Where the values stand, honest about ties. */
export interface Standing<Id extends string> {
  /** The values at the top without a meaningful difference between them (one: a clear strongest). Empty when `even`. */
  readonly top: Id[];
  /** The values to work on: the two lowest below the top (below 5), and any without a meaningful difference from the second; every value below 5 when `even`. */
  readonly growth: Id[];
  /** No meaningful difference between any of the scored values. */
  readonly even: boolean;
}

/** The strongest and the values to grow on, naming ties instead of picking one (order of `lines` as tie-break of the list only). */
export function standing<Id extends string>(lines: readonly ScoreLine<Id>[]): Standing<Id> {
  const scored = lines.filter((l): l is ScoreLine<Id> & { score: number } => l.score !== null);
  const best = [...scored].sort((a, b) => b.score - a.score)[0];
  if (!best) return { top: [], growth: [], even: false };
  const top = scored.filter((l) => !clearlyDifferent(best, l));
  if (top.length === scored.length && scored.length > 1) {
    return { top: [], growth: scored.filter((l) => l.score < 5).map((l) => l.id), even: true };
  }
  const rest = scored.filter((l) => !top.includes(l) && l.score < 5).sort((a, b) => a.score - b.score);
  const base = rest.slice(0, 2);
  const last = base.at(-1);
  const growth = last ? [...base, ...rest.slice(2).filter((l) => !clearlyDifferent(last, l))] : [];
  return { top: top.map((l) => l.id), growth: growth.map((l) => l.id), even: false };
}

const scoreFormats = new Map<Locale, Intl.NumberFormat>();

/** A score with one decimal in the locale's notation (`3,7` / `3.7`). */
export function formatScore(score: number, locale: Locale): string {
  let f = scoreFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    scoreFormats.set(locale, f);
  }
  return f.format(score);
}
