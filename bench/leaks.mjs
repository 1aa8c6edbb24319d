/**
 * Memory: heap after creating and removing each widget many times. Half the
 * rounds warm caches (data chunks, templates); the growth over the second
 * half is what would grow without bound.
 */
import { existsSync } from 'node:fs';
import { WIDGETS } from './config.mjs';

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function leaks(browser, base, { iterations }) {
  const out = [];
  for (const [w, { tag, attrs }] of Object.entries(WIDGETS)) {
    if (!existsSync(`dist/cdn/vk-${w}.js`) || w === 'provider') continue;
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const q = new URLSearchParams({ tag, script: `/dist/cdn/vk-${w}.js`, attrs: JSON.stringify(attrs) });
    await page.goto(`${base}/bench/pages/leak.html?${q}`);
    await page.evaluate(() => window.__ready);
    const before = await usedHeap(cdp);
    const half = Math.floor(iterations / 2);
    await page.evaluate((n) => window.__cycle(n), half);
    const mid = await usedHeap(cdp);
    await page.evaluate((n) => window.__cycle(n), iterations - half);
    const after = await usedHeap(cdp);
    out.push({ widget: w, before, half: mid, after, iterations });
    await context.close();
  }
  return out;
}
