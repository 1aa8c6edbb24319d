/**
 * The scan's steps before the result: the office, the own top four, the
 * pages of statements, each with its progress, the summary of what is still
 * missing (GOV.UK's error-summary pattern: links that move focus to the
 * field), and the "keep my answers" controls under every step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { scannableValues, type QuickScanItem, type RoleId, type ValueId } from '../data/index.js';
import { clusterName, levelName, roleName } from '../shared/domain.messages.js';
import type { KeptAnswers } from './kept-answers.js';
import type { FieldError, PageScreen, ScanProgress, Screen } from './screens.js';
import { ANSWERS, type Answer } from './types.js';
import { answerLabel, cite, type View } from './view.js';

export interface StepView extends View {
  readonly screen: Exclude<Screen, { kind: 'result' }>;
  /** Index of `screen` in `screens`. */
  readonly index: number;
  readonly screens: readonly Screen[];
  readonly progress: ScanProgress;
  /** The office the person chose (the page may have set one instead). */
  readonly chosenRole: RoleId | null;
  /** What is missing on this screen, once the person tried to go on. */
  readonly errors: readonly FieldError[];
  readonly onNext: (e: Event) => void;
  /** Skips the optional own top four (at the top of that step, before the 39 checkboxes). */
  readonly onSkipValues: () => void;
  readonly onBack: () => void;
  readonly onRole: (id: RoleId) => void;
  readonly onValueToggle: (id: ValueId, checked: boolean) => void;
  readonly onAnswer: (itemId: string, answer: Answer) => void;
  /** Moves focus to the field with id `target` (or the first input inside it). */
  readonly focusField: (target: string) => void;
}

/** One step: progress, the missing answers, the step's fields, back and next. */
export function renderStep(view: StepView): TemplateResult {
  const { m, data, screen, index, screens, errors } = view;
  // Until the office (and a Statenlid's values) are known, count the pages every scan has.
  const steps =
    screens.at(-1)?.kind === 'result' ? screens.length - 1 : (view.progress.presetRole ? 0 : 1) + 1 + 4 + data.levels.length;
  const isLastStep = screens[index + 1]?.kind === 'result';
  const total = screens.reduce((n, s) => n + (s.kind === 'page' ? s.items.length : 0), 0);
  return html`<form class="step" part="step" novalidate @submit=${view.onNext}>
    <div class="progress" part="progress">
      <p class="progress-text" id="qs-progress">
        ${m.stepOf(index + 1, steps)}${screen.kind === 'page' && total
          ? html` · ${m.itemRange(screen.first + 1, screen.first + screen.items.length, total)}`
          : nothing}
      </p>
      <progress max=${steps} .value=${index + 1} aria-labelledby="qs-progress"></progress>
    </div>
    ${errors.length ? renderErrorSummary(view) : nothing}
    ${screen.kind === 'role' ? renderRoleStep(view) : screen.kind === 'values' ? renderValuesStep(view) : renderPage(view, screen)}
    <div class="nav" part="nav">
      ${index > 0
        ? html`<button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${view.onBack}>
            ${m.back}
          </button>`
        : nothing}
      <button type="submit" class="vk-button" part="button">${isLastStep ? m.toResult : m.next}</button>
    </div>
  </form>`;
}

