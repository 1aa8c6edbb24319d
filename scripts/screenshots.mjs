/**
 * `npm run screenshots`: docs/screenshots/thema-<theme>.png, the theme demo
 * (demo/thema.html) in our default look and two NL Design System themes,
 * 1200 CSS px wide; and docs/screenshots/gesprekskaarten-*.png, the
 * conversation cards on the learning tab: the deck, the facilitator's view
 * on a 1280×720 projector with a card drawn, and the print sheet (print
 * media, A4 width). In headless Chromium. Needs a build (the npm script runs
 * it first); serves the repository locally and blocks every other request.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serve } from './browser.mjs';
import { copyDemoThemes } from './demo-themes.mjs';

const THEMES = ['standaard', 'utrecht', 'voorbeeld'];
const WIDTH = 1200;
/** The page is long (four widgets); the screenshots stop here, below the priority table. */
const MAX_HEIGHT = Number(process.env.SCREENSHOT_MAX_HEIGHT ?? 2600);
const out = join('docs', 'screenshots');

copyDemoThemes();
mkdirSync(out, { recursive: true });
const server = await serve('.');
const browser = await launchBrowser();
try {
  await conversationCards(browser);
  for (const theme of THEMES) {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(`${server.url}/demo/thema.html?thema=${theme}`);
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
      await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
      await Promise.all(widgets.map((w) => w.ready));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    if (errors.length) throw new Error(`${theme}: ${errors.join('; ')}`);
    // Show the theme's focus style on one link: the first value in the priority table.
    await page.keyboard.press('Tab');
    await page.evaluate(() => {
      const table = document.querySelector('vk-role-priority-table');
      table?.shadowRoot?.querySelector('[part~="value-link"]')?.focus();
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const file = join(out, `thema-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, MAX_HEIGHT) } });
    console.log(`${file}  (${WIDTH}×${Math.min(height, MAX_HEIGHT)}, page ${height} px tall)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

/** Opens `path` on the local server with every outside request blocked; fails on a page error. */
async function open(browser, path, viewport, settle) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => {
    const tab = document.querySelector('vk-leeromgeving');
    const cards = tab?.shadowRoot?.querySelector('vk-conversation-cards');
    return cards?.shadowRoot?.querySelector('[part~="card"], [part~="stage"], [part~="craft"]');
  });
  await page.evaluate(settle ?? (() => undefined));
  await page.evaluate(() => document.fonts.ready);
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  return { context, page };
}

/** The conversation cards on the learning tab: deck, facilitator (1280×720) and print sheet. */
async function conversationCards(browser) {
  const shots = [
    { name: 'deck', path: '/dist/leeromgeving/index.html#/gesprek/driehoek', viewport: { width: 1280, height: 900 }, full: true },
    {
      name: 'gespreksleider',
      path: '/dist/leeromgeving/index.html#/gesprek/driehoek',
      viewport: { width: 1280, height: 720 },
      settle: async () => {
        const el = document.querySelector('vk-leeromgeving').shadowRoot.querySelector('vk-conversation-cards');
        el.view = 'facilitator';
        el.draw = 'in-order';
        await el.updateComplete;
        const root = el.shadowRoot;
        root.querySelector('[part~="next"]').click();
        root.querySelector('[part~="next"]').click();
        await el.updateComplete;
        [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Volgende stap').click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 500));
        el.scrollIntoView();
      },
    },
    {
      name: 'afdrukvel',
      path: '/dist/leeromgeving/index.html#/gesprek/driehoek',
      viewport: { width: 794, height: 1123 },
      print: true,
      full: true,
      settle: async () => {
        const el = document.querySelector('vk-leeromgeving').shadowRoot.querySelector('vk-conversation-cards');
        el.view = 'print';
        await el.updateComplete;
      },
    },
  ];
  for (const shot of shots) {
    const { context, page } = await open(browser, shot.path, shot.viewport, shot.settle);
    if (shot.print) await page.emulateMedia({ media: 'print' });
    const file = join(out, `gesprekskaarten-${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: Boolean(shot.full) });
    console.log(`${file}  (${shot.viewport.width} px wide${shot.print ? ', print media' : ''})`);
    await context.close();
  }
}
