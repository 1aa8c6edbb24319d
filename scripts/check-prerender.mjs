/**
 * Checks the pre-rendered learning tab (scripts/prerender.mjs, issue 19)
 * against the build, in Chromium, Firefox and WebKit (`--engines=chromium`
 * for one). Run after `npm run build`; CI does.
 *
 * 1. Before any script runs: each file's HTML, fetched and parsed here (no
 *    browser), carries its content: index.html every value's name,
 *    ambt-<office>.html the office (its plural, as the table's heading) and its four priority values (names
 *    from data/, not from the page), waarde-<value>.html the value's name and description; the finder and the scan say in a
 *    <noscript> that they need JavaScript.
 * 2. Without scripts, in each engine: the declarative shadow roots are
 *    attached and the same names are in the rendered tree.
 * 3. Taking over, in each engine: with the page scrolled and a link in the
 *    pre-rendered navigation focused, the app then starts; afterwards the live
 *    tab is shown, the pre-rendered copy is gone, the same link has the focus,
 *    the scroll position is the same, and no frame in between lacked the content.
 *    axe finds no violation in the pages as they are before the script.
 * 4. With scripts, every file loads without an error or CSP violation (the
 *    inline styles and the script are allowed by hash) and the app takes over.
 */
import { readFileSync } from 'node:fs';
import { enginesFromArgs, serveChecked, startEngine } from './check-pages.mjs';

const DIR = 'dist/leeromgeving';
const files = JSON.parse(readFileSync(`${DIR}/prerendered.json`, 'utf8'));
const values = JSON.parse(readFileSync('data/values.json', 'utf8')).values;
const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles;
const nameOf = (id) => values.find((v) => v.id === id)?.name ?? id;

/** What each file must show without scripts, from data/. */
const expected = { 'index.html': values.map((v) => v.name) };
for (const r of roles) {
  const file = files[`#/ambt/${r.id}`];
  if (file) expected[file] = [r.plural ?? r.name, ...(r.priorities ?? []).map(nameOf)];
}
// A single value's page: its name and its description (as the card shows it).
for (const v of values) {
  const file = files[`#/waarde/${v.id}`];
  if (file) expected[file] = [v.name, v.description];
}
const NEEDS_JS = { 'vinden.html': 'JavaScript', 'scan.html': 'JavaScript' };

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

/** Text of an HTML document as a reader sees it: without styles, scripts, tags and comments. */
const textOf = (html) =>
  html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

// 1. The HTML itself.
for (const [file, texts] of Object.entries(expected)) {
  const html = readFileSync(`${DIR}/${file}`, 'utf8');
  if (!/<template shadowrootmode="open">/.test(html)) fail(file, 'no declarative shadow root');
  const text = textOf(html);
  const missing = texts.filter((t) => !text.toLowerCase().includes(t.toLowerCase()));
  if (missing.length) fail(file, `the HTML lacks ${missing.join(', ')}`);
  else console.log(`ok  ${file}: ${texts.length} names from data/ in the HTML before any script`);
}
for (const [file, word] of Object.entries(NEEDS_JS)) {
  const html = readFileSync(`${DIR}/${file}`, 'utf8');
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  if (!textOf(noscript).includes(word)) fail(file, 'no <noscript> saying it needs JavaScript');
  else console.log(`ok  ${file}: says without JavaScript that it needs it`);
}

// Pages in the browsers: /__plain/<file> is the file without scripts; /__takeover/<file> the same
// without the CSP's Trusted Types line, so that the check can start the app itself when it is ready.
const middleware = [
  async (ctx, next) => {
    if (ctx.path === '/__axe.js') {
      ctx.type = 'js';
      ctx.body = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
      return;
    }
    const m = /^\/__(plain|takeover|axe)\/([\w-]+\.html)$/.exec(ctx.path);
    if (m) {
      let html = withoutScripts(readFileSync(`${DIR}/${m[2]}`, 'utf8'));
      if (m[1] !== 'plain') html = html.replace(/ require-trusted-types-for 'script'; trusted-types lit-html/, '');
      if (m[1] === 'axe') html = html.replace('</body>', '<script src="/__axe.js"></script></body>');
      ctx.type = 'html';
      ctx.body = html.replace('<head>', '<head><base href="/dist/leeromgeving/">');
      return;
    }
    return next();
  },
];

/** Composed text of the page (shadow roots included) and whether the pre-rendered tree is attached. */
function composed() {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === 3) text += node.data;
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  if (document.readyState !== 'complete') return false;
  walk(document.body);
  const still = document.querySelector('vk-leeromgeving-prerendered');
  return { text: text.replace(/\s+/g, ' '), attached: Boolean(still?.shadowRoot), height: document.documentElement.scrollHeight };
}

/** Runs in the page: scroll, focus a link of the pre-rendered navigation, watch every frame, start the app. */
function startTakeOver() {
  const still = document.querySelector('vk-leeromgeving-prerendered');
  const links = [...still.shadowRoot.querySelectorAll('nav a')];
  const link = links[links.length - 1];
  link.focus();
  window.scrollTo(0, 200);
  const probe = (window.__probe = { frames: 0, blank: [], link: { href: link.getAttribute('href'), text: link.textContent.trim() }, y: window.scrollY });
  const live = document.querySelector('vk-leeromgeving');
  const frame = () => {
    probe.frames++;
    const shown = still.isConnected ? still : live.hidden ? null : live;
    const main = shown?.shadowRoot?.querySelector('main');
    let text = '';
    const walk = (node) => {
      if (node.nodeType === 3) text += node.data.trim();
      if (node.shadowRoot) walk(node.shadowRoot);
      for (let c = node.firstChild; c && text.length < 200; c = c.nextSibling) if (c.nodeName !== 'STYLE') walk(c);
    };
    if (main) walk(main);
    if (text.length < 200) probe.blank.push(`frame ${probe.frames}: ${shown ? shown.localName : 'nothing'} shown`);
    if (still.isConnected || probe.frames < 3) requestAnimationFrame(frame);
    else probe.done = true;
  };
  requestAnimationFrame(frame);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = './app.js';
  document.head.append(script);
  return true;
}

