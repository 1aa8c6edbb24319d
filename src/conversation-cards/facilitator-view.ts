/**
 * The facilitator's screen for a group at one projector: the card on the
 * table in big type, drawing controls, the round timer, the intervisie steps
 * beside the card and the facilitator's notes. The element owns the state;
 * this module only draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DeckCard } from '../data/index.js';
import { renderHeading } from '../shared/heading.js';
import { renderCard, type CardContext } from './card-view.js';
import { messages, PHASES } from './conversation-cards.messages.js';
import { DRAW_ORDERS, MAX_ROUND_MINUTES, type DrawOrder } from './deck.js';
import type { NotesMode } from './notes.js';
import type { RoundTimer } from './round-timer.js';

export interface FacilitatorModel {
  readonly ctx: CardContext;
  readonly level: number;
  readonly current: DeckCard | undefined;
  /** "Kaart 3 van 12, nog 9 in de stapel" (or the deck's size before the first draw). */
  readonly count: string;
  readonly order: DrawOrder;
  readonly timer: RoundTimer;
  readonly minutes: number;
  readonly phase: number;
  readonly notes: string;
  readonly notesMode: NotesMode;
  readonly onKey: (e: KeyboardEvent) => void;
  readonly onNext: () => void;
  readonly onRestart: () => void;
  readonly onOrder: (order: DrawOrder) => void;
  readonly onToggleTimer: () => void;
  readonly onResetTimer: () => void;
  readonly onMinutes: (minutes: number) => void;
  readonly onPhase: (index: number) => void;
  readonly onNotes: (text: string) => void;
  readonly onClearNotes: () => void;
}

function renderTimer(f: FacilitatorModel): TemplateResult {
  const m = messages[f.ctx.locale];
  const t = f.timer;
  const label = t.running ? m.pause : t.untouched ? m.start : m.resume;
  return html`<section class="side-part" aria-labelledby="timer-heading">
    ${renderHeading(f.level + 1, m.timerHeading, { id: 'timer-heading', className: 'side-heading', part: 'section-heading' })}
    <p class="timer ${t.ended ? 'timer--ended' : ''}" part="timer" role="timer" aria-label=${m.timerLabel}>${t.display}</p>
    <div class="timer-controls">
      <button
        type="button"
        class="vk-button"
        part="button timer-toggle"
        aria-keyshortcuts="p"
        ?disabled=${t.ended}
        @click=${f.onToggleTimer}
      >
        ${label} <kbd>P</kbd>
      </button>
      <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${f.onResetTimer}>
        ${m.resetTimer}
      </button>
    </div>
    <label class="minutes">
      ${m.minutes}
      <input
        type="number"
        min="1"
        max=${MAX_ROUND_MINUTES}
        step="1"
        inputmode="numeric"
        part="input"
        .value=${live(String(f.minutes))}
        @change=${(e: Event) => {
          const n = Number((e.target as HTMLInputElement).value);
          if (Number.isInteger(n) && n >= 1 && n <= MAX_ROUND_MINUTES) f.onMinutes(n);
          else (e.target as HTMLInputElement).value = String(f.minutes);
        }}
      />
    </label>
  </section>`;
}

function renderRound(f: FacilitatorModel): TemplateResult {
  const m = messages[f.ctx.locale];
  return html`<section class="round" aria-labelledby="round-heading">
    ${renderHeading(f.level + 1, m.roundHeading, { id: 'round-heading', className: 'side-heading', part: 'section-heading' })}
    <ol class="phases" part="phases">
      ${PHASES.map(
        (p, i) => html`<li class=${i === f.phase ? 'phase phase--current' : 'phase'} aria-current=${i === f.phase ? 'step' : 'false'}>
          <span class="phase-name">${m.phases[p]}</span>${i === f.phase
            ? html` <span class="phase-now">(${m.phaseNow})</span>`
            : nothing}
          <span class="phase-hint">${m.phaseHints[p]}</span>
        </li>`,
      )}
    </ol>
    <div class="phase-controls">
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        aria-disabled=${f.phase === 0 ? 'true' : 'false'}
        @click=${() => {
          if (f.phase > 0) f.onPhase(f.phase - 1);
        }}
      >
        ${m.previousPhase}
      </button>
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        aria-disabled=${f.phase === PHASES.length - 1 ? 'true' : 'false'}
        @click=${() => {
          if (f.phase < PHASES.length - 1) f.onPhase(f.phase + 1);
        }}
      >
        ${m.nextPhase}
      </button>
    </div>
    <p class="note">${m.roundNote}</p>
  </section>`;
}

function renderNotes(f: FacilitatorModel): TemplateResult {
  const m = messages[f.ctx.locale];
  const hint = { kept: m.notesKept, off: m.notesOff, unavailable: m.notesUnavailable, full: m.notesFull }[f.notesMode];
  return html`<section class="side-part notes" part="notes" aria-labelledby="notes-heading">
    ${renderHeading(f.level + 1, m.notesHeading, { id: 'notes-heading', className: 'side-heading', part: 'section-heading' })}
    <label for="notes">${m.notesLabel}</label>
    <p class="hint" id="notes-hint">${hint}</p>
    <textarea
      id="notes"
      part="input"
      rows="5"
      aria-describedby="notes-hint"
      .value=${live(f.notes)}
      @input=${(e: Event) => {
        f.onNotes((e.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
    <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${f.onClearNotes}>
      ${m.clearNotes}
    </button>
  </section>`;
}

function renderDraw(f: FacilitatorModel): TemplateResult {
  const m = messages[f.ctx.locale];
  return html`<section class="side-part draw" part="controls" aria-labelledby="draw-heading">
    ${renderHeading(f.level + 1, m.pileHeading, { id: 'draw-heading', className: 'side-heading', part: 'section-heading' })}
    <p class="count" part="count">${f.count}</p>
    <div class="draw-buttons">
      <button type="button" class="vk-button next" part="button next" aria-keyshortcuts="Space" @click=${f.onNext}>
        ${m.next} <kbd>␣</kbd>
      </button>
      <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${f.onRestart}>
        ${m.restart}
      </button>
    </div>
    <fieldset class="order">
      <legend>${m.drawOrder}</legend>
      ${DRAW_ORDERS.map(
        (o) => html`<label class="radio">
          <input
            type="radio"
            name="order"
            value=${o}
            .checked=${live(f.order === o)}
            @change=${() => {
              f.onOrder(o);
            }}
          />
          ${m.drawNames[o]}
        </label>`,
      )}
    </fieldset>
    <p class="keys">${m.keys}</p>
  </section>`;
}

export function renderFacilitator(f: FacilitatorModel): TemplateResult {
  const m = messages[f.ctx.locale];
  return html`<section class="facilitator" part="facilitator" aria-labelledby="facilitator-heading" @keydown=${f.onKey}>
    ${renderHeading(f.level, m.facilitatorHeading, { id: 'facilitator-heading', className: 'vk-visually-hidden' })}
    <div class="table">
      <div class="main">
        <div class="stage" part="stage" role="region" tabindex="0" aria-label=${m.stageLabel} aria-keyshortcuts="Space p">
          ${f.current
            ? html`<div class="stage-card" data-card=${f.current.id}>${renderCard(f.current, f.level + 1, 'stage-card-heading', f.ctx)}</div>`
            : html`<p class="stage-empty">${m.stageEmpty}</p>`}
        </div>
        ${renderRound(f)}
      </div>
      <aside class="side" part="side" aria-label=${m.sideLabel}>${renderTimer(f)} ${renderDraw(f)} ${renderNotes(f)}</aside>
    </div>
  </section>`;
}
