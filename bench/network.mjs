/**
 * What a phone on mobile data sees (issue 19): every widget in each build and
 * every learning-tab view loaded through Chromium's own network emulation
 * (CDP `Network.emulateNetworkConditions`), responses gzipped as a CDN serves
 * them (bench/server.mjs with `gzip`), a fresh browser context per load (empty
 * cache), next to two baselines loaded in the same run: a static HTML page
 * with the same words as the bare Lit element, and that bare Lit element.
 *
 * Per page and profile (medians over the loads):
 *   fcp      first contentful paint (the browser's paint timing)
 *   data     "data on screen": the frame after the one in which the page's
 *            content is there: a widget's `ready` (data rendered), or for a
 *            static or pre-rendered page its probe text in the composed tree
 *   requests every request of the load until data was on screen and the network
 *            was quiet (the page itself included)
 *   chain    the longest request chain: page → script → chunk → data = 4
 *            (each request's initiator from the DevTools protocol)
 *   bytes    bytes over the wire (gzip bodies and headers, CDP encodedDataLength)
 * The same with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`), apart.
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { WIDGETS } from './config.mjs';
import { median } from './lib.mjs';

export const PROFILES = {
  'Slow 4G': { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
  'Fast 4G': { latency: 40, downloadThroughput: (9e6 / 8) | 0, uploadThroughput: (1.5e6 / 8) | 0 },
};

/** The learning tab's views in the table and the text that shows its content is there (from data/). */
export const TAB_VIEWS = [
  { view: '#/waarden', text: 'Lef' },
  { view: '#/ambten', text: 'Griffier' },
  { view: '#/ambt/griffier', text: 'Griffier' },
  { view: '#/vinden', text: 'Nederlands Genootschap van Burgemeesters' },
  { view: '#/scan', text: 'Welk ambt heb je?' },
];

const attrString = (attrs) => Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');

/** Writes the pages of the table into bench/.out/net/ and lists them. */
function pages() {
  mkdirSync('bench/.out/net', { recursive: true });
  const page = (name, head, body) => {
    writeFileSync(
      `bench/.out/net/${name}.html`,
      `<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="data:,">\n<title>bench: ${name}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`,
    );
    return `/bench/.out/net/${name}.html`;
  };
  const list = [
    {
      group: 'baseline',
      name: 'static HTML page',
      url: page('static', '', '<h2>Griffier</h2><p>Vier waarden met prioriteit.</p><ul><li>Lef</li><li>Vertrouwen</li><li>Dienstbaarheid</li><li>Bekwaamheid</li></ul>'),
      probe: { text: 'Dienstbaarheid' },
    },
    {
      group: 'baseline',
      name: 'bare Lit element',
      url: page('bare-lit', '<script type="module" src="/bench/.out/bare-lit.js"></script>', '<bench-bare></bench-bare>'),
      probe: { tag: 'bench-bare' },
    },
  ];
  for (const [w, { tag, attrs }] of Object.entries(WIDGETS)) {
    if (w === 'provider') continue;
    const el = `<${tag}${attrString(attrs)}></${tag}>`;
    const head = `<script type="module" src="/dist/cdn/vk-${w}.js"></script>`;
    list.push({ group: 'cdn', widget: w, name: `${w}: dist/cdn/vk-${w}.js`, url: page(`cdn-${w}`, head, el), probe: { tag } });
    // The same with a modulepreload line for each data file its first paint fetches, and with one for each
    // file of it (as the README shows); which ones is found by a load of the page above (networkTable).
    const preloadPage = (name, pick) => (urls) => page(name, `${head}\n${urls.filter(pick).map((u) => `<link rel="modulepreload" href="${u}">`).join('\n')}`, el);
    list.push({ group: 'cdn+preload', widget: w, name: `${w}: the same + modulepreload of its data`, url: `/bench/.out/net/cdnp-${w}.html`, probe: { tag }, make: preloadPage(`cdnp-${w}`, (u) => u.startsWith('/dist/cdn/data/')), from: `/bench/.out/net/cdn-${w}.html` });
    // The README's lines since the chunks lost their hash: every file of the first paint, code and data.
    list.push({ group: 'cdn+preload all', widget: w, name: `${w}: the same + modulepreload of its code and data`, url: `/bench/.out/net/cdnpa-${w}.html`, probe: { tag }, make: preloadPage(`cdnpa-${w}`, (u) => u.startsWith('/dist/cdn/') && u !== `/dist/cdn/vk-${w}.js`), from: `/bench/.out/net/cdn-${w}.html` });
    list.push({ group: 'single', widget: w, name: `${w}: dist/single/vk-${w}.min.js`, url: page(`single-${w}`, `<script defer src="/dist/single/vk-${w}.min.js"></script>`, el), probe: { tag } });
  }
  if (existsSync('dist/leeromgeving/index.html')) {
    // Each view at its own pre-rendered file, as the tab's links and the README name it; one deep link
    // also through index.html (a link written by hand), which pays a round trip for the redirect.
    const files = existsSync('dist/leeromgeving/prerendered.json') ? JSON.parse(readFileSync('dist/leeromgeving/prerendered.json', 'utf8')) : {};
    for (const { view, text } of TAB_VIEWS) {
      const file = files[view] ?? 'index.html';
      list.push({ group: 'tab', name: `learning tab ${file === 'index.html' ? '' : file}${view}`, url: `/dist/leeromgeving/${file}${view}`, probe: { text } });
      if (file !== 'index.html' && view.startsWith('#/ambt/')) {
        list.push({ group: 'tab', name: `learning tab index.html${view} (redirect)`, url: `/dist/leeromgeving/index.html${view}`, probe: { text } });
      }
    }
  }
  return list;
}

