/**
 * Honest ties: scores that differ by no more than one answer step on one
 * statement are "geen duidelijk verschil"; the result names all tied values,
 * says the rule in one sentence and gives advice on each, instead of picking one.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { prioritiesFor, quickScanBank, selectScanItems, allValues } from '../src/data/index.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import type { Answer, VkScanCompleteDetail } from '../src/quick-scan/types.js';
import { $, $$, finishScan, scanFixture, text } from './helpers/quick-scan.js';

/** The raadslid's four values in the order asked, their names, and the statements per value. */
async function raadslid() {
  const ids = (await prioritiesFor('raadslid'))!.map((v) => v.id);
  const items = selectScanItems(await quickScanBank(), { role: 'raadslid', values: ids });
  const names = new Map((await allValues()).map((v) => [v.id, v.name]));
  const perValue = ids.map((id) => items.filter((i) => i.kind === 'value' && i.value === id).length);
  return { ids, names: ids.map((id) => names.get(id)!), perValue };
}

/** Runs the scan with `answers[v]` as the answers to the statements of value v (levels: 3). */
async function scanWith(answers: readonly (readonly Answer[])[]): Promise<{ el: VkQuickScan; detail: VkScanCompleteDetail }> {
  const { perValue } = await raadslid();
  for (const [v, a] of answers.entries()) expect(a.length, `answers for value ${String(v + 1)}`).to.equal(perValue[v]);
  const flat = answers.flat();
  const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
  const done = oneEvent<CustomEvent<VkScanCompleteDetail>>(el, 'vk-scan-complete');
  await finishScan(el, (n) => flat[n] ?? 3);
  return { el, detail: (await done).detail };
}

/** `n` times the same answer. */
const fill = (n: number, answer: Answer): Answer[] => Array.from({ length: n }, () => answer);
const summary = (el: VkQuickScan) => text($(el, '.summary'));
const adviceTitles = (el: VkQuickScan) => $$(el, '.advice h4').map((h) => text(h));

describe('vk-quick-scan: honest ties', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('has three or more statements per value for a raadslid, not the same number on each (bank 2 split some)', async () => {
    const { perValue } = await raadslid();
    expect(Math.min(...perValue)).to.equal(3);
    expect(new Set(perValue).size).to.be.greaterThan(1);
  });

  it('all equal (the same answer everywhere): no strongest value, no difference named, advice on all four', async () => {
    const { names } = await raadslid();
    const { el, detail } = await scanWith([]);
    expect(detail.strongest).to.equal(null);
    expect(detail.even).to.equal(true);
    expect(detail.growth).to.have.length(4);
    expect(summary(el)).to.contain(`Geen duidelijk verschil tussen ${names[0]}, ${names[1]}, ${names[2]} en ${names[3]}.`);
    expect(summary(el)).to.contain('er is geen sterkste waarde');
    expect(summary(el)).not.to.contain('Je sterkste waarde:');
    // Hand-computed for the raadslid's counts in bank 2 (4, 3, 6 and 3 statements).
    expect((await raadslid()).perValue).to.deep.equal([4, 3, 6, 3]);
    expect(text($(el, '.tie-rule'))).to.equal(
      'Scores die hooguit één antwoordstap op één uitspraak verschillen, noemen we geen duidelijk verschil: 0,33 punt bij 3 uitspraken, 0,25 bij 4 en 0,17 bij 6 (het kleinste aantal van de twee waarden telt).',
    );
    expect(adviceTitles(el).filter((t) => t.startsWith('Werken aan'))).to.deep.equal(names.map((n) => `Werken aan ${n}`));
    await expect(el).to.be.accessible();
  });

  it('two equal at the top: both named as strongest, each with its strong-point advice', async () => {
    const { names, perValue: [a = 0, b = 0, c = 0, d = 0] } = await raadslid();
    expect([b, d], 'hand-written answers for the second and fourth value').to.deep.equal([3, 3]);
    const { el, detail } = await scanWith([
      fill(a, 5),
      fill(b, 5),
      fill(c, 3),
      fill(d, 2),
    ]);
    expect(detail.strongest).to.equal(null);
    expect(detail.top).to.have.length(2);
    expect(summary(el)).to.contain(
      `Je sterkste waarden: ${names[0]} (5,0) en ${names[1]} (5,0) — geen duidelijk verschil tussen ${names[0]} en ${names[1]}`,
    );
    expect(summary(el)).to.contain(`Meeste ruimte om te groeien: ${names[3]} (2,0) en ${names[2]} (3,0)`);
    expect(adviceTitles(el).filter((t) => t.startsWith('Sterk punt'))).to.deep.equal([
      `Sterk punt: ${names[0]}`,
      `Sterk punt: ${names[1]}`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('within the threshold (one step on one statement apart) is a tie, at the top and among the values to grow on', async () => {
    const { names, perValue: [a = 0, b = 0, c = 0, d = 0] } = await raadslid();
    expect([b, d], 'hand-written answers for the second and fourth value').to.deep.equal([3, 3]);
    const { el, detail } = await scanWith([
      fill(a, 5),
      [5, 5, 4],
      fill(c, 2),
      [3, 2, 2],
    ]);
    expect(detail.top).to.deep.equal([detail.values[0]!.id, detail.values[1]!.id]);
    expect(summary(el)).to.contain(`${names[0]} (5,0) en ${names[1]} (4,7)`);
    expect(detail.growth).to.deep.equal([detail.values[2]!.id, detail.values[3]!.id]);
    expect(text($(el, '.tie-rule'))).to.contain('geen duidelijk verschil');
  });

  it('names a third value to grow on when it is level with the second', async () => {
    const { names, perValue: [a = 0, b = 0, c = 0, d = 0] } = await raadslid();
    expect([b, d], 'hand-written answers for the second and fourth value').to.deep.equal([3, 3]);
    const { el, detail } = await scanWith([
      fill(a, 5),
      fill(b, 3),
      fill(c, 2),
      [3, 3, 2],
    ]);
    expect(detail.growth.map((id) => detail.values.findIndex((v) => v.id === id))).to.deep.equal([2, 3, 1]);
    expect(summary(el)).to.contain(`geen duidelijk verschil tussen ${names[3]} en ${names[1]}`);
    expect(adviceTitles(el).filter((t) => t.startsWith('Werken aan'))).to.have.length(3);
  });

  it('just outside the threshold (two steps apart) names one strongest value and no tie', async () => {
    const { names, perValue: [a = 0, b = 0, c = 0, d = 0] } = await raadslid();
    expect([b, d], 'hand-written answers for the second and fourth value').to.deep.equal([3, 3]);
    const { el, detail } = await scanWith([
      fill(a, 5),
      [5, 4, 4],
      fill(c, 2),
      fill(d, 3),
    ]);
    expect(detail.strongest).to.equal(detail.values[0]!.id);
    expect(summary(el)).to.contain(`Je sterkste waarde: ${names[0]} (5,0)`);
    expect($(el, '.tie-rule')).to.equal(null);
  });
});
