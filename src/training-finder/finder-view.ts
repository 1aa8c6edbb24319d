/**
 * What the finder shows for one state, computed from the offerings that match
 * the search text: the results in the chosen order, the count next to every
 * facet option (each option counted with all *other* active facets applied,
 * so a count says how many results ticking it would add), and, when nothing
 * matches, how many results dropping each filter would give.
 *
 * Plain functions over arrays, no DOM: the element memoises them, so typing
 * costs one search plus one pass over the matches.
 */
import { FACETS, facetValues, matchesFacets, type Offering, type OfferingFacet, type OfferingFilters } from '../data/index.js';
import type { ExtraFacet, SortKey } from './url-state.js';
import { byNextSession } from '../data/index.js';

/** A data facet or one of the finder's own (dates, places, source, audience). */
export type AnyFacet = OfferingFacet | ExtraFacet;

/** One of the finder's own filters, for the current state and clock. */
export interface ExtraFilter {
  readonly facet: ExtraFacet;
  /** Whether it narrows the results now. */
  readonly active: boolean;
  readonly test: (o: Offering) => boolean;
  /** The options an offer counts for. */
  readonly values: (o: Offering) => readonly string[];
}

export interface FinderView {
  /** Matching offerings in display order. */
  readonly results: readonly Offering[];
  /** Per facet: option → number of results with that option (other facets applied). */
  readonly counts: ReadonlyMap<AnyFacet, ReadonlyMap<string, number>>;
  /** Per active facet: how many results there would be without it. */
  readonly without: ReadonlyMap<AnyFacet, number>;
  /** Offers that match but are hidden because all their dates are past. */
  readonly hiddenPast: number;
}

function isActive(filters: OfferingFilters, facet: OfferingFacet): boolean {
  return (filters[facet]?.length ?? 0) > 0;
}

function tally(offerings: readonly Offering[], valuesOf: (o: Offering) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of offerings) for (const v of valuesOf(o)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The view for `filters` and the finder's own filters over `matches` (the
 * offerings that match the search text, best first, or every offering when
 * there is none). `shown` keeps an offer in the list at all (past-only
 * offers leave it unless the user asks for them).
 */
export function computeView(
  matches: readonly Offering[],
  filters: OfferingFilters,
  order: ((results: Offering[]) => Offering[]) | undefined,
  extras: readonly ExtraFilter[] = [],
  shown: (o: Offering) => boolean = () => true,
): FinderView {
  const visible = matches.filter(shown);
  const passExtras = (o: Offering, except?: ExtraFacet) => extras.every((e) => e.facet === except || !e.active || e.test(o));
  const results = visible.filter((o) => matchesFacets(o, filters) && passExtras(o));
  const counts = new Map<AnyFacet, ReadonlyMap<string, number>>();
  const without = new Map<AnyFacet, number>();
  for (const facet of FACETS) {
    const valuesOf = (o: Offering) => facetValues(o, facet);
    if (!isActive(filters, facet)) {
      counts.set(facet, tally(results, valuesOf));
      continue;
    }
    const pool = visible.filter((o) => matchesFacets(o, filters, facet) && passExtras(o));
    counts.set(facet, tally(pool, valuesOf));
    without.set(facet, pool.length);
  }
  for (const extra of extras) {
    if (!extra.active) {
      counts.set(extra.facet, tally(results, extra.values));
      continue;
    }
    const pool = visible.filter((o) => matchesFacets(o, filters) && passExtras(o, extra.facet));
    counts.set(extra.facet, tally(pool, extra.values));
    without.set(extra.facet, pool.length);
  }
  const hiddenPast = matches.length === visible.length ? 0 : matches.filter((o) => !shown(o) && matchesFacets(o, filters) && passExtras(o)).length;
  return { results: order ? order(results) : results, counts, without, hiddenPast };
}

/** The options each facet offers: every value that occurs in `offerings`. */
export function occurringOptions(offerings: readonly Offering[]): ReadonlyMap<OfferingFacet, ReadonlySet<string>> {
  const seen = new Map<OfferingFacet, Set<string>>(FACETS.map((f) => [f, new Set<string>()]));
  for (const o of offerings) for (const facet of FACETS) for (const v of facetValues(o, facet)) seen.get(facet)?.add(v);
  return seen;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares names the Dutch way: case and accents aside, `10` after `9`. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/**
 * A sorter for one list of offerings: the order by title or by provider is
 * computed once per list (a rank per offering), so sorting the results of a
 * keystroke compares numbers, not strings.
 */
export function sorter(
  all: readonly Offering[],
  sort: SortKey,
  providerName: (id: string | null) => string,
  now: Date,
): ((results: Offering[]) => Offering[]) | undefined {
  if (sort === 'relevantie') return undefined;
  if (sort === 'datum') {
    // Soonest first, then undated, then past; within a group the list's own order (feeds before the research).
    const ordered = [...all].sort(byNextSession(now));
    const rank = new Map<Offering, number>(ordered.map((o, i) => [o, i]));
    return (results) => results.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }
  const byTitle = (a: Offering, b: Offering) => compareNames(a.title, b.title);
  // By provider: offerings without one go last, then by title within a provider.
  const byProvider = (a: Offering, b: Offering) =>
    Number(a.provider === null) - Number(b.provider === null) ||
    compareNames(providerName(a.provider), providerName(b.provider)) ||
    byTitle(a, b);
  const ordered = [...all].sort(sort === 'titel' ? byTitle : byProvider);
  const rank = new Map<Offering, number>(ordered.map((o, i) => [o, i]));
  return (results) => results.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}
