/**
 * Several feeds with dated sessions (issue 15): the data layer's part of the
 * time to first results — fetch, check, merge with the research's offer,
 * sort by next date, count the filter options — for 10 feeds of 1,000 offers
 * with 3 sessions each (test/fixtures/feeds-generator.js), beside today's
 * single feed of 1,000 undated offers. Page: bench/pages/feeds.html.
 *
 * And the finder itself with the same feeds in `src` (bench/pages/finder.html
 * `?feeds=`): time from the start to the first results painted with every
 * feed in, and the keystroke p95 over the merged list, beside one feed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { generateFeed } from '../test/fixtures/offerings-generator.js';
import { generateDatedFeeds } from '../test/fixtures/feeds-generator.js';
import { existsSync } from 'node:fs';
import { WORDS, typeAndTime } from './finder.mjs';
import { median, p95 } from './lib.mjs';

/** The finder with `urls` in `src`: first results (ms, every feed in) and keystrokes. */
async function finderWithFeeds(browser, base, urls, { smoke, runs }) {
  const ready = [];
  let keys = [];
  let shown = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/bench/pages/finder.html?feeds=${encodeURIComponent(urls.join(','))}`);
    const r = await page.evaluate(() => window.__ready);
    if (r.error) throw new Error(`bench finder feeds: ${r.error}`);
    ready.push(r.ms);
    shown = r.shown;
    // Keystrokes once (the last run): typing is timed key by key already.
    if (i === runs - 1) keys = await typeAndTime(page, smoke ? WORDS.slice(0, 1) : WORDS.slice(0, 3));
    await context.close();
  }
  return { ready: { median: median(ready), p95: p95(ready) }, keystroke: { median: median(keys), p95: p95(keys), n: keys.length }, shown };
}

export async function feedsAtScale(browser, base, { smoke, runs }) {
  const dir = 'bench/.out/feeds';
  mkdirSync(dir, { recursive: true });
  const [feeds, count] = smoke ? [2, 20] : [10, 1000];
  // Sessions from next week on (the generator spreads them over 400 days): upcoming, as a
  // live offer is, so the finder lists them rather than hiding them as past.
  const from = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const dated = generateDatedFeeds(feeds, count, { sessions: 3, from }).map((f, i) => {
    writeFileSync(`${dir}/dated-${String(i)}.json`, JSON.stringify(f));
    return `/${dir}/dated-${String(i)}.json`;
  });
  writeFileSync(`${dir}/single.json`, JSON.stringify(generateFeed(count)));
  await build({
    entryPoints: ['bench/pages/feeds.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: false,
    outfile: 'bench/.out/feeds-page.js',
    tsconfig: 'tsconfig.json',
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  const measure = async (urls) => {
    const samples = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/bench/pages/feeds.html?feeds=${encodeURIComponent(urls.join(','))}`);
      last = await page.evaluate(() => window.__result);
      if (last.failed) throw new Error(`bench feeds: ${String(last.failed)} feed(s) failed to load`);
      samples.push(last.ms);
      await context.close();
    }
    return { median: median(samples), p95: p95(samples), offers: last.offers, samples };
  };
  const finder = existsSync('dist/cdn/vk-training-finder.js')
    ? {
        single: await finderWithFeeds(browser, base, [`/${dir}/single.json`], { smoke, runs: Math.min(runs, 5) }),
        many: await finderWithFeeds(browser, base, dated, { smoke, runs: Math.min(runs, 5) }),
      }
    : undefined;
  return {
    feeds,
    count,
    sessions: 3,
    single: await measure([`/${dir}/single.json`]),
    many: await measure(dated),
    finder,
  };
}
