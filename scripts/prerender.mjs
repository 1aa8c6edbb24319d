/**
 * Pre-renders the learning tab (issue 19): every view of the built
 * dist/leeromgeving/ is rendered by the real app in headless Chromium and
 * saved as static HTML, the widgets' shadow roots as declarative shadow DOM
 * (`<template shadowrootmode="open">`) with their styles inlined, so that the
 * first response carries the content: readable before any script runs and
 * with JavaScript off.
 *
 *   index.html           #/waarden (the default view)
 *   ambten.html          #/ambten, and one file per view found (see below)
 *   ambt-griffier.html   #/ambt/griffier, one per office in data/roles.json
 *   waarde-lef.html      #/waarde/lef, one per value in data/values.json (shared links
 *                        and the scan's result name them; the value map opens them by script)
 *
 * Which views: the app's own links, followed from #/waarden (the navigation,
 * the office sub-navigation, ...) plus each office's and each value's deep link; so views that
 * are added or changed are followed without a list kept here. Links with state
 * after `?` are not followed.
 *
 * In each file:
 * - the pre-rendered tree is the app's, with each `vk-*` tag renamed to
 *   `vk-*-prerendered` (never defined, so no script upgrades it halfway); the
 *   live `<vk-leeromgeving data-vk-prerendered hidden>` renders next to it and
 *   takes its place in one frame when its view is ready (src/leeromgeving/takeover.ts);
 * - in-tab links point to the file of their view (`ambten.html#/ambten`), so
 *   they work before the script and without it;
 * - a small inline script sends a deep link that has a file of its own to that
 *   file (index.html#/ambt/griffier → ambt-griffier.html#/ambt/griffier);
 *   views without a file (one not linked from any view) open on index.html
 *   and the app then shows them;
 * - the page's CSS is inlined; after the content, the app's script and
 *   `modulepreload` lines for every script the view loaded (chunks and data),
 *   so the app's chain is one round trip deep and the content comes first;
 * - every inline style and the script are allowed by their hash in the page's
 *   Content-Security-Policy (no 'unsafe-inline');
 * - the finder and the scan say, without JavaScript, that they need it.
 *
 * Run by `npm run build` after rollup. It needs Chromium, as the tests do;
 * where none is installed (a fresh machine running `npm start`) it says so and
 * leaves the learning tab as the app's own page, which renders in the browser.
 * CI installs Chromium first and checks the result (scripts/check-prerender.mjs).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { ENGINES, findBrowser, launchBrowser } from './browser.mjs';
import { serveStatic } from '../bench/server.mjs';

const DIR = 'dist/leeromgeving';
const DEFAULT = '#/waarden';
const started = Date.now();

if (!existsSync(`${DIR}/index.html`)) {
  console.error(`prerender: no ${DIR}/index.html (run rollup first)`);
  process.exit(1);
}
if (!findBrowser('chromium')) {
  console.warn(
    `prerender: skipped, no Chromium found (${ENGINES.chromium.hint}); the learning tab works, but shows its content only once its script has run`,
  );
  process.exit(0);
}

/** File name of a view: #/waarden → index.html, #/ambt/griffier → ambt-griffier.html. */
export const fileFor = (hash) => (hash === DEFAULT ? 'index.html' : `${hash.replace(/^#\//, '').replace(/[^a-z0-9-]+/g, '-')}.html`);

/** Views that need JavaScript to do anything, and what they say without it. */
const NEEDS_JS = {
  'vk-training-finder': {
    nl: 'Zoeken en filteren in het aanbod werkt alleen als JavaScript aanstaat. Hieronder staat de eerste pagina van het aanbod.',
    en: 'Searching and filtering the offer needs JavaScript. Below is the first page of the offer.',
  },
  'vk-quick-scan': {
    nl: 'De zelfscan werkt alleen als JavaScript aanstaat: zet JavaScript aan of gebruik een actuele browser om hem te doen.',
    en: 'The self-assessment needs JavaScript: turn JavaScript on or use a current browser to take it.',
  },
  'vk-conversation-cards': {
    nl: 'De gesprekskaarten werken alleen als JavaScript aanstaat.',
    en: 'The conversation cards need JavaScript.',
  },
};

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders one view in the page and returns its serialised tree, the links in it and the widgets in its view. */
async function render(page, base, hash) {
  const scripts = new Set();
  const onRequest = (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname.split('/leeromgeving/')[1]);
  };
  page.on('request', onRequest);
  await page.goto(`${base}/${DIR}/${SOURCE}${hash}`);
  const result = await page.evaluate(async () => {
    const tab = document.querySelector('vk-leeromgeving');
    await customElements.whenDefined('vk-leeromgeving');
    await tab.ready;
    await tab.updateComplete;
    // Every vk-* element of the view, nested ones too, ready (data rendered).
    const all = (root, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('vk-')) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    for (let i = 0; i < 3; i++) {
      for (const el of all(tab.shadowRoot)) {
        await customElements.whenDefined(el.localName);
        await el.ready;
        await el.updateComplete;
      }
    }
    await document.fonts.ready;
    // Styles: Lit adopts constructed sheets, which do not serialise; inline them.
    const roots = [];
    const styled = (root) => {
      roots.push(root);
      const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      if (css) {
        const style = document.createElement('style');
        style.textContent = css;
        root.prepend(style);
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) styled(el.shadowRoot);
    };
    styled(tab.shadowRoot);
    const links = new Set();
    for (const root of roots) for (const a of root.querySelectorAll('a[href^="#/"]')) links.add(a.getAttribute('href'));
    const widgets = all(tab.shadowRoot).map((el) => el.localName);
    return {
      lang: document.documentElement.lang,
      title: document.title,
      tab: tab.getHTML({ serializableShadowRoots: true, shadowRoots: roots }),
      links: [...links],
      widgets,
    };
  });
  page.off('request', onRequest);
  return { ...result, scripts: [...scripts].filter(Boolean) };
}

