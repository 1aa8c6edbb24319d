/**
 * What the finder shows, kept up to date from its inputs and recomputed only
 * when they change: the merged offer (corpus and feed), the options of every
 * facet in reading order, and the view (results, counts) for the current
 * search and filters. Typing thus costs one search plus one pass over the
 * matches; a language switch re-sorts only the option names.
 */
import {
  FACETS,
  WHEN_BUCKETS,
  allSessionsPast,
  matchesFacets,
  matchesWhen,
  whereKeys,
  whereOptions,
  type Offering,
  type OfferingFacet,
  type OfferingFilters,
  type RoleId,
} from '../data/index.js';
import type { FeedData } from './feed-controller.js';
import { costName, formatName, levelName, modeName, roleName } from '../shared/domain.messages.js';
import type { Locale } from '../shared/localize.js';
import { buildOffer, type CorpusData, type Offer } from './finder-data.js';
import { compareNames, computeView, sorter, type ExtraFilter, type FinderView } from './finder-view.js';
import type { FinderMessages } from './training-finder.messages.js';
import { CLOSED, ORIGIN_KEYS, type ExtraFacet, type FinderState, type OriginKey } from './url-state.js';

/** The offerings matching `text` in `offer`: a view is only built from the answer to the current question. */
export interface SearchResult {
  readonly offer: Offer;
  readonly text: string;
  readonly matches: readonly Offering[];
}

/** What the date filters need of one offer at one moment, computed once per offer and minute. */
interface DateKeys {
  /** The "Wanneer" buckets it falls in. */
  readonly when: readonly string[];
  /** "Waar" keys of the sessions still to come, and of all sessions. */
  readonly where: readonly string[];
  readonly whereAll: readonly string[];
  readonly allPast: boolean;
}
const UNDATED: DateKeys = { when: ['alles'], where: [], whereAll: [], allPast: false };

/** Same inputs as last time (`Object.is`: a `NaN` set by a script is the same `NaN`, not a change on every update). */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

export class FinderModel {
  corpus: CorpusData | undefined;
  offer: Offer | undefined;
  view: FinderView | undefined;
  /** With no results and a search text: how many there would be without the text. */
  withoutQuery: number | undefined;
  private offerInputs: readonly unknown[] = [];
  private optionInputs: readonly unknown[] = [];
  private optionOrder: ReadonlyMap<OfferingFacet, readonly string[]> = new Map();
  private sortInputs: readonly unknown[] = [];
  private order: ((results: Offering[]) => Offering[]) | undefined;
  private viewInputs: readonly unknown[] = [];

  private dateKeys = new WeakMap<Offering, DateKeys>();
  private dateKeysAt = Number.NaN;

  /** The offer's date keys at `now` (typing filters thousands of offers: each is read once per minute). */
  private keysOf(o: Offering, now: Date): DateKeys {
    if (now.getTime() !== this.dateKeysAt) {
      this.dateKeys = new WeakMap();
      this.dateKeysAt = now.getTime();
    }
    let keys = this.dateKeys.get(o);
    if (!keys) {
      keys = o.sessions?.length
        ? {
            when: WHEN_BUCKETS.filter((b) => matchesWhen(o, b, now)),
            where: whereKeys(o, now, false),
            whereAll: whereKeys(o, now, true),
            allPast: allSessionsPast(o, now),
          }
        : UNDATED;
      this.dateKeys.set(o, keys);
    }
    return keys;
  }

  /** "Waar" keys → the town as the feed wrote it, over every session (past ones too). */
  private towns: ReadonlyMap<string, string> = new Map();

  /** Merges the corpus and the feeds when either changes (the search index is built per merged list). */
  updateOffer(corpus: CorpusData | undefined, feed: FeedData | undefined, includeCorpus: boolean): void {
    this.corpus = corpus;
    const inputs = [corpus, feed, includeCorpus];
    if (!corpus || same(inputs, this.offerInputs)) return;
    this.offerInputs = inputs;
    this.offer = buildOffer(corpus, feed, includeCorpus);
    this.towns = new Map(whereOptions(this.offer.all, new Date(0), true).flatMap((w) => (w.city ? [[w.key, w.city] as const] : [])));
  }

  /** Research or current offer. */
  originKey(o: Offering): OriginKey {
    return this.offer?.fromFeed.has(o) ? 'feed' : 'onderzoek';
  }

  /** The finder's own filters for `choice` at `now`. */
  extraFilters(choice: FinderState, now: Date): ExtraFilter[] {
    return [
      {
        facet: 'when',
        active: choice.when !== 'alles',
        test: (o) => this.keysOf(o, now).when.includes(choice.when),
        values: (o) => this.keysOf(o, now).when,
      },
      {
        facet: 'where',
        active: choice.where.length > 0,
        test: (o) => {
          const keys = this.keysOf(o, now);
          const have = choice.past ? keys.whereAll : keys.where;
          return choice.where.some((k) => have.includes(k));
        },
        values: (o) => (choice.past ? this.keysOf(o, now).whereAll : this.keysOf(o, now).where),
      },
      {
        facet: 'origin',
        active: choice.origin.length > 0,
        test: (o) => choice.origin.includes(this.originKey(o)),
        values: (o) => [this.originKey(o)],
      },
      {
        facet: 'audiences',
        active: choice.audiences.length > 0,
        test: (o) => (o.audiences ?? []).some((a) => choice.audiences.includes(a)),
        values: (o) => o.audiences ?? [],
      },
    ];
  }

