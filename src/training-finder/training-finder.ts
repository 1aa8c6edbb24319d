import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { offeringSearch, type Offering, type OfferingFilters, type OfferingSession, type RoleId, type ValueId } from '../data/index.js';
import { download } from '../shared/download.js';
import { Announcer } from '../shared/announcer.js';
import { controlStyles } from '../shared/controls.styles.js';
import type { VkOfferingSelectDetail, VkValueSelectDetail } from '../shared/events.js';
import { headingLevel } from '../shared/heading.js';
import { formatNumber, localized } from '../shared/localize.js';
import { OfficeController } from '../shared/office.js';
import { dataLoadFailed } from '../shared/problems.js';
import { safeUrl } from '../shared/safe-url.js';
import { VkElement } from '../shared/vk-element.js';
import { trainingFinderStyles } from './training-finder.styles.js';
import { messages, type FinderMessages } from './training-finder.messages.js';
import { URL_STATE_MODES, effectiveFilters } from './url-state.js';
import { UrlSync } from './url-sync.js';
import { loadCorpus, type Offer } from './finder-data.js';
import { FinderModel, type SearchResult } from './finder-model.js';
import { FeedController } from './feed-controller.js';
import { PAGE, renderFinderBody, renderRejected, type FinderScreen } from './finder-templates.js';

/**
 * Results render a page at a time (PAGE, in finder-templates.ts): the first
 * page, and one more each time the user asks ("Toon meer"). A keystroke on
 * 10,000 offers thus renders at most a page of items, while everything shown
 * is real DOM, so find-in-page, printing and a screen reader's browse mode
 * see all of it (a virtualised list hides what is off screen, and its
 * ResizeObserver errors would reach the host page's window.onerror).
 */

/** The result count is announced once typing or clicking has settled this long. */
const ANNOUNCE_AFTER_MS = 750;

/** Now, to the minute: views are memoised per clock value, and a date is shown to the minute. */
function clock(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000);
}

/** Reads `include-corpus`: on unless it says `false`. */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value?.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/**
 * Finds learning offers for local office holders: the offer described in the
 * research (2013, 2018, 2024) merged with the live offer of a griffie and of
 * associations (several feeds, with dated sessions), with a Dutch-aware
 * search, filters with counts (also "Wanneer", "Waar", source and audience),
 * removable filter chips and the state in the URL, so a filtered view can be
 * bookmarked and linked from a council information system. Each card shows
 * who publishes the offer, its next date with a register link, and "Zet in
 * agenda" (an .ics file made in the browser); offers whose dates are all past
 * leave the list unless asked for.
 *
 * Feeds come from `src` (one or more URLs: JSON, iCalendar, JSON-LD or CSV),
 * else a child `<script type="application/json">`, else a `<vk-provider>`;
 * invalid records are skipped and listed with the reason, and a feed that
 * fails to load is named while the other feeds and the corpus offer stay.
 *
 * @tagname vk-training-finder
 * @summary Search and filter the learning offer for office holders, from the research and an association's feed.
 *
 * @slot - Optionally one `<script type="application/json">` with a feed (read as data, never executed). Nothing is displayed from the light DOM.
 *
 * @fires {CustomEvent<VkOfferingSelectDetail>} vk-offering-select - A user opens an offer (`detail: { id, offering }`). Cancelable: `preventDefault()` keeps it closed, e.g. to show the offer in the host's own page. Bubbles and is composed.
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A user chooses a value of an offer (`detail: { id }`). Cancelable: without `preventDefault()` the finder filters on that value. Bubbles and is composed.
 *
 * @csspart base - The whole finder (the widget's outer box).
 * @csspart return-link - The link back (`return-url`), above the finder.
 * @csspart search - The search form.
 * @csspart search-input - The search field (also `input`).
 * @csspart input - The search field, under the name every widget uses for its text fields.
 * @csspart filters - The column with the filter groups.
 * @csspart facet - One filter group (a disclosure with a fieldset).
 * @csspart chips - The list of chosen filters.
 * @csspart chip - One chosen filter (a button that removes it).
 * @csspart clear-all - The "clear all filters" button.
 * @csspart count - The number of results.
 * @csspart sort - The sort order select (also `select`).
 * @csspart select - The sort order select, under the name every widget uses for its selects.
 * @csspart button - Every button (primary and secondary); the one to restyle for the host's own buttons.
 * @csspart button-secondary - The secondary buttons (also `button`).
 * @csspart filters-toggle - The button that shows the filters when the finder is narrow (also `button`).
 * @csspart show-more - The "show more" button under the results (also `button`).
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart result-toggle - The button on a result's title that opens and closes it.
 * @csspart result-details - The opened part of a result.
 * @csspart result-link - The link to an offer's website.
 * @csspart session - The next date of an offer, with its place, register link and "Zet in agenda".
 * @csspart register-link - The link (or e-mail link) to register for a date.
 * @csspart calendar-button - "Zet in agenda": downloads the date as an .ics file.
 * @csspart citation - The source of a result.
 * @csspart empty - What is shown when nothing matches.
 * @csspart rejected - The panel listing feed records that could not be shown.
 * @csspart error - Problems: a feed that could not be loaded, unknown URL state or office, data that could not be loaded.
 *
 * @cssprop [--vk-training-finder-filters-inline-size=17em] - Width of the filter column beside the results (when the finder is at least 46em wide).
 * @cssprop [--vk-training-finder-result-background-color=var(--vk-background-color)] - Background of a result.
 * @cssprop [--vk-training-finder-result-border-color=var(--vk-border-subtle-color)] - Border of a result.
 * @cssprop [--vk-training-finder-count-color=var(--vk-color-subtle)] - Colour of the option counts and other secondary text.
 */
