/**
 * npm run bench — size and speed of every widget, side by side with what a
 * webmaster would pick instead. Measures, never judges: always exits 0 when
 * it could measure. Prints one table per part and writes bench/results.json.
 *
 *   node bench/run.mjs            full run (≥ 20 fresh page loads per figure)
 *   node bench/run.mjs --smoke    tiny inputs, 2 loads: checks that it runs
 *
 * Needs the build (`npm run bench` runs `npm run build` first) and Chromium
 * (Debian's /usr/bin/chromium, or CHROME_PATH).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchBrowser, serve } from '../scripts/browser.mjs';
import { WIDGETS } from './config.mjs';
import { kb, machine, median, ms, p95, table } from './lib.mjs';
import { sizes } from './sizes.mjs';
import { scanVersusSurveyJs } from './scan.mjs';
import { finderAtScale } from './finder.mjs';
import { leaks } from './leaks.mjs';
import { learningTabBytes } from './learning-tab.mjs';

const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 2 : Number(process.env.BENCH_RUNS ?? 25);

if (!existsSync('dist/cdn/vakmanschap-widgets.js')) {
  console.error('No build in dist/: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

mkdirSync('bench/.out', { recursive: true });
await build({
  entryPoints: ['bench/bare-lit.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: 'bench/.out/bare-lit.js',
  logLevel: 'silent',
});

const server = await serve('.');
const browser = await launchBrowser();
const results = { date: new Date().toISOString(), smoke, runs: RUNS, machine: machine(browser.version()) };

try {
  console.log(`vakmanschap-widgets benchmark${smoke ? ' (smoke: tiny inputs)' : ''}`);
  console.log(`${results.machine.cpu} × ${results.machine.cores}, ${results.machine.memoryGB} GB, ${results.machine.platform}, Node ${results.machine.node}, Chromium ${results.machine.browser}`);

  // 1. Sizes -------------------------------------------------------------------
  results.sizes = await sizes();
  const s = results.sizes;
  table(
    'Size (gzip / brotli)',
    ['what', 'gzip', 'brotli', 'note'],
    [
      ...Object.entries(s.widgets).map(([w, v]) => [`${w}: own module`, kb(v.minified.gzip), kb(v.minified.brotli), 'minified, Lit and data excluded']),
      ['Lit (lit + @lit/context)', kb(s.lit.gzip), kb(s.lit.brotli), 'the floor every widget shares'],
      ...Object.entries(s.dataChunks).map(([d, v]) => [`data: ${d}`, kb(v.gzip), kb(v.brotli), 'lazy, only for widgets that need it']),
      ['single-file script (all, Lit, data)', kb(s.singleFile.gzip), kb(s.singleFile.brotli), 'dist/vakmanschap-widgets.min.js'],
      ['single-file script without data', kb(s.singleFileWithoutData.gzip), kb(s.singleFileWithoutData.brotli), 'target < 30 KB gzip'],
      ...(s.embedHelper ? [['vk-embed.js (iframe helper)', kb(s.embedHelper.gzip), kb(s.embedHelper.brotli), '']] : []),
    ],
  );
  results.learningTab = await learningTabBytes(browser, server.url);
  if (results.learningTab) {
    table('Learning tab: everything one visit downloads', ['view', 'requests', 'gzip', 'raw'], results.learningTab.map((v) => [v.view, v.requests, kb(v.gzip), kb(v.raw)]));
  }

  // 2. First render --------------------------------------------------------------
  const measureRender = async (tag, script, attrs) => {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const q = new URLSearchParams({ tag, script, attrs: JSON.stringify(attrs) });
      await page.goto(`${server.url}/bench/pages/render.html?${q}`);
      const r = await page.evaluate(() => window.__result);
      if (!r.textLength) throw new Error(`${tag} rendered no text`);
      samples.push(r.ms);
      await context.close();
    }
    return { median: median(samples), p95: p95(samples), samples };
  };
  const bare = await measureRender('bench-bare', '/bench/.out/bare-lit.js', {});
  results.firstRender = { bareLit: bare, widgets: {} };
  for (const [w, { tag, attrs }] of Object.entries(WIDGETS)) {
    if (!existsSync(`dist/cdn/vk-${w}.js`) || w === 'placeholder' || w === 'provider') continue;
    const r = await measureRender(tag, `/dist/cdn/vk-${w}.js`, attrs);
    results.firstRender.widgets[w] = { ...r, ratio: r.median / bare.median };
  }
  table(
    `First complete render (fresh page load, from script fetch to painted data; ${RUNS} loads each)`,
    ['element', 'median', 'p95', '× bare Lit'],
    [
      ['bare Lit element (floor)', ms(bare.median), ms(bare.p95), '1.00'],
      ...Object.entries(results.firstRender.widgets).map(([w, r]) => [w, ms(r.median), ms(r.p95), r.ratio.toFixed(2)]),
    ],
  );

  // 3. Scan versus SurveyJS ------------------------------------------------------
  results.scanVersusSurveyJs = await scanVersusSurveyJs(browser, server.url, RUNS);
  if (results.scanVersusSurveyJs) {
    const { ours, surveyjs } = results.scanVersusSurveyJs;
    table(
      'The same twelve-statement scan (wethouder): vk-quick-scan versus SurveyJS',
      ['', 'vk-quick-scan', 'SurveyJS', 'ratio'],
      [
        ['downloaded (gzip)', kb(ours.bytes), kb(surveyjs.bytes), `${(surveyjs.bytes / ours.bytes).toFixed(1)}× smaller`],
        ['to first question (median)', ms(ours.firstQuestion.median), ms(surveyjs.firstQuestion.median), `${(surveyjs.firstQuestion.median / ours.firstQuestion.median).toFixed(1)}× faster`],
        ['to first question (p95)', ms(ours.firstQuestion.p95), ms(surveyjs.firstQuestion.p95), ''],
        ['answer all by script (median)', ms(ours.answerAll.median), ms(surveyjs.answerAll.median), `${(surveyjs.answerAll.median / ours.answerAll.median).toFixed(1)}×`],
      ],
    );
  }

  // 4. Finder at scale -----------------------------------------------------------
  results.finderAtScale = await finderAtScale(browser, server.url, { smoke, runs: RUNS });
  if (results.finderAtScale) {
    table(
      'Training finder at scale (generated offers, seeded)',
      ['offers', 'keystroke→paint p50', 'p95', 'filter→paint p50', 'p95', 'JS heap after load'],
      results.finderAtScale.map((r) => [r.count, ms(r.keystroke.median), ms(r.keystroke.p95), ms(r.filter.median), ms(r.filter.p95), kb(r.heap)]),
    );
  }

  // 5. Memory --------------------------------------------------------------------
  results.leaks = await leaks(browser, server.url, { iterations: smoke ? 10 : 200 });
  table(
    `Heap after creating and removing each widget ${smoke ? 10 : 200} times (after GC)`,
    ['widget', 'heap before', 'after 1st half', 'after 2nd half', 'growth in 2nd half'],
    results.leaks.map((r) => [r.widget, kb(r.before), kb(r.half), kb(r.after), kb(r.after - r.half)]),
  );
} finally {
  await browser.close();
  await server.stop();
}

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten: bench/results.json');
