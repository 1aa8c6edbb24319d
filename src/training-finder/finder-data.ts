/**
 * What the finder searches: the corpus (offers described in the research,
 * with the names it needs to show them) and, merged in, an association's
 * feed. Loaded through the data API; no DOM here.
 */
import {
  allRoles,
  allSources,
  allValues,
  corpusOfferings,
  corpusProviders,
  mergeOfferings,
  professionalisationLevels,
  type CraftLevel,
  type FeedResult,
  type Offering,
  type OfferingFacet,
  type Provider,
  type Role,
  type SourceDocument,
  type Value,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';
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

/** The merged offer the finder searches; rebuilt only when the corpus or the feed changes. */
export interface Offer {
  readonly all: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly providerById: ReadonlyMap<string, Provider>;
  readonly fromFeed: ReadonlySet<Offering>;
  readonly corpusCount: number;
  readonly feedCount: number;
  /** Per facet: every value that occurs in the offer. */
  readonly options: ReadonlyMap<OfferingFacet, ReadonlySet<string>>;
}

/** Corpus providers plus a feed's own; the feed wins on the same id. */
function mergeProviders(base: readonly Provider[], extra: readonly Provider[]): Provider[] {
  const ids = new Set(extra.map((p) => p.id));
  return [...base.filter((p) => !ids.has(p.id)), ...extra];
}

/** The corpus offer (unless `includeCorpus` is off) merged with the feed's. */
export function buildOffer(corpus: CorpusData, feed: FeedResult | undefined, includeCorpus: boolean): Offer {
  const base = includeCorpus ? corpus.offerings : [];
  const extra = feed?.offerings ?? [];
  const all = extra.length ? mergeOfferings(base, extra) : base;
  const providers = feed?.providers.length ? mergeProviders(corpus.providers, feed.providers) : corpus.providers;
  const fromFeed = new Set(extra);
  return {
    all,
    providers,
    providerById: new Map(providers.map((p) => [p.id, p])),
    fromFeed,
    corpusCount: all.length - all.filter((o) => fromFeed.has(o)).length,
    feedCount: extra.length,
    options: occurringOptions(all),
  };
}