export class VkTrainingFinder extends VkElement {
  static override styles = [VkElement.styles, controlStyles, trainingFinderStyles];

  /**
   * URLs of feeds, separated by white space (as in HTML's `ping`): JSON in the
   * format of `data/schema/offerings.schema.json`, iCalendar, schema.org
   * JSON-LD or CSV (the single-file scripts read JSON only). The first feed's
   * description wins when an offer is in two. Wins over a child script and
   * over a `<vk-provider>` feed. Loaded without credentials; each given up
   * after `feed-timeout`.
   */
  @property() src = '';

  /**
   * The office to preset the filter with (`raadslid`, `griffier`, … or a name
   * such as `Raadsleden`), unless the URL says otherwise. Falls back to the
   * office of a `<vk-provider>`.
   */
  @property({ reflect: true }) office = '';

  /** Whether the offer described in the research is shown next to the feed. On by default; `include-corpus="false"` shows only the feed. */
  @property({ attribute: 'include-corpus', converter: onUnlessFalse }) includeCorpus = true;

  /** {@link includeCorpus} as the finder reads it: on unless `false` (a script may assign anything). */
  private get withCorpus(): boolean {
    return (this.includeCorpus as unknown) !== false;
  }

  /**
   * Where the search and filters are kept: `query` (the page's query string,
   * default), `hash` (after `?` in the hash, for hash routers, e.g.
   * `#/vinden?rol=raadslid`) or `off`. Use `off` on all but one finder of a page.
   */
  @property({ attribute: 'url-state' }) urlState = 'query';

  /** Heading level of each result's title (1–6, default 3): one below the heading the host places above the finder. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Milliseconds to wait for each feed before giving up (default 10 000). */
  @property({ attribute: 'feed-timeout', type: Number }) feedTimeout = 10000;

  /**
   * A page to go back to, shown as a link above the finder (e.g. the result of
   * a self-scan that linked here). Only http(s) and relative URLs.
   */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  /** The text of the `return-url` link (default "Terug" / "Back"), e.g. "Terug naar je resultaat". */
  @property({ attribute: 'return-label' }) returnLabel?: string;

  @state() private expanded: ReadonlySet<string> = new Set();
  /** In a narrow container the filters fold away behind a button. */
  @state() private filtersOpen = false;
  /** How many results are shown; back to one page when the results change. */
  @state() private shownCount = PAGE;

  /** The preset office (own `office`, a `role` naming one, a provider's); its settings also give the feed. */
  private readonly officeController = new OfficeController(this, {
    own: () => this.office,
    unknownConsequence: localized(messages, (m) => m.unknownOfficeMore),
  });

  private readonly feed = new FeedController(this, {
    src: () => this.src,
    timeout: () => this.feedTimeout,
    settings: () => this.officeController.settings,
    includeCorpus: () => this.withCorpus,
  });

  private readonly urlSync = new UrlSync(this, () => this.urlState);
  private readonly announcer = new Announcer(this);
  private readonly model = new FinderModel();