// The app's own page from src/ (dist's index.html is itself a pre-rendered file after a first run).
const SOURCE = '__prerender-source.html';
writeFileSync(`${DIR}/${SOURCE}`, readFileSync('src/leeromgeving/index.html'));
const server = await serveStatic('.');
const browser = await launchBrowser();
const rendered = new Map();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles.map((r) => `#/ambt/${r.id}`);
  const valuePages = JSON.parse(readFileSync('data/values.json', 'utf8')).values.map((v) => `#/waarde/${v.id}`);
  const queue = [DEFAULT, ...roles, ...valuePages];
  // Two pages at a time (the build machine may have two cores; more only waits).
  let busy = 0;
  const worker = async () => {
    for (;;) {
      const hash = queue.shift();
      if (!hash) {
        if (!busy) return;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (rendered.has(hash)) continue;
      busy++;
      // A fresh page per view (another hash on the same page would navigate in the app).
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        const r = await render(page, server.url, hash);
        if (errors.length) throw new Error(`prerender ${hash}: the page threw: ${errors.join('; ')}`);
        rendered.set(hash, r);
        for (const link of r.links) {
          const clean = link.split('?')[0];
          if (clean === link && !rendered.has(clean) && !queue.includes(clean)) queue.push(clean);
        }
      } finally {
        await page.close();
        busy--;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  // The files in a stable order: the queue's (default view, offices, values, then the views found).
  const order = [DEFAULT, ...roles, ...valuePages];
  const sorted = [...rendered].sort(([a], [b]) => (order.includes(a) ? order.indexOf(a) : order.length) - (order.includes(b) ? order.indexOf(b) : order.length));
  rendered.clear();
  for (const [h, r] of sorted) rendered.set(h, r);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
  rmSync(`${DIR}/${SOURCE}`, { force: true });
}

// ------------------------------------------------------------ write the files
const files = Object.fromEntries([...rendered.keys()].map((h) => [h, fileFor(h)]));
const source = readFileSync('src/leeromgeving/index.html', 'utf8');
const pageCss = readFileSync('src/leeromgeving/leeromgeving.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');
// A deep link with a file of its own goes there before anything is shown (one short response instead of a wrong view).
const redirect = `(function(){var f=${JSON.stringify(files)},h=location.hash.split('?')[0],t=f[h]||'index.html',n=location.pathname.split('/').pop()||'index.html';if(h&&h!=='#/'&&t!==n)location.replace(t+location.search+location.hash)})();`;

const sizes = [];
for (const [hash, r] of rendered) {
  // vk-* → vk-*-prerendered (never defined: no upgrade halfway); links to the views' own files.
  // The styles as the CSSOM gives them back, minified (esbuild) like the literals they came from.
  let tree = r.tab;
  for (const m of new Set([...tree.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((x) => x[1]))) {
    const { code } = await transform(m, { loader: 'css', minify: true, logLevel: 'silent' });
    tree = tree.split(`<style>${m}</style>`).join(`<style>${code.trim()}</style>`);
  }
  tree = tree
    .replace(/<(\/?)(vk-[a-z0-9-]+)/g, (_, slash, tag) => `<${slash}${tag}-prerendered`)
    .replace(/href="(#\/[^"?]*)"/g, (m, h) => (files[h] ? `href="${files[h]}${h}"` : m));
  const styles = new Set([pageCss, ...[...tree.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])]);
  const notice = [...new Set(r.widgets)].map((w) => NEEDS_JS[w]).find(Boolean);
  const noscript = notice
    ? `<noscript><p class="vk-needs-js" lang="nl">${escapeHtml(notice.nl)}</p><p class="vk-needs-js" lang="en">${escapeHtml(notice.en)}</p></noscript>`
    : '';
  const html = source
    .replace(/content="default-src[^"]*"/, (csp) =>
      csp
        .replace("script-src 'self'", `script-src 'self' ${sha256(redirect)}`)
        .replace("style-src 'self'", `style-src 'self' ${[...styles].map(sha256).join(' ')}`),
    )
    .replace(/<html lang="[^"]*">/, `<html lang="${r.lang || 'nl'}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(r.title)}</title>`)
    .replace(/\s*<link rel="stylesheet" href="\.\/leeromgeving\.css" \/>/, `\n    <style>${pageCss}</style>`)
    .replace(/(\s*)<script type="module" src="\.\/app\.js"><\/script>/, (_, ws) => `${ws}<script>${redirect}</script>`)
    // The app and what it preloads after the content: on a slow link the page's own bytes come first.
    .replace(
      /<vk-leeromgeving>[\s\S]*<\/vk-leeromgeving>/,
      `${noscript}<vk-leeromgeving data-vk-prerendered hidden></vk-leeromgeving>\n    <vk-leeromgeving-prerendered>${tree}</vk-leeromgeving-prerendered>` +
        `\n    <script type="module" src="./app.js"></script>` +
        r.scripts.filter((s) => s !== 'app.js').map((s) => `\n    <link rel="modulepreload" href="./${s}" />`).join(''),
    );
  writeFileSync(`${DIR}/${files[hash]}`, html);
  sizes.push(`${files[hash]} ${(html.length / 1024).toFixed(0)} KB`);
}
writeFileSync(`${DIR}/prerendered.json`, `${JSON.stringify(files, null, 2)}\n`);
console.log(`prerender: ${rendered.size} views in ${((Date.now() - started) / 1000).toFixed(1)} s (${sizes.join(', ')})`);