function afterTakeOver() {
  const probe = window.__probe;
  if (!probe?.done) return false;
  const live = document.querySelector('vk-leeromgeving');
  const active = live.shadowRoot?.activeElement;
  // The live links have the hash; the pre-rendered ones the view's file before it (ambten.html#/ambten).
  const hashOf = (href) => (href ?? '').replace(/^[^#]*/, '');
  return {
    ...probe,
    link: { ...probe.link, href: hashOf(probe.link.href) },
    hidden: live.hidden,
    still: Boolean(document.querySelector('vk-leeromgeving-prerendered')),
    focused: document.activeElement === live && active ? { href: hashOf(active.getAttribute('href')), text: active.textContent.trim() } : null,
    scrollY: window.scrollY,
  };
}

const server = await serveChecked('.', { middleware });
try {
  for (const engineName of enginesFromArgs()) {
    const engine = await startEngine(engineName, server);
    console.log(`\n${engine.label}`);
    try {
      // 2. Without scripts.
      for (const [file, texts] of Object.entries(expected)) {
        const page = await engine.open(`${server.url}/__plain/${file}`);
        const seen = await page.waitFor(composed, null);
        await page.close();
        const missing = texts.filter((t) => !seen.text.toLowerCase().includes(t.toLowerCase()));
        if (!seen.attached) fail(`${engine.label}, ${file} without scripts`, 'the declarative shadow root is not attached');
        else if (missing.length) fail(`${engine.label}, ${file} without scripts`, `does not show ${missing.join(', ')}`);
        else console.log(`ok  ${file} without scripts: shows the ${texts.length} names`);
      }
      // 2b. axe on the pre-rendered pages as they are before (or without) the script, every rule (heading-order too).
      for (const file of ['index.html', 'ambten.html', 'ambt-griffier.html', 'vinden.html', 'scan.html']) {
        const page = await engine.open(`${server.url}/__axe/${file}`);
        try {
          await page.waitFor(() => {
            if (!window.axe || document.readyState !== 'complete') return false;
            window.axe.run(document, { resultTypes: ['violations'] }).then((r) => (window.__axeResult = r.violations.map((v) => `${v.id} (${v.nodes.length})`)));
            return true;
          }, null);
          const violations = await page.waitFor(() => window.__axeResult && { list: window.__axeResult }, null, 60000);
          if (violations.list.length) fail(`${engine.label}, ${file} without scripts`, `axe: ${violations.list.join(', ')}`);
          else console.log(`ok  ${file} without scripts: axe finds no violation`);
        } finally {
          await page.close();
        }
      }
      // 3. Taking over keeps focus and scroll, without a frame lacking the content.
      const page = await engine.open(`${server.url}/__takeover/ambten.html#/ambten`);
      try {
        const { height } = await page.waitFor(composed, null);
        await page.waitFor(startTakeOver, null);
        const after = await page.waitFor(afterTakeOver, null, 30000);
        const where = `${engine.label}, taking over ambten.html`;
        if (after.hidden || after.still) fail(where, 'the live tab did not replace the pre-rendered one');
        if (after.blank.length) fail(where, `${after.blank.length} of ${after.frames} frames without the content (${after.blank.join(', ')})`);
        if (after.focused?.href !== after.link.href || after.focused?.text !== after.link.text) fail(where, `focus on ${JSON.stringify(after.focused)} instead of ${JSON.stringify(after.link)}`);
        if (height > 1000 && (after.y !== 200 || Math.abs(after.scrollY - after.y) > 1)) fail(where, `scrolled to ${after.scrollY} instead of ${after.y}`);
        if (!failures.some((f) => f.startsWith(where))) console.log(`ok  take-over: focus on "${after.link.text}" and scroll ${after.scrollY} kept, ${after.frames} frames, none without content`);
      } finally {
        await page.close();
      }
      // 4. With scripts: no error, no CSP violation, the app takes over.
      for (const file of Object.values(files)) {
        const hash = Object.keys(files).find((h) => files[h] === file);
        const p = await engine.open(`${server.url}/${DIR}/${file}${hash}`);
        try {
          await p.waitFor(() => !document.querySelector('vk-leeromgeving-prerendered') && !document.querySelector('vk-leeromgeving')?.hidden, null, 30000);
        } catch (error) {
          fail(`${engine.label}, ${file}`, `not taken over: ${error.message.split('\n')[0]}`);
        }
        for (const problem of await p.problems()) fail(`${engine.label}, ${file}`, problem);
        await p.close();
      }
      console.log(`ok  ${Object.keys(files).length} pre-rendered files load and are taken over without errors`);
    } finally {
      await engine.close();
    }
  }
} finally {
  await server.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} pre-rendering problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nPre-rendered learning tab: ${Object.keys(files).length} views, all checks passed in ${enginesFromArgs().length} engines.`);
