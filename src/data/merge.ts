/**
 * Merging offers from several sources, without loading anything: which
 * offer wins when it appears twice, and where each comes from. Kept apart
 * from `feeds.ts` (which loads feeds and thus the validators), so a widget
 * can merge and read a `src` list without downloading the loader.
 * See `feeds.ts` for the rules.
 */
import type { Offering, OfferingFeedInfo } from './generated/types.js';
import type { FeedFormat } from './feed.js';

/**
 * The URLs in a `src`-style list: separated by ASCII white space, as in HTML's
 * `ping` attribute; empty entries dropped, a URL given twice kept once.
 */
export function parseFeedList(value: string | null | undefined): string[] {
  const seen = new Set<string>();
  for (const token of (value ?? '').split(/[\t\n\f\r ]+/)) if (token) seen.add(token);
  return [...seen];
}

/** Where an offer in the merged list comes from: the research, or a feed (its position, URL, name and publisher). */
export type OfferOrigin =
  | { readonly kind: 'corpus' }
  | {
      readonly kind: 'feed';
      /** Position of the feed in the list given to `loadFeeds` (0 = first). */
      readonly feed: number;
      readonly url: string;
      readonly format?: FeedFormat;
      /** The feed's name and publisher as the feed gives them (`info`), for "aangeboden door …". */
      readonly info?: OfferingFeedInfo;
    };

/** An offer that appeared more than once; `kept` won, `dropped` was left out. */
export interface DuplicateOffer {
  /** `id` or `url`: what made them the same. */
  readonly by: 'id' | 'url';
  readonly kept: { readonly id: string; readonly origin: OfferOrigin };
  readonly dropped: { readonly id: string; readonly origin: OfferOrigin };
}

/** `example.org/aanbod/startdag?x=1` for every spelling of the same page: no scheme, no `www.`, no trailing slash, no fragment. */
export function pageKey(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '');
    if (!path && !u.search) return undefined; // a home page is not one offer's page
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
  } catch {
    return undefined;
  }
}

/** The page keys that identify one offer within one source: specific, and given for one offer only. */
function specificPages(list: readonly Offering[], keyOf: (o: Offering) => string | undefined): Map<string, Offering> {
  const count = new Map<string, number>();
  for (const o of list) {
    const k = keyOf(o);
    if (k) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out = new Map<string, Offering>();
  for (const o of list) {
    const k = keyOf(o);
    if (k && count.get(k) === 1) out.set(k, o);
  }
  return out;
}

/**
 * Merges sources in order of precedence (the first wins): each source's
 * offers are added unless their id, or their specific page, is already in.
 */
export function mergeSources(sources: readonly { readonly offerings: readonly Offering[]; readonly origin: OfferOrigin }[]): {
  offerings: Offering[];
  origins: Map<string, OfferOrigin>;
  duplicates: DuplicateOffer[];
} {
  const offerings: Offering[] = [];
  const origins = new Map<string, OfferOrigin>();
  const byPage = new Map<string, Offering>();
  const duplicates: DuplicateOffer[] = [];
  const keys = new Map<Offering, string | undefined>();
  const keyOf = (o: Offering) => {
    if (!keys.has(o)) keys.set(o, pageKey(o.url));
    return keys.get(o);
  };
  for (const { offerings: list, origin } of sources) {
    const pages = specificPages(list, keyOf);
    const added: [string, Offering][] = [];
    for (const o of list) {
      const sameId = origins.get(o.id);
      const page = keyOf(o);
      const samePage = page && pages.get(page) === o ? byPage.get(page) : undefined;
      const kept = sameId ? o.id : samePage?.id;
      if (kept !== undefined) {
        duplicates.push({ by: sameId ? 'id' : 'url', kept: { id: kept, origin: origins.get(kept) ?? origin }, dropped: { id: o.id, origin } });
        continue;
      }
      offerings.push(o);
      origins.set(o.id, origin);
      if (page && pages.get(page) === o) added.push([page, o]);
    }
    // A source's own pages count against later sources only.
    for (const [page, o] of added) if (!byPage.has(page)) byPage.set(page, o);
  }
  return { offerings, origins, duplicates };
}