  private readonly corpusTask = this.tracked(
    new Task(this, {
      task: () => loadCorpus(),
      args: () => [],
      onError: (error) => {
        this.reportProblem(dataLoadFailed(error, localized(messages, (m) => m.dataFailed)));
      },
    }),
  );

  /** Offerings matching the search text, best first (all of them without one). */
  private readonly searchTask = this.tracked(
    new Task(this, {
      task: async ([offer, text]: readonly [Offer | undefined, string]): Promise<SearchResult | undefined> => {
        if (!offer) return undefined;
        if (!text) return { offer, text, matches: offer.all };
        // Once the search is prepared (on focus), a keystroke searches at once, without a module load in between.
        const find = this.searcher?.offer === offer ? this.searcher.find : await this.prepareSearch();
        return { offer, text, matches: find ? find(text) : [] };
      },
      args: () => [this.model.offer, this.urlSync.choice.query.trim()] as const,
    }),
  );

  /** The search over the current offer, once its code is loaded and its index built. */
  private searcher: { readonly offer: Offer; readonly find: (query: string) => Offering[] } | undefined;
  private preparing: { readonly offer: Offer; readonly done: Promise<((query: string) => Offering[]) | undefined> } | undefined;
  /** The clock the dates are read against, to the minute (read at each update). */
  private now = clock();
  private keys = new WeakMap<Offering, string>();
  private nextKey = 0;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private focusedBefore: Element | null = null;

  private get presetRoles(): readonly RoleId[] {
    const role = this.officeController.role;
    return role ? [role.id] : [];
  }

  private get filters(): OfferingFilters {
    return effectiveFilters(this.urlSync.choice, this.presetRoles);
  }

  private get loading(): boolean {
    const waiting = (status: TaskStatus) => status === TaskStatus.INITIAL || status === TaskStatus.PENDING;
    return waiting(this.corpusTask.status) || waiting(this.officeController.status);
  }

