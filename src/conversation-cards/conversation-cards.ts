import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import {
  allRoles,
  allSources,
  cardAudience,
  cardTheme,
  CARD_GROUPS,
  CARD_THEMES,
  conversationCards,
  secretaryCraft,
  type CardAudienceId,
  type CardThemeId,
  type DeckCard,
  type DeckCardKind,
  type Role,
  type SecretaryCraft,
  type SourceDocument,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';
import { controlStyles } from '../shared/controls.styles.js';
import { settingsContext, type VkSettings } from '../shared/context.js';
import { roleName } from '../shared/domain.messages.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { localized } from '../shared/localize.js';
import { VkElement } from '../shared/vk-element.js';
import { renderCard, type CardContext } from './card-view.js';
import { messages, PHASES } from './conversation-cards.messages.js';
import { conversationCardsStyles } from './conversation-cards.styles.js';
import {
  DEFAULT_ROUND_MINUTES,
  draw,
  drawnCount,
  DRAW_ORDERS,
  EMPTY_PILE,
  narrow,
  pages,
  remaining,
  roundMinutes,
  VIEWS,
  type CardsView,
  type DrawOrder,
  type Pile,
} from './deck.js';
import { renderFacilitator } from './facilitator-view.js';
import { Notes, type NotesMode } from './notes.js';
import { RoundTimer } from './round-timer.js';
import { renderSecretaryCraft } from './secretaries-view.js';

/** `detail` of `vk-card-draw`. */
export interface VkCardDrawDetail {
  /** The card drawn (`reflectie-3b`, `vangrail-of-vangnet`, `spanning-stabiliteit-wendbaarheid`). */
  readonly id: string;
  readonly kind: DeckCardKind;
  /** Cards left in the deck on the table. */
  readonly remaining: number;
}

/** `detail` of `vk-round-end`. */
export interface VkRoundEndDetail {
  /** The card on the table when the time ran out, if any. */
  readonly id: string | undefined;
  readonly minutes: number;
}

declare global {
  interface HTMLElementEventMap {
    'vk-card-draw': CustomEvent<VkCardDrawDetail>;
    'vk-round-end': CustomEvent<VkRoundEndDetail>;
  }
}

interface Loaded {
  readonly cards: readonly DeckCard[];
  readonly craft: SecretaryCraft;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly roles: readonly Role[];
}

interface Resolved {
  readonly data: Loaded;
  readonly theme: CardThemeId | undefined;
  readonly audience: CardAudienceId | undefined;
  /** The inputs that did not resolve, to report. */
  readonly unknownTheme: string | undefined;
  readonly unknownAudience: string | undefined;
}

async function loadAll(): Promise<Loaded> {
  const [cards, craft, sources, roles] = await Promise.all([conversationCards(), secretaryCraft(), allSources(), allRoles()]);
  return { cards, craft, documents: documentMap(sources), roles };
}

/** The narrowing to the questions of one part of the secretaries' craft (from its "view as cards" button). */
interface TopicFilter {
  readonly id: string;
  readonly name: string;
}

/**
 * Conversation cards from the research, for a group around one table or
 * screen: the eighteen reflection questions for municipal secretaries
 * (2016), the dilemmas of four kinds of civil servants (2014) and the value
 * tensions of the 2024 publication, each in the source's words, with for
 * whom it is meant and where it comes from. Narrow the deck by theme and
 * audience (the lokale driehoek, gemeentesecretarissen, raadsleden,
 * ambtenaren, any office).
 *
 * Four views: all cards; a facilitator's screen (draw the next card at
 * random or in order without repeats, a round timer that can be paused, the
 * steps of an intervisie round beside the card, notes kept in this browser;
 * space draws, P pauses, while focus is in the view); an A4 print sheet with
 * cut lines; and the municipal secretary's craft (boven / beneden / buiten,
 * the agenda-load table with a chart, craft generations, boundary-spanner
 * roles), each part linked to its reflection questions.
 *
 * @tagname vk-conversation-cards
 * @summary Conversation cards from the research for intervisie and the lokale driehoek, with a facilitator's screen, a print sheet and the secretaries' craft.
 *
 * @fires {CustomEvent<VkCardDrawDetail>} vk-card-draw - The facilitator drew a card. Bubbles, composed. `detail: { id, kind, remaining }`.
 * @fires {CustomEvent<VkRoundEndDetail>} vk-round-end - The round timer reached zero. Bubbles, composed. `detail: { id, minutes }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The widget's title.
 * @csspart views - The buttons that switch the view.
 * @csspart view-button - One of those buttons; the current one has `aria-pressed="true"`.
 * @csspart filters - The theme and audience choices.
 * @csspart select - A theme or audience list.
 * @csspart count - The number of cards (a live region).
 * @csspart deck - The list of cards.
 * @csspart card - One card (an `article`), in every view.
 * @csspart card-heading - A card's heading: its kind and name.
 * @csspart poles - A dilemma's two sides.
 * @csspart card-text - The question, dilemma or tension in the source's words.
 * @csspart card-for - For whom the card is meant.
 * @csspart citation - A source line ("Bron: …").
 * @csspart facilitator - The facilitator's view.
 * @csspart controls - The deck panel: count, next card, start again, drawing order.
 * @csspart stage - The card on the table.
 * @csspart side - The column beside the card (timer, round, notes).
 * @csspart timer - The time left.
 * @csspart phases - The steps of the intervisie round.
 * @csspart notes - The facilitator's notes.
 * @csspart input - The notes field and the minutes field.
 * @csspart button - Every button.
 * @csspart button-secondary - The secondary buttons (also `button`).
 * @csspart next - The "next card" button (also `button`).
 * @csspart timer-toggle - The start / pause button (also `button`).
 * @csspart sheet - The print sheet.
 * @csspart page - One A4 page of the sheet.
 * @csspart craft - The secretaries' craft view.
 * @csspart section-heading - The headings of views and their parts.
 * @csspart topic - One part of the craft (boven, a generation, a role).
 * @csspart topic-heading - Its heading.
 * @csspart questions - The reflection questions of a part.
 * @csspart show-cards - The button that puts those questions on the table.
 * @csspart table - The agenda-load table.
 * @csspart chart - The chart beside it.
 * @csspart error - Problems (unknown theme, audience, view or order; storage unavailable).
 *
 * @cssprop [--vk-conversation-cards-card-background-color=var(--vk-background-color)] - Background of a card.
 * @cssprop [--vk-conversation-cards-card-border-color=var(--vk-border-subtle-color)] - Border of a card.
 * @cssprop [--vk-conversation-cards-stage-font-size=clamp(1.25rem, 0.75rem + 1.25cqi, 2.25rem)] - Text size of the card on the facilitator's table.
 * @cssprop [--vk-conversation-cards-timer-font-size=clamp(2rem, 1.5rem + 2cqi, 3.5rem)] - Size of the round timer.
 * @cssprop [--vk-conversation-cards-accent-color=var(--vk-accent-background-color)] - The stripe on a card, the current step and the chart's bars.
 */
export class VkConversationCards extends VkElement {
  static override styles = [VkElement.styles, controlStyles, conversationCardsStyles];

  /** `deck` (default, all cards), `facilitator` (one card at a time for a group), `print` (A4 sheet) or `secretaries` (the municipal secretary's craft). */
  @property({ reflect: true }) view: CardsView = 'deck';

  /**
   * Only the cards of one theme: `samenspel`, `binnen-en-buiten`, `inhoud-en-proces`,
   * `sturen-en-loslaten`, `persoon-en-rol` or `waarden-die-botsen`. Empty: all themes.
   */
  @property({ reflect: true }) theme = '';

  /**
   * Only the cards for one audience: `driehoek` (the lokale driehoek), `ambtenaren`, or an office
   * (`gemeentesecretaris`, `raadsleden`, `griffier`, …; a driehoek card is also for its three
   * offices). Empty: everyone, unless a `<vk-provider>` names an office.
   */
  @property({ reflect: true }) audience = '';

  /** How the facilitator draws: `random` (default) or `in-order` (the deck's order). Never a card twice until the deck is shuffled again. */
  @property({ reflect: true }) draw: DrawOrder = 'random';

  /** Length of a round on the facilitator's timer, in whole minutes (1–120, default 15). */
  @property({ attribute: 'round-minutes' }) roundMinutes: string | number = 15;

  /** Level of the widget's title (1–6, default 2); its views and cards use the levels below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where the facilitator's notes are kept: `localStorage` by default. Set a `Storage` of your
   * own (`sessionStorage`), or `null` to keep nothing on this site (a shared computer). Property only.
   */
  @property({ attribute: false }) storage?: Storage | null;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private settings: VkSettings | undefined;

  @state() private pile: Pile = EMPTY_PILE;
  @state() private currentId: string | undefined;
  @state() private phase = 0;
  @state() private status = '';
  @state() private topic: TopicFilter | undefined;
  @state() private notesMode: NotesMode = 'kept';

  private readonly notes = new Notes();
  private notesLoaded = false;
  private minutes = DEFAULT_ROUND_MINUTES;
  private readonly timer = new RoundTimer(this, DEFAULT_ROUND_MINUTES, () => {
    this.say(this.t(messages).timeUp);
    this.emit('vk-round-end', { id: this.currentId, minutes: this.minutes } satisfies VkRoundEndDetail);
  });

  private readonly data = new Task(this, {
    task: async ([theme, audience]: readonly [string, string]): Promise<Resolved> => {
      const data = await loadAll();
      const themeInput = theme.trim();
      const audienceInput = audience.trim();
      const themeId = themeInput ? cardTheme(themeInput) : undefined;
      const audienceId = audienceInput ? await cardAudience(audienceInput) : undefined;
      return {
        data,
        theme: themeId,
        audience: audienceId,
        unknownTheme: themeInput && !themeId ? themeInput : undefined,
        unknownAudience: audienceInput && !audienceId ? audienceInput : undefined,
      };
    },
    // Its own audience, else the office of a <vk-provider>. (Not a `role` attribute: the widget takes no office of its own.)
    args: () => [this.theme, this.audience.trim() || this.settings?.office?.trim() || ''] as const,
    onComplete: (r) => {
      this.reportInputs(r);
    },
    onError: (error) => {
      this.reportProblem({ code: 'load-failed', message: localized(messages, (m) => m.loadFailed), detail: { error: String(error) } });
    },
  });

  // ---------------------------------------------------------------- inputs

  /** The view shown: `view`, or the deck when `view` is not one of the four (a host may write anything). */
  private get currentView(): CardsView {
    return VIEWS.includes(this.view) ? this.view : 'deck';
  }

  private get order(): DrawOrder {
    return DRAW_ORDERS.includes(this.draw) ? this.draw : 'random';
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private reportInputs(r: Resolved): void {
    this.clearProblems('load-failed');
    const themes = CARD_THEMES.join(', ');
    const groups = [...CARD_GROUPS, 'raadslid', 'gemeentesecretaris', '…'].join(', ');
    if (r.unknownTheme !== undefined) {
      const input = r.unknownTheme;
      this.reportProblem({
        code: 'unknown-theme',
        message: localized(messages, (m) => m.unknownTheme(input, themes)),
        detail: { theme: input },
      });
    } else this.clearProblems('unknown-theme');
    if (r.unknownAudience !== undefined) {
      const input = r.unknownAudience;
      this.reportProblem({
        code: 'unknown-audience',
        message: localized(messages, (m) => m.unknownAudience(input, groups)),
        detail: { audience: input },
      });
    } else this.clearProblems('unknown-audience');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      if ((VIEWS as readonly string[]).includes(this.view)) this.clearProblems('unknown-view');
      else {
        const view = this.view;
        this.reportProblem({ code: 'unknown-view', message: localized(messages, (m) => m.unknownView(view)), detail: { view } });
      }
    }
    if (changed.has('draw')) {
      if ((DRAW_ORDERS as readonly string[]).includes(this.draw)) this.clearProblems('unknown-draw');
      else {
        const draw = this.draw;
        this.reportProblem({ code: 'unknown-draw', message: localized(messages, (m) => m.unknownDraw(draw)), detail: { draw } });
      }
    }
    if (changed.has('roundMinutes')) {
      const n = roundMinutes(this.roundMinutes);
      const input = String(this.roundMinutes);
      if (n === undefined) {
        this.reportProblem({
          code: 'invalid-round-minutes',
          message: localized(messages, (m) => m.invalidMinutes(input)),
          detail: { 'round-minutes': input },
        });
      } else this.clearProblems('invalid-round-minutes');
      this.setMinutes(n ?? DEFAULT_ROUND_MINUTES);
    }
    if (changed.has('storage') || !this.notesLoaded) this.loadNotes();
  }

  private loadNotes(): void {
    this.notesLoaded = true;
    this.notesMode = this.notes.load(this.storage);
    this.reportNotes();
  }

  private reportNotes(): void {
    if (this.notesMode === 'unavailable') {
      this.reportProblem({ code: 'storage-unavailable', message: localized(messages, (m) => m.notesUnavailable) });
    } else if (this.notesMode === 'full') {
      this.reportProblem({ code: 'storage-full', message: localized(messages, (m) => m.notesFull) });
    } else {
      this.clearProblems('storage-unavailable', 'storage-full');
    }
  }

  private setMinutes(n: number): void {
    if (n === this.minutes) return;
    this.minutes = n;
    this.timer.reset(n);
  }

  /** `updateComplete` also waits for the cards of the current input, so a host (or test) can await them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.data.status === TaskStatus.PENDING) {
      await this.data.taskComplete.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    if (this.data.status === TaskStatus.COMPLETE || this.data.status === TaskStatus.ERROR) this.markReady();
  }

  // ---------------------------------------------------------------- the deck

  /** The deck on the table: the cards of the current filters. */
  private get deck(): DeckCard[] {
    const r = this.data.value;
    if (!r) return [];
    const questions = this.topic ? this.topicQuestions(r.data, this.topic.id) : undefined;
    return narrow(r.data.cards, { theme: r.theme, audience: r.audience }, questions);
  }

  private topicQuestions(data: Loaded, topicId: string): ReadonlySet<string> {
    return new Set(data.craft.questions.filter((q) => q.topics.some((t) => t.id === topicId)).map((q) => q.id));
  }

  private say(text: string): void {
    // Re-announce the same text too: clear first, set after the next frame.
    this.status = '';
    requestAnimationFrame(() => {
      this.status = text;
    });
  }

  /** Draws the next card; says so when the deck is empty. */
  private next(): void {
    const deck = this.deck;
    const m = this.t(messages);
    const result = draw(deck, this.pile, this.order);
    if (!result) {
      this.say(m.empty(deck.length));
      return;
    }
    this.pile = result.pile;
    this.currentId = result.card.id;
    this.phase = 0;
    if (!this.timer.untouched) this.timer.reset();
    const left = remaining(deck, this.pile).length;
    this.say(left ? m.drawn(deck.length - left, deck.length) : m.lastCard(deck.length));
    this.emit('vk-card-draw', { id: result.card.id, kind: result.card.kind, remaining: left } satisfies VkCardDrawDetail);
  }

  private restart(): void {
    this.pile = EMPTY_PILE;
    this.currentId = undefined;
    this.phase = 0;
    this.timer.reset();
    this.say(this.t(messages).restarted);
  }

  private toggleTimer(): void {
    const m = this.t(messages);
    if (this.timer.ended) return;
    this.say(this.timer.toggle() ? m.timerRunning : m.timerPaused);
  }

  /**
   * Space draws the next card and P pauses or resumes, while focus is in the
   * facilitator's view, except where the key has its own meaning (a button,
   * a field, a radio button): WCAG 2.1.4, active only on focus.
   */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const target = e.composedPath()[0];
    const tag = target instanceof Element ? target.localName : '';
    const typing = tag === 'input' || tag === 'textarea' || tag === 'select';
    if (e.key === ' ' && !typing && tag !== 'button' && tag !== 'a' && tag !== 'summary') {
      e.preventDefault();
      this.next();
    } else if ((e.key === 'p' || e.key === 'P') && !typing) {
      e.preventDefault();
      this.toggleTimer();
    }
  };

  // ---------------------------------------------------------------- actions

  private setView(view: CardsView): void {
    if (view === this.currentView && view === this.view) return;
    this.view = view;
  }

  private readonly onTheme = (e: Event): void => {
    this.theme = (e.target as HTMLSelectElement).value;
  };

  private readonly onAudience = (e: Event): void => {
    this.audience = (e.target as HTMLSelectElement).value;
  };

  private showTopic(id: string, name: string): void {
    this.topic = { id, name };
    this.theme = '';
    this.audience = '';
    this.view = 'deck';
    this.updateComplete
      .then(() => {
        this.renderRoot.querySelector<HTMLElement>('#deck-heading')?.focus();
      })
      .catch(() => undefined);
  }

  private clearTopic(): void {
    this.topic = undefined;
    this.updateComplete
      .then(() => {
        this.renderRoot.querySelector<HTMLElement>('#deck-heading')?.focus();
      })
      .catch(() => undefined);
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const m = this.t(messages);
    const r = this.data.value;
    return html`<div class="base view-${this.currentView}" part="base">
      <header class="header">
        ${renderHeading(this.level, m.title, { id: 'title', part: 'heading', className: 'title' })}
        <p class="intro">${m.intro}</p>
      </header>
      ${this.renderProblems()} ${this.renderViewButtons()}
      ${r ? this.renderView(r) : html`<p class="status" role="status">${m.loading}</p>`}
      <p class="vk-visually-hidden" role="status">${this.status}</p>
    </div>`;
  }

  private renderViewButtons(): TemplateResult {
    const m = this.t(messages);
    const current = this.currentView;
    return html`<div class="views" part="views" role="group" aria-label=${m.views}>
      ${VIEWS.map(
        (v) => html`<button
          type="button"
          class="view-button"
          part="view-button"
          aria-pressed=${v === current ? 'true' : 'false'}
          @click=${() => {
            this.setView(v);
          }}
        >
          ${m.viewNames[v]}
        </button>`,
      )}
    </div>`;
  }

  private context(r: Resolved): CardContext {
    return { locale: this.locale, documents: r.data.documents, roles: new Map(r.data.roles.map((role) => [role.id, role])) };
  }

  private renderView(r: Resolved): TemplateResult {
    switch (this.currentView) {
      case 'secretaries':
        return renderSecretaryCraft(r.data.craft, {
          locale: this.locale,
          level: this.level,
          documents: r.data.documents,
          showAsCards: (id, name) => {
            this.showTopic(id, name);
          },
        });
      case 'facilitator':
        return html`${this.renderFilters(r)} ${this.renderFacilitator(r)}`;
      case 'print':
        return html`${this.renderFilters(r)} ${this.renderSheet(r)}`;
      case 'deck':
        return html`${this.renderFilters(r)} ${this.renderDeck(r)}`;
    }
  }

  private renderFilters(r: Resolved): TemplateResult {
    const m = this.t(messages);
    const theme = r.theme ?? '';
    const audience = r.audience ?? '';
    return html`<div class="filters" part="filters" role="group" aria-label=${m.filters}>
      <label>
        <span class="filter-label">${m.theme}</span>
        <select part="select" @change=${this.onTheme}>
          <option value="" .selected=${!theme}>${m.allThemes}</option>
          ${CARD_THEMES.map((t) => html`<option value=${t} .selected=${t === theme}>${m.themeNames[t]}</option>`)}
        </select>
      </label>
      <label>
        <span class="filter-label">${m.audience}</span>
        <select part="select" @change=${this.onAudience}>
          <option value="" .selected=${!audience}>${m.everyone}</option>
          ${CARD_GROUPS.map((g) => html`<option value=${g} .selected=${g === audience}>${m.groupOptions[g]}</option>`)}
          ${r.data.roles.map(
            (role) => html`<option value=${role.id} .selected=${role.id === audience}>${roleName(role, this.locale, true)}</option>`,
          )}
        </select>
      </label>
    </div>
    ${this.topic
      ? html`<p class="topic-filter">
          <span>${m.topicOnly(this.topic.name)}</span>
          <button type="button" class="vk-link-button" @click=${() => {
            this.clearTopic();
          }}>${m.showAll}</button>
        </p>`
      : nothing}`;
  }

  private renderDeck(r: Resolved): TemplateResult {
    const m = this.t(messages);
    const deck = this.deck;
    const ctx = this.context(r);
    return html`<section class="deck-view" aria-labelledby="deck-heading">
      ${renderHeading(this.level + 1, this.topic ? m.topicHeading(this.topic.name) : m.viewNames.deck, {
        id: 'deck-heading',
        part: 'section-heading',
        focusable: true,
        className: 'view-heading',
      })}
      <p class="count" part="count" role="status">${m.count(deck.length)}</p>
      ${deck.length
        ? html`<ul class="deck" part="deck">
            ${deck.map((c) => html`<li>${renderCard(c, this.level + 2, `card-${c.id}`, ctx)}</li>`)}
          </ul>`
        : html`<p class="none">${m.none}</p>`}
    </section>`;
  }

  private renderFacilitator(r: Resolved): TemplateResult {
    const m = this.t(messages);
    const deck = this.deck;
    const current = this.currentId ? r.data.cards.find((c) => c.id === this.currentId) : undefined;
    const drawn = drawnCount(deck, this.pile);
    return html`${renderFacilitator({
        ctx: this.context(r),
        level: this.level + 1,
        current,
        count: current ? m.drawn(drawn, deck.length) : m.count(deck.length),
        order: this.order,
        timer: this.timer,
        minutes: this.minutes,
        phase: this.phase,
        notes: this.notes.text,
        notesMode: this.notesMode,
        onKey: this.onKey,
        onNext: () => {
          this.next();
        },
        onRestart: () => {
          this.restart();
        },
        onOrder: (order) => {
          this.draw = order;
        },
        onToggleTimer: () => {
          this.toggleTimer();
        },
        onResetTimer: () => {
          this.timer.reset();
        },
        onMinutes: (n) => {
          this.roundMinutes = n;
        },
        onPhase: (i) => {
          this.phase = i;
          this.say(m.phaseStatus(i, m.phases[PHASES[i] ?? 'introduce']));
        },
        onNotes: (text) => {
          const before = this.notesMode;
          this.notesMode = this.notes.update(text);
          // Said once when keeping stops, not again on every key.
          if (this.notesMode !== before) this.reportNotes();
        },
        onClearNotes: () => {
          this.notes.clear();
          this.requestUpdate();
          this.say(m.notesCleared);
        },
      })}`;
  }

  private renderSheet(r: Resolved): TemplateResult {
    const m = this.t(messages);
    const deck = this.deck;
    const ctx = this.context(r);
    const sheet = pages(deck);
    return html`<section class="sheet" part="sheet" aria-labelledby="sheet-heading">
      ${renderHeading(this.level + 1, m.printHeading, { id: 'sheet-heading', part: 'section-heading', className: 'sheet-heading' })}
      <div class="sheet-intro">
        <p class="count" part="count" role="status">${m.printHint(deck.length)}</p>
        <button type="button" class="vk-button" part="button" @click=${() => {
          window.print();
        }}>${m.print}</button>
      </div>
      ${deck.length ? nothing : html`<p class="none">${m.none}</p>`}
      ${sheet.map(
        (page, i) => html`<div class="page" part="page">
          <p class="page-number">${m.page(i + 1, sheet.length)}</p>
          <ul class="sheet-cards">
            ${page.map((c) => html`<li>${renderCard(c, this.level + 2, `sheet-${c.id}`, ctx)}</li>`)}
          </ul>
        </div>`,
      )}
    </section>`;
  }
}
