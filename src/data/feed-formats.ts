/**
 * Feeds in every format: `feed.ts` plus the converters of `formats/`, each
 * loaded only for a feed in its format (a chunk of its own, with its parser
 * library: ical.js for iCalendar, d3-dsv for CSV; JSON-LD needs none).
 */
import {
  failedReport,
  fetchFeedBytes,
  readFeedBody,
  type Converter,
  type FeedFormat,
  type FeedOptions,
  type FeedReport,
  type ReadFeedOptions,
} from './feed.js';

const converters: Record<Exclude<FeedFormat, 'json'>, () => Promise<Converter>> = {
  ical: () => import('./formats/ical.js').then((m) => m.convertICalendar),
  jsonld: () => import('./formats/jsonld.js').then((m) => m.convertJsonLd),
  csv: () => import('./formats/csv.js').then((m) => m.convertCsv),
};

/**
 * Reads a feed that is already at hand: the bytes of a file (a dropped file,
 * a file on disk) or its text, in any of the four formats. Never throws.
 */
export function readFeed(body: string | Uint8Array | ArrayBuffer, options: ReadFeedOptions = {}): Promise<FeedReport> {
  return readFeedBody(body, options, (format) => converters[format]());
}

/**
 * Loads a feed from a URL in any of the four formats and checks it record
 * by record. Never throws: a feed that cannot be used has `error`.
 */
export async function loadFeed(url: string | URL, options: FeedOptions = {}): Promise<FeedReport> {
  const fetched = await fetchFeedBytes(url, options);
  if ('error' in fetched) return failedReport(fetched.error, String(url));
  return readFeed(fetched.bytes, {
    ...options,
    source: fetched.url,
    ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
  });
}