  // ------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
    if (changed.has('urlState')) this.applyUrlStateMode();
    this.model.updateOffer(this.corpusTask.value, this.feed.result, this.withCorpus);
    this.model.updateOptionOrder(this.locale);
    this.now = clock();
    if (this.model.updateView(this.searchTask.value, this.urlSync.choice, this.filters, this.presetRoles, this.now)) {
      this.shownCount = PAGE; // new results: back to one page
      if (this.urlSync.userChanged) this.announceCount();
    }
  }

  protected override updated(): void {
    const before = this.focusedBefore;
    const target = this.focusAfterUpdate?.();
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = undefined;
      target?.focus();
    } else if (before && !before.isConnected) {
      // The focused element went away (a result filtered out, a chip removed): never leave focus on <body>.
      this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    }
    if (this.settled && (this.model.view !== undefined || this.corpusTask.status === TaskStatus.ERROR)) this.markReady();
  }

  private applyUrlStateMode(): void {
    if ((URL_STATE_MODES as readonly string[]).includes(this.urlState)) {
      this.clearProblems('unknown-url-state');
      this.urlSync.read();
    } else {
      this.reportProblem({
        code: 'unknown-url-state',
        message: localized(messages, (m) => m.unknownUrlState(this.urlState)),
        detail: { urlState: this.urlState },
      });
    }
  }

  /** Announces the result count once typing or clicking has settled (and the search is done). */
  private announceCount(): void {
    this.announcer.sayAfter(ANNOUNCE_AFTER_MS, () => {
      if (this.searchTask.status === TaskStatus.PENDING) return undefined;
      const n = this.model.view?.results.length ?? 0;
      return this.t(messages).announce(n, formatNumber(n, this.locale));
    });
  }

  // --------------------------------------------------------------- events

  private toggleOffering(o: Offering): void {
    const key = o.id;
    const open = this.expanded.has(key);
    if (!open) {
      const detail: VkOfferingSelectDetail = { id: o.id, offering: o };
      if (!this.emit('vk-offering-select', detail, { cancelable: true })) return;
    }
    const next = new Set(this.expanded);
    if (open) next.delete(key);
    else next.add(key);
    this.expanded = next;
  }

  private selectValue(id: ValueId): void {
    const detail: VkValueSelectDetail = { id };
    if (!this.emit('vk-value-select', detail, { cancelable: true })) return;
    const choice = this.urlSync.choice;
    if (!choice.values.includes(id)) this.urlSync.choose({ ...choice, values: [...choice.values, id] }, 'push');
  }

  /**
   * Someone is about to type (or typed): load the search code and build the
   * index for this offer now, so that keystrokes search synchronously and the
   * first one does not pay for it. Resolves to the search (`undefined` if the
   * offer changed meanwhile).
   */
  private prepareSearch(): Promise<((query: string) => Offering[]) | undefined> {
    const offer = this.model.offer;
    if (!offer) return Promise.resolve(undefined);
    if (this.searcher?.offer === offer) return Promise.resolve(this.searcher.find);
    if (this.preparing?.offer !== offer) {
      const done = offeringSearch(offer.all, offer.providers).then(
        (find) => {
          if (this.model.offer !== offer) return undefined;
          this.searcher = { offer, find };
          return find;
        },
        (error: unknown) => {
          this.preparing = undefined; // the next keystroke tries again (the search chunk may load then)
          throw error;
        },
      );
      this.preparing = { offer, done };
    }
    return this.preparing.done;
  }

  /**
   * "Zet in agenda": the session as an .ics file. The calendar code loads
   * only now (a chunk of its own); the file is made in the browser.
   */
  private async addToCalendar(o: Offering, session: OfferingSession): Promise<void> {
    try {
      const { sessionCalendar } = await import('../data/calendar.js');
      const file = sessionCalendar(o, session, { now: new Date(), locale: this.locale });
      if (file) download(file.name, file.type, file.text);
    } catch {
      // The chunk could not be loaded (offline, a deploy in between): say so, keep the page.
      this.announcer.say(this.t(messages).addToCalendarFailed);
    }
  }

  // --------------------------------------------------------------- render

  /** `return-url` resolved against the page, when it is http(s). */
  private get returnHref(): string | undefined {
    if (!this.returnUrl) return undefined;
    try {
      return safeUrl(new URL(this.returnUrl, document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  protected override render(): TemplateResult {
    const m = this.t(messages);
    const back = this.returnHref;
    return html`<div class="finder" part="base">
      ${back ? html`<p class="return"><a href=${back} part="return-link">← ${this.returnLabel || m.back}</a></p>` : ''}
      ${this.renderProblems()} ${renderRejected(m, this.locale, this.model.offer)} ${this.renderBody(m)}
    </div>`;
  }

  private renderBody(m: FinderMessages): TemplateResult {
    if (this.corpusTask.status === TaskStatus.ERROR) return html``;
    if (this.loading || !this.model.offer) return html`<p class="status" role="status">${m.loading}</p>`;
    return renderFinderBody(this.screen(m));
  }

  /** What the templates show and do. The choice is read when the user acts, not when the template was made. */
  private screen(m: FinderMessages): FinderScreen {
    const root = this.renderRoot;
    const now = { choice: () => this.urlSync.choice, filters: () => this.filters, preset: () => this.presetRoles };
    return {
      m,
      locale: this.locale,
      model: this.model,
      get choice() {
        return now.choice();
      },
      get filters() {
        return now.filters();
      },
      get presetRoles() {
        return now.preset();
      },
      headingLevel: headingLevel(this.headingLevel, 3),
      shownCount: this.shownCount,
      filtersOpen: this.filtersOpen,
      now: this.now,
      feedLoading: this.feed.status === TaskStatus.PENDING,
      searching: this.searchTask.status === TaskStatus.PENDING,
      announcer: this.announcer.render(),
      item: {
        isExpanded: (o) => this.expanded.has(o.id),
        key: (o) => {
          let k = this.keys.get(o);
          if (!k) this.keys.set(o, (k = `o${String(++this.nextKey)}`));
          return k;
        },
        onToggle: (o) => {
          this.toggleOffering(o);
        },
        onCalendar: (o, session) => {
          void this.addToCalendar(o, session);
        },
      },
      choose: (next, how) => {
        this.urlSync.choose(next, how);
      },
      focusAfterUpdate: (target) => {
        this.focusAfterUpdate = target;
      },
      find: (selector) => root.querySelector<HTMLElement>(selector),
      findAll: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
      prepareSearch: () => {
        // On focus: a failure shows when the user searches (the search task reports it).
        this.prepareSearch().catch(() => undefined);
      },
      toggleFilters: () => {
        this.filtersOpen = !this.filtersOpen;
      },
      showMore: () => {
        // Show the next page and move focus to its first result, so the user reads on where they were.
        const first = this.shownCount;
        this.shownCount += PAGE;
        this.focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('[part="result-toggle"]')[first];
      },
      selectValue: (id) => {
        this.selectValue(id);
      },
    };
  }
}
