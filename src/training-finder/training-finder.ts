import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  FACETS,
  allRoles,
  allSources,
  allValues,
  corpusOfferings,
  corpusProviders,
  findOfferings,
  getRole,
  matchesFacets,
  mergeOfferings,
  professionalisationLevels,
  type CraftLevel,
  type FeedResult,
  type Offering,
  type OfferingFacet,
  type OfferingFilters,
  type Provider,
  type Role,
  type RoleId,
  type SourceDocument,
  type Value,
  type ValueId,
} from '../data/index.js';
import { documentMap, renderCitation } from '../shared/citation.js';
import { settingsContext, type VkSettings } from '../shared/context.js';
import { officeInput, resolveOfficeInput, roleAttributeProblem, sameOfficeInput, type OfficeInput } from '../shared/office.js';
import { controlStyles } from '../shared/controls.styles.js';
import { costName, formatName, levelName, modeName, roleName } from '../shared/domain.messages.js';
import type { VkOfferingSelectDetail, VkValueSelectDetail } from '../shared/events.js';
import { formatList, formatNumber, localized } from '../shared/localize.js';
import { VkElement } from '../shared/vk-element.js';
import { describeProblem } from './feed-problems.js';
import { compareNames, computeView, occurringOptions, sorter, type FinderView } from './finder-view.js';
import { renderOffering, type ItemContext } from './offering-item.js';
import { trainingFinderStyles } from './training-finder.styles.js';
import { messages, type FinderMessages } from './training-finder.messages.js';
import {
  CLOSED,
  EMPTY_STATE,
  SORT_KEYS,
  URL_STATE_MODES,
  currentSearch,
  effectiveFilters,
  parseState,
  sameState,
  writeState,
  type FinderState,
  type SortKey,
  type UrlStateMode,
} from './url-state.js';

/**
 * Results render a page at a time: the first PAGE, and PAGE more each time
 * the user asks for them ("Toon meer"). A keystroke on 10,000 offers thus
 * renders at most PAGE items, while everything shown is real DOM, so
 * find-in-page, printing and a screen reader's browse mode see all of it
 * (a virtualised list hides what is off screen, and its ResizeObserver
 * errors would reach the host page's window.onerror).
 */
const PAGE = 100;
/** The result count is announced once typing or clicking has settled this long. */
const ANNOUNCE_AFTER_MS = 750;
/** While typing, the URL follows at most this often (browsers limit history changes). */
const TYPING_URL_AFTER_MS = 300;
/** Facets that start open; the long ones (values, providers, formats) start closed. */
const OPEN_FACETS: ReadonlySet<OfferingFacet> = new Set(['roles', 'levels', 'modes', 'costs']);

