/**
 * The training finder with 100, 1,000 and 10,000 generated offers (seeded,
 * test/fixtures/offerings-generator.js; the 51 offers of the research come
 * on top): time from a keystroke in the search box to the updated list being
 * painted, time to apply a filter, JS heap after load. The page is
 * bench/pages/finder.html.
 *
 * Keys are typed by the browser's own input pipeline (Playwright keyboard),
 * a person's pace apart. The field gets focus first, as with a person, which
 * prepares the search index; one throwaway word warms it up. The list shows
 * at most 100 results ("Toon meer" for the rest), so a keystroke paints at
 * most 100 items at any size.
 */
import { existsSync } from 'node:fs';
import { median, p95 } from './lib.mjs';

export const WORDS = ['samenwerking', 'begroting', 'integriteit', 'raadslid', 'weerbaarheid'];

async function typeWord(page, word) {
  for (const ch of word) {
    const before = await page.evaluate(() => window.__keyTimes.length);
    await page.keyboard.type(ch);
    await page.waitForFunction((b) => window.__keyTimes.length > b, before, { timeout: 30_000 });
    await page.waitForTimeout(30);
  }
}

async function clear(page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__settled(), null, { timeout: 30_000 });
  await page.waitForTimeout(100);
}

/**
 * Focuses the field, types one throwaway word (warms the search index), then
 * types `words` key by key; returns the time of every key.
 */
export async function typeAndTime(page, words) {
  await warmUp(page);
  return typeWords(page, words);
}

/** Focuses the field and types one throwaway word (builds the search index). */
export async function warmUp(page) {
  await page.evaluate(() => window.__prepareTyping());
  await page.waitForTimeout(500);
  await typeWord(page, 'lokaal');
  await clear(page);
}

/** Types `words` key by key (after {@link warmUp}); returns the time of every key. */
export async function typeWords(page, words) {
  await page.evaluate(() => (window.__keyTimes = []));
  for (const word of words) {
    await typeWord(page, word);
    await clear(page);
  }
  return page.evaluate(() => window.__keyTimes);
}

/**
 * The same words typed the same way into a plain input over the same offers
 * (bench/pages/bare-search.html): what the measure gives when the page does
 * almost nothing, its floor on this machine.
 */
async function bareKeystrokes(browser, base, count, words) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/bench/pages/bare-search.html?count=${count}`);
  await page.evaluate(() => window.__ready);
  const times = await typeAndTime(page, words);
  await context.close();
  return times;
}

export async function finderAtScale(browser, base, { smoke, runs }) {
  if (!existsSync('dist/cdn/vk-training-finder.js')) return undefined;
  const counts = smoke ? [50] : [100, 1000, 10000];
  const words = smoke ? WORDS.slice(0, 1) : WORDS;
  const out = [];
  for (const count of counts) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/bench/pages/finder.html?count=${count}`);
    const ready = await page.evaluate(() => window.__ready);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const keystroke = await typeAndTime(page, words);
    const filter = await page.evaluate((n) => window.__filter(n), smoke ? 4 : Math.max(runs, 20));
    await context.close();
    const bare = await bareKeystrokes(browser, base, count, words);
    out.push({
      count,
      offers: count + 51,
      readyMs: ready.ms,
      shown: ready.shown,
      heap,
      keystroke: { median: median(keystroke), p95: p95(keystroke), n: keystroke.length, max: Math.max(...keystroke) },
      filter: { median: median(filter), p95: p95(filter), n: filter.length },
      bareKeystroke: { median: median(bare), p95: p95(bare), n: bare.length },
    });
  }
  return out;
}
