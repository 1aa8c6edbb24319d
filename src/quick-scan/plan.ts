/**
 * The personal development plan (persoonlijk ontwikkelplan): from the result,
 * the person picks one to three actions (the publication's courses of action
 * and the offers for the values to work on), adds a note, and gets a sheet
 * to print or save as PDF (A4, black on white, citations kept) or to
 * download as Markdown. Built in the browser; nothing is sent.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Source, ValueId } from '../data/index.js';
import { roleName } from '../shared/domain.messages.js';
import { safeUrl } from '../shared/safe-url.js';
import { download } from './export.js';
import { formatDay, ownActions, valueOffers, type ResultView } from './result-view.js';
import { cite, valueName } from './view.js';

/** At most this many actions in a plan. */
export const PLAN_MAX = 3;

/** One action that can go into the plan. */
export interface PlanChoice {
  /** `action:<id>` or `offer:<id>`. */
  readonly key: string;
  readonly kind: 'action' | 'offer';
  readonly value: ValueId;
  readonly text: string;
  readonly source: Source | null | undefined;
  readonly url?: string;
}

/** The actions to choose from: for each value to work on (or every value, when all are level), its actions, then its offers. */
export function planChoices(view: Pick<ResultView, 'data' | 'role' | 'items' | 'detail'>): PlanChoice[] {
  const values = [...view.detail.growth, ...view.detail.top.filter((id) => !view.detail.growth.includes(id))];
  const seen = new Set<string>();
  // An offer for several of these values is listed once, under the first.
  const once = (c: PlanChoice) => !seen.has(c.key) && !!seen.add(c.key);
  return values.flatMap((value) => [
    ...ownActions(view, value).map(
      (a): PlanChoice => ({ key: `action:${a.id}`, kind: 'action', value, text: a.text, source: a.source }),
    ),
    ...valueOffers(view, value).map((o): PlanChoice => {
      const url = safeUrl(o.url);
      return { key: `offer:${o.id}`, kind: 'offer', value, text: o.title, source: o.source, ...(url ? { url } : {}) };
    }),
  ].filter(once));
}

/** What the plan keeps for the tab's session. */
export interface PlanState {
  readonly open: boolean;
  readonly picks: readonly string[];
  readonly note: string;
}

/**
 * The plan's state and actions, beside the element: open or not, the actions
 * chosen (at most three), the note, and what is wrong when printing or
 * downloading without a choice.
 */
export class PlanController implements ReactiveController {
  open = false;
  picks: readonly string[] = [];
  note = '';
  error: 'planMax' | 'planNone' | null = null;
  /** Focus to move after the next render. */
  focus: 'heading' | 'error' | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(
      this.focus === 'error' ? '#qs-plan-error' : '.plan [data-focus-heading]',
    );
    this.focus = null;
    target?.focus();
  }

  get state(): PlanState {
    return { open: this.open, picks: this.picks, note: this.note };
  }

  restore(state: PlanState | undefined): void {
    if (!state) return;
    this.open = state.open;
    this.picks = state.picks.slice(0, PLAN_MAX);
    this.note = state.note;
  }

  private set(next: Partial<Pick<PlanController, 'open' | 'picks' | 'note' | 'error' | 'focus'>>): void {
    Object.assign(this, next);
    this.host.requestUpdate();
    this.changed();
  }

  show(open: boolean): void {
    this.set({ open, error: null, focus: open ? 'heading' : null });
  }

  pick(key: string, checked: boolean): void {
    if (checked && this.picks.length >= PLAN_MAX) this.set({ error: 'planMax' });
    else this.set({ picks: checked ? [...this.picks, key] : this.picks.filter((k) => k !== key), error: null });
  }

  write(note: string): void {
    this.set({ note });
  }

  /** Whether the plan has an action to print or download; says so when not. */
  ready(): boolean {
    if (this.picks.length) return true;
    this.set({ error: 'planNone', focus: 'error' });
    return false;
  }

  clear(): void {
    this.set({ open: false, picks: [], note: '', error: null });
  }
}

export interface PlanView extends ResultView {
  readonly picks: readonly string[];
  readonly note: string;
  readonly planError: string | null;
  readonly onPick: (key: string, checked: boolean) => void;
  readonly onNote: (note: string) => void;
  readonly onPrint: () => void;
  readonly onDownloadPlan: () => void;
  readonly onPlanClose: () => void;
}

function sourceText(view: Pick<ResultView, 'data'>, source: Source | null | undefined): string {
  if (!source) return '';
  const doc = view.data.documents.get(source.doc);
  return `${doc?.title ?? source.doc}${doc ? ` (${String(doc.year)})` : ''}, ${source.section}`;
}

