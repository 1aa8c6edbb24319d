/**
 * Several feeds in one finder: the griffie's own programme, the raadsleden
 * association's calendar and the VNG's courses next to the research's
 * offer. Each feed loads, fails and reports on its own (one broken feed never
 * hides another, nor the corpus offer); every offer keeps who publishes it;
 * the same offer in two places appears once.
 *
 * Which one wins when an offer appears twice (same id, or same web page):
 * - a feed over the research: a feed describes the offer as it is now, the
 *   research as it was in 2013, 2018 or 2024;
 * - between feeds, the one listed first: the embedder orders `src` (or
 *   `"feeds"` in config.json), so the griffie puts its own feed first and its
 *   description of a course wins over a copy further down.
 * The winner keeps its own record whole; nothing is mixed from the loser.
 *
 * "Same web page" counts only for a page that is specific to one offer: a
 * home page (`https://vng.nl/`) and a page that one source gives for
 * several of its offers (an agenda page) do not make two offers one.
 */
import type { Offering, OfferingAudience, OfferingFormat, ProfessionalisationLevel, Provider, RoleId } from './generated/types.js';
import type { FeedDefaults, FeedFormat, FeedOptions, FeedReport, ConversionNote } from './feed.js';
import { loadFeed } from './feed-formats.js';
import { corpusOfferings, corpusProviders } from './offerings.js';
import { mergeSources, type OfferOrigin, type DuplicateOffer } from './merge.js';

export { parseFeedList, pageKey, mergeSources, type OfferOrigin, type DuplicateOffer } from './merge.js';

/** One feed with what the embedder knows about it. */
export interface FeedSpec {
  readonly url: string;
  /** Values for fields the feed leaves empty (iCalendar and CSV say nothing about offices or levels). */
  readonly defaults?: FeedDefaults;
  /** Read as this format instead of detecting it. */
  readonly format?: FeedFormat;
}

const ROLE_IDS: readonly RoleId[] = ['burgemeester', 'gemeentesecretaris', 'griffier', 'raadslid', 'rekenkamerlid', 'statenlid', 'waterschapsbestuurder', 'wethouder'];
const AUDIENCES: readonly OfferingAudience[] = ['burgerlid', 'fractievolger', 'aspirant-raadslid'];
const LEVELS: readonly ProfessionalisationLevel[] = ['macro', 'meso', 'micro'];
const FORMATS: readonly OfferingFormat[] = [
  'conferentie', 'congres', 'bijeenkomst', 'leergang', 'opleiding', 'training', 'workshop', 'masterclass', 'intervisie', 'coaching',
  'mentoring', 'zelfscan', 'e-learning', 'regiobijeenkomst', 'in-company', 'handreiking', 'netwerk', 'spel', 'overig',
];
const MODES = ['individueel', 'collectief', 'beide'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function pickAll<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ok = value.filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));
  return ok.length === value.length && ok.length ? ok : undefined;
}

/**
 * Feed specs from configuration (the learning tab's `"feeds": [...]`, an
 * embed's JSON): each entry a URL, or `{ "url": …, "roles": […], "levels": […],
 * "formats": […], "audiences": […], "mode": …, "provider": …, "publisher": …,
 * "format": … }`. Relative URLs resolve against `base`; only http(s) is kept.
 * What is not valid is left out and listed in `ignored` (`feeds[1]`,
 * `feeds[0].roles`), so a page can say so.
 */
export function parseFeedSpecs(value: unknown, base?: string): { specs: FeedSpec[]; ignored: string[] } {
  const specs: FeedSpec[] = [];
  const ignored: string[] = [];
  if (!Array.isArray(value)) return { specs, ignored: value === undefined ? [] : ['feeds'] };
  (value as unknown[]).forEach((entry, i) => {
    const at = `feeds[${String(i)}]`;
    const raw = typeof entry === 'string' ? { url: entry } : entry;
    if (typeof raw !== 'object' || raw === null) {
      ignored.push(at);
      return;
    }
    const r = raw as Record<string, unknown>;
    let url: string | undefined;
    try {
      const u = new URL(String(r['url']), base);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && typeof r['url'] === 'string') url = u.href;
    } catch {
      url = undefined;
    }
    if (!url) {
      ignored.push(at);
      return;
    }
    const defaults: { -readonly [K in keyof FeedDefaults]: FeedDefaults[K] } = {};
    const field = <K extends keyof FeedDefaults>(key: K, parsed: FeedDefaults[K] | undefined) => {
      if (r[key] === undefined) return;
      if (parsed === undefined) ignored.push(`${at}.${key}`);
      else defaults[key] = parsed;
    };
    field('roles', pickAll(r['roles'], ROLE_IDS));
    field('audiences', pickAll(r['audiences'], AUDIENCES));
    field('levels', pickAll(r['levels'], LEVELS));
    field('formats', pickAll(r['formats'], FORMATS));
    field('mode', MODES.find((m) => m === r['mode']));
    field('provider', typeof r['provider'] === 'string' && ID.test(r['provider']) ? r['provider'] : undefined);
    field('publisher', typeof r['publisher'] === 'string' && r['publisher'].trim() && r['publisher'].length <= 200 ? r['publisher'].trim() : undefined);
    const format = (['json', 'ical', 'jsonld', 'csv'] as const).find((f) => f === r['format']);
    if (r['format'] !== undefined && !format) ignored.push(`${at}.format`);
    for (const key of Object.keys(r)) {
      if (!['url', 'roles', 'audiences', 'levels', 'formats', 'mode', 'provider', 'publisher', 'format'].includes(key)) ignored.push(`${at}.${key}`);
    }
    if (specs.some((s) => s.url === url)) return;
    specs.push({ url, ...(Object.keys(defaults).length ? { defaults } : {}), ...(format ? { format } : {}) });
  });
  return { specs, ignored };
}

