/**
 * Checks that the README's "Insluiten" snippets work verbatim against the
 * built files (run after `npm run build`; CI does). `dist/` is served at
 * /vakmanschap-widgets/ as the README says; each HTML snippet becomes a page,
 * its widgets must render (shadow root with text), its links must open the
 * learning tab on the named view, its iframe must be resized by vk-embed.js,
 * and nothing may throw or log an error. Module specifiers of the bundler
 * snippet must resolve through package.json `exports` to built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serve } from './browser.mjs';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Insluiten'), readme.indexOf('\n## ', readme.indexOf('## Insluiten') + 5));
const blocks = (lang) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const htmlSnippets = blocks('html');
const jsSnippets = blocks('js');
if (htmlSnippets.length < 4) throw new Error(`expected the README's html snippets, found ${htmlSnippets.length}`);

const pages = htmlSnippets.map(
  (snippet, i) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>snippet ${i + 1}</title>
<link rel="icon" href="data:,"></head><body><main>${snippet}</main></body></html>`,
);

/** /vakmanschap-widgets/* → dist/*, /__snippet/<n>.html → a snippet page. */
const middleware = [
  async (ctx, next) => {
    const page = /^\/__snippet\/(\d+)\.html$/.exec(ctx.path);
    if (page) {
      ctx.type = 'html';
      ctx.body = pages[Number(page[1])];
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

// 2. The HTML snippets in Chromium.
const server = await serve('.', { middleware });
const browser = await launchBrowser();

async function open(url, where) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, problems: () => problems.map((p) => fail(where, p)) };
}

/** Every vk-* element (in the page and its open shadow roots) is defined and shows text. */
const renderedWidgets = (page) =>
  page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('vk-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      // vk-provider only passes settings down: it has nothing of its own to show.
      const ok = all.every(
        (el) => customElements.get(el.localName) && (el.localName === 'vk-provider' || el.shadowRoot?.textContent.trim()),
      );
      return ok && all.length > 0 ? all.map((el) => el.localName) : false;
    },
    undefined,
    { timeout: 15000 },
  );

try {
  for (const [i, snippet] of htmlSnippets.entries()) {
    const where = `snippet ${i + 1}`;
    const url = `${server.url}/__snippet/${i}.html`;
    const { page, problems } = await open(url, where);
    try {
      if (/<script|<vk-/.test(snippet) && !/<iframe/.test(snippet)) {
        const tags = await (await renderedWidgets(page)).jsonValue();
        console.log(`ok  ${where}: ${[...new Set(tags)].join(', ')}`);
      }
      if (/<iframe/.test(snippet)) {
        await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe[data-vk-embed]')?.style.height ?? ''), undefined, { timeout: 15000 });
        const height = await page.$eval('iframe', (f) => f.style.height);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        const tags = await (await renderedWidgets(frame)).jsonValue();
        console.log(`ok  ${where}: iframe resized to ${height}; inside: ${[...new Set(tags)].join(', ')}`);
      }
      for (const href of [...snippet.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])) {
        const link = await open(new URL(href, url).href, `${where} link ${href}`);
        const tags = await (await renderedWidgets(link.page)).jsonValue();
        console.log(`ok  ${where}: ${href} → ${[...new Set(tags)].join(', ')}`);
        link.problems();
        await link.page.close();
      }
    } catch (error) {
      fail(where, error.message.split('\n')[0]);
    }
    problems();
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} snippet problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nREADME snippets: ${htmlSnippets.length} html + ${jsSnippets.length} js, all work against dist/.`);