/** The plan as Markdown: the same as the printed sheet. */
export function planMarkdown(view: PlanView, chosen: readonly PlanChoice[]): string {
  const { m, locale, detail } = view;
  const name = (id: ValueId) => view.data.values.get(id)?.name ?? id;
  const lines = [
    `# ${m.sheetTitle(roleName(view.role, locale))}`,
    '',
    m.sheetMade(formatDay(view.resultDate ?? '', locale)),
    '',
    `## ${m.sheetActions}`,
    '',
    ...chosen.flatMap((c, i) => [
      `${String(i + 1)}. **${name(c.value)}**: ${c.kind === 'offer' ? `${m.planOffer}: ` : ''}${c.text}${c.url ? ` <${c.url}>` : ''}`,
      ...(c.source ? [`   ${sourceText(view, c.source)}`] : []),
    ]),
    '',
    `## ${m.sheetNote}`,
    '',
    view.note.trim() || m.sheetNoNote,
    '',
    `${m.sheetCode}: \`${detail.code}\``,
    '',
  ];
  return lines.join('\n');
}

export function downloadPlan(view: PlanView, chosen: readonly PlanChoice[]): void {
  download(`${view.m.planFile}-${view.role.id}.md`, 'text/markdown;charset=utf-8', planMarkdown(view, chosen));
}

/** The plan screen: the choice and the note, then the sheet as it prints. */
export function renderPlan(view: PlanView): TemplateResult {
  const { m } = view;
  const choices = planChoices(view);
  const chosen = view.picks.flatMap((k) => choices.filter((c) => c.key === k));
  const values = [...new Set(choices.map((c) => c.value))];
  return html`<div class="plan" part="plan">
    <div class="plan-editor">
      ${view.heading(1, m.planHeading, { focus: true })}
      <p>${m.planIntro}</p>
      <fieldset class="plan-choices" aria-describedby="qs-plan-count">
        <legend>${m.planPick}</legend>
        <p class="hint" id="qs-plan-count" aria-live="polite">${m.planChosen(chosen.length)}</p>
        ${view.planError ? html`<p class="field-error" id="qs-plan-error" tabindex="-1">${view.planError}</p>` : nothing}
        ${values.map(
          (value) => html`<p class="advice-label">${m.planFor} ${valueName(view, value)}</p>
            ${choices
              .filter((c) => c.value === value)
              .map(
                (c) => html`<label class="choice">
                  <input
                    type="checkbox"
                    .checked=${live(view.picks.includes(c.key))}
                    @change=${(e: Event) => {
                      view.onPick(c.key, (e.target as HTMLInputElement).checked);
                    }}
                  />
                  <span>${c.kind === 'offer' ? html`${m.planOffer}: ` : nothing}<span lang="nl">${c.text}</span></span>
                </label>`,
              )}`,
        )}
      </fieldset>
      <label class="field-label" for="qs-plan-note">${m.planNoteLabel}</label>
      <p class="hint" id="qs-plan-note-hint">${m.planNoteHint}</p>
      <textarea
        id="qs-plan-note"
        part="input"
        rows="4"
        aria-describedby="qs-plan-note-hint"
        .value=${live(view.note)}
        @input=${(e: Event) => {
          view.onNote((e.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      <div class="export-buttons">
        <button type="button" class="vk-button" part="button" @click=${view.onPrint}>${m.planPrint}</button>
        <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${view.onDownloadPlan}>
          ${m.planDownload}
        </button>
        <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${view.onPlanClose}>
          ${m.planBack}
        </button>
      </div>
      <p class="plan-preview-label">${m.planPreview}:</p>
    </div>
    ${renderSheet(view, chosen)}
  </div>`;
}

/** The sheet: what prints (A4, black on white) and what the Markdown download holds. */
export function renderSheet(view: PlanView, chosen: readonly PlanChoice[]): TemplateResult {
  const { m, locale } = view;
  return html`<article class="plan-sheet" part="plan-sheet" aria-labelledby="qs-sheet-title">
    ${view.heading(2, m.sheetTitle(roleName(view.role, locale)), { id: 'qs-sheet-title' })}
    <p>${m.sheetMade(formatDay(view.resultDate ?? '', locale))}</p>
    ${view.heading(3, m.sheetActions)}
    ${
      chosen.length
        ? html`<ol class="plan-actions">
            ${chosen.map(
              (c) => html`<li>
                <strong>${valueName(view, c.value)}</strong>:
                ${c.kind === 'offer' ? html`${m.planOffer}: ` : nothing}<span lang="nl">${c.text}</span>
                ${c.url ? html`<span class="plan-url">&lt;${c.url}&gt;</span>` : nothing} ${cite(view, c.source)}
              </li>`,
            )}
          </ol>`
        : html`<p>${m.sheetEmpty}</p>`
    }
    ${view.heading(3, m.sheetNote)}
    <p class="plan-note">${view.note.trim() || m.sheetNoNote}</p>
    <p class="plan-code">${m.sheetCode}: <code>${view.detail.code}</code></p>
  </article>`;
}