  /** The options of one of the finder's own filters: what occurs, then chosen values that do not (so they can be unticked). */
  extraOptions(facet: ExtraFacet, choice: FinderState): readonly string[] {
    const offer = this.offer;
    if (!offer) return [];
    let options: string[];
    switch (facet) {
      case 'when':
        return offer.dated ? WHEN_BUCKETS : [];
      case 'where': {
        const counted = this.view?.counts.get('where');
        const keys = [...(counted?.keys() ?? [])];
        options = keys.sort((a, b) => (a === 'online' ? -1 : b === 'online' ? 1 : compareNames(this.towns.get(a) ?? a, this.towns.get(b) ?? b)));
        break;
      }
      case 'origin':
        options = offer.feedCount && offer.corpusCount ? [...ORIGIN_KEYS] : [];
        break;
      case 'audiences':
        options = (CLOSED.audiences ?? []).filter((a) => offer.all.some((o) => o.audiences?.includes(a as never)));
        break;
    }
    const chosen: readonly string[] = facet === 'where' ? choice.where : facet === 'origin' ? choice.origin : choice.audiences;
    const extra = chosen.filter((v) => !options.includes(v));
    return extra.length ? [...options, ...extra] : options;
  }

  /** An option of one of the finder's own filters, in words. */
  extraLabel(facet: ExtraFacet, value: string, m: FinderMessages): string {
    switch (facet) {
      case 'when':
        return (m.whenOptions as Record<string, string>)[value] ?? value;
      case 'where':
        return value === 'online' ? m.online : (this.towns.get(value) ?? value.replace(/^plaats:/, ''));
      case 'origin':
        return (m.originOptions as Record<string, string>)[value] ?? value;
      case 'audiences':
        return (m.audienceNames as Record<string, string>)[value] ?? value;
    }
  }

  /**
   * The options of every facet in reading order (offices as in the
   * publication, levels, modes and costs fixed, the rest by name), once per
   * offer and language rather than on every render.
   */
  updateOptionOrder(locale: Locale): void {
    const offer = this.offer;
    if (!offer || same([offer, locale], this.optionInputs)) return;
    this.optionInputs = [offer, locale];
    const fixed: Partial<Record<OfferingFacet, readonly string[]>> = { roles: [...(this.corpus?.roles.keys() ?? [])], ...CLOSED };
    this.optionOrder = new Map(
      FACETS.map((facet) => {
        const present = offer.options.get(facet) ?? new Set<string>();
        const order = fixed[facet];
        const sorted = order
          ? [...order.filter((v) => present.has(v)), ...[...present].filter((v) => !order.includes(v))]
          : [...present].sort((a, b) => compareNames(this.optionLabel(facet, a, locale), this.optionLabel(facet, b, locale)));
        return [facet, sorted];
      }),
    );
  }

  /**
   * Builds the view from the current search's answer, unless nothing it
   * depends on changed. Returns whether there is a new view. While a new
   * search runs, the current view stays (instead of mixing the old matches
   * with new filters).
   */
  updateView(searched: SearchResult | undefined, choice: FinderState, filters: OfferingFilters, preset: readonly RoleId[], now: Date): boolean {
    const offer = this.offer;
    if (!offer || searched?.offer !== offer || searched.text !== choice.query.trim()) return false;
    const sort = choice.sort;
    if (!same([offer, sort, now.getTime()], this.sortInputs)) {
      this.sortInputs = [offer, sort, now.getTime()];
      this.order = sorter(offer.all, sort, (id) => this.providerName(id), now);
    }
    const inputs = [searched.matches, choice, preset.join(), this.order, now.getTime()];
    if (same(inputs, this.viewInputs)) return false;
    this.viewInputs = inputs;
    const extras = this.extraFilters(choice, now);
    const shown = choice.past || !offer.dated ? undefined : (o: Offering) => !this.keysOf(o, now).allPast;
    // With a search text the order is the ranking unless another order is chosen.
    this.view = computeView(searched.matches, filters, this.order, extras, shown);
    this.withoutQuery =
      this.view.results.length === 0 && choice.query.trim()
        ? offer.all.filter((o) => (!shown || shown(o)) && matchesFacets(o, filters) && extras.every((e) => !e.active || e.test(o))).length
        : undefined;
    return true;
  }

  /** A facet's options; chosen values that no offer has (e.g. from a link) come last, so they can be unticked. */
  facetOptions(facet: OfferingFacet, chosen: readonly string[]): readonly string[] {
    const options = this.optionOrder.get(facet) ?? [];
    const extra = chosen.filter((v) => !options.includes(v));
    return extra.length ? [...options, ...extra] : options;
  }

  providerName(id: string | null): string {
    if (!id) return '';
    const p = this.offer?.providerById.get(id);
    return p ? p.name : id;
  }

  /** An option's name: names from the corpus stay Dutch (see {@link optionLang}); interface names follow the locale. */
  optionLabel(facet: OfferingFacet, value: string, locale: Locale): string {
    const corpus = this.corpus;
    switch (facet) {
      case 'roles': {
        const role = corpus?.roles.get(value);
        return role ? roleName(role, locale) : value;
      }
      case 'formats':
        return formatName(value, locale);
      case 'levels':
        return value === 'macro' || value === 'meso' || value === 'micro' ? levelName(value, locale) : value;
      case 'values':
        return corpus?.values.get(value)?.name ?? value;
      case 'providers':
        return this.providerName(value);
      case 'modes':
        return value === 'individueel' || value === 'collectief' ? modeName(value, locale) : value;
      case 'costs':
        return value === 'gratis' || value === 'betaald' || value === 'onbekend' ? costName(value, locale) : value;
    }
  }

  /** `nl` for the facets whose names come from the corpus. */
  optionLang(facet: OfferingFacet): string | undefined {
    return facet === 'values' || facet === 'providers' ? 'nl' : undefined;
  }
}
