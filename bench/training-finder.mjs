/**
 * Keystroke-to-update for <vk-training-finder> with 100 and 10,000 feed
 * offers (plus the 51 of the research), in headless Chromium against the
 * built CDN bundle (production Lit). Run `npm run build` first, then
 *   node bench/training-finder.mjs
 *
 * For every key typed into the search field: from keydown until the update
 * that shows the results for the field's text is committed (the search chip
 * shows the text and the list is no longer busy). The field gets focus a
 * moment before typing, as with a person, so the index is prepared then.
 * Timings on a shared machine vary; compare runs on the same machine only.
 */
import { existsSync } from 'node:fs';
import { launch, serve } from '../scripts/browser.mjs';

if (!existsSync('dist/cdn/vk-training-finder.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/vk-training-finder.js"></script></head>
<body><main></main>
<script type="module">
  import { generateFeed } from '/test/fixtures/offerings-generator.js';
  const n = Number(new URLSearchParams(location.search).get('n'));
  const el = document.createElement('vk-training-finder');
  el.setAttribute('url-state', 'off');
  const feed = document.createElement('script');
  feed.type = 'application/json';
  feed.textContent = JSON.stringify(generateFeed(n));
  el.append(feed);
  const start = performance.now();
  document.querySelector('main').append(el);
  await customElements.whenDefined('vk-training-finder');
  await el.ready;
  window.bench = { el, readyMs: performance.now() - start };
</script></body></html>`;

const WORDS = ['samenwerking', 'begroting', 'integriteit', 'raadslid', 'weerbaarheid'];

const { url, stop } = await serve('.', {
  middleware: [
    async (ctx, next) => {
      if (ctx.path !== '/__bench/training-finder.html') return next();
      ctx.type = 'text/html';
      ctx.body = PAGE;
    },
  ],
});
const context = await launch();
const page = await context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });

const rows = [];
for (const n of [100, 10_000]) {
  await page.goto(`${url}/__bench/training-finder.html?n=${n}`);
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => {
    const { el } = window.bench;
    const root = el.shadowRoot;
    const input = root.querySelector('[part~="search-input"]');
    const settled = () => {
      const q = input.value.trim();
      const chip = [...root.querySelectorAll('[part="chip"]')].some((c) => c.textContent.includes(q));
      return (q === '' || chip) && !root.querySelector('[aria-busy="true"]');
    };
    window.bench.times = [];
    input.addEventListener('keydown', (e) => {
      if (e.key.length !== 1 || e.ctrlKey) return; // typed characters only
      const t = performance.now();
      void (async () => {
        do {
          await new Promise((r) => setTimeout(r));
          await el.updateComplete;
        } while (!settled());
        window.bench.times.push(performance.now() - t);
      })();
    });
    input.focus();
  });
  await page.waitForTimeout(1500);
  for (const word of WORDS) {
    for (const ch of word) {
      const before = await page.evaluate(() => window.bench.times.length);
      await page.keyboard.type(ch);
      await page.waitForFunction((b) => window.bench.times.length > b, before, { timeout: 10_000 });
      await page.waitForTimeout(30);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(200);
  }
  const { readyMs, times } = await page.evaluate(() => ({ readyMs: window.bench.readyMs, times: window.bench.times }));
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  rows.push({
    offers: n + 51,
    'ready (ms)': Math.round(readyMs),
    keys: times.length,
    'first key (ms)': Math.round(times[0]),
    'median (ms)': Math.round(at(0.5)),
    'p95 (ms)': Math.round(at(0.95)),
    'max (ms)': Math.round(sorted[sorted.length - 1]),
  });
}
console.table(rows);
await context.close();
await stop();
