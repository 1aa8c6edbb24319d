/**
 * The events widgets send to the host page: every `vk-*` event with the type
 * of its `detail`, in one table. All bubble and are composed (they leave the
 * shadow root). Cancelable ones do their default action (open the value,
 * switch the office, open the offer) only when no listener called
 * `preventDefault()`.
 *
 * The table feeds both sides: `VkElement.emit(name, detail)` only accepts a
 * name from it with its detail type, and the `HTMLElementEventMap`
 * declaration below makes `el.addEventListener('vk-value-select', (e) =>
 * e.detail.id)` type-check in a host's TypeScript.
 *
 * (The `error` event is not in the map: `HTMLElementEventMap` already types
 * `error` as the DOM's `ErrorEvent`. Its detail is `VkErrorDetail`.)
 */
import type { DeckCardKind, Offering, ProfessionalisationLevel, RoleId, ValueId } from '../data/index.js';

/** A value was chosen (a link on a card, a cell of a table, a result of the scan, a value of an offer). Cancelable. */
export interface VkValueSelectDetail {
  readonly id: ValueId;
}

/** An office was chosen. Cancelable. */
export interface VkRoleSelectDetail {
  readonly id: RoleId;
}

/** An offer was opened in the training finder. Cancelable. */
export interface VkOfferingSelectDetail {
  readonly id: string;
  readonly offering: Offering;
}

/** The score of one value or learning level in the quick scan. */
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
  /** The value with the clearly highest score; `null` when no value has a score or several share the top (see `top`). */
  readonly strongest: ValueId | null;
  /** The values at the top with no meaningful difference between them (one: `strongest`); empty when all values are level. */
  readonly top: readonly ValueId[];
  /** The values with the most room to grow, lowest score first: two, more on a tie, every value below 5 when all are level. */
  readonly growth: readonly ValueId[];
  /** No meaningful difference between any of the values (e.g. every answer "vaak"): no strongest, advice on all. */
  readonly even: boolean;
  /** The values the person chose as most important to them (0–4). */
  readonly ownTopFour: readonly ValueId[];
  /** The publication's four priorities for the office, or `null` (Statenleden). */
  readonly priorities: readonly ValueId[] | null;
  /** Parameters for a training finder: the office and the values to work on. */
  readonly finder: FinderParams;
  /** The result code (answers only; see the README). */
  readonly code: string;
}

/** `detail` of `vk-card-draw`: the facilitator of the conversation cards drew a card. */
export interface VkCardDrawDetail {
  /** The card drawn (`reflectie-3b`, `vangrail-of-vangnet`, `spanning-stabiliteit-wendbaarheid`). */
  readonly id: string;
  readonly kind: DeckCardKind;
  /** Cards left in the deck on the table. */
  readonly remaining: number;
}

/** `detail` of `vk-round-end`: the conversation cards' round timer reached zero. */
export interface VkRoundEndDetail {
  /** The card on the table when the time ran out, if any. */
  readonly id: string | undefined;
  readonly minutes: number;
}

/** Every `vk-*` event and its `detail`. */
export interface VkEventDetails {
  'vk-value-select': VkValueSelectDetail;
  'vk-role-select': VkRoleSelectDetail;
  'vk-offering-select': VkOfferingSelectDetail;
  'vk-scan-complete': VkScanCompleteDetail;
  'vk-card-draw': VkCardDrawDetail;
  'vk-round-end': VkRoundEndDetail;
}

export type VkEventName = keyof VkEventDetails;

/** Every `vk-*` event as the DOM types it. */
export type VkEventMap = { [K in VkEventName]: CustomEvent<VkEventDetails[K]> };

declare global {
  // Merged into the DOM's own map: `addEventListener('vk-…', …)` gets the detail type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends VkEventMap {}
}
