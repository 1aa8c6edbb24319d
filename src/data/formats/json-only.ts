/**
 * The converters as the single-file scripts (`dist/single/*.min.js`,
 * `dist/vakmanschap-widgets.min.js`) have them: none. An IIFE script cannot
 * load a chunk later, so every parser it might need would be inlined, and
 * every page with the finder would download ical.js, d3-dsv and the three
 * converters (about 30 KB gzip) to read feeds that are mostly JSON. The
 * single files therefore read JSON feeds only and say so for any other
 * format (`feed-format-unsupported`), naming the two ways out: convert the
 * feed to JSON once (the feed checker or `feed convert`), which also spares
 * every visitor the parsing, or load the widget as an ES module (npm,
 * `dist/cdn/`), which loads a converter only for a feed that needs it.
 *
 * The rollup config puts this module in place of `formats/ical.ts`,
 * `formats/jsonld.ts` and `formats/csv.ts` for those builds only.
 */
import { FeedParseError, type Converter } from '../feed.js';

const unsupported: Converter = () => Promise.reject(new FeedParseError('this build reads JSON feeds only', undefined, 'feed-format-unsupported'));

export const convertICalendar: Converter = unsupported;
export const convertJsonLd: Converter = unsupported;
export const convertCsv: Converter = unsupported;
