/**
 * The quick scan's own types: answers, scores and the result that
 * `vk-scan-complete` carries to the host page.
 */
import type { ProfessionalisationLevel, RoleId, ValueId } from '../data/index.js';

/** One answer: 1 (nooit) … 5 (altijd) on the frequency scale, or `nvt` (niet van toepassing). */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'nvt';

/** The five points of the scale, low to high. */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

/** Every possible answer in display order (the scale, then "niet van toepassing"). */
export const ANSWERS: readonly Answer[] = [...SCALE_POINTS, 'nvt'];

/** The score of one value or learning level. */
export interface ScoreLine<Id extends string = string> {
  /** The value id or level id. */
  readonly id: Id;
  /** Mean of the answers on the 1–5 scale; `null` when every statement was "niet van toepassing". */
  readonly score: number | null;
  /** Statements asked on this value or level. */
  readonly items: number;
  /** Statements answered on the scale (counted in the score). */
  readonly answered: number;
  /** Statements answered "niet van toepassing" (left out of the score). */
  readonly notApplicable: number;
}

/** Where a `vk-training-finder` should open: its URL parameters `rol` and `waarde`. */
export interface FinderParams {
  readonly rol: RoleId;
  readonly waarde: readonly ValueId[];
}

/**
 * `detail` of `vk-scan-complete`: the whole result, so a host can store it
 * (the widget never does) or preset a `vk-training-finder` on the same page.
 */
export interface VkScanCompleteDetail {
  /** The office scanned. */
  readonly role: RoleId;
  /** Version of the item bank the answers belong to. */
  readonly bankVersion: number;
  /** Scores per value, in the order asked (the office's priorities, or a Statenlid's own four). */
  readonly values: readonly ScoreLine<ValueId>[];
  /** Scores per learning level: macro, meso, micro. */
  readonly levels: readonly ScoreLine<ProfessionalisationLevel>[];
  /** The value with the highest score, or `null` when no value has a score. */
  readonly strongest: ValueId | null;
  /** The (at most two) values with the most room to grow, lowest score first. */
  readonly growth: readonly ValueId[];
  /** The values the person chose as most important to them (0–4). */
  readonly ownTopFour: readonly ValueId[];
  /** The publication's four priorities for the office, or `null` (Statenleden). */
  readonly priorities: readonly ValueId[] | null;
  /** Parameters for a training finder: the office and the values to work on. */
  readonly finder: FinderParams;
  /** The result code (answers only; see docs/quick-scan.md). */
  readonly code: string;
}

declare global {
  interface HTMLElementEventMap {
    'vk-scan-complete': CustomEvent<VkScanCompleteDetail>;
  }
}
