import type {
  Offering,
  OfferingFormat,
  ProfessionalisationLevel,
  Provider,
  RoleId,
  ValueId,
} from './generated/types.js';
import { loadCraft, loadOfferings, loadProviders } from './load.js';

export type OfferingMode = 'individueel' | 'collectief';
export type OfferingCostKind = Offering['cost']['kind'];

/**
 * Filters for {@link findOfferings}. Within one facet the options are
 * alternatives (OR); across facets all must hold (AND). An empty or missing
 * facet does not filter. An offering whose facet is unknown (`null`) does
 * not match an active filter on that facet.
 */
export interface OfferingFilters {
  /** Free text; Dutch-aware, ranked (title matches first). */
  readonly query?: string;
  readonly roles?: readonly RoleId[];
  readonly formats?: readonly OfferingFormat[];
  readonly levels?: readonly ProfessionalisationLevel[];
  readonly values?: readonly ValueId[];
  readonly providers?: readonly string[];
  /** `beide` offerings match both `individueel` and `collectief`. */
  readonly modes?: readonly OfferingMode[];
  readonly costs?: readonly OfferingCostKind[];
}

/** Facets a filter can act on. */
export type OfferingFacet = Exclude<keyof OfferingFilters, 'query'>;

/** The values an offering has for one facet (empty when unknown). */
export function facetValues(o: Offering, facet: OfferingFacet): readonly string[] {
  switch (facet) {
    case 'roles':
      return o.roles ?? [];
    case 'formats':
      return o.formats;
    case 'levels':
      return o.levels ?? [];
    case 'values':
      return o.values ?? [];
    case 'providers':
      return o.provider ? [o.provider] : [];
    case 'modes':
      return o.mode === 'beide' ? ['individueel', 'collectief'] : o.mode ? [o.mode] : [];
    case 'costs':
      return [o.cost.kind];
  }
}

/** Every facet a filter can act on, in the order the finder shows them. */
export const FACETS: readonly OfferingFacet[] = ['roles', 'formats', 'levels', 'values', 'providers', 'modes', 'costs'];

/** Whether `o` passes every active facet filter (the query is not checked here). */
export function matchesFacets(o: Offering, filters: OfferingFilters, except?: OfferingFacet): boolean {
  return FACETS.every((facet) => {
    if (facet === except) return true;
    const wanted = filters[facet];
    if (!wanted?.length) return true;
    const have = facetValues(o, facet);
    return wanted.some((w) => have.includes(w));
  });
}

/** The corpus offer: every offering in the five documents. */
export async function corpusOfferings(): Promise<readonly Offering[]> {
  return (await loadOfferings()).offerings;
}

/** The corpus providers. */
export async function corpusProviders(): Promise<readonly Provider[]> {
  return (await loadProviders()).providers;
}

const byIds = new WeakMap<readonly Offering[], ReadonlyMap<string, Offering>>();
/** The list by id, once per list, as the search index is (a keystroke over 10,000 offers should not build it again; lists are never changed in place). */
function byIdOf(list: readonly Offering[]): ReadonlyMap<string, Offering> {
  let byId = byIds.get(list);
  if (!byId) byIds.set(list, (byId = new Map(list.map((o) => [o.id, o]))));
  return byId;
}

/**
 * Offerings matching `filters`, from `offerings` (default: the corpus offer).
 * With a query: best match first; without: in the given order.
 */
export async function findOfferings(
  filters: OfferingFilters = {},
  offerings?: readonly Offering[],
  providers?: readonly Provider[],
): Promise<Offering[]> {
  const list = offerings ?? (await corpusOfferings());
  const query = filters.query?.trim();
  let ranked: readonly Offering[] = list;
  if (query) {
    const { offeringIndex } = await import('./search.js');
    const byId = byIdOf(list);
    const index = offeringIndex(list, providers ?? (await corpusProviders()));
    ranked = index.search(query).flatMap((r) => byId.get(r.id) ?? []);
  }
  return ranked.filter((o) => matchesFacets(o, filters));
}

/**
 * A search over `offerings` that answers at once: the search code is loaded
 * and the index built (once per list) before this resolves, so each
 * keystroke afterwards is one synchronous call, best match first — the same
 * answer as `findOfferings({ query }, offerings, providers)`.
 */
export async function offeringSearch(offerings: readonly Offering[], providers?: readonly Provider[]): Promise<(query: string) => Offering[]> {
  const { offeringIndex } = await import('./search.js');
  const index = offeringIndex(offerings, providers ?? (await corpusProviders()));
  const byId = byIdOf(offerings);
  return (query) => {
    const q = query.trim();
    return q ? index.search(q).flatMap((r) => byId.get(r.id) ?? []) : [...offerings];
  };
}

/**
 * Merges a feed into a base list: same id → the feed's record wins (and takes
 * the base record's place); new ids are appended in feed order.
 */
export function mergeOfferings(base: readonly Offering[], extra: readonly Offering[]): Offering[] {
  const fromFeed = new Map(extra.map((o) => [o.id, o]));
  const merged = base.map((o) => fromFeed.get(o.id) ?? o);
  const baseIds = new Set(base.map((o) => o.id));
  return [...merged, ...extra.filter((o) => !baseIds.has(o.id))];
}

/** The macro / meso / micro professionalisation levels of the 2013 paper. */
export async function professionalisationLevels() {
  return (await loadCraft()).levels;
}

/** Everything in craft.json (levels, kinds of civil servants, secretaries' craft). */
export { loadCraft as craft } from './load.js';
