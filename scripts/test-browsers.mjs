/**
 * `npm run test:browsers [-- firefox|webkit …] [wtr options]`: the whole suite
 * in Firefox and in WebKit, one engine after the other (each timed), through
 * the same web-test-runner.config.mjs as `npm test`. Ends with one summary per
 * engine; exits non-zero if any test failed in any engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserVersion, ENGINES } from './browser.mjs';
import { summaryLine } from './test-summary.mjs';

const args = process.argv.slice(2);
const chosen = args.filter((a) => ENGINES[a]);
const engines = chosen.length ? chosen : ['firefox', 'webkit'];
const wtrArgs = args.filter((a) => !ENGINES[a]);
const wtr = join('node_modules', '.bin', 'wtr');

// Every engine is found (or installed) before the first one runs for minutes.
const versions = Object.fromEntries(engines.map((engine) => [engine, browserVersion(engine)]));
const dir = mkdtempSync(join(tmpdir(), 'vk-test-browsers-'));
const results = [];
for (const engine of engines) {
  console.log(`\n=== ${versions[engine]}`);
  const file = join(dir, `${engine}.json`);
  const started = Date.now();
  const run = spawnSync(wtr, wtrArgs, { stdio: 'inherit', env: { ...process.env, VK_ENGINE: engine, VK_SUMMARY_FILE: file } });
  const seconds = Math.round((Date.now() - started) / 1000);
  let summary;
  try {
    [summary] = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    summary = { engine: ENGINES[engine].label, passed: 0, failed: 1, skipped: [], files: 0 };
    console.error(`${ENGINES[engine].label}: the test runner stopped without results (exit ${run.status ?? run.signal})`);
  }
  results.push({ ...summary, version: versions[engine], seconds, status: run.status });
}

console.log('\n=== Test suite per engine');
for (const r of results) console.log(`${r.version}: ${r.files} test files in ${r.seconds} s`);
for (const r of results) console.log(summaryLine(r));
process.exit(results.some((r) => r.failed > 0 || r.status !== 0) ? 1 : 0);
