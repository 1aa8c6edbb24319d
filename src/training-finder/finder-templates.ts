/**
 * The finder's screen, piece by piece: the search form, the facets, the
 * result toolbar with the chosen filters as chips, the result list (a page
 * at a time), the "nothing found" suggestions and the list of feed records
 * that were skipped. Plain functions of a {@link FinderScreen}: what the
 * element knows and what it does when the user acts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FACETS, type Offering, type OfferingFacet, type OfferingFilters, type ValueId, type WhenBucket } from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { describeProblem, mainProblems, recordLabel } from '../shared/feed-report.js';
import { formatList, formatNumber, type Locale } from '../shared/localize.js';
import { feedName } from './feed-controller.js';
import type { Offer } from './finder-data.js';
import type { FinderModel } from './finder-model.js';
import type { AnyFacet } from './finder-view.js';
import { renderOffering, type ItemContext } from './offering-item.js';
import type { FinderMessages } from './training-finder.messages.js';
import { EMPTY_STATE, EXTRA_FACETS, SORT_KEYS, type ExtraFacet, type FinderState, type SortKey } from './url-state.js';

/** Results shown at first, and added by each "show more". */
export const PAGE = 100;

/** Facets that start open; the long ones (values, providers, formats) start closed. */
const OPEN_FACETS: ReadonlySet<OfferingFacet> = new Set(['roles', 'levels', 'modes', 'costs']);

/** What the templates need from the finder. */
export interface FinderScreen {
  readonly m: FinderMessages;
  readonly locale: Locale;
  readonly model: FinderModel;
  readonly choice: FinderState;
  /** The choice with the office preset filled in. */
  readonly filters: OfferingFilters;
  readonly presetRoles: readonly string[];
  /** Level of each result's title. */
  readonly headingLevel: number;
  readonly shownCount: number;
  readonly filtersOpen: boolean;
  readonly feedLoading: boolean;
  /** The clock the dates are read against (to the minute). */
  readonly now: Date;
  readonly searching: boolean;
  /** The polite live region. */
  readonly announcer: TemplateResult;
  readonly item: Pick<ItemContext, 'isExpanded' | 'key' | 'onToggle' | 'onCalendar'>;
  choose(next: FinderState, how: 'push' | 'replace'): void;
  /** Moves focus, once the next update is rendered, to what `target` finds. */
  focusAfterUpdate(target: () => HTMLElement | null | undefined): void;
  find(selector: string): HTMLElement | null;
  findAll(selector: string): HTMLElement[];
  prepareSearch(): void;
  toggleFilters(): void;
  showMore(): void;
  selectValue(id: ValueId): void;
}

function preventDefault(e: Event): void {
  e.preventDefault();
}

const isExtra = (facet: AnyFacet): facet is ExtraFacet => (EXTRA_FACETS as readonly string[]).includes(facet);

function label(s: FinderScreen, facet: AnyFacet, value: string): string {
  return isExtra(facet) ? s.model.extraLabel(facet, value, s.m) : s.model.optionLabel(facet, value, s.locale);
}

function legendOf(m: FinderMessages, facet: AnyFacet): string {
  return isExtra(facet) ? m.extraFacets[facet] : m.facets[facet];
}

/** The values chosen in a facet (`when` counts as chosen unless it is `alles`). */
function chosenIn(s: FinderScreen, facet: AnyFacet): readonly string[] {
  switch (facet) {
    case 'when':
      return s.choice.when === 'alles' ? [] : [s.choice.when];
    case 'where':
      return s.choice.where;
    case 'origin':
      return s.choice.origin;
    case 'audiences':
      return s.choice.audiences;
    default:
      return s.filters[facet] ?? [];
  }
}

/** The state without `value` in `facet` (for a chip), or with only the others. */
function withValues(s: FinderScreen, facet: AnyFacet, values: readonly string[]): FinderState {
  if (facet === 'when') return { ...s.choice, when: (values[0] as WhenBucket | undefined) ?? 'alles' };
  return { ...s.choice, [facet]: values };
}

