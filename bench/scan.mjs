/**
 * The same scan for one office built once with vk-quick-scan and once with
 * SurveyJS (survey-core + survey-js-ui, light DOM, as its documentation
 * shows for plain JavaScript): bytes downloaded, time to the first
 * interactive question, time to go through all answers by script.
 *
 * "The same scan" is what vk-quick-scan asks a wethouder: the optional own
 * top four of the 39 values, then the twelve statements on the office's four
 * priority values (three each, data/quick-scan.json) and the nine on the
 * three learning levels, three per screen, on the same six-option scale.
 * Both definitions are read from data/ here, so they cannot drift apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSize, median, p95 } from './lib.mjs';

const OFFICE = 'wethouder';

const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));

/** Pages of the scan for `office`, in the order vk-quick-scan asks them (selectScanItems). */
function scanDefinition(office = OFFICE) {
  const bank = read('quick-scan');
  const role = read('roles').roles.find((r) => r.id === office);
  const values = read('values').values;
  const levels = read('craft').levels;
  const name = (id) => values.find((v) => v.id === id)?.name ?? id;
  const pages = [
    ...role.priorities.map((value) => ({
      title: name(value),
      items: bank.items.filter((i) => i.kind === 'value' && i.role === office && i.value === value),
    })),
    ...levels.map((level) => ({
      title: level.name,
      items: bank.items.filter((i) => i.kind === 'level' && i.level === level.id),
    })),
  ].map((p) => ({ title: p.title, items: p.items.map((i) => ({ id: i.id, statement: i.statement })) }));
  return {
    office,
    values: values.map((v) => ({ id: v.id, name: v.name })),
    pages,
    valueStatements: pages.slice(0, role.priorities.length).reduce((n, p) => n + p.items.length, 0),
    statements: pages.reduce((n, p) => n + p.items.length, 0),
  };
}

async function load(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => b, () => Buffer.alloc(0))));
  await page.goto(url);
  const first = await page.evaluate(() => window.__firstQuestion);
  const answer = await page.evaluate(() => window.__answerAll());
  const all = await Promise.all(bodies);
  await context.close();
  return {
    first,
    answer,
    requests: all.length,
    raw: all.reduce((n, b) => n + b.length, 0),
    bytes: all.reduce((n, b) => n + (b.length ? gzipSize(b) : 0), 0),
  };
}

export async function scanVersusSurveyJs(browser, base, runs) {
  if (!existsSync('dist/cdn/vk-quick-scan.js')) return undefined;
  const definition = scanDefinition();
  // Both forms ask the same statements, read from the item bank (since bank 2 a value has three to six).
  const empty = definition.pages.filter((p) => p.items.length === 0).map((p) => p.title);
  if (empty.length) throw new Error(`no statements for ${OFFICE} on: ${empty.join(', ')} (does the bench read the item bank right?)`);
  writeFileSync('bench/.out/scan-definition.json', JSON.stringify(definition));
  const measure = async (url) => {
    const first = [];
    const answer = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = await load(browser, url);
      first.push(last.first);
      answer.push(last.answer);
    }
    return {
      requests: last.requests,
      raw: last.raw,
      bytes: last.bytes,
      firstQuestion: { median: median(first), p95: p95(first), samples: first },
      answerAll: { median: median(answer), p95: p95(answer), samples: answer },
    };
  };
  // Alternate nothing: each side gets its own fresh contexts, ours first.
  const ours = await measure(`${base}/bench/pages/quick-scan.html?office=${OFFICE}`);
  const surveyjs = await measure(`${base}/bench/pages/surveyjs.html`);
  return { office: OFFICE, statements: definition.statements, valueStatements: definition.valueStatements, screens: definition.pages.length + 1, ours, surveyjs };
}
