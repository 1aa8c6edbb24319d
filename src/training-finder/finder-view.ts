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
import type { SortKey } from './url-state.js';

export interface FinderView {
  /** Matching offerings in display order. */
  readonly results: readonly Offering[];
  /** Per facet: option → number of results with that option (other facets applied). */
  readonly counts: ReadonlyMap<OfferingFacet, ReadonlyMap<string, number>>;
  /** Per active facet: how many results there would be without it. */
  readonly without: ReadonlyMap<OfferingFacet, number>;
}

function isActive(filters: OfferingFilters, facet: OfferingFacet): boolean {
  return (filters[facet]?.length ?? 0) > 0;
}

function tally(offerings: readonly Offering[], facet: OfferingFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of offerings) for (const v of facetValues(o, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The view for `filters` over `matches` (the offerings that match the search
 * text, best first, or every offering when there is none).
 */
export function computeView(
  matches: readonly Offering[],
  filters: OfferingFilters,
  order: ((results: Offering[]) => Offering[]) | undefined,
): FinderView {
  const results = matches.filter((o) => matchesFacets(o, filters));
  const counts = new Map<OfferingFacet, ReadonlyMap<string, number>>();
  const without = new Map<OfferingFacet, number>();
  for (const facet of FACETS) {
    if (!isActive(filters, facet)) {
      counts.set(facet, tally(results, facet));
      continue;
    }
    const pool = matches.filter((o) => matchesFacets(o, filters, facet));
    counts.set(facet, tally(pool, facet));
    without.set(facet, pool.length);
  }
  return { results: order ? order(results) : results, counts, without };
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
): ((results: Offering[]) => Offering[]) | undefined {
  if (sort === 'relevantie') return undefined;
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
