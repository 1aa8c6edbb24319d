/**
 * Checks that the README's "Insluiten" snippets work verbatim against the
 * built files (run after `npm run build`; CI does), in Chromium, Firefox and
 * WebKit (`--engines=chromium` for one). `dist/` is served at
 * /vakmanschap-widgets/ as the README says; each HTML snippet becomes a page,
 * its widgets must render (shadow root with text), its links must open the
 * learning tab on the named view, its iframe must be resized by vk-embed.js,
 * and nothing may throw, log an error or fail to load (see check-pages.mjs).
 * Module specifiers of the bundler snippet must resolve through package.json
 * `exports` to built files. A snippet with a module script from cdn/ must
 * carry `<link rel="modulepreload">` lines for exactly the files (code chunks
 * and data) its widgets fetch until their first paint with data (`ready`),
 * beyond the script itself: the same page without those lines is loaded and
 * what it fetched from cdn/ compared (none missing, none extra). So the page's
 * first response names everything, and code and data come in one round trip.
 *
 *   node scripts/check-snippets.mjs --write-preloads [--engines=chromium]
 * rewrites those lines in the README from what the first engine's page
 * fetched (the lists come from the build, never by hand), then checks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enginesFromArgs, serveChecked, startEngine } from './check-pages.mjs';

let readme = readFileSync('README.md', 'utf8');
const writePreloads = process.argv.includes('--write-preloads');
const section = readme.slice(readme.indexOf('## Insluiten'), readme.indexOf('\n## ', readme.indexOf('## Insluiten') + 5));
const blocks = (lang) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const htmlSnippets = blocks('html');
const jsSnippets = blocks('js');
if (htmlSnippets.length < 4) throw new Error(`expected the README's html snippets, found ${htmlSnippets.length}`);

const pageOf = (snippet, i) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>snippet ${i + 1}</title>
<link rel="icon" href="data:,"></head><body><main>${snippet}</main></body></html>`;
const pages = htmlSnippets.map(pageOf);
/** Snippets whose lines --write-preloads has rewritten (in the first engine). */
const wrotePreloads = new Set();

/** The same page without its modulepreload lines. */
const withoutPreloads = (html) => html.replace(/<link rel="modulepreload"[^>]*>\n?/g, '');
const preloadsOf = (snippet) => [...snippet.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
/** The module scripts a snippet loads from the CDN build (its preloads are what these fetch beyond themselves). */
const cdnScriptsOf = (snippet) => [...snippet.matchAll(/<script type="module" src="([^"]*\/cdn\/[^"]+)"/g)].map((m) => m[1]);

/** The snippet with `preloads` as its modulepreload lines, right after its last CDN module script. */
function withPreloadLines(snippet, preloads) {
  const bare = withoutPreloads(snippet);
  const script = [...bare.matchAll(/<script type="module" src="[^"]*\/cdn\/[^"]+"><\/script>\n/g)].at(-1);
  const at = script.index + script[0].length;
  return bare.slice(0, at) + preloads.map((p) => `<link rel="modulepreload" href="${p}">\n`).join('') + bare.slice(at);
}

/** Every widget (in the page and open shadow roots) has its data on screen: true once each one's `ready` has settled. */
function widgetsReady() {
  if (!window.__vkSnippetReady) {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('vk-') && el.localName !== 'vk-provider') all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    if (!all.length || all.some((el) => !(el.ready instanceof Promise))) return false;
    window.__vkSnippetReady = 'waiting';
    Promise.allSettled(all.map((el) => el.ready)).then(() => (window.__vkSnippetReady = performance.now()));
  }
  return typeof window.__vkSnippetReady === 'number';
}

/**
 * The files under cdn/ this page fetched (resource entries), but for its own module scripts. With `want`,
 * false until each wanted file has an entry (entries come a moment after the paint in WebKit and Chromium);
 * with `settle` (ms), false until that long after every widget was ready.
 */
function cdnFetched({ scripts, want, settle }) {
  if (settle && performance.now() - window.__vkSnippetReady < settle) return false;
  const got = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/cdn/') && !scripts.includes(p));
  return !want || want.every((w) => got.includes(w)) ? [...new Set(got)].sort() : false;
}

/** The page as a browser that runs none of its scripts sees it (too old for them, or JavaScript off). */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/**
 * /vakmanschap-widgets/* → dist/*, /__snippet/<n>.html → a snippet page,
 * /__snippet/<n>-plain.html and /vakmanschap-widgets/leeromgeving/__plain.html
 * → the same without scripts.
 */
