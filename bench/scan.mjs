/**
 * The same twelve-statement scan for one office (wethouder: four priority
 * values × three courses of action) built once with vk-quick-scan and once
 * with SurveyJS: bytes downloaded, time to the first interactive question,
 * time to go through all answers by script.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSize, median, p95 } from './lib.mjs';

const OFFICE = 'wethouder';

function statements() {
  const bank = JSON.parse(readFileSync('data/quick-scan.json', 'utf8'));
  const items = (bank.items ?? []).filter((i) => i.role === OFFICE);
  return items.map((i) => i.text).slice(0, 12);
}

async function load(browser, url, { firstQuestion, answerAll }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => b, () => Buffer.alloc(0))));
  await page.goto(url);
  const first = await page.evaluate(firstQuestion);
  const answer = await page.evaluate(answerAll);
  const all = await Promise.all(bodies);
  await context.close();
  return { first, answer, bytes: all.reduce((n, b) => n + (b.length ? gzipSize(b) : 0), 0) };
}

export async function scanVersusSurveyJs(browser, base, runs) {
  if (!existsSync('dist/cdn/vk-quick-scan.js') || !existsSync('data/quick-scan.json')) return undefined;
  const list = statements();
  if (list.length !== 12) throw new Error(`expected 12 statements for ${OFFICE}, found ${list.length}`);
  writeFileSync('bench/.out/scan-statements.json', JSON.stringify(list));
  const measure = async (url, hooks) => {
    const first = [];
    const answer = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await load(browser, url, hooks);
      first.push(r.first);
      answer.push(r.answer);
      bytes = r.bytes;
    }
    return { bytes, firstQuestion: { median: median(first), p95: p95(first) }, answerAll: { median: median(answer), p95: p95(answer) } };
  };
  const surveyjs = await measure(`${base}/bench/pages/surveyjs.html`, {
    firstQuestion: () => window.__firstQuestion,
    answerAll: () => window.__answerAll(),
  });
  const ours = await measure(`${base}/bench/pages/quick-scan.html?office=${OFFICE}`, {
    firstQuestion: () => window.__firstQuestion,
    answerAll: () => window.__answerAll(),
  });
  return { office: OFFICE, statements: list.length, ours, surveyjs };
}
