import {
  defaultConverter,
  LitElement,
  ReactiveElement,
  html,
  render,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import {
  defineMessages,
  englishFailed,
  englishLoading,
  loadEnglish,
  resolveLocale,
  unwatchLocale,
  watchLocale,
  type Catalog,
  type Locale,
} from './localize.js';
import type { VkEventDetails, VkEventName } from './events.js';
import { englishUnavailable, renderFailed, type ProblemCode, type VkErrorDetail, type VkProblem } from './problems.js';
import { themeStyles } from './theme.styles.js';

export type { VkErrorDetail, VkProblem } from './problems.js';

/** What an attribute would hold for `value`: `42` is `'42'`; `null` (a removed attribute), `undefined`, objects and arrays are `''`. */
function asText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : '';
}

/**
 * Updates one widget may run before the page gets a turn (a task). Far more
 * than any real change needs (a keystroke is one or two); beyond it the
 * widget's own code is asking for updates in a loop, which, through
 * microtasks, would freeze the host page.
 */
const UPDATE_LOOP_LIMIT = 500;

/**
 * Counts the page's turns: a message through a `MessageChannel` arrives in
 * the next task, so the number changes only once the page got a turn. (Not
 * `setTimeout`: tests and hosts may fake timers.)
 */
const turns = (() => {
  let turn = 0;
  let posted = false;
  const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
  if (channel)
    channel.port1.onmessage = () => {
      turn++;
      posted = false;
    };
  return (): number => {
    if (channel && !posted) {
      posted = true;
      channel.port2.postMessage(null);
    }
    return turn;
  };
})();

/** What a number attribute would give for `value`: `'3'` is `3`; what has no number is `NaN`. */
function asNumber(value: unknown): number {
  try {
    return Number(value);
  } catch {
    // A symbol, or an object without a prototype.
    return NaN;
  }
}

