/**
 * Several feeds with dated sessions (issue 15): the data layer's part of the
 * time to first results — fetch, check, merge with the research's offer,
 * sort by next date, count the filter options — for 10 feeds of 1,000 offers
 * with 3 sessions each (test/fixtures/feeds-generator.js), beside today's
 * single feed of 1,000 undated offers. The finder's own rendering and the
 * keystroke times with many feeds come when the finder reads several feeds
 * (issue 15, part B). Page: bench/pages/feeds.html.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { generateFeed } from '../test/fixtures/offerings-generator.js';
import { generateDatedFeeds } from '../test/fixtures/feeds-generator.js';
import { median, p95 } from './lib.mjs';

export async function feedsAtScale(browser, base, { smoke, runs }) {
  const dir = 'bench/.out/feeds';
  mkdirSync(dir, { recursive: true });
  const [feeds, count] = smoke ? [2, 20] : [10, 1000];
  const dated = generateDatedFeeds(feeds, count, { sessions: 3 }).map((f, i) => {
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
  return {
    feeds,
    count,
    sessions: 3,
    single: await measure([`/${dir}/single.json`]),
    many: await measure(dated),
  };
}
