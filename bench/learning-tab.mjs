/**
 * Everything one visit to the hostable learning tab downloads, per view
 * (gzip and brotli sizes computed here from the bodies, so the figure does not depend
 * on the test server's compression).
 */
import { existsSync } from 'node:fs';
import { brotliSize, gzipSize } from './lib.mjs';

const VIEWS = ['#/waarden', '#/ambten', '#/vinden', '#/scan'];

export async function learningTabBytes(browser, base) {
  if (!existsSync('dist/leeromgeving/index.html')) return undefined;
  const out = [];
  for (const view of VIEWS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on('response', (r) => bodies.push(r.body().then((b) => b, () => Buffer.alloc(0))));
    await page.goto(`${base}/dist/leeromgeving/index.html${view}`);
    const settled = page.evaluate(async () => {
      const tab = document.querySelector('vk-leeromgeving');
      await customElements.whenDefined('vk-leeromgeving');
      await tab.ready;
      await tab.updateComplete;
      const widget = [...tab.shadowRoot.querySelectorAll('main vk-provider > *')].find((el) => el.localName.startsWith('vk-'));
      if (widget) {
        await customElements.whenDefined(widget.localName);
        await widget.ready;
      }
    });
    let timer;
    await Promise.race([
      settled,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`learning tab ${view}: not ready after 60 s`)), 60_000);
      }),
    ]).finally(() => clearTimeout(timer));
    const all = await Promise.all(bodies);
    out.push({
      view,
      requests: all.length,
      raw: all.reduce((n, b) => n + b.length, 0),
      gzip: all.reduce((n, b) => n + (b.length ? gzipSize(b) : 0), 0),
      brotli: all.reduce((n, b) => n + (b.length ? brotliSize(b) : 0), 0),
    });
    await context.close();
  }
  return out;
}
