/**
 * What the finder searches: the corpus (offers described in the research,
 * with the names it needs to show them) and, merged in, the feeds of a
 * griffie and of associations. Loaded through the data API; no DOM here.
 */
import {
  allRoles,
  allSources,
  allValues,
  corpusOfferings,
  corpusProviders,
  mergeSources,
  professionalisationLevels,
  type CraftLevel,
  type ConversionNote,
  type LoadedFeed,
  type OfferOrigin,
  type Offering,
  type OfferingFacet,
  type Provider,
  type Role,
  type SourceDocument,
  type Value,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';
import type { FeedData } from './feed-controller.js';
import { occurringOptions } from './finder-view.js';

export interface CorpusData {
  readonly offerings: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly roles: ReadonlyMap<string, Role>;
  readonly values: ReadonlyMap<string, Value>;
  readonly levels: readonly CraftLevel[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

/** The corpus offer and the names and sources the finder shows with it. */
export async function loadCorpus(): Promise<CorpusData> {
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
}

/** The merged offer the finder searches; rebuilt only when the corpus or the feeds change. */
export interface Offer {
  /** Feeds' offers first (in the order of the feeds), then the research's; each offer once. */
  readonly all: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly providerById: ReadonlyMap<string, Provider>;
  /** Where each feed offer comes from (by offer id); research offers are not in it. */
  readonly origins: ReadonlyMap<string, OfferOrigin>;
  readonly fromFeed: ReadonlySet<Offering>;
  /** Conversion notes per offer id (what a CSV, iCalendar or JSON-LD feed could not map). */
  readonly notes: ReadonlyMap<string, readonly ConversionNote[]>;
  /** Every feed with its outcome, in order. */
  readonly feeds: readonly LoadedFeed[];
  /** Whether the feeds came from a child script. */
  readonly inline: boolean;
  readonly corpusCount: number;
  readonly feedCount: number;
  /** Offers left out because another feed (or a feed over the research) has them. */
  readonly duplicates: number;
  /** Whether any offer has dated sessions (the "Wanneer" and "Waar" filters show only then). */
  readonly dated: boolean;
  /** Per facet: every value that occurs in the offer. */
  readonly options: ReadonlyMap<OfferingFacet, ReadonlySet<string>>;
}

/**
 * The feeds' offer merged with the research's (unless `includeCorpus` is
 * off): a feed wins over the research on the same id or the same page, and
 * feeds come first (`mergeSources`).
 */
export function buildOffer(corpus: CorpusData, feeds: FeedData | undefined, includeCorpus: boolean): Offer {
  const merged = feeds?.merged;
  const groups = new Map<number, { offerings: Offering[]; origin: OfferOrigin }>();
  for (const o of merged?.offerings ?? []) {
    const origin = merged?.origins.get(o.id);
    if (origin?.kind !== 'feed') continue;
    let group = groups.get(origin.feed);
    if (!group) groups.set(origin.feed, (group = { offerings: [], origin }));
    group.offerings.push(o);
  }
  const sources = [...groups.values()];
  if (includeCorpus) sources.push({ offerings: [...corpus.offerings], origin: { kind: 'corpus' } });
  const { offerings: all, origins, duplicates } = sources.length === 1 && includeCorpus ? { offerings: [...corpus.offerings], origins: new Map<string, OfferOrigin>(), duplicates: [] } : mergeSources(sources);
  const fromFeed = new Set(all.filter((o) => origins.get(o.id)?.kind === 'feed'));
  const providers = merged?.providers.length ? merged.providers : corpus.providers;
  return {
    all,
    providers,
    providerById: new Map(providers.map((p) => [p.id, p])),
    origins,
    fromFeed,
    notes: merged?.notes ?? new Map(),
    feeds: merged?.feeds ?? [],
    inline: feeds?.inline ?? false,
    corpusCount: all.length - fromFeed.size,
    feedCount: fromFeed.size,
    duplicates: (merged?.duplicates.length ?? 0) + duplicates.length,
    dated: all.some((o) => (o.sessions?.length ?? 0) > 0),
    options: occurringOptions(all),
  };
}
