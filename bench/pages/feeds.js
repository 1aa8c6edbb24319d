// The data layer's share of "time to first results" with several feeds
// (bench/feeds.mjs; bundled from src/ by esbuild into bench/.out/feeds-page.js).
// `?feeds=a.json,b.json` are loaded at once by loadFeeds, merged with the
// research's offer, then what a finder does before it can paint the first
// results: sort by next date and count the "Wanneer" and "Waar" options.
// Hook: __result resolves to { ms, offers, failed }.
import { loadFeeds } from '../../src/data/feeds.js';
import { byNextSession, whenCounts, whereOptions } from '../../src/data/sessions.js';

const urls = (new URLSearchParams(location.search).get('feeds') ?? '').split(',').filter(Boolean);
const now = new Date('2026-03-15T12:00:00+01:00');

window.__result = (async () => {
  const start = performance.now();
  const merged = await loadFeeds(urls, { now });
  const sorted = [...merged.offerings].sort(byNextSession(now));
  whenCounts(sorted, now);
  whereOptions(sorted, now);
  const ms = performance.now() - start;
  return { ms, offers: sorted.length, failed: merged.feeds.filter((f) => f.error).length };
})();