function renderErrorSummary(view: StepView): TemplateResult {
  const { m, screen, errors } = view;
  const title = screen.kind === 'page' ? m.errorSummary(errors.length) : screen.kind === 'values' ? m.errorSummaryValues : m.errorSummaryRole;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="qs-error-title">
    <p class="error-summary-title" id="qs-error-title">${title}</p>
    <ul>
      ${errors.map(
        (e) =>
          html`<li>
            <a
              href=${`#${e.target}`}
              @click=${(ev: Event) => {
                ev.preventDefault();
                view.focusField(e.target);
              }}
              >${e.label}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderIntro(view: View): TemplateResult {
  const { m, data } = view;
  return html`<div class="intro">
    <p>${m.intro}</p>
    <p class="intro-quote">${m.introQuoteLead} <q lang="nl">${data.bank.intro.text}</q>.</p>
    ${cite(view, data.bank.intro.source)}
  </div>`;
}

function renderRoleStep(view: StepView): TemplateResult {
  const { m, data, errors } = view;
  const current = view.chosenRole;
  return html`${renderIntro(view)}
    <fieldset class="choices" aria-describedby=${errors.length ? 'qs-role-error' : 'qs-role-hint'}>
      <legend>${view.heading(1, m.roleHeading, { focus: true })}</legend>
      <p class="hint" id="qs-role-hint">${m.roleHint}</p>
      ${errors.length ? html`<p class="field-error" id="qs-role-error">${m.roleMissing}</p>` : nothing}
      <div class="choice-list">
        ${data.roles.map(
          (r, i) =>
            html`<label class="choice" part="choice">
              <input
                type="radio"
                name="qs-role"
                id=${`qs-role-${String(i)}`}
                .checked=${live(current === r.id)}
                @change=${() => {
                  view.onRole(r.id);
                }}
              />
              <span>${roleName(r, view.locale)}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
}

function renderValuesStep(view: StepView): TemplateResult {
  const { m, data, errors } = view;
  const { role, ownValues } = view.progress;
  if (!role) return html``;
  const staten = !role.priorities;
  const allowed = staten ? new Set(scannableValues(data.bank, role.id)) : undefined;
  const groups = data.valueGroups
    .map((g) => ({ ...g, values: g.values.filter((v) => !allowed || allowed.has(v.id)) }))
    .filter((g) => g.values.length);
  const chosen = new Set(ownValues);
  const error = errors[0];
  return html`${view.progress.presetRole ? renderIntro(view) : nothing}
    <fieldset class="values" id="qs-values" aria-describedby=${error ? 'qs-values-count qs-values-error' : 'qs-values-count'}>
      <legend>${view.heading(1, staten ? m.statenHeading : m.valuesHeading, { focus: true })}</legend>
      ${staten
        ? html`<div class="panel" part="panel">
            <p>${m.statenNote}</p>
            ${cite(view, role.source)}
          </div>`
        : html`<p class="hint">${m.valuesOptional}</p>
            <p class="skip">
              <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${view.onSkipValues}>
                ${m.skipValues}
              </button>
            </p>`}
      <p class="hint">${staten ? m.statenLegend(allowed?.size ?? 0) : m.valuesLegend}</p>
      <p class=${classMap({ count: true, 'count--over': ownValues.length > 4 })} id="qs-values-count">${m.chosenCount(ownValues.length)}</p>
      ${error ? html`<p class="field-error" id="qs-values-error">${error.message}</p>` : nothing}
      <div class="cluster-list">
        ${groups.map(
          (g) =>
            html`<fieldset class="cluster" data-cluster=${g.cluster?.id ?? nothing}>
              <legend>${g.cluster ? clusterName(g.cluster, view.locale) : m.unplaced}</legend>
              ${g.values.map(
                (v) =>
                  html`<label class="choice choice--value" part="choice">
                    <input
                      type="checkbox"
                      .checked=${live(chosen.has(v.id))}
                      @change=${(e: Event) => {
                        view.onValueToggle(v.id, (e.target as HTMLInputElement).checked);
                      }}
                    />
                    <span lang="nl">${v.name}</span>
                  </label>`,
              )}
            </fieldset>`,
        )}
      </div>
    </fieldset>`;
}

function renderPage(view: StepView, screen: PageScreen): TemplateResult {
  const { m, data, errors } = view;
  const role = view.progress.role;
  const missing = new Set(errors.map((e) => e.target));
  const level = screen.level ? data.levels.find((l) => l.id === screen.level) : undefined;
  const value = screen.value ? data.values.get(screen.value) : undefined;
  const title = value ? html`<span lang="nl">${value.name}</span>` : level ? levelName(level.id, view.locale) : '';
  const hint = value && role ? (role.priorities ? m.priorityOf(roleName(role, view.locale, true)) : m.ownChoice) : level ? m.levelIntro(level.focus) : nothing;
  return html`<div class="page" data-cluster=${value?.cluster ?? nothing}>
    ${view.heading(1, title, { focus: true })}
    <p class="hint">${hint} ${m.instructions}</p>
    ${repeat(
      screen.items,
      (item) => item.id,
      (item, i) => renderItem(view, item, screen.first + i + 1, missing.has(`qs-item-${item.id}`)),
    )}
  </div>`;
}

function renderItem(view: StepView, item: QuickScanItem, number: number, missing: boolean): TemplateResult {
  const m = view.m;
  const answer = view.progress.answers.get(item.id);
  const errorId = `qs-error-${item.id}`;
  return html`<fieldset
    class=${classMap({ item: true, 'item--missing': missing })}
    part="item"
    id=${`qs-item-${item.id}`}
    aria-describedby=${missing ? errorId : nothing}
  >
    <legend><span class="item-number">${number}.</span> <span lang="nl">${item.statement}</span></legend>
    ${missing ? html`<p class="field-error" id=${errorId}>${m.itemMissing}</p>` : nothing}
    <div class="scale">
      ${ANSWERS.map(
        (a) =>
          html`<label class=${classMap({ option: true, 'option--na': a === 'nvt' })} part="option">
            <input
              type="radio"
              name=${`qs-a-${item.id}`}
              value=${String(a)}
              .checked=${live(answer === a)}
              @change=${() => {
                view.onAnswer(item.id, a);
              }}
            />
            <span>${answerLabel(m, a)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The "keep my answers" controls: opt in or out, or why keeping is off; erase. */
export function renderStorage(
  view: Pick<View, 'm'>,
  keep: Pick<KeptAnswers, 'mode' | 'saving'>,
  hasAnswers: boolean,
  onToggle: (e: Event) => void,
  onErase: () => void,
): TemplateResult {
  const { m } = view;
  const mode = keep.mode;
  return html`<div class="storage" part="storage">
    <p class="storage-title">${m.storageLegend}</p>
    <p class="hint">${m.privacy}</p>
    ${mode === 'available'
      ? html`<label class="choice choice--save">
            <input type="checkbox" .checked=${live(keep.saving)} @change=${onToggle} aria-describedby="qs-save-hint" />
            <span>${m.saveLabel}</span>
          </label>
          <p class="hint" id="qs-save-hint">${m.saveHint}</p>`
      : html`<p class="hint">${mode === 'off' ? m.saveOff : mode === 'full' ? m.saveFull : m.saveUnavailable}</p>`}
    ${hasAnswers || keep.saving
      ? html`<button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${onErase}>${m.erase}</button>`
      : nothing}
  </div>`;
}