const middleware = [
  async (ctx, next) => {
    const page = /^\/__snippet\/(\d+)(-plain|-nopreload)?\.html$/.exec(ctx.path);
    if (page) {
      ctx.type = 'html';
      const html = pages[Number(page[1])];
      ctx.body = page[2] === '-plain' ? withoutScripts(html) : page[2] === '-nopreload' ? withoutPreloads(html) : html;
      return;
    }
    if (ctx.path === '/vakmanschap-widgets/leeromgeving/__plain.html') {
      ctx.type = 'html';
      ctx.body = withoutScripts(readFileSync('dist/leeromgeving/index.html', 'utf8'));
      return;
    }
    if (ctx.path.startsWith('/vakmanschap-widgets/')) {
      ctx.url = ctx.url.replace('/vakmanschap-widgets/', '/dist/');
      if (ctx.path.endsWith('/')) ctx.url = ctx.url.replace(/\/(\?|#|$)/, '/index.html$1');
    }
    return next();
  },
];

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// 1. The bundler snippet: every specifier resolves to a built file.
for (const js of jsSnippets) {
  for (const [, specifier] of [...js.matchAll(/from '([^']+)'|import '([^']+)'/g)].map((m) => [m[0], m[1] ?? m[2]])) {
    try {
      const file = fileURLToPath(import.meta.resolve(specifier));
      if (!existsSync(file)) fail(specifier, `resolves to ${file}, which does not exist`);
      else console.log(`ok  ${specifier} → ${file.replace(process.cwd() + '/', '')}`);
    } catch (error) {
      fail(specifier, String(error));
    }
  }
}

// 2. The HTML snippets in every engine.

/** Every vk-* element (in the page, its open shadow roots and same-origin frames) is defined and shows text. */
function renderedWidgets(frameSelector) {
  const doc = frameSelector ? document.querySelector(frameSelector)?.contentDocument : document;
  const win = doc?.defaultView;
  if (!doc || !win || doc.readyState !== 'complete') return false;
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('vk-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  // vk-provider only passes settings down: it has nothing of its own to show. The others show their
  // shadow tree, not the text the page put inside them for browsers that cannot run them.
  const ok = all.every(
    (el) =>
      win.customElements.get(el.localName) &&
      (el.localName === 'vk-provider' ||
        (el.shadowRoot?.textContent.trim() && [...el.children].every((c) => c.localName === 'script' || c.getClientRects().length === 0))),
  );
  return ok && all.length > 0 ? [...new Set(all.map((el) => el.localName))] : false;
}

/**
 * Without scripts: every widget element (a provider only passes settings on)
 * shows its own text instead of an empty box; the tags of any that do not.
 */
function blankWidgets() {
  const blank = [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('vk-') && el.localName !== 'vk-provider' && !el.innerText.trim())
    .map((el) => el.localName);
  return document.readyState === 'complete' && { blank };
}

const server = await serveChecked('.', { middleware });
try {
  for (const engineName of enginesFromArgs()) {
    const engine = await startEngine(engineName, server);
    console.log(`\n${engine.label}`);
    const failuresBefore = failures.length;
    try {
      for (const [i, snippet] of htmlSnippets.entries()) {
        const where = `${engine.label}, snippet ${i + 1}`;
        const url = `${server.url}/__snippet/${i}.html`;
        // Its modulepreload lines name exactly the files (beyond its scripts) its widgets fetch for their first
        // paint. Checked first, while the engine's cache is cold: Chromium records no resource entry for a file
        // its memory cache already holds from the snippet's own page.
        const scripts = cdnScriptsOf(snippet);
        if (scripts.length) {
          const bare = await engine.open(`${server.url}/__snippet/${i}-nopreload.html`);
          try {
            await bare.waitFor(renderedWidgets, null);
            await bare.waitFor(widgetsReady, null);
            if (writePreloads && !wrotePreloads.has(i)) {
              // Whatever comes within a second of the paint with data counts; the check below is then exact.
              const fetched = await bare.waitFor(cdnFetched, { scripts, settle: 1000 });
              readme = readme.replace(snippet, withPreloadLines(snippet, fetched));
              htmlSnippets[i] = withPreloadLines(snippet, fetched);
              pages[i] = pageOf(htmlSnippets[i], i);
              wrotePreloads.add(i);
              console.log(`wrote snippet ${i + 1}: ${fetched.length} modulepreload lines`);
            }
            const preloads = preloadsOf(htmlSnippets[i]);
            // Wait (up to 5 s) until every preloaded file has an entry, then compare what is there.
            const fetched = await bare.waitFor(cdnFetched, { scripts, want: preloads }, 5000).catch(() => bare.waitFor(cdnFetched, { scripts }));
            const missing = fetched.filter((f) => !preloads.includes(f));
            const extra = preloads.filter((f) => !fetched.includes(f));
            if (missing.length) fail(where, `the first paint fetches ${missing.join(', ')} without a modulepreload line`);
            if (extra.length) fail(where, `modulepreload of ${extra.join(', ')}, which the first paint does not fetch`);
            if (!missing.length && !extra.length) console.log(`ok  snippet ${i + 1}: its ${preloads.length} modulepreload lines are exactly the code and data of the first paint`);
          } finally {
            await bare.close();
          }
        } else if (preloadsOf(snippet).length) {
          fail(where, 'modulepreload lines without a module script from cdn/');
        }
        const page = await engine.open(url);
        try {
          if (/<script|<vk-/.test(snippet) && !/<iframe/.test(snippet)) {
            const tags = await page.waitFor(renderedWidgets, null);
            console.log(`ok  snippet ${i + 1}: ${tags.join(', ')}`);
          }
          if (/<iframe/.test(snippet)) {
            const height = await page.waitFor(() => {
              const h = document.querySelector('iframe[data-vk-embed]')?.style.height ?? '';
              return /^\d+px$/.test(h) && h;
            });
            const tags = await page.waitFor(renderedWidgets, 'iframe');
            console.log(`ok  snippet ${i + 1}: iframe resized to ${height}; inside: ${tags.join(', ')}`);
          }
        } catch (error) {
          fail(where, error.message.split('\n')[0]);
        }
        for (const problem of await page.problems()) fail(where, problem);
        await page.close();
        // Where the widgets cannot run, the page still shows what the snippet put inside them.
        if (/<vk-/.test(snippet)) {
          const plain = await engine.open(`${server.url}/__snippet/${i}-plain.html`);
          const { blank } = await plain.waitFor(blankWidgets);
          await plain.close();
          if (blank.length) fail(`${where} without scripts`, `shows nothing in ${blank.join(', ')}`);
          else console.log(`ok  snippet ${i + 1} without scripts: every widget element shows its text`);
        }
        // Its links open the learning tab on the named view (one page at a time: WebKit has one window).
        for (const href of [...snippet.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])) {
          const link = await engine.open(new URL(href, url).href);
          try {
            const tags = await link.waitFor(renderedWidgets, null);
            console.log(`ok  snippet ${i + 1}: ${href} → ${tags.join(', ')}`);
          } catch (error) {
            fail(`${where} link ${href}`, error.message.split('\n')[0]);
          }
          for (const problem of await link.problems()) fail(`${where} link ${href}`, problem);
          await link.close();
        }
      }
      // The learning tab where it cannot start says what it needs.
      const tab = await engine.open(`${server.url}/vakmanschap-widgets/leeromgeving/__plain.html`);
      // Its text, declarative shadow roots (the pre-rendered views) included.
      const says = await tab.waitFor(() => {
        if (document.readyState !== 'complete') return false;
        let text = '';
        const walk = (node) => {
          if (node.nodeType === 3) text += node.data;
          if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT' || node.nodeName === 'NOSCRIPT') return;
          if (node.shadowRoot) walk(node.shadowRoot);
          for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
        };
        walk(document.body);
        return { text: text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim() };
      });
      await tab.close();
      if (!says.text) fail(`${engine.label}, learning tab without scripts`, 'shows nothing');
      else console.log(`ok  learning tab without scripts: "${says.text.split('\n')[0]}"`);
    } finally {
      await engine.close();
    }
    if (failures.length === failuresBefore) console.log(`${engine.label}: all ${htmlSnippets.length} html snippets work`);
  }
} finally {
  await server.stop();
}

if (writePreloads) {
  writeFileSync('README.md', readme);
  console.log(`\nREADME.md: modulepreload lines of ${wrotePreloads.size} snippet(s) written from what their pages fetched.`);
}

if (failures.length) {
  console.error(`\n${failures.length} snippet problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nREADME snippets: ${htmlSnippets.length} html + ${jsSnippets.length} js, all work against dist/ in ${enginesFromArgs().length} engines.`);