function toggleOption(s: FinderScreen, facet: AnyFacet, value: string): void {
  const current = chosenIn(s, facet);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  s.choose(withValues(s, facet, next), 'push');
}

/** Clears every filter and the search text (keeping the order) and moves focus to the search field. */
export function clearAll(s: FinderScreen): void {
  s.choose({ ...EMPTY_STATE, roles: s.presetRoles.length ? [] : null, sort: s.choice.sort }, 'push');
  s.focusAfterUpdate(() => s.find('#search'));
}

/** The search form, the facets beside the results, and the results. */
export function renderFinderBody(s: FinderScreen): TemplateResult {
  const { m } = s;
  const chosen = [...FACETS, ...EXTRA_FACETS].reduce((n, f) => n + chosenIn(s, f).length, 0) + (s.choice.past ? 1 : 0);
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
        .value=${live(s.choice.query)}
        @input=${(e: Event) => {
          s.choose({ ...s.choice, query: (e.target as HTMLInputElement).value }, 'replace');
        }}
        @focus=${() => {
          s.prepareSearch();
        }}
      />
      <p id="search-hint" class="hint">${m.searchHint}</p>
    </form>
    <div class="columns">
      <button
        type="button"
        class="vk-button vk-button--secondary filters-toggle"
        part="button button-secondary filters-toggle"
        aria-expanded=${s.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => {
          s.toggleFilters();
        }}
      >
        ${m.filtersLabel}${chosen ? ` (${m.facetActive(chosen)})` : ''}
      </button>
      <div id="filters" class=${classMap({ filters: true, open: s.filtersOpen })} part="filters" role="group" aria-label=${m.filtersLabel}>
        ${renderExtraFacet(s, 'when')} ${renderExtraFacet(s, 'where')} ${renderPastToggle(s)} ${renderExtraFacet(s, 'origin')}
        ${FACETS.map((f) => renderFacet(s, f))} ${renderExtraFacet(s, 'audiences')}
      </div>
      <div class="results-area">${renderResults(s)}</div>
    </div>
  `;
}

/**
 * One of the finder's own filters: "Wanneer" (one choice: radio buttons),
 * "Waar", "Bron" and "Doelgroep" (check boxes), each option with its count.
 * Shown only when it can narrow anything (dates exist, both sources exist,
 * an audience occurs).
 */
function renderExtraFacet(s: FinderScreen, facet: ExtraFacet): TemplateResult | typeof nothing {
  const { m, model } = s;
  const options = model.extraOptions(facet, s.choice);
  if (!options.length || (facet === 'where' && !model.offer?.dated)) return nothing;
  const chosen = chosenIn(s, facet);
  const selected = new Set(facet === 'when' ? [s.choice.when] : chosen);
  const counts = model.view?.counts.get(facet);
  const legend = m.extraFacets[facet];
  const radio = facet === 'when';
  return html`<details class="facet" part="facet" ?open=${facet === 'when' || facet === 'where' || chosen.length > 0}>
    <summary>${legend}${chosen.length ? html` <span class="facet-active">(${m.facetActive(chosen.length)})</span>` : nothing}</summary>
    <fieldset>
      <legend class="vk-visually-hidden">${legend}</legend>
      <ul class="options">
        ${options.map((value) => {
          const count = radio && value === 'alles' ? (model.view?.without.get('when') ?? model.view?.results.length ?? 0) : (counts?.get(value) ?? 0);
          return html`<li>
            <label class="option">
              <input
                type=${radio ? 'radio' : 'checkbox'}
                name=${ifDefined(radio ? 'when' : undefined)}
                .checked=${live(selected.has(value))}
                @change=${() => {
                  if (radio) s.choose({ ...s.choice, when: value as WhenBucket }, 'push');
                  else toggleOption(s, facet, value);
                }}
              />
              <span class="option-label">${label(s, facet, value)}</span>
              <span class="option-count">${m.optionCount(formatNumber(count, s.locale))}</span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>
  </details>`;
}

/** "Toon ook afgelopen aanbod", with how many it would bring back; only when some offer has dates. */
function renderPastToggle(s: FinderScreen): TemplateResult | typeof nothing {
  const { m, model } = s;
  if (!model.offer?.dated) return nothing;
  const hidden = model.view?.hiddenPast ?? 0;
  return html`<p class="past-toggle">
    <label class="option">
      <input
        type="checkbox"
        aria-describedby=${hidden && !s.choice.past ? 'past-hidden' : nothing}
        .checked=${live(s.choice.past)}
        @change=${() => {
          s.choose({ ...s.choice, past: !s.choice.past }, 'push');
        }}
      />
      <span class="option-label">${m.showPast}</span>
    </label>
    ${hidden && !s.choice.past ? html`<span class="hint" id="past-hidden">${m.pastHidden(hidden)}</span>` : nothing}
  </p>`;
}

function renderFacet(s: FinderScreen, facet: OfferingFacet): TemplateResult | typeof nothing {
  const { m, model } = s;
  const options = model.facetOptions(facet, s.filters[facet] ?? []);
  if (!options.length) return nothing;
  const selected = new Set(s.filters[facet] ?? []);
  const counts = model.view?.counts.get(facet);
  const legend = m.facets[facet];
  const lang = model.optionLang(facet);
  const levels = facet === 'levels' ? model.corpus?.levels : undefined;
  return html`<details class="facet" part="facet" ?open=${OPEN_FACETS.has(facet) || selected.size > 0}>
    <summary>${legend}${selected.size ? html` <span class="facet-active">(${m.facetActive(selected.size)})</span>` : nothing}</summary>
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
                  toggleOption(s, facet, value);
                }}
              />
              <span class="option-label" lang=${ifDefined(lang)}>${label(s, facet, value)}</span>
              <span class="option-count">${m.optionCount(formatNumber(count, s.locale))}</span>
            </label>
            ${summary ? html`<p class="level-summary" id="level-${value}" lang="nl">${summary}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${levels?.[0] ? renderCitation(levels[0].source, model.corpus?.documents ?? new Map(), s.locale) : nothing}
    </fieldset>
  </details>`;
}

/** The chosen filters as chips, each with what removes it. */
function chips(s: FinderScreen): { label: string; remove: () => void }[] {
  const { m } = s;
  const out: { label: string; remove: () => void }[] = [];
  const q = s.choice.query.trim();
  if (q) {
    out.push({
      label: m.queryChip(q),
      remove: () => {
        s.choose({ ...s.choice, query: '' }, 'push');
      },
    });
  }
  for (const facet of ['when', 'where', 'origin', ...FACETS, 'audiences'] as const) {
    for (const value of chosenIn(s, facet)) {
      out.push({
        label: `${legendOf(m, facet)}: ${label(s, facet, value)}`,
        remove: () => {
          s.choose(
            withValues(
              s,
              facet,
              chosenIn(s, facet).filter((v) => v !== value),
            ),
            'push',
          );
        },
      });
    }
  }
  if (s.choice.past) {
    out.push({
      label: m.showPast,
      remove: () => {
        s.choose({ ...s.choice, past: false }, 'push');
      },
    });
  }
  return out;
}

/** Removes a chip and moves focus to the next chip, else the previous, else the search field. */
function removeChip(s: FinderScreen, index: number, remove: () => void): void {
  remove();
  s.focusAfterUpdate(() => {
    const all = s.findAll('[part="chip"]');
    return all[index] ?? all[index - 1] ?? s.find('#search');
  });
}

function renderResults(s: FinderScreen): TemplateResult {
  const { m, model, locale } = s;
  const offer = model.offer;
  const view = model.view;
  if (!offer || !view) return html`<p class="status" role="status">${m.loading}</p>`;
  const n = view.results.length;
  const total = offer.all.length;
  const count = m.offers(n, formatNumber(n, locale));
  const chosen = chips(s);
  return html`
    <div class="toolbar">
      <p id="count" class="count" part="count" tabindex="-1">
        <strong>${n === total ? count : m.countOf(formatNumber(n, locale), formatNumber(total, locale))}</strong>
        <span class="sources"
          >${m.sources(offer.corpusCount ? m.offers(offer.corpusCount, formatNumber(offer.corpusCount, locale)) : '', feedSources(s, offer))}${offer.duplicates
            ? ` ${m.duplicates(offer.duplicates)}`
            : ''}</span
        >
      </p>
      <label class="sort">
        <span>${m.sortLabel}</span>
        <select
          part="sort select"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value as SortKey;
            if (SORT_KEYS.includes(value)) s.choose({ ...s.choice, sort: value }, 'push');
          }}
        >
          ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${s.choice.sort === k}>${m.sortOptions[k]}</option>`)}
        </select>
      </label>
    </div>
    ${chosen.length
      ? html`<div class="chips-bar">
          <ul class="chips" part="chips" aria-label=${m.activeFilters}>
            ${chosen.map(
              (c, i) => html`<li>
                <button
                  type="button"
                  class="vk-chip"
                  part="chip"
                  @click=${() => {
                    removeChip(s, i, c.remove);
                  }}
                >
                  <span>${c.label}</span><span class="vk-visually-hidden">, ${m.removeFilter}</span>
                  <svg class="chip-x" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" /></svg>
                </button>
              </li>`,
            )}
          </ul>
          <button
            type="button"
            class="vk-link-button"
            part="clear-all"
            @click=${() => {
              clearAll(s);
            }}
          >
            ${m.clearAll}
          </button>
        </div>`
      : nothing}
    ${s.announcer} ${s.feedLoading ? html`<p class="status">${m.feedLoading}</p>` : nothing}
    ${total === 0 ? html`<p class="empty" part="empty">${m.nothingToShow}</p>` : n === 0 ? renderEmpty(s) : renderList(s, view.results)}
  `;
}

/** `3 aanbiedingen uit „Griffie Voorbeeldstad” en „Raadsledenvereniging”`: the feeds that gave offers, by name. */
function feedSources(s: FinderScreen, offer: Offer): string {
  const { m, locale } = s;
  if (!offer.feedCount) return '';
  const names = offer.feeds.filter((f) => !f.error && f.offerings.length).map((f) => m.feedName(feedName(f, offer.inline, locale)));
  return m.fromFeeds(m.offers(offer.feedCount, formatNumber(offer.feedCount, locale)), formatList(names, locale));
}

function renderList(s: FinderScreen, results: readonly Offering[]): TemplateResult {
  const { m, model, locale } = s;
  const ctx: ItemContext = {
    ...s.item,
    m,
    locale,
    headingLevel: s.headingLevel,
    total: results.length,
    roles: model.corpus?.roles ?? new Map(),
    values: model.corpus?.values ?? new Map(),
    documents: model.corpus?.documents ?? new Map(),
    providerName: (id) => model.providerName(id),
    now: s.now,
    originOf: (o) => {
      const origin = model.offer?.origins.get(o.id);
      return origin?.kind === 'feed' ? origin : undefined;
    },
    notesOf: (o) => model.offer?.notes.get(o.id) ?? [],
    feedLabel: (origin) => {
      const feed = model.offer?.feeds[origin.feed];
      return feed ? feedName(feed, model.offer?.inline ?? false, locale) : origin.url;
    },
    onValue: (id) => {
      s.selectValue(id);
    },
    dependsOn: [m, locale, s.headingLevel, s.now.getTime(), model.offer, model.corpus],
  };
  const label = m.resultsLabel(m.offers(results.length, formatNumber(results.length, locale)));
  const shown = results.slice(0, s.shownCount);
  const rest = results.length - shown.length;
  return html`<ol class="results" part="results" aria-label=${label} aria-busy=${s.searching ? 'true' : 'false'}>
      ${repeat(
        shown,
        (o) => o.id,
        (o, i) => renderOffering(o, i, ctx),
      )}
    </ol>
    ${rest > 0
      ? html`<p class="more">
          <button
            type="button"
            class="vk-button vk-button--secondary"
            part="button button-secondary show-more"
            @click=${() => {
              s.showMore();
            }}
          >
            ${m.showMore(Math.min(PAGE, rest), formatNumber(shown.length, locale), formatNumber(results.length, locale))}
          </button>
        </p>`
      : nothing}`;
}

/** Nothing matches: offer to drop the filters that would bring back the most results. */
function renderEmpty(s: FinderScreen): TemplateResult {
  const { m, model, locale } = s;
  const suggestions: { label: string; count: number; apply: () => void }[] = [];
  for (const [facet, count] of model.view?.without ?? []) {
    const labels = chosenIn(s, facet).map((v) => label(s, facet, v));
    suggestions.push({
      label: m.withoutFacet(legendOf(m, facet), formatList(labels, locale)),
      count,
      apply: () => {
        s.choose(withValues(s, facet, []), 'push');
      },
    });
  }
  const q = s.choice.query.trim();
  if (q && model.withoutQuery !== undefined) {
    suggestions.push({
      label: m.withoutQuery(q),
      count: model.withoutQuery,
      apply: () => {
        s.choose({ ...s.choice, query: '' }, 'push');
      },
    });
  }
  const best = suggestions
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  return html`<div class="empty" part="empty">
    <p>${m.empty}</p>
    ${best.length
      ? html`<p>${m.emptyTry}</p>
          <ul class="suggestions">
            ${best.map(
              (x) => html`<li>
                <button
                  type="button"
                  class="vk-button vk-button--secondary"
                  part="button button-secondary"
                  @click=${() => {
                    x.apply();
                    s.focusAfterUpdate(() => s.find('#count'));
                  }}
                >
                  ${m.withoutFilter(x.label, m.offers(x.count, formatNumber(x.count, locale)))}
                </button>
              </li>`,
            )}
          </ul>`
      : nothing}
    <button
      type="button"
      class="vk-link-button"
      @click=${() => {
        clearAll(s);
      }}
    >
      ${m.clearAll}
    </button>
  </div>`;
}

/** The feed records that were skipped, each with its reasons, under the name of its feed when there are several. */
export function renderRejected(m: FinderMessages, locale: Locale, offer: Offer | undefined): TemplateResult | typeof nothing {
  const feeds = (offer?.feeds ?? []).filter((f) => f.rejected.length);
  if (!offer || !feeds.length) return nothing;
  const rejected = feeds.flatMap((f) => f.rejected);
  const offerings = rejected.filter((r) => r.list === 'offerings').length;
  const several = offer.feeds.length > 1;
  return html`<details class="rejected" part="rejected">
    <summary>${m.rejectedSummary(offerings, rejected.length - offerings)}</summary>
    <p>${m.rejectedIntro}</p>
    ${feeds.map((f) => {
      const format = f.format ?? 'json';
      return html`${several ? html`<p class="rejected-feed">${m.rejectedFeed(feedName(f, offer.inline, locale))}</p>` : nothing}
        <ul>
          ${f.rejected.map((r) => {
            const reasons = [...new Set(mainProblems(r.problems).map((p) => describeProblem(p, locale, format)))];
            return html`<li>
              <strong>${m.rejectedIn(recordLabel(r, format, locale))}</strong>${r.title ? html` <span lang="nl">„${r.title}”</span>` : nothing}${r.id
                ? html` <code>${r.id}</code>`
                : nothing}:
              ${reasons.join('; ')}
            </li>`;
          })}
        </ul>`;
    })}
  </details>`;
}
