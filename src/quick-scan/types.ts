/**
 * The quick scan's own types: answers, scores and the result that
 * `vk-scan-complete` carries to the host page.
 */
/** One answer: 1 (nooit) … 5 (altijd) on the frequency scale, or `nvt` (niet van toepassing). */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'nvt';

/** The five points of the scale, low to high. */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

/** Every possible answer in display order (the scale, then "niet van toepassing"). */
export const ANSWERS: readonly Answer[] = [...SCALE_POINTS, 'nvt'];

// The result types travel with the `vk-scan-complete` event; they are declared with every event's type.
export type { ScoreLine, FinderParams, VkScanCompleteDetail } from '../shared/events.js';
