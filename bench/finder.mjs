/**
 * The training finder with 100, 1,000 and 10,000 generated offers (seeded,
 * test/fixtures/offerings-generator.js): time from a keystroke in the search
 * box to the updated list being painted, time to apply a filter, JS heap
 * after load. Filled in by bench/pages/finder.js.
 */
import { existsSync } from 'node:fs';
import { median, p95 } from './lib.mjs';

export async function finderAtScale(browser, base, { smoke, runs }) {
  if (!existsSync('dist/cdn/vk-training-finder.js')) return undefined;
  const counts = smoke ? [50] : [100, 1000, 10000];
  const out = [];
  for (const count of counts) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/bench/pages/finder.html?count=${count}`);
    await page.evaluate(() => window.__ready);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const r = await page.evaluate((n) => window.__measure(n), Math.max(runs, 20));
    out.push({
      count,
      heap,
      keystroke: { median: median(r.keystroke), p95: p95(r.keystroke) },
      filter: { median: median(r.filter), p95: p95(r.filter) },
    });
    await context.close();
  }
  return out;
}
