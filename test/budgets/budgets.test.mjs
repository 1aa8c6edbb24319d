// The size-budget check (scripts/check-budgets.mjs) on a small dist/ made here:
// within budget it passes; a file inflated past +5 % fails, naming the entry, the file and the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { check, entries } from '../../scripts/check-budgets.mjs';

function fakeDist() {
  const dist = mkdtempSync(join(tmpdir(), 'vk-budgets-'));
  mkdirSync(join(dist, 'single'));
  mkdirSync(join(dist, 'cdn', 'chunks'), { recursive: true });
  writeFileSync(join(dist, 'single', 'vk-value-card.min.js'), 'console.log("card");'.repeat(50));
  writeFileSync(join(dist, 'cdn', 'vk-value-card.js'), 'import{a}from"./chunks/lit-abc.js";a();');
  writeFileSync(join(dist, 'cdn', 'chunks', 'lit-abc.js'), 'export const a=()=>1;'.repeat(20));
  return dist;
}

test('an entry within its budget passes; the CDN entry counts the chunks it imports', () => {
  const dist = fakeDist();
  try {
    const found = entries(dist);
    assert.deepEqual(found['cdn/vk-value-card.js + first paint'].files, ['cdn/vk-value-card.js', 'cdn/chunks/lit-abc.js']);
    const budgets = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.gzip]));
    assert.deepEqual(check(dist, budgets).problems, []);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a file inflated past 5 % over its budget fails, naming the entry, the file and the bytes', () => {
  const dist = fakeDist();
  try {
    const budgets = Object.fromEntries(Object.entries(entries(dist)).map(([k, v]) => [k, v.gzip]));
    // Random bytes do not compress: the chunk grows by about 300 B gzip.
    writeFileSync(join(dist, 'cdn', 'chunks', 'lit-abc.js'), `export const a=()=>1;/*${randomBytes(200).toString('base64')}*/`);
    const { problems, found } = check(dist, budgets);
    const grown = found['cdn/vk-value-card.js + first paint'].gzip;
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^cdn\/vk-value-card\.js \+ first paint: \d+ B gzip, \d+ B \([\d.]+ %\) over its budget of \d+ B \(cdn\/vk-value-card\.js, cdn\/chunks\/lit-abc\.js\)$/);
    assert.ok(problems[0].includes(`${grown} B gzip`));
    assert.ok(problems[0].includes(`${budgets['cdn/vk-value-card.js + first paint']} B`));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('growth within 5 % passes, and an entry without a budget fails', () => {
  const dist = fakeDist();
  try {
    const budgets = Object.fromEntries(Object.entries(entries(dist)).map(([k, v]) => [k, v.gzip]));
    const card = budgets['single/vk-value-card.min.js'];
    assert.deepEqual(check(dist, { ...budgets, 'single/vk-value-card.min.js': Math.ceil(card / 1.04) }).problems, []);
    const without = Object.fromEntries(Object.entries(budgets).filter(([k]) => k !== 'single/vk-value-card.min.js'));
    assert.match(check(dist, without).problems[0], /^single\/vk-value-card\.min\.js: no budget/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