/** Runs in the page before anything else: records when the probe first holds. */
function installProbe(probe) {
  const deepText = (root) => {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === 3) text += node.data;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(root);
    return text;
  };
  let ready = false;
  if (probe.tag) {
    const watch = () => {
      const el = document.querySelector(probe.tag);
      if (!el) return void setTimeout(watch, 5);
      customElements.whenDefined(probe.tag).then(() => el.ready).then(() => (ready = true));
    };
    watch();
  }
  const frame = () => {
    const found = probe.tag ? ready : document.documentElement && deepText(document.documentElement).includes(probe.text);
    if (found) requestAnimationFrame((t) => (window.__dataOnScreen = t));
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function load(browser, base, entry, profile, cpu) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const requests = new Map();
  let inFlight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    const stackUrl = (s) => (s ? (s.callFrames.find((f) => f.url)?.url ?? stackUrl(s.parent)) : undefined);
    requests.set(e.requestId, { url: e.request.url, initiator: e.initiator.url ?? stackUrl(e.initiator.stack), bytes: 0 });
    inFlight++;
    lastActivity = Date.now();
  });
  const done = (e) => {
    const r = requests.get(e.requestId);
    if (!r || r.done) return;
    r.done = true;
    r.bytes = e.encodedDataLength ?? 0;
    inFlight--;
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  await page.addInitScript(installProbe, entry.probe);
  await page.goto(base + entry.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__dataOnScreen !== undefined, undefined, { timeout: 60_000, polling: 50 });
  // The rest of the load: until nothing was in flight for half a second.
  const deadline = Date.now() + 15_000;
  while ((inFlight > 0 || Date.now() - lastActivity < 500) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, data: window.__dataOnScreen, start: nav?.startTime ?? 0 };
  });
  await context.close();
  // Longest chain: the page is 1, each request one more than its initiator.
  const depthOf = new Map();
  const all = [...requests.values()];
  const depth = (r, seen = new Set()) => {
    if (depthOf.has(r.url)) return depthOf.get(r.url);
    const parent = all.find((p) => p.url === r.initiator && p !== r);
    const d = parent && !seen.has(parent) ? depth(parent, new Set([...seen, r])) + 1 : 1;
    depthOf.set(r.url, d);
    return d;
  };
  return {
    urls: all.map((r) => new URL(r.url).pathname),
    fcp: timing.fcp,
    // Content cannot be on screen before the first contentful paint.
    data: Math.max(timing.data, timing.fcp ?? 0),
    requests: all.length,
    chain: Math.max(...all.map((r) => depth(r))),
    bytes: all.reduce((n, r) => n + r.bytes, 0),
  };
}