interface CorpusData {
  readonly offerings: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly roles: ReadonlyMap<string, Role>;
  readonly values: ReadonlyMap<string, Value>;
  readonly levels: readonly CraftLevel[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

/** A loaded feed, and whether it came from the page itself (a child script). */
interface FeedData {
  readonly result: FeedResult;
  readonly inline: boolean;
}

/** The merged offer the finder searches; rebuilt only when the corpus or the feed changes. */
interface Offer {
  readonly all: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly providerById: ReadonlyMap<string, Provider>;
  readonly fromFeed: ReadonlySet<Offering>;
  readonly corpusCount: number;
  readonly feedCount: number;
  readonly options: ReadonlyMap<OfferingFacet, ReadonlySet<string>>;
}

/** The offerings matching `text` in `offer`: a view is only built from the answer to the current question. */
interface SearchResult {
  readonly offer: Offer;
  readonly text: string;
  readonly matches: readonly Offering[];
}

const NO_FEED = Symbol('no feed');

/** Reads `include-corpus`: on unless it says `false`. */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value?.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/**
 * Finds learning offers for local office holders: the offer described in the
 * research (2013, 2018, 2024) merged with an association's own feed, with a
 * Dutch-aware search, filters with counts, removable filter chips and the
 * state in the URL, so a filtered view can be bookmarked and linked from a
 * council information system.
 *
 * A feed comes from `src` or from a child `<script type="application/json">`
 * in the format of `data/schema/offerings.schema.json`; invalid records are
 * skipped and listed with the reason, and a feed that fails to load leaves
 * the corpus offer in place.
 *
 * @tagname vk-training-finder
 * @summary Search and filter the learning offer for office holders, from the research and an association's feed.
 *
 * @slot - Optionally one `<script type="application/json">` with a feed (read as data, never executed). Nothing is displayed from the light DOM.
 *
 * @fires {CustomEvent<VkOfferingSelectDetail>} vk-offering-select - A user opens an offer (`detail: { id, offering }`). Cancelable: `preventDefault()` keeps it closed, e.g. to show the offer in the host's own page. Bubbles and is composed.
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A user chooses a value of an offer (`detail: { id }`). Cancelable: without `preventDefault()` the finder filters on that value. Bubbles and is composed.
 *
 * @csspart base - The whole finder.
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
   * URL of an association's feed (JSON in the format of
   * `data/schema/offerings.schema.json`). Wins over a child script and over a
   * `<vk-provider>` feed. Loaded without credentials; given up after `feed-timeout`.
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

  /**
   * Where the search and filters are kept: `query` (the page's query string,
   * default), `hash` (after `?` in the hash, for hash routers, e.g.
   * `#/vinden?rol=raadslid`) or `off`. Use `off` on all but one finder of a page.
   */
  @property({ attribute: 'url-state' }) urlState = 'query';

  /** Heading level of each result's title (2–6, default 3): one below the heading the host places above the finder. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Milliseconds to wait for the feed before giving up (default 10 000). */
  @property({ attribute: 'feed-timeout', type: Number }) feedTimeout = 10000;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private settings: VkSettings | undefined;

  @state() private choice: FinderState = EMPTY_STATE;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  /** In a narrow container the filters fold away behind a button. */
  @state() private filtersOpen = false;
  /** The text of a child `<script type="application/json">`, `null` without one. */
  @state() private inlineFeed: string | null = null;

  @query('#search') private searchInput?: HTMLInputElement;

  private readonly corpusTask = new Task(this, {
    task: async (): Promise<CorpusData> => {
      const [offerings, providers, roles, values, levels, documents] = await Promise.all([
        corpusOfferings(),
        corpusProviders(),
        allRoles(),
        allValues(),
        professionalisationLevels(),
        allSources(),
      ]);
      return {
        offerings,
        providers,
        roles: new Map(roles.map((r) => [r.id, r])),
        values: new Map(values.map((v) => [v.id, v])),
        levels,
        documents: documentMap(documents),
      };
    },
    args: () => [] as const,
  });

  /** The preset office: `null` without one, `undefined` when the name is unknown. */
  private readonly presetTask = new Task(this, {
    task: async ([office]: readonly [OfficeInput]): Promise<Role | null | undefined> => {
      const { input } = await resolveOfficeInput(office);
      return input ? getRole(input) : null;
    },
    args: () => [officeInput(this, this.office, this.settings)] as const,
    argsEqual: ([a], [b]) => sameOfficeInput(a, b),
  });

  private readonly feedTask = new Task(this, {
    task: async ([src, inline, timeoutMs]: readonly [string, string | null, number], { signal }): Promise<FeedData | typeof NO_FEED> => {
      let source: unknown;
      if (src) source = src;
      else if (inline !== null) {
        try {
          source = JSON.parse(inline) as unknown;
        } catch {
          return { result: { offerings: [], providers: [], rejected: [], error: { code: 'feed-not-json' } }, inline: true };
        }
      } else return NO_FEED;
      const knownProviders = (await corpusProviders()).map((p) => p.id);
      // The feed loader and its validators are only downloaded by pages that have a feed.
      const { loadOfferingsFeed } = await import('../data/feed.js');
      const result = await loadOfferingsFeed(source, { signal, knownProviders, timeoutMs });
      // A run that was overtaken (new src) or cut off (element removed) reports nothing.
      signal.throwIfAborted();
      return { result, inline: !src };
    },
    // Own src, else a child script, else the feed of a <vk-provider>.
    args: () => {
      const src = this.src.trim();
      const inline = src ? null : this.inlineFeed;
      const url = src || (inline === null ? (this.settings?.feed ?? '').trim() : '');
      return [url, inline, this.feedTimeout > 0 ? this.feedTimeout : 10_000] as const;
    },
  });

  /** Offerings matching the search text, best first (all of them without one), with what they answer. */
  private readonly searchTask = new Task(this, {
    task: async ([offer, text]: readonly [Offer | undefined, string]): Promise<SearchResult | undefined> => {
      if (!offer) return undefined;
      const matches = text ? await findOfferings({ query: text }, offer.all, offer.providers) : offer.all;
      return { offer, text, matches };
    },
    args: () => [this.offer, this.choice.query.trim()] as const,
  });

  private offer: Offer | undefined;
  private preparedOffer: Offer | undefined;
  /** How many results are shown; back to one page when the results change. */
  @state() private shownCount = PAGE;
  private offerInputs: readonly unknown[] = [];
  private view: FinderView | undefined;
  private viewInputs: readonly unknown[] = [];
  private optionInputs: readonly unknown[] = [];
  private optionOrder: ReadonlyMap<OfferingFacet, readonly string[]> = new Map();
  /** With no results and a search text: how many there would be without the text. */
  private withoutQuery: number | undefined;
  private sortInputs: readonly unknown[] = [];
  private order: ((results: Offering[]) => Offering[]) | undefined;
  private reportedFeed: unknown;
  private keys = new WeakMap<Offering, string>();
  private nextKey = 0;
  private userChanged = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingReplace: FinderState | undefined;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private focusedBefore: Element | null = null;
  private childObserver: MutationObserver | undefined;
  /** A feed request was aborted because the element left the document. */
  private feedCutOff = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
    this.readInlineFeed();
    this.childObserver = new MutationObserver(() => {
      this.readInlineFeed();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A feed cut off when the element was removed loads again when it returns
    // (also when it was only moved: the abort has not even settled then).
    if (this.feedCutOff) {
      this.feedCutOff = false;
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
    this.childObserver?.disconnect();
    if (this.feedTask.status === TaskStatus.PENDING) {
      this.feedCutOff = true;
      this.feedTask.abort();
    }
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
    this.pendingReplace = undefined;
  }

  private get mode(): UrlStateMode {
    return (URL_STATE_MODES as readonly string[]).includes(this.urlState) ? (this.urlState as UrlStateMode) : 'off';
  }

  private readInlineFeed(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineFeed = script ? script.textContent : null;
  }

  private readonly onHistory = (): void => {
    if (this.mode === 'off') return;
    const next = parseState(currentSearch(this.mode));
    if (!sameState(next, this.choice)) {
      this.choice = next;
      this.userChanged = true;
    }
  };

  // ---------------------------------------------------------------- state

  private get presetRoles(): readonly RoleId[] {
    const role = this.presetTask.value;
    return role ? [role.id] : [];
  }

  private get filters(): OfferingFilters {
    return effectiveFilters(this.choice, this.presetRoles);
  }

  /**
   * Applies a user's choice: `push` for a discrete change (Back undoes it),
   * `replace` while typing (the URL follows once typing pauses).
   */
  private choose(next: FinderState, how: 'push' | 'replace'): void {
    this.choice = next;
    this.userChanged = true;
    const mode = this.mode;
    if (mode === 'off') return;
    clearTimeout(this.urlTimer);
    if (how === 'replace') {
      this.pendingReplace = next;
      this.urlTimer = setTimeout(() => {
        this.flushUrl();
      }, TYPING_URL_AFTER_MS);
      return;
    }
    this.flushUrl();
    writeState(mode, next, true);
  }

  private flushUrl(): void {
    if (this.pendingReplace) writeState(this.mode, this.pendingReplace, false);
    this.pendingReplace = undefined;
  }

  private toggleOption(facet: OfferingFacet, value: string): void {
    const current = this.filters[facet] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.choose({ ...this.choice, [facet]: next }, 'push');
  }

  private removeOption(facet: OfferingFacet, value: string): void {
    const current = this.filters[facet] ?? [];
    this.choose({ ...this.choice, [facet]: current.filter((v) => v !== value) }, 'push');
  }

  private readonly clearAll = (): void => {
    this.choose({ ...EMPTY_STATE, roles: this.presetRoles.length ? [] : null, sort: this.choice.sort }, 'push');
    this.focusAfterUpdate = () => this.searchInput;
  };

  // ------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
    if (changed.has('urlState')) this.applyUrlStateMode();
    if (this.corpusTask.status === TaskStatus.ERROR && !this.problems.some((p) => p.code === 'data-load')) {
      this.reportProblem({
        code: 'data-load',
        message: localized(messages, (m) => m.dataFailed),
        detail: { error: String(this.corpusTask.error) },
      });
    }
    this.checkPreset();
    this.updateOffer();
    this.updateOptionOrder();
    this.reportFeed();
    this.updateView();
  }

  private applyUrlStateMode(): void {
    if ((URL_STATE_MODES as readonly string[]).includes(this.urlState)) {
      this.clearProblems('unknown-url-state');
      if (this.mode !== 'off') this.choice = parseState(currentSearch(this.mode));
    } else {
      this.reportProblem({
        code: 'unknown-url-state',
        message: localized(messages, (m) => m.unknownUrlState(this.urlState)),
        detail: { urlState: this.urlState },
      });
    }
  }

  private checkPreset(): void {
    if (this.presetTask.status !== TaskStatus.COMPLETE) return;
    const { input: name, viaRole } = officeInput(this, this.office, this.settings);
    if (viaRole && this.presetTask.value) this.reportProblem(roleAttributeProblem(name));
    else this.clearProblems('role-attribute');
    if (this.presetTask.value === undefined && name && !viaRole) {
      if (!this.problems.some((p) => p.code === 'unknown-role' && p.detail?.['role'] === name)) {
        this.reportProblem({
          code: 'unknown-role',
          message: localized(messages, (m) => m.unknownRole(name)),
          detail: { role: name },
        });
      }
    } else this.clearProblems('unknown-role');
  }

  /** Merges the corpus and the feed when either changes (the search index is built per merged list). */
  private updateOffer(): void {
    const corpus = this.corpusTask.value;
    const feed = this.feedTask.status === TaskStatus.COMPLETE ? this.feedTask.value : undefined;
    const inputs = [corpus, feed, this.includeCorpus];
    if (!corpus || same(inputs, this.offerInputs)) return;
    this.offerInputs = inputs;
    const fed = feed && feed !== NO_FEED ? feed.result : undefined;
    const base = this.includeCorpus ? corpus.offerings : [];
    const extra = fed?.offerings ?? [];
    const all = extra.length ? mergeOfferings(base, extra) : base;
    const providers = fed?.providers.length ? mergeProviders(corpus.providers, fed.providers) : corpus.providers;
    const fromFeed = new Set(extra);
    this.offer = {
      all,
      providers,
      providerById: new Map(providers.map((p) => [p.id, p])),
      fromFeed,
      corpusCount: all.length - all.filter((o) => fromFeed.has(o)).length,
      feedCount: extra.length,
      options: occurringOptions(all),
    };
  }

  /** Shows a feed that failed, or records it skipped, once per loaded feed. */
  private reportFeed(): void {
    const status = this.feedTask.status;
    if (status === TaskStatus.PENDING) return;
    if (status === TaskStatus.ERROR) {
      // Not an answer from the feed's server: the loader itself could not run
      // (e.g. its script failed to download). An abort of ours is no failure.
      const error = this.feedTask.error;
      if (this.feedCutOff || error === this.reportedFeed || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.reportedFeed = error;
      this.reportProblem({
        code: 'feed-load',
        message: localized(messages, (m) => m.feedFailed(m.feedErrors['feed-network'](), this.includeCorpus)),
        detail: { code: 'feed-network', error: String(error) },
      });
      return;
    }
    const feed = status === TaskStatus.COMPLETE ? this.feedTask.value : undefined;
    if (feed === this.reportedFeed) return;
    this.reportedFeed = feed;
    if (!feed || feed === NO_FEED) {
      this.clearProblems('feed-load', 'feed-records');
      return;
    }
    const { result, inline } = feed;
    const error = result.error;
    if (error) {
      const corpus = this.includeCorpus;
      this.reportProblem({
        code: 'feed-load',
        message: localized(messages, (m) =>
          m.feedFailed(inline && error.code === 'feed-not-json' ? m.feedInlineInvalid : m.feedErrors[error.code](error.status), corpus),
        ),
        detail: { ...error, src: inline ? null : this.src || this.settings?.feed },
      });
    } else this.clearProblems('feed-load');
    if (result.rejected.length) {
      this.reportProblem({
        code: 'feed-records',
        message: localized(messages, (m) => m.feedSkipped),
        detail: { rejected: result.rejected },
      });
    } else this.clearProblems('feed-records');
  }

  private updateView(): void {
    const offer = this.offer;
    const searched = this.searchTask.value;
    // While a new search runs, keep the current view instead of mixing the old matches with new filters.
    if (!offer || searched?.offer !== offer || searched.text !== this.choice.query.trim()) return;
    const matches = searched.matches;
    const sort = this.choice.sort;
    if (!same([offer, sort], this.sortInputs)) {
      this.sortInputs = [offer, sort];
      this.order = sorter(offer.all, sort, (id) => this.providerName(id));
    }
    const inputs = [matches, this.choice, this.presetTask.value, this.order];
    if (same(inputs, this.viewInputs)) return;
    this.viewInputs = inputs;
    // With a search text the order is the ranking unless another order is chosen.
    const filters = this.filters;
    this.view = computeView(matches, filters, this.order);
    this.shownCount = PAGE; // new results: back to one page
    this.withoutQuery =
      this.view.results.length === 0 && this.choice.query.trim() ? offer.all.filter((o) => matchesFacets(o, filters)).length : undefined;
    if (this.userChanged) this.scheduleAnnouncement();
  }

  private get loading(): boolean {
    return (
      this.corpusTask.status === TaskStatus.INITIAL ||
      this.corpusTask.status === TaskStatus.PENDING ||
      this.presetTask.status === TaskStatus.PENDING ||
      this.presetTask.status === TaskStatus.INITIAL
    );
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
    const settled =
      !this.loading &&
      this.feedTask.status !== TaskStatus.PENDING &&
      this.searchTask.status !== TaskStatus.PENDING &&
      (this.view !== undefined || this.corpusTask.status === TaskStatus.ERROR);
    if (settled) this.markReady();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (this.searchTask.status === TaskStatus.PENDING) {
        this.scheduleAnnouncement();
        return;
      }
      const n = this.view?.results.length ?? 0;
      this.announcement = this.t(messages).announce(n, formatNumber(n, this.locale));
    }, ANNOUNCE_AFTER_MS);
  }

  // ---------------------------------------------------------------- names

  private providerName(id: string | null): string {
    if (!id) return '';
    const p = this.offer?.providerById.get(id);
    return p ? p.name : id;
  }

  private optionLabel(facet: OfferingFacet, value: string): string {
    const corpus = this.corpusTask.value;
    switch (facet) {
      case 'roles': {
        const role = corpus?.roles.get(value);
        return role ? roleName(role, this.locale) : value;
      }
      case 'formats':
        return formatName(value, this.locale);
      case 'levels':
        return value === 'macro' || value === 'meso' || value === 'micro' ? levelName(value, this.locale) : value;
      case 'values':
        return corpus?.values.get(value)?.name ?? value;
      case 'providers':
        return this.providerName(value);
      case 'modes':
        return value === 'individueel' || value === 'collectief' ? modeName(value, this.locale) : value;
      case 'costs':
        return value === 'gratis' || value === 'betaald' || value === 'onbekend' ? costName(value, this.locale) : value;
    }
  }

  /** Names from the corpus stay Dutch; interface names follow the locale. */
  private optionLang(facet: OfferingFacet): string | undefined {
    return facet === 'values' || facet === 'providers' ? 'nl' : undefined;
  }

  /**
   * The options of every facet in reading order (offices as in the
   * publication, levels, modes and costs fixed, the rest by name), once per
   * offer and language rather than on every render.
   */
  private updateOptionOrder(): void {
    const offer = this.offer;
    if (!offer || same([offer, this.locale], this.optionInputs)) return;
    this.optionInputs = [offer, this.locale];
    const fixed: Partial<Record<OfferingFacet, readonly string[]>> = {
      roles: [...(this.corpusTask.value?.roles.keys() ?? [])],
      ...CLOSED,
    };
    this.optionOrder = new Map(
      FACETS.map((facet) => {
        const present = offer.options.get(facet) ?? new Set<string>();
        const order = fixed[facet];
        const sorted = order
          ? [...order.filter((v) => present.has(v)), ...[...present].filter((v) => !order.includes(v))]
          : [...present].sort((a, b) => compareNames(this.optionLabel(facet, a), this.optionLabel(facet, b)));
        return [facet, sorted];
      }),
    );
  }

  /** A facet's options; chosen values that no offer has (e.g. from a link) come last, so they can be unticked. */
  private facetOptions(facet: OfferingFacet): readonly string[] {
    const options = this.optionOrder.get(facet) ?? [];
    const extra = (this.filters[facet] ?? []).filter((v) => !options.includes(v));
    return extra.length ? [...options, ...extra] : options;
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
    const values = this.choice.values;
    if (!values.includes(id)) this.choose({ ...this.choice, values: [...values, id] }, 'push');
  }

  /**
   * Someone is about to type: load the search code and build the index for
   * this offer now (a throwaway search; the index is cached per offer), so
   * the first keystroke does not pay for it.
   */
  private readonly prepareSearch = (): void => {
    const offer = this.offer;
    if (offer && offer !== this.preparedOffer) {
      this.preparedOffer = offer;
      void findOfferings({ query: 'a' }, offer.all, offer.providers);
    }
  };

  private readonly onSearchInput = (e: Event): void => {
    this.choose({ ...this.choice, query: (e.target as HTMLInputElement).value }, 'replace');
  };

  private readonly onSort = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value as SortKey;
    if (SORT_KEYS.includes(value)) this.choose({ ...this.choice, sort: value }, 'push');
  };

