/**
 * Every problem a widget can show, in one table: its code and the shape of
 * its `detail`. The same bad input gets the same code, detail and kind of
 * message in every widget; a widget shows the message inside itself and
 * fires a non-bubbling `error` event with `detail: { code, message, detail }`
 * (see `VkElement.reportProblem`).
 *
 * The problems several widgets share have their message here or, for the
 * office, in `office-problems.ts` (loaded only when a page has such a
 * problem); the others keep theirs in the widget's catalog.
 */
import type { FeedFailureCode, RejectedRecord } from '../data/index.js';
import { defineMessages, localized, type LocalizedText } from './localize.js';

/** `detail` per problem code. */
export interface VkProblemDetails {
  /**
   * An office name (`office`, a `role` attribute, a `<vk-provider>`'s office, or entries of the
   * table's `offices`) that names no office. `office`: the text as given (list entries joined by
   * commas); `valid`: the office ids that would work.
   */
  'unknown-office': { readonly office: string; readonly valid: readonly string[] };
  /** The office came from a `role` attribute (ARIA's attribute): it is used, with the advice to write `office`. */
  'role-attribute': { readonly office: string };
  /** `value` names none of the 39 values; `suggestions` are the ids of the closest ones. */
  'unknown-value': { readonly value: string; readonly suggestions: readonly string[] };
  /** The widget's own data (the corpus) could not be loaded; `error` is for logs. */
  'data-load-failed': { readonly error: string };
  /**
   * An offerings feed could not be used (the corpus offer stays). `reason`: why; `src`: the URL,
   * `null` for a feed inside the page; `status`: the HTTP status; `error`: technical detail for logs.
   */
  'feed-failed': {
    readonly reason: FeedFailureCode;
    readonly src: string | null;
    readonly status?: number;
    readonly error?: string;
  };
  /** Records of a feed were skipped; each with its place and reasons. */
  'feed-records': { readonly rejected: readonly RejectedRecord[] };
  /** The card's `variant` is neither `full` nor `compact`. */
  'unknown-variant': { readonly variant: string };
  /** The overview's `filter` names no group or cluster. */
  'unknown-filter': { readonly filter: string };
  /** The scan's `mode` is neither `self` nor `group`. */
  'unknown-mode': { readonly mode: string };
  /** The finder's `url-state` is not `query`, `hash` or `off`. */
  'unknown-url-state': { readonly urlState: string };
  /** The scan's `code` is no valid result code. */
  'invalid-code': { readonly code: string };
  /** Answers cannot be kept on this device (storage blocked or throwing). */
  'storage-unavailable': Readonly<Record<string, never>>;
  /** Answers could not be kept: the storage is full. */
  'storage-full': Readonly<Record<string, never>>;
  /** The widget's own code failed while rendering; `error` is for logs. */
  'render-failed': { readonly error: string };
  /** The conversation cards' `theme` names no theme. */
  'unknown-theme': { readonly theme: string };
  /** The conversation cards' `audience` names no group or office. */
  'unknown-audience': { readonly audience: string };
  /** The conversation cards' `view` is not `deck`, `facilitator`, `print` or `secretaries`. */
  'unknown-view': { readonly view: string };
  /** The conversation cards' `draw` is neither `random` nor `in-order`. */
  'unknown-draw': { readonly draw: string };
  /** The conversation cards' `round-minutes` is no whole number from 1 to 120. */
  'invalid-round-minutes': { readonly roundMinutes: string };
  /** The widget's English texts could not be loaded (a network failure): it stays Dutch. */
  'english-unavailable': Readonly<Record<string, never>>;
  /** The test element's `tone` is neither `info` nor `quiet`. */
  'unknown-tone': { readonly tone: string };
}

export type ProblemCode = keyof VkProblemDetails;

/** Something a widget could not do, shown inside it and sent as an `error` event. */
export type VkProblem<C extends ProblemCode = ProblemCode> = C extends ProblemCode
  ? {
      readonly code: C;
      /** The message in every locale; shown in the widget's current one. */
      readonly message: LocalizedText;
      readonly detail: VkProblemDetails[C];
    }
  : never;

/** `detail` of the `error` event every widget dispatches. */
export type VkErrorDetail<C extends ProblemCode = ProblemCode> = C extends ProblemCode
  ? {
      readonly code: C;
      /** The message in the widget's interface language at the time. */
      readonly message: string;
      readonly detail: VkProblemDetails[C];
    }
  : never;

// Inline English: these few words must show even when English chunks cannot be loaded.
const messages = defineMessages(
  {
    crashed: 'Dit onderdeel kon niet worden getoond door een onverwachte fout.',
    englishUnavailable: 'De Engelse teksten konden niet worden geladen; dit onderdeel blijft in het Nederlands.',
  },
  {
    crashed: 'This part could not be shown because of an unexpected error.',
    englishUnavailable: 'The English texts could not be loaded; this widget stays in Dutch.',
  },
);

/** The widget's data could not be loaded: `message` says what is missing, in the widget's words. */
export function dataLoadFailed(error: unknown, message: LocalizedText): VkProblem<'data-load-failed'> {
  return { code: 'data-load-failed', message, detail: { error: String(error) } };
}

/** The widget's code failed while rendering. */
export function renderFailed(error: unknown): VkProblem<'render-failed'> {
  return { code: 'render-failed', message: localized(messages, (m) => m.crashed), detail: { error: String(error) } };
}

/** The English texts could not be loaded: the widget stays Dutch. */
export function englishUnavailable(): VkProblem<'english-unavailable'> {
  return { code: 'english-unavailable', message: localized(messages, (m) => m.englishUnavailable), detail: {} };
}
