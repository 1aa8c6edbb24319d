/**
 * The finder's keystroke alone (issue 19: "within one frame of the plain
 * input at 10,000 offers"), quicker than the whole `npm run bench` and able
 * to put two builds side by side in one run:
 *
 *   node bench/keystroke.mjs                        dist/cdn (after `npm run build`)
 *   node bench/keystroke.mjs --before DIR           also DIR (a copy of an older dist/cdn
 *                                                   under bench/.out/), rounds interleaved
 *   node bench/keystroke.mjs --profile              also a CPU profile of typing at 10,000
 *                                                   offers: self time per source function
 *                                                   (through the source maps), and a
 *                                                   Chromium trace per build in bench/.out/
 *
 * What is timed is bench/finder.mjs's "keystroke": from a typed character's
 * keydown to the frame painted after the list answers the field's text
 * (bench/pages/typing.js), over the same five words, at 1,000 and 10,000
 * generated offers and with 10 feeds of 1,000 dated offers (bench/feeds.mjs's
 * load). The floor is the same words typed into a plain input over the same
 * offers (bench/pages/bare-search.html). KEYS_ROUNDS (default 2) fresh pages
 * per build and load.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from './server.mjs';
import { WORDS, typeAndTime, typeWords, warmUp } from './finder.mjs';
import { generateDatedFeeds } from '../test/fixtures/feeds-generator.js';
import { median, p95 } from './lib.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const before = option('--before');
const profile = args.includes('--profile');
const ROUNDS = Math.max(1, Number(process.env.KEYS_ROUNDS ?? 2));
const progress = (text) => process.stderr.write(`· ${text}\n`);

if (!existsSync('dist/cdn/vk-training-finder.js')) {
  console.error('No build in dist/: run `npm run build` (or `npx rollup -c`) first.');
  process.exit(1);
}
if (before && !existsSync(join(before, 'vk-training-finder.js'))) {
  console.error(`--before ${before}: no vk-training-finder.js there.`);
  process.exit(1);
}

// The 10 feeds of bench/feeds.mjs: 1,000 offers with 3 sessions each, from next week on.
const dir = 'bench/.out/feeds';
mkdirSync(dir, { recursive: true });
const from = new Date(Date.now() + 7 * 86_400_000).toISOString();
const feeds = generateDatedFeeds(10, 1000, { sessions: 3, from }).map((f, i) => {
  writeFileSync(`${dir}/dated-${String(i)}.json`, JSON.stringify(f));
  return `/${dir}/dated-${String(i)}.json`;
});

const LOADS = [
  { name: '1,000 offers', query: 'count=1000', bare: 1000 },
  { name: '10,000 offers', query: 'count=10000', bare: 10000 },
  { name: '10 feeds × 1,000 offers', query: `feeds=${encodeURIComponent(feeds.join(','))}`, bare: 10000 },
];
const BUILDS = before ? [{ name: 'before', path: `/${before.replace(/^\/+|\/+$/g, '')}` }, { name: 'after', path: '/dist/cdn' }] : [{ name: 'now', path: '/dist/cdn' }];

const server = await serveStatic('.');
const browser = await launchBrowser();

async function withPage(url, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${url}`);
    const ready = await page.evaluate(() => window.__ready);
    if (ready.error) throw new Error(`${url}: ${ready.error}`);
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

const stats = (s) => ({ median: median(s), p95: p95(s), n: s.length, max: Math.max(...s) });
const results = {};
try {
  for (const load of LOADS) {
    const samples = Object.fromEntries([...BUILDS.map((b) => [b.name, []]), ['floor', []]]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const build of BUILDS) {
        progress(`${load.name}: ${build.name}, round ${String(round + 1)}`);
        const keys = await withPage(`/bench/pages/finder.html?${load.query}&build=${encodeURIComponent(build.path)}`, (page) => typeAndTime(page, WORDS));
        samples[build.name].push(...keys);
      }
      progress(`${load.name}: floor, round ${String(round + 1)}`);
      samples.floor.push(...(await withPage(`/bench/pages/bare-search.html?count=${String(load.bare)}`, (page) => typeAndTime(page, WORDS))));
    }
    results[load.name] = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, stats(s)]));
  }
  if (profile) {
    results.profile = {};
    for (const build of BUILDS) results.profile[build.name] = await profileTyping(build);
  }
} finally {
  await browser.close();
  await server.stop();
}

const f = (x) => `${x.toFixed(0)}`;
console.log(`Keystroke, keydown → list painted (ms, p50 / p95, n keys; ${String(ROUNDS)} page(s) per figure)`);
for (const [load, byBuild] of Object.entries(results)) {
  if (load === 'profile') continue;
  const cells = Object.entries(byBuild).map(([b, s]) => `${b} ${f(s.median)} / ${f(s.p95)} (n ${String(s.n)})`);
  console.log(`  ${load.padEnd(26)} ${cells.join('   ')}`);
}
for (const [build, p] of Object.entries(results.profile ?? {})) {
  console.log(`\nCPU profile, typing ${String(p.keys)} keys at 10,000 offers (${build}): main thread busy ${p.busyPerKey.toFixed(1)} ms per key; top self times:`);
  for (const r of p.top) console.log(`  ${r.ms.toFixed(0).padStart(6)} ms  ${r.where}`);
}
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/keystroke.json', JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, results }, null, 2));

/**
 * A CPU profile (and a Chromium trace) of typing two words at 10,000 offers,
 * after the warm-up word: the main thread's busy time per key, and self time
 * by source function.
 */
async function profileTyping(build) {
  progress(`profile: 10,000 offers, ${build.name}`);
  return withPage(`/bench/pages/finder.html?count=10000&build=${encodeURIComponent(build.path)}`, async (page, context) => {
    await warmUp(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] },
    });
    await cdp.send('Profiler.start');
    const keys = (await typeWords(page, WORDS.slice(0, 2))).length;
    const { profile: cpu } = await cdp.send('Profiler.stop');
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(`bench/.out/keystroke-trace-${build.name}.json`, JSON.stringify({ traceEvents: events }));
    const self = selfTimes(cpu);
    const busy = self.filter((r) => r.where.trim() !== '(idle)').reduce((sum, r) => sum + r.ms, 0);
    return { keys, busyPerKey: busy / keys, top: self.slice(0, 25) };
  });
}

/** Self time per function of a CPU profile, positions mapped back to the sources through the build's maps. */
function selfTimes(cpu) {
  const self = new Map();
  const dt = new Map(cpu.nodes.map((n) => [n.id, 0]));
  cpu.samples.forEach((id, i) => dt.set(id, dt.get(id) + (cpu.timeDeltas[i + 1] ?? 0) / 1000));
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const file = new URL(url).pathname.slice(1);
      maps.set(url, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8'), url) : null);
    }
    return maps.get(url);
  };
  for (const n of cpu.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    let where = `${functionName || '(anonymous)'} ${url ? `${url.replace(server.url, '')}:${String(lineNumber + 1)}` : ''}`;
    const map = url.startsWith(server.url) ? mapFor(url) : null;
    if (map) {
      const o = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (o.source) where = `${o.name ?? functionName ?? ''} ${o.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${String(o.line)}`;
    }
    self.set(where, (self.get(where) ?? 0) + dt.get(n.id));
  }
  return [...self.entries()]
    .map(([where, ms]) => ({ where, ms }))
    .sort((a, b) => b.ms - a.ms);
}