/**
 * Loads every page `runs` times per profile (and with the CPU slowed 4×,
 * `cpuRuns` times); returns { profiles, pages: [{ group, name, results: { [profile]: { cpu1, cpu4 } } }] }.
 */
export async function networkTable(browser, base, { runs = 5, cpuRuns = 3, only, progress = () => {} } = {}) {
  const list = pages().filter((p) => !only || only.test(p.name) || p.group === 'baseline');
  const out = [];
  // One load thrown away: the first of a fresh browser pays for its start-up.
  await load(browser, base, list[0], 'Fast 4G', 1);
  for (const entry of list.filter((e) => e.make)) {
    const { urls } = await load(browser, base, { ...entry, url: entry.from }, 'Fast 4G', 1);
    entry.make(urls);
  }
  for (const entry of list) {
    const results = {};
    for (const profile of Object.keys(PROFILES)) {
      results[profile] = {};
      for (const [key, cpu, n] of [['cpu1', 1, runs], ['cpu4', 4, cpuRuns]]) {
        const samples = [];
        for (let i = 0; i < n; i++) samples.push(await load(browser, base, entry, profile, cpu));
        results[profile][key] = {
          fcp: median(samples.map((s) => s.fcp)),
          data: median(samples.map((s) => s.data)),
          requests: median(samples.map((s) => s.requests)),
          chain: median(samples.map((s) => s.chain)),
          bytes: median(samples.map((s) => s.bytes)),
          samples,
        };
      }
    }
    progress(`${entry.name}: Slow 4G data ${results['Slow 4G'].cpu1.data.toFixed(0)} ms`);
    out.push({ group: entry.group, name: entry.name, widget: entry.widget, results });
  }
  return { profiles: PROFILES, runs, cpuRuns, pages: out };
}

/** The rows of the printed table for one profile and CPU: ratios to the two baselines of the same run. */
export function networkRows(net, profile, cpu) {
  const get = (p) => p.results[profile][cpu];
  const staticPage = net.pages.find((p) => p.name === 'static HTML page');
  const bare = net.pages.find((p) => p.name === 'bare Lit element');
  const s = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a');
  const ratio = (a, b) => (b && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '');
  return net.pages.map((p) => {
    const r = get(p);
    return [
      p.name,
      s(r.fcp),
      s(r.data),
      String(r.requests),
      String(r.chain),
      `${(r.bytes / 1024).toFixed(1)} KB`,
      staticPage ? ratio(r.data, get(staticPage).data) : '',
      bare ? ratio(r.data, get(bare).data) : '',
    ];
  });
}

export const NETWORK_HEADER = ['page', 'FCP', 'data on screen', 'requests', 'chain', 'bytes', '× static', '× bare Lit'];

// `node bench/network.mjs [pattern]`: the network table alone (BENCH_NET_RUNS loads, default 5).
if (process.argv[1]?.endsWith('bench/network.mjs')) {
  const { launchBrowser } = await import('../scripts/browser.mjs');
  const { serveStatic } = await import('./server.mjs');
  const { table } = await import('./lib.mjs');
  const { build } = await import('esbuild');
  await build({ entryPoints: ['bench/bare-lit.js'], bundle: true, minify: true, format: 'esm', outfile: 'bench/.out/bare-lit.js', logLevel: 'silent' });
  const runs = Number(process.env.BENCH_NET_RUNS ?? 5);
  const server = await serveStatic('.', { gzip: true });
  const browser = await launchBrowser();
  try {
    const only = process.argv[2] ? new RegExp(process.argv[2]) : undefined;
    const net = await networkTable(browser, server.url, { runs, cpuRuns: Math.max(1, Math.ceil(runs / 2)), only, progress: (t) => process.stderr.write(`· ${t}\n`) });
    for (const profile of Object.keys(PROFILES)) {
      for (const cpu of ['cpu1', 'cpu4']) {
        table(`${profile}${cpu === 'cpu4' ? ', CPU slowed 4×' : ''} (median of ${cpu === 'cpu4' ? net.cpuRuns : runs} loads)`, NETWORK_HEADER, networkRows(net, profile, cpu), [1, 2, 3, 4, 5, 6, 7]);
      }
    }
    mkdirSync('bench/.out', { recursive: true });
    writeFileSync('bench/.out/network.json', `${JSON.stringify(net, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