  /** Removes a chip and moves focus to the next chip, else the previous, else the search field. */
  private removeChip(index: number, remove: () => void): void {
    remove();
    this.focusAfterUpdate = () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="chip"]')];
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    };
  }

  // --------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const m = this.t(messages);
    return html`<div class="finder" part="base">
      ${this.renderProblems()} ${this.renderRejected(m)} ${this.renderBody(m)}
    </div>`;
  }

  private renderBody(m: FinderMessages): TemplateResult {
    if (this.corpusTask.status === TaskStatus.ERROR) return html``;
    if (this.loading || !this.offer) return html`<p class="status" role="status">${m.loading}</p>`;
    const filters = this.filters;
    const chosen = FACETS.reduce((n, f) => n + (filters[f]?.length ?? 0), 0);
    return html`
      <form class="search" part="search" role="search" @submit=${preventDefault}>
        <label for="search">${m.searchLabel}</label>
        <input
          id="search"
          part="search-input input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${live(this.choice.query)}
          @input=${this.onSearchInput}
          @focus=${this.prepareSearch}
        />
        <p id="search-hint" class="hint">${m.searchHint}</p>
      </form>
      <div class="columns">
        <button
          type="button"
          class="vk-button vk-button--secondary filters-toggle"
          part="button button-secondary filters-toggle"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${m.filtersLabel}${chosen ? ` (${m.facetActive(chosen)})` : ''}
        </button>
        <div id="filters" class=${classMap({ filters: true, open: this.filtersOpen })} part="filters" role="group" aria-label=${m.filtersLabel}>
          ${FACETS.map((f) => this.renderFacet(f, m))}
        </div>
        <div class="results-area">${this.renderResults(m)}</div>
      </div>
    `;
  }

  private renderFacet(facet: OfferingFacet, m: FinderMessages): TemplateResult | typeof nothing {
    const options = this.facetOptions(facet);
    if (!options.length) return nothing;
    const selected = new Set(this.filters[facet] ?? []);
    const counts = this.view?.counts.get(facet);
    const legend = m.facets[facet];
    const lang = this.optionLang(facet);
    const levels = facet === 'levels' ? this.corpusTask.value?.levels : undefined;
    return html`<details class="facet" part="facet" ?open=${OPEN_FACETS.has(facet) || selected.size > 0}>
      <summary>
        ${legend}${selected.size ? html` <span class="facet-active">(${m.facetActive(selected.size)})</span>` : nothing}
      </summary>
      <fieldset>
        <legend class="vk-visually-hidden">${legend}</legend>
        <ul class="options">
          ${options.map((value) => {
            const count = counts?.get(value) ?? 0;
            const summary = levels?.find((l) => l.id === value)?.summary;
            return html`<li>
              <label class="option">
                <input
                  type="checkbox"
                  .checked=${live(selected.has(value))}
                  aria-describedby=${summary ? `level-${value}` : nothing}
                  @change=${() => {
                    this.toggleOption(facet, value);
                  }}
                />
                <span class="option-label" lang=${ifDefined(lang)}>${this.optionLabel(facet, value)}</span>
                <span class="option-count">${m.optionCount(formatNumber(count, this.locale))}</span>
              </label>
              ${summary ? html`<p class="level-summary" id="level-${value}" lang="nl">${summary}</p>` : nothing}
            </li>`;
          })}
        </ul>
        ${levels?.[0] ? renderCitation(levels[0].source, this.corpusTask.value?.documents ?? new Map(), this.locale) : nothing}
      </fieldset>
    </details>`;
  }

  /** The chosen filters as chips, each with what removes it. */
  private chips(m: FinderMessages): { label: string; remove: () => void }[] {
    const chips: { label: string; remove: () => void }[] = [];
    const q = this.choice.query.trim();
    if (q) {
      chips.push({
        label: m.queryChip(q),
        remove: () => {
          this.choose({ ...this.choice, query: '' }, 'push');
        },
      });
    }
    for (const facet of FACETS) {
      for (const value of this.filters[facet] ?? []) {
        chips.push({
          label: `${m.facets[facet]}: ${this.optionLabel(facet, value)}`,
          remove: () => {
            this.removeOption(facet, value);
          },
        });
      }
    }
    return chips;
  }

  private renderResults(m: FinderMessages): TemplateResult {
    const offer = this.offer;
    const view = this.view;
    if (!offer || !view) return html`<p class="status" role="status">${m.loading}</p>`;
    const n = view.results.length;
    const total = offer.all.length;
    const count = m.offers(n, formatNumber(n, this.locale));
    const chips = this.chips(m);
    const feedName = this.feedInfoName(m);
    const busy = this.searchTask.status === TaskStatus.PENDING;
    return html`
      <div class="toolbar">
        <p id="count" class="count" part="count" tabindex="-1">
          <strong>${n === total ? count : m.countOf(formatNumber(n, this.locale), formatNumber(total, this.locale))}</strong>
          <span class="sources">${m.sources(
            offer.corpusCount ? m.offers(offer.corpusCount, formatNumber(offer.corpusCount, this.locale)) : '',
            offer.feedCount ? m.offers(offer.feedCount, formatNumber(offer.feedCount, this.locale)) : '',
            feedName,
          )}</span>
        </p>
        <label class="sort">
          <span>${m.sortLabel}</span>
          <select part="sort select" @change=${this.onSort}>
            ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${this.choice.sort === k}>${m.sortOptions[k]}</option>`)}
          </select>
        </label>
      </div>
      ${chips.length
        ? html`<div class="chips-bar">
            <ul class="chips" part="chips" aria-label=${m.activeFilters}>
              ${chips.map(
                (c, i) => html`<li>
                  <button
                    type="button"
                    class="vk-chip"
                    part="chip"
                    @click=${() => {
                      this.removeChip(i, c.remove);
                    }}
                  >
                    <span>${c.label}</span><span class="vk-visually-hidden">, ${m.removeFilter}</span>
                    <svg class="chip-x" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" /></svg>
                  </button>
                </li>`,
              )}
            </ul>
            <button type="button" class="vk-link-button" part="clear-all" @click=${this.clearAll}>${m.clearAll}</button>
          </div>`
        : nothing}
      <p class="vk-visually-hidden" role="status">${this.announcement}</p>
      ${this.feedTask.status === TaskStatus.PENDING ? html`<p class="status">${m.feedLoading}</p>` : nothing}
      ${total === 0 ? html`<p class="empty" part="empty">${m.nothingToShow}</p>` : n === 0 ? this.renderEmpty(m) : this.renderList(view.results, m, busy)}
    `;
  }

  private feedInfoName(m: FinderMessages): string {
    const feed = this.feedTask.value;
    return feed && feed !== NO_FEED && feed.result.info ? feed.result.info.name : m.feedFallbackName;
  }

  private renderList(results: readonly Offering[], m: FinderMessages, busy: boolean): TemplateResult {
    const ctx = this.itemContext(m, results.length);
    const label = m.resultsLabel(m.offers(results.length, formatNumber(results.length, this.locale)));
    const shown = results.slice(0, this.shownCount);
    const rest = results.length - shown.length;
    return html`<ol class="results" part="results" aria-label=${label} aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(shown, (o) => o.id, (o, i) => renderOffering(o, i, ctx))}
      </ol>
      ${rest > 0
        ? html`<p class="more">
            <button type="button" class="vk-button vk-button--secondary" part="button button-secondary show-more" @click=${this.showMore}>
              ${m.showMore(Math.min(PAGE, rest), formatNumber(shown.length, this.locale), formatNumber(results.length, this.locale))}
            </button>
          </p>`
        : nothing}`;
  }

  /** Shows the next page and moves focus to its first result, so the user reads on where they were. */
  private readonly showMore = () => {
    const first = this.shownCount;
    this.shownCount += PAGE;
    this.focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('[part="result-toggle"]')[first];
  };

  private itemContext(m: FinderMessages, total: number): ItemContext {
    const corpus = this.corpusTask.value;
    const offer = this.offer;
    const feed = this.feedTask.value;
    const feedResult = feed && feed !== NO_FEED ? feed.result : undefined;
    const level = Math.round(this.headingLevel);
    return {
      m,
      locale: this.locale,
      headingLevel: Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3,
      total,
      roles: corpus?.roles ?? new Map(),
      values: corpus?.values ?? new Map(),
      documents: corpus?.documents ?? new Map(),
      providerName: (id) => this.providerName(id),
      feedOf: (o) => (offer?.fromFeed.has(o) ? feedResult : undefined),
      isExpanded: (o) => this.expanded.has(o.id),
      key: (o) => {
        let k = this.keys.get(o);
        if (!k) this.keys.set(o, (k = `o${String(++this.nextKey)}`));
        return k;
      },
      onToggle: (o) => {
        this.toggleOffering(o);
      },
      onValue: (id) => {
        this.selectValue(id);
      },
    };
  }

  /** Nothing matches: offer to drop the filters that would bring back the most results. */
  private renderEmpty(m: FinderMessages): TemplateResult {
    const view = this.view;
    const suggestions: { label: string; count: number; apply: () => void }[] = [];
    for (const [facet, count] of view?.without ?? []) {
      const labels = (this.filters[facet] ?? []).map((v) => this.optionLabel(facet, v));
      suggestions.push({
        label: m.withoutFacet(m.facets[facet], formatList(labels, this.locale)),
        count,
        apply: () => {
          this.choose({ ...this.choice, [facet]: [] }, 'push');
        },
      });
    }
    const q = this.choice.query.trim();
    if (q && this.withoutQuery !== undefined) {
      suggestions.push({
        label: m.withoutQuery(q),
        count: this.withoutQuery,
        apply: () => {
          this.choose({ ...this.choice, query: '' }, 'push');
        },
      });
    }
    const best = suggestions.filter((s) => s.count > 0).sort((a, b) => b.count - a.count).slice(0, 3);
    return html`<div class="empty" part="empty">
      <p>${m.empty}</p>
      ${best.length
        ? html`<p>${m.emptyTry}</p>
            <ul class="suggestions">
              ${best.map(
                (s) => html`<li>
                  <button
                    type="button"
                    class="vk-button vk-button--secondary"
                    part="button button-secondary"
                    @click=${() => {
                      s.apply();
                      this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#count');
                    }}
                  >
                    ${m.withoutFilter(s.label, m.offers(s.count, formatNumber(s.count, this.locale)))}
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
      <button type="button" class="vk-link-button" @click=${this.clearAll}>${m.clearAll}</button>
    </div>`;
  }

  private renderRejected(m: FinderMessages): TemplateResult | typeof nothing {
    const feed = this.feedTask.status === TaskStatus.COMPLETE ? this.feedTask.value : undefined;
    if (!feed || feed === NO_FEED || !feed.result.rejected.length) return nothing;
    const rejected = feed.result.rejected;
    const offerings = rejected.filter((r) => r.list === 'offerings').length;
    return html`<details class="rejected" part="rejected">
      <summary>${m.rejectedSummary(offerings, rejected.length - offerings)}</summary>
      <p>${m.rejectedIntro}</p>
      <ul>
        ${rejected.map((r) => {
          const reasons = [...new Set(r.problems.map((p) => describeProblem(p, m)))];
          return html`<li>
            <strong>${m.rejectedRecord(r.list, r.index)}</strong>${r.title ? html` <span lang="nl">„${r.title}”</span>` : nothing}${r.id
              ? html` <code>${r.id}</code>`
              : nothing}:
            ${reasons.join('; ')}
          </li>`;
        })}
      </ul>
    </details>`;
  }
}

function preventDefault(e: Event): void {
  e.preventDefault();
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Corpus providers plus a feed's own; the feed wins on the same id. */
function mergeProviders(base: readonly Provider[], extra: readonly Provider[]): Provider[] {
  const ids = new Set(extra.map((p) => p.id));
  return [...base.filter((p) => !ids.has(p.id)), ...extra];
}