/** One feed's outcome in `loadFeeds`: its report, with its URL and position. */
export interface LoadedFeed extends FeedReport {
  readonly url: string;
  readonly feed: number;
}

/** The merged offer: what the finder shows, and per feed what went wrong. */
export interface MergedOffer {
  /** Feeds' offers first (feeds in the given order, each in its own order), then the research's. Each offer once. */
  readonly offerings: readonly Offering[];
  /** The corpus providers and every feed's providers (by id; the first definition of an id wins). */
  readonly providers: readonly Provider[];
  /** Where each offer in `offerings` comes from, by offer id. */
  readonly origins: ReadonlyMap<string, OfferOrigin>;
  /** Conversion notes per offer id (an offer from a CSV, iCalendar or JSON-LD feed that could not be mapped whole). */
  readonly notes: ReadonlyMap<string, readonly ConversionNote[]>;
  /** One report per feed, in the given order: `error` when it could not be used, `rejected` records, `notes`. */
  readonly feeds: readonly LoadedFeed[];
  readonly duplicates: readonly DuplicateOffer[];
}

export interface LoadFeedsOptions extends Omit<FeedOptions, 'defaults' | 'format' | 'source' | 'contentType' | 'knownProviders' | 'providers'> {
  /** Include the research's offer (default true). */
  readonly includeCorpus?: boolean;
  /** Defaults for every feed that has none of its own. */
  readonly defaults?: FeedDefaults;
}

/**
 * Loads every feed at once, each on its own (a feed that fails is reported
 * with its URL and never stops the others), and merges them with the
 * research's offer. Never throws.
 *
 * `feeds`: URLs (e.g. `parseFeedList(el.src)`) or specs with defaults
 * (`parseFeedSpecs(config.feeds)`).
 */
export async function loadFeeds(feeds: readonly (string | FeedSpec)[], options: LoadFeedsOptions = {}): Promise<MergedOffer> {
  const { includeCorpus = true, defaults, ...fetchOptions } = options;
  const specs = feeds.map((f) => (typeof f === 'string' ? { url: f } : f));
  const [corpus, known] = await Promise.all([includeCorpus ? corpusOfferings() : Promise.resolve([]), corpusProviders()]);
  const reports = await Promise.all(
    specs.map(async (spec, feed): Promise<LoadedFeed> => {
      const feedDefaults = spec.defaults ?? defaults;
      const report = await loadFeed(spec.url, {
        ...fetchOptions,
        providers: known,
        ...(feedDefaults ? { defaults: feedDefaults } : {}),
        ...(spec.format ? { format: spec.format } : {}),
      }).catch((e: unknown): FeedReport => ({
        offerings: [],
        providers: [],
        records: [],
        rejected: [],
        notes: [],
        notesById: new Map(),
        error: { code: 'feed-network', detail: String(e) },
      }));
      return { ...report, url: spec.url, feed };
    }),
  );
  const merged = mergeSources([
    ...reports.map((r) => ({
      offerings: r.offerings,
      origin: { kind: 'feed' as const, feed: r.feed, url: r.url, ...(r.format ? { format: r.format } : {}), ...(r.info ? { info: r.info } : {}) },
    })),
    { offerings: corpus, origin: { kind: 'corpus' as const } },
  ]);
  const providers = new Map<string, Provider>(known.map((p) => [p.id, p]));
  for (const r of reports) for (const p of r.providers) if (!providers.has(p.id)) providers.set(p.id, p);
  const notes = new Map<string, readonly ConversionNote[]>();
  for (const r of reports) {
    for (const [id, n] of r.notesById) {
      const origin = merged.origins.get(id);
      if (origin?.kind === 'feed' && origin.feed === r.feed) notes.set(id, n);
    }
  }
  return { offerings: merged.offerings, providers: [...providers.values()], origins: merged.origins, notes, feeds: reports, duplicates: merged.duplicates };
}
