/**
 * npm run audit — Lighthouse's accessibility audit (lighthouse from npm,
 * Chromium from apt) on the demo pages and the learning tab. Prints the
 * score and every failing audit per page; exits 1 if a page scores < 100.
 * Needs the build (`npm run audit` runs `npm run build` first).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, chromePath, serve } from './browser.mjs';

const PAGES = process.argv.length > 2 ? process.argv.slice(2) : [
  'demo/index.html',
  'demo/vereniging.html',
  'demo/ris.html#leren',
  'dist/leeromgeving/index.html#/waarden',
  'dist/leeromgeving/index.html#/waarde/lef',
  'dist/leeromgeving/index.html#/ambten',
  'dist/leeromgeving/index.html#/driehoek',
  'dist/leeromgeving/index.html#/vinden?rol=raadslid',
  'dist/leeromgeving/index.html#/scan',
  'dist/leeromgeving/index.html#/gesprek/driehoek',
];

const server = await serve('.');
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ['--headless=new', ...(asRoot ? ['--no-sandbox'] : []), ...CHROME_ARGS],
  userDataDir: mkdtempSync(join(tmpdir(), 'vk-lh-')),
});

const results = [];
try {
  for (const page of PAGES) {
    const url = `${server.url}/${page}`;
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['accessibility'], logLevel: 'error', output: 'json' });
    const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id}: ${a.title}`);
    results.push({ page, score, failing });
    console.log(`${String(score).padStart(3)}  ${page}${failing.length ? `\n       ${failing.join('\n       ')}` : ''}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}

mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/audit.json', `${JSON.stringify(results, null, 2)}\n`);
const low = results.filter((r) => r.score < 100);
console.log(`\nLighthouse accessibility: ${results.length - low.length} of ${results.length} pages score 100`);
process.exit(low.length ? 1 : 0);