/** A bubbling, composed event (kept outside the class so the manifest does not list it). */
function composedEvent(type: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

/** The non-bubbling `error` event for `problem`, its message in `locale`. */
function errorEvent(problem: VkProblem, locale: Locale): CustomEvent<VkErrorDetail> {
  const detail = { code: problem.code, message: problem.message[locale], detail: problem.detail } as VkErrorDetail;
  return new CustomEvent<VkErrorDetail>('error', { detail });
}

// Inline English: one word, needed to show a problem even when English chunks cannot be loaded.
const baseMessages = defineMessages({ problemsLabel: 'Melding' }, { problemsLabel: 'Notice' });

/** What `updateComplete` can wait for: a `Task` (from `@lit/task`), or a controller that wraps one. */
export interface Awaitable {
  readonly status: TaskStatus;
  readonly taskComplete: Promise<unknown>;
}

/**
 * What the shared controllers (`shared/office.ts`, …) may do on a widget:
 * report and clear its problems, and make its `updateComplete` wait for a
 * task. These are the element's own protected methods, kept off its public
 * members; a controller the widget creates reaches them through
 * {@link widgetHooks}.
 */
export interface WidgetHooks {
  reportProblem(problem: VkProblem): void;
  clearProblems(...codes: ProblemCode[]): void;
  tracked<T extends Awaitable>(task: T): T;
}

/** The hooks of `el`, for a controller it creates (`new OfficeController(this, …)`). */
export function widgetHooks(el: VkElement): WidgetHooks {
  return el as unknown as WidgetHooks;
}

/**
 * The small base every `vk-` widget extends: the theme tokens, the interface
 * locale, the error state and typed event dispatch. Nothing else belongs here;
 * behaviour that only some widgets share is a function or a controller.
 *
 * The theme tokens below apply to every widget (custom properties inherit, so
 * set them on the widget or any ancestor). Each falls back to the NL Design
 * System tokens named, in that order, then to the default; docs/theming.md
 * has the full table.
 *
 * @cssprop [--vk-font-family=inherit] - Body text font; by default the page's. Falls back to `--basis-text-font-family-default`, `--utrecht-document-font-family`.
 * @cssprop [--vk-font-size=medium] - Body text size. Falls back to `--basis-text-font-size-md`, `--utrecht-document-font-size`; `medium` is the user's browser setting.
 * @cssprop [--vk-line-height=1.5] - Body line height. Falls back to `--basis-text-line-height-md`, `--utrecht-document-line-height`.
 * @cssprop [--vk-heading-font-family=var(--vk-font-family)] - Heading font. Falls back to `--basis-heading-font-family`, then the body font.
 * @cssprop [--vk-heading-font-weight=700] - Heading weight. Falls back to `--basis-heading-font-weight`, `--utrecht-heading-font-weight`.
 * @cssprop [--vk-heading-color=var(--vk-color)] - Heading colour. Falls back to `--basis-heading-color`, then the text colour.
 * @cssprop [--vk-code-font-family=ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace] - Font of the result code. Falls back to `--basis-text-font-family-monospace`.
 * @cssprop [--vk-color=#1b1b1b] - Text colour. Falls back to `--basis-color-default-color-document`, `--utrecht-document-color`.
 * @cssprop [--vk-color-subtle=#545454] - Secondary text (hints, counts, sources). Falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--vk-background-color=#ffffff] - Background of boxes, fields and buttons. Falls back to `--basis-color-default-bg-document`, `--utrecht-document-background-color`.
 * @cssprop [--vk-surface-background-color=#f3f4f6] - Background of grouped areas (clusters, table headers, tracks). Falls back to `--basis-color-default-bg-subtle`.
 * @cssprop [--vk-border-color=#767676] - Borders of controls (3:1 against the background). Falls back to `--basis-color-default-border-default`.
 * @cssprop [--vk-border-subtle-color=#d6d6d6] - Decorative borders and lines. Falls back to `--basis-color-default-border-subtle`.
 * @cssprop [--vk-link-color=#1549a6] - Links and link-like buttons. Falls back to `--nl-link-color`, `--utrecht-link-color`, `--basis-color-action-2-color-default`.
 * @cssprop [--vk-link-hover-color=#0d2f6e] - Links on hover. Falls back to `--nl-link-hover-color`, `--utrecht-link-hover-color`, `--basis-color-action-2-color-hover`.
 * @cssprop [--vk-accent-background-color=#1549a6] - Primary buttons, progress and accent stripes. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`, `--basis-color-action-1-inverse-bg-default`.
 * @cssprop [--vk-accent-color=#ffffff] - Text on the accent colour. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`, `--basis-color-action-1-inverse-color-default`.
 * @cssprop [--vk-selected-background-color=#eef3fd] - Chosen options and current offices. Falls back to `--basis-color-highlight-bg-subtle`.
 * @cssprop [--vk-error-color=#a4001b] - Error text and borders. Falls back to `--basis-color-negative-color-default`.
 * @cssprop [--vk-error-background-color=#fdeded] - Background of error messages. Falls back to `--basis-color-negative-bg-subtle`.
 * @cssprop [--vk-info-background-color=#eef4fb] - Background of notes and notices. Falls back to `--basis-color-info-bg-subtle`.
 * @cssprop [--vk-cluster-inverse-color=#ffffff] - Text on a cluster colour (badges, the matrix's cluster headers).
 * @cssprop [--vk-focus-outline-color=#1b1b1b] - Focus ring colour. Falls back to `--basis-focus-outline-color`, `--utrecht-focus-outline-color`.
 * @cssprop [--vk-focus-outline-width=3px] - Focus ring width. Falls back to `--basis-focus-outline-width`, `--utrecht-focus-outline-width`.
 * @cssprop [--vk-focus-outline-style=solid] - Focus ring style. Falls back to `--basis-focus-outline-style`, `--utrecht-focus-outline-style`.
 * @cssprop [--vk-focus-outline-offset=2px] - Space between a control and its focus ring. Falls back to `--basis-focus-outline-offset`, `--utrecht-focus-outline-offset`.
 * @cssprop [--vk-focus-background-color=transparent] - Background of a focused link or link-like button. Falls back to `--basis-focus-background-color`, `--utrecht-focus-background-color`.
 * @cssprop [--vk-border-radius=4px] - Corners of boxes, fields and buttons. Falls back to `--basis-border-radius-md`, `--utrecht-border-radius-md`.
 * @cssprop [--vk-border-radius-round=999px] - Corners of pills (chips, office buttons, progress bar). Falls back to `--basis-border-radius-round`, `--utrecht-border-radius-round`.
 * @cssprop [--vk-space-xs=0.25em] - Smallest space. Falls back to `--basis-space-block-sm`, `--utrecht-space-block-2xs`.
 * @cssprop [--vk-space-sm=0.5em] - Small space. Falls back to `--basis-space-block-md`, `--utrecht-space-block-xs`.
 * @cssprop [--vk-space-md=1em] - Medium space (padding of boxes). Falls back to `--basis-space-block-xl`, `--utrecht-space-block-md`.
 * @cssprop [--vk-space-lg=1.5em] - Large space (between sections). Falls back to `--basis-space-block-3xl`, `--utrecht-space-block-xl`.
 *
 * @attr {'nl' | 'en'} lang - Interface language, `nl` (default) or `en`; without it the nearest ancestor's `lang`, then `<html data-localize-lang>`, then `<html lang>`. Research text stays Dutch.
 * @attr {string} role - HTML's ARIA role; not for an office. Widgets that take an office still read an office id here (`role="griffier"`, as early pages had it), show a notice and ask for `office`: accessibility checkers report an office as an invalid ARIA role.
 *
 * @fires {CustomEvent<VkErrorDetail>} error - Something could not be shown (unknown attribute value, bad
 *   feed, storage unavailable). Does not bubble, so a host's
 *   `window.onerror` is never triggered; listen on the element.
 *   `detail: { code, message, detail }`; the same input gives the same `code` and `detail` in
 *   every widget: `unknown-office` `{ office, valid }`, `role-attribute` `{ office }`,
 *   `unknown-value` `{ value, suggestions }`, `data-load-failed` `{ error }`,
 *   `feed-failed` `{ reason, src, status?, error? }`, … (all in `shared/problems.ts`).
 */
export abstract class VkElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  /** The resolved interface locale (`nl` or `en`). */
  @state() protected locale: Locale = 'nl';

  /** Problems currently shown by {@link renderProblems}: at most one per code. */
  @state() protected problems: readonly VkProblem[] = [];

  private resolveReady!: () => void;

  /** The tasks `updateComplete` waits for (see {@link tracked}). */
  private readonly awaited: Awaitable[] = [];

  /**
   * Resolves once the widget has rendered its data (or its error state) for
   * the first time, after that render is committed to the shadow root. For
   * hosts, tests and the benchmark; never rejects.
   */
  readonly ready: Promise<void> = new Promise((resolve) => {
    this.resolveReady = resolve;
  });

  /**
   * Widgets call this once their data is on screen (typically in `updated()`
   * when their data task is complete or failed). Calling it again is harmless.
   */
  protected markReady(): void {
    // A widget showing English is ready once the English is on screen too.
    if (this.locale === 'en' && englishLoading()) void loadEnglish().then(() => this.updateComplete).then(this.resolveReady);
    else this.resolveReady();
  }

  /**
   * Makes `updateComplete` wait for `task` too: a host (or test) that sets
   * an attribute can `await el.updateComplete` and find the data of the new
   * input on screen. Returns the task, for a field initialiser:
   * `private readonly data = this.tracked(new Task(this, …))`.
   */
  protected tracked<T extends Awaitable>(task: T): T {
    this.awaited.push(task);
    return task;
  }

  /** Whether every tracked task has finished (done or failed): what it loaded, or its error, is on screen after this update. */
  protected get settled(): boolean {
    return this.awaited.every((t) => t.status === TaskStatus.COMPLETE || t.status === TaskStatus.ERROR);
  }

  /** With tracked tasks, `updateComplete` resolves once none runs and what they loaded is rendered. */
  protected override getUpdateComplete(): Promise<boolean> {
    const update = super.getUpdateComplete();
    return this.awaited.length || this.awaitsEnglish ? this.afterTasks(update) : update;
  }

  /** Whether this widget shows English that is still arriving. */
  private get awaitsEnglish(): boolean {
    return this.locale === 'en' && englishLoading();
  }

  private async afterTasks(update: Promise<boolean>): Promise<boolean> {
    let done = await update;
    for (;;) {
      const running = this.awaited.filter((t) => t.status === TaskStatus.PENDING);
      if (!running.length && !this.awaitsEnglish) return done;
      await Promise.all([...running.map((t) => t.taskComplete.catch(() => undefined)), this.awaitsEnglish ? loadEnglish() : undefined]);
      done = await super.getUpdateComplete();
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLocale();
    // A `role` naming an office is still honoured (see shared/office.ts): re-render on change.
    if (name === 'role' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    watchLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLocale(this);
  }

  /**
   * Re-reads the locale from the element and its ancestors (called by the
   * locale watcher of localize.ts).
   * @internal
   */
  refreshLocale(): void {
    const wanted = resolveLocale(this);
    // A widget whose English could not be loaded stays Dutch throughout (no half-English screen).
    const next = wanted === 'en' && englishFailed() ? 'nl' : wanted;
    if (next !== this.locale) this.locale = next;
    // English is loaded the first time a widget shows it; until then the catalogs give Dutch.
    if (wanted === 'en' && !this.englishAsked) {
      this.englishAsked = true;
      void loadEnglish().then((complete) => {
        this.englishArrived(complete);
      });
    }
  }

  /** Whether this widget asked for English (later arrivals reach it through the locale watcher). */
  private englishAsked = false;

  /**
   * English arrived: render it. If a chunk of it could not be loaded, a
   * widget asked for English shows Dutch and says so (once).
   * @internal
   */
  englishArrived(complete: boolean): void {
    if (resolveLocale(this) !== 'en') return;
    if (complete) {
      this.requestUpdate();
      return;
    }
    this.locale = 'nl';
    if (!this.problems.some((p) => p.code === 'english-unavailable')) this.reportProblem(englishUnavailable());
  }

  /** The messages of `catalog` in the current locale. */
  protected t<M>(catalog: Catalog<M>): M {
    return catalog[this.locale];
  }

  /**
   * Dispatches a bubbling, composed `vk-*` event; the name picks the detail
   * type (`shared/events.ts`). Returns `false` when a listener cancelled it
   * (only possible with `cancelable: true`).
   */
  protected emit<K extends VkEventName>(type: K, detail: VkEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(composedEvent(type, detail, options.cancelable ?? false));
  }

  /**
   * Shows `problem` in the widget (through {@link renderProblems}) and
   * dispatches a non-bubbling `error` event. Problems with the same code
   * replace each other.
   */
  protected reportProblem(problem: VkProblem): void {
    this.problems = [...this.problems.filter((p) => p.code !== problem.code), problem];
    this.dispatchEvent(errorEvent(problem, this.locale));
  }

  /** Removes problems (all, or those whose code is in `codes`). */
  protected clearProblems(...codes: ProblemCode[]): void {
    if (this.problems.length === 0) return;
    this.problems = codes.length ? this.problems.filter((p) => !codes.includes(p.code)) : [];
  }

  /** The problem list, or nothing. Widgets place it where it reads best. */
  protected renderProblems(): TemplateResult | undefined {
    if (this.problems.length === 0) return undefined;
    const m = this.t(baseMessages);
    return html`<div class="vk-problems" part="error" role="alert" aria-label=${m.problemsLabel}>
      ${this.problems.map((p) => html`<p>${p.message[this.locale]}</p>`)}
    </div>`;
  }

  /**
   * A render that throws must not take the host page down: the widget shows
   * a short message instead, reports it, and the exception stays inside.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // LitElement.update threw before ReactiveElement.update could finish
      // the cycle (reflect attributes, clear the pending flag); finish it so
      // the widget can render again once its input is fixed.
      ReactiveElement.prototype['update'].call(this, changed);
      this.showCrash(error);
    }
  }

  /**
   * The same for the rest of the update: `willUpdate`, a controller (a
   * `Task`'s arguments), `updated`. Lit would rethrow into an unhandled
   * promise rejection of the host page (e.g. for `office = 42` set by a
   * script); Lit has already ended the cycle, so the widget renders again
   * once its input is fixed.
   */
  protected override performUpdate(): void {
    try {
      if (this.isUpdatePending) this.coerceAttributeProperties();
      super.performUpdate();
    } catch (error) {
      this.showCrash(error);
    }
  }

  /** The page's turn of the last update, and the updates run in it (see {@link UPDATE_LOOP_LIMIT}). */
  private loopTurn = -1;
  private updatesInTurn = 0;

  /**
   * A widget whose code asks for update after update without the page
   * getting a turn would freeze the host page: past the limit it stops,
   * shows the "could not be shown" message and reports `render-failed`. The
   * next change the host makes (an attribute, a property) renders again.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = turns();
    if (turn !== this.loopTurn) {
      this.loopTurn = turn;
      this.updatesInTurn = 0;
    }
    if (++this.updatesInTurn <= UPDATE_LOOP_LIMIT) return super.scheduleUpdate();
    if (this.updatesInTurn === UPDATE_LOOP_LIMIT + 1) this.showCrash(new Error(`more than ${String(UPDATE_LOOP_LIMIT)} updates without a pause: stopped`));
    // Ends this update without running it; the changes stay queued for the next one.
    this.isUpdatePending = false;
  }

  /** Properties set since the last update (their setters request it), for {@link coerceAttributeProperties}. */
  private assigned: Set<PropertyKey> | undefined;

  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    const [name] = args;
    if (name !== undefined) (this.assigned ??= new Set()).add(name);
    super.requestUpdate(...args);
  }

  /**
   * Attributes are text, and a widget reads its attribute properties as
   * text (or as a number, for `type: Number`). A script may set such a
   * property to anything, and `removeAttribute` sets it to `null`; before
   * the update, a property set since the last one gets what the attribute
   * would give (`42` → `'42'`; `null`, `undefined`, an object → `''`; for a
   * number `'3'` → `3`, an object → `NaN`), so that nothing (in particular
   * a `Task`'s arguments, which run outside this update's guard) trips over
   * it. Properties with a converter of their own are left alone.
   */
  private coerceAttributeProperties(): void {
    const names = this.assigned;
    if (!names?.size) return;
    this.assigned = undefined;
    const self = this as unknown as Record<PropertyKey, unknown>;
    const declared = (this.constructor as typeof ReactiveElement).elementProperties;
    for (const name of names) {
      const options = declared.get(name);
      const own = options?.converter !== undefined && options.converter !== defaultConverter;
      if (!options || options.state || options.attribute === false || own) continue;
      const value = self[name];
      if (options.type === Number) {
        if (value !== undefined && value !== null && typeof value !== 'number') self[name] = asNumber(value);
      } else if (!options.type || options.type === String) {
        if (typeof value !== 'string') self[name] = asText(value);
      }
    }
  }

  /** Replaces the widget's content with the "could not be shown" message and reports `render-failed`. */
  private showCrash(error: unknown): void {
    const problem = renderFailed(error);
    render(
      html`<div class="vk-problems" part="base error" role="alert"><p>${problem.message[this.locale]}</p></div>`,
      this.renderRoot,
      this.renderOptions,
    );
    this.dispatchEvent(errorEvent(problem, this.locale));
    // The error state is on screen: whoever awaits `ready` may go on.
    this.markReady();
  }
}
