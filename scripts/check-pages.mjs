/**
 * Opening built pages in Chromium, Firefox and WebKit for the build checks
 * (check-storybook.mjs, check-snippets.mjs), through one small interface over
 * puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi) and
 * webdriverio over WebDriver classic (WebKit, which has no console events).
 *
 * So that every engine is checked the same way, the server puts a probe at the
 * top of every HTML page it serves (in frames too): it records exceptions,
 * unhandled rejections, console.error, CSP violations and resources that
 * failed to load, in the top window. The server records answers >= 400.
 */
import { remote } from 'webdriverio';
import { browserVersion, chromiumLaunchOptions, firefoxLaunchOptions, serve, startWebKitDriver } from './browser.mjs';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** `--engines=firefox,webkit` on the command line, else all three. */
export function enginesFromArgs(argv = process.argv.slice(2)) {
  const arg = argv.find((a) => a.startsWith('--engines='));
  const engines = arg ? arg.slice('--engines='.length).split(',') : ENGINE_NAMES;
  for (const e of engines) if (!ENGINE_NAMES.includes(e)) throw new Error(`unknown engine ${e}: one of ${ENGINE_NAMES.join(', ')}`);
  return engines;
}

const PROBE_PATH = '/__vk-probe.js';

/** Runs first in every page and frame; see the module comment. */
const PROBE = `(() => {
  let sink;
  try { sink = window.top.__vkProblems ??= []; } catch { sink = window.__vkProblems ??= []; }
  const where = window === window.top ? '' : \` (in the frame \${location.pathname})\`;
  const say = (what) => sink.push(what + where);
  // Capturing sees every 'error' event in the page: exceptions (ErrorEvent), resources that failed to
  // load (a plain Event on the element), and the widgets' own 'error' events, which are their business.
  const resources = new Set(['img', 'script', 'link', 'iframe', 'video', 'audio', 'source', 'track', 'object', 'embed']);
  addEventListener('error', (e) => {
    const el = e.target;
    if (e instanceof ErrorEvent) say(\`exception: \${e.message}\`);
    else if (!(e instanceof CustomEvent) && resources.has(el?.localName)) say(\`failed to load <\${el.localName}> \${el.currentSrc || el.src || el.href || ''}\`);
  }, true);
  addEventListener('unhandledrejection', (e) => say(\`unhandled rejection: \${e.reason?.message ?? e.reason}\`));
  addEventListener('securitypolicyviolation', (e) => say(\`CSP: \${e.effectiveDirective} refused \${e.blockedURI}\`));
  const error = console.error;
  console.error = (...args) => { say(\`console.error: \${args.map(String).join(' ')}\`); error.apply(console, args); };
})();`;

/**
 * Serves `rootDir` like browser.mjs's serve(), with the probe in every HTML
 * page and a log of failed answers (the browser's own favicon request aside).
 */
export async function serveChecked(rootDir, { middleware = [] } = {}) {
  const failed = [];
  const probe = async (ctx, next) => {
    if (ctx.path === PROBE_PATH) {
      ctx.type = 'js';
      ctx.body = PROBE;
      return;
    }
    await next();
    if (ctx.status >= 400 && ctx.path !== '/favicon.ico') failed.push(`HTTP ${ctx.status} ${ctx.path}`);
    if (ctx.status === 200 && ctx.response.is('html') && ctx.body) {
      let text = ctx.body;
      if (typeof text !== 'string') {
        const chunks = [];
        for await (const chunk of ctx.body) chunks.push(Buffer.from(chunk));
        text = Buffer.concat(chunks).toString('utf8');
      }
      const tag = `<script src="${PROBE_PATH}"></script>`;
      ctx.body = /<head[^>]*>/i.test(text) ? text.replace(/<head[^>]*>/i, (m) => m + tag) : tag + text;
      ctx.remove('Content-Length');
    }
  };
  const server = await serve(rootDir, { middleware: [probe, ...middleware] });
  return { ...server, failed };
}

/** What a page reported since it was opened, and what the server failed to answer meanwhile. */
async function collect(evaluate, failed, since) {
  const reported = (await evaluate(() => window.__vkProblems ?? [])) ?? [];
  return [...reported, ...failed.slice(since)];
}

/** Polls `fn(arg)` in the page until it returns something truthy; returns that, or throws after `timeout` ms. */
async function waitFor(evaluate, fn, arg, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.name || 'the page'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `engine` for checks against `server` (from serveChecked). Returns
 * { label, open(url), close() }; a page is { waitFor(fn, arg, timeout), problems(), close() }.
 * One page at a time (WebKit has one window).
 */
export async function startEngine(engine, server) {
  const label = browserVersion(engine);
  const page = (evaluate, goto, closePage) => async (url) => {
    const since = server.failed.length;
    await goto(url);
    return {
      waitFor: (fn, arg, timeout = 15000) => waitFor(evaluate, fn, arg, timeout),
      problems: () => collect(evaluate, server.failed, since),
      close: closePage,
    };
  };

  if (engine !== 'webkit') {
    // puppeteer-core drives Chromium over CDP and Firefox over WebDriver BiDi, with the same calls.
    const { launch } = await import('puppeteer-core');
    const browser = await launch(engine === 'chromium' ? chromiumLaunchOptions() : firefoxLaunchOptions());
    return {
      label,
      async open(url) {
        const p = await browser.newPage();
        return page((fn, arg) => p.evaluate(fn, arg), (u) => p.goto(u, { waitUntil: 'load' }), () => p.close())(url);
      },
      close: () => browser.close(),
    };
  }
  const driverServer = await startWebKitDriver();
  const driver = await remote(driverServer.options);
  return {
    label,
    open: page(
      (fn, arg) => driver.execute(fn, arg),
      (u) => driver.navigateTo(u),
      () => driver.navigateTo('about:blank'),
    ),
    async close() {
      await driver.deleteSession().catch(() => undefined);
      await driverServer.stop();
    },
  };
}
