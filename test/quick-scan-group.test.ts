/**
 * Group mode: a facilitator pastes or drops result codes and sees how many
 * people answered what, never one person's answers, and only from three
 * codes up (for the group and for each value, level and statement).
 * Expected counts are hand-counted from the answers the test gives.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { prioritiesFor, quickScanBank, selectScanItems } from '../src/data/index.js';
import { encodeResult } from '../src/quick-scan/code.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { $, $$, codeContext as context, codeFor, scanFixture, text } from './helpers/quick-scan.js';

async function showSpread(el: VkQuickScan, lines: string[]): Promise<void> {
  const area = $(el, '#qs-codes') as HTMLTextAreaElement;
  area.value = lines.join('\n');
  area.dispatchEvent(new Event('input'));
  ($(el, 'button[type=submit]') as HTMLButtonElement).click();
  await el.updateComplete;
}

/** Cells of the row whose header is `label` in the first spread table. */
function row(el: VkQuickScan, label: string): string[] {
  const tr = $$(el, '.group-result table.table')[0]!.querySelectorAll('tbody tr');
  const found = [...tr].find((r) => text(r.querySelector('th')) === label);
  return found ? [...found.querySelectorAll('td')].map((td) => text(td)) : [];
}

describe('vk-quick-scan: group mode', () => {
  it('introduces itself with the 2018 report’s “leren als collectief”', async () => {
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    const bank = await quickScanBank();
    expect(text($(el, 'blockquote'))).to.equal(bank.groupIntro.text);
    expect(text($(el, '.vk-citation'))).to.contain('Verslag themabijeenkomst');
    await expect(el).to.be.accessible();
  });

  it('shows nothing below three valid codes', async () => {
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    await showSpread(el, [await codeFor('raadslid', () => 5), await codeFor('raadslid', () => 1)]);
    expect(text($(el, '.group-result'))).to.contain(
      'Er zijn minstens drie geldige codes nodig om de spreiding te tonen',
    );
    expect(text($(el, '.group-result'))).to.contain('(nu 2)');
    expect($(el, '.group-result table')).to.equal(null);
    expect($(el, '.group-result figure')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names invalid codes with the reason and skips them; points out a code given twice', async () => {
    const ctx = await context();
    const a = await codeFor('raadslid', () => 4);
    const parts = (await codeFor('raadslid', () => 2)).split('-');
    parts[4] = `3${parts[4]!.slice(1)}`; // one answer changed by hand: the check characters no longer fit
    const typo = parts.join('-');
    const items = selectScanItems(ctx.bank, {
      role: 'raadslid',
      values: (await prioritiesFor('raadslid'))!.map((v) => v.id),
    });
    const otherVersion = encodeResult(
      { role: 'raadslid', bankVersion: 99, values: [], answers: new Map(items.map((i) => [i.id, 3 as const])) },
      { ...ctx, bank: { ...ctx.bank, version: 99 } },
    );
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    await showSpread(el, [
      a,
      'hallo',
      typo,
      await codeFor('raadslid', () => 3),
      otherVersion,
      a,
      await codeFor('wethouder', () => 1),
    ]);
    expect(text($(el, '.group-result .panel'))).to.equal('7 codes gelezen: 4 geldig, 3 overgeslagen.');
    const skipped = $$(el, '.skipped li').map((li) => text(li));
    expect(skipped).to.have.length(3);
    expect(skipped[0]).to.equal('Regel 2 (hallo): dit is geen resultaatcode');
    expect(skipped[1]).to.match(/^Regel 3 \(QS1-.+\): de code is niet compleet of bevat een tikfout$/);
    expect(skipped[2]).to.match(
      new RegExp(
        `^Regel 5 \\(QS1-99-.+\\): gemaakt met versie 99 van de uitspraken; deze scan gebruikt versie ${String(ctx.bank.version)}$`,
      ),
    );
    // The same code twice counts twice (two people can answer alike), with a word to the facilitator.
    expect(text($(el, '.same-codes'))).to.equal(
      'Regel 6 is dezelfde code als regel 1. Hij telt mee: twee deelnemers kunnen hetzelfde antwoorden. Is hij dubbel geplakt, haal hem dan weg.',
    );
    expect(text($(el, '.group-result'))).to.contain('4 deelnemers');
    await expect(el).to.be.accessible();
  });

  it('shows how many answered what per value and level (hand-counted), never one person’s answers', async () => {
    // Three raadsleden: A answers 5 everywhere, B 3 everywhere, C 1 on the values and n.v.t. on the levels.
    const priorities = (await prioritiesFor('raadslid'))!;
    const items = selectScanItems(await quickScanBank(), { role: 'raadslid', values: priorities.map((v) => v.id) });
    const onValue = (id: string) => items.filter((i) => i.kind === 'value' && i.value === id).length;
    const valueCount = items.filter((i) => i.kind === 'value').length;
    const codes = [
      await codeFor('raadslid', () => 5),
      await codeFor('raadslid', () => 3),
      await codeFor('raadslid', (n) => (n < valueCount ? 1 : 'nvt')),
    ];
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    await showSpread(el, codes);
    const headers = [...$$(el, '.group-result table.table')[0]!.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers).to.deep.equal([
      'Onderdeel',
      'Deelnemers',
      '1 Nooit',
      '2 Zelden',
      '3 Soms',
      '4 Vaak',
      '5 Altijd',
      'Niet van toepassing',
      'Gemiddelde (1–5)',
    ]);
    // Per value: k statements (3 to 6 in bank 2) × (one 5, one 3, one 1) → k, 0, k, 0, k, 0; mean of the people (5 + 3 + 1) / 3 = 3.
    for (const v of priorities) {
      const k = String(onValue(v.id));
      expect(row(el, v.name), v.name).to.deep.equal(['3', k, '0', k, '0', k, '0', '3,0']);
    }
    // Per level: A 5 ×3, B 3 ×3, C n.v.t. ×3 → mean of those with a score (5 + 3) / 2 = 4.
    expect(row(el, 'Macro: rollen, taken en inhoud')).to.deep.equal(['3', '0', '0', '3', '0', '3', '3', '4,0']);
    const shadowText = el.shadowRoot!.textContent;
    for (const code of codes) expect(shadowText).to.not.contain(code.slice(0, 20));
    expect(($(el, 'figure.chart') as HTMLElement).getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
  });

  it('hides a value that fewer than three people answered, and counts the levels for everyone', async () => {
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    await showSpread(el, [
      await codeFor('raadslid', () => 4),
      await codeFor('raadslid', () => 4),
      await codeFor('raadslid', () => 2),
      await codeFor('wethouder', () => 5),
    ]);
    const wethouderOnly = (await prioritiesFor('wethouder'))!.find((v) => !v.priorityFor.includes('raadslid'))!;
    expect(row(el, wethouderOnly.name)).to.deep.equal(['minder dan drie deelnemers: niet getoond']);
    expect(row(el, 'Meso: conflictmanagement en samenspel')[0]).to.equal('4');
    expect(text($(el, '.group-result'))).to.contain('4 deelnemers');
  });

  it('counts the values people find most important only when three or more chose them', async () => {
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    await showSpread(el, [
      await codeFor('raadslid', () => 4, ['lef', 'gezag']),
      await codeFor('raadslid', () => 3, ['lef']),
      await codeFor('raadslid', () => 2),
    ]);
    expect(text($(el, '.group-result'))).to.contain('Minder dan drie deelnemers kozen een eigen top vier');
    await showSpread(el, [
      await codeFor('raadslid', () => 4, ['lef', 'gezag']),
      await codeFor('raadslid', () => 3, ['lef']),
      await codeFor('raadslid', () => 2, ['lef', 'vertrouwen']),
    ]);
    expect($$(el, '.top-four li').map((li) => text(li))).to.deep.equal([
      'Lef: 3 keer gekozen',
      'Gezag: 1 keer gekozen',
      'Vertrouwen: 1 keer gekozen',
    ]);
  });

  it('reads codes from dropped files and from the codes attribute', async () => {
    const codes = [
      await codeFor('raadslid', () => 4),
      await codeFor('raadslid', () => 3),
      await codeFor('raadslid', () => 2),
    ];
    const el = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify({ code: codes[0] })], 'a.json', { type: 'application/json' }));
    dt.items.add(new File([`${codes[1]!}\n${codes[2]!}\n`], 'b.txt', { type: 'text/plain' }));
    $(el, '#qs-codes')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const area = $(el, '#qs-codes') as HTMLTextAreaElement;
    await waitUntil(() => area.value.includes(codes[2]!), 'the dropped files are read');
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '.group-result .panel'))).to.equal('3 codes gelezen: 3 geldig, 0 overgeslagen.');

    const preset = await scanFixture(html`<vk-quick-scan mode="group" codes=${codes.join(' ')}></vk-quick-scan>`);
    expect(text($(preset, '.group-result .panel'))).to.equal('3 codes gelezen: 3 geldig, 0 overgeslagen.');
  });

  it('speaks English with lang="en"', async () => {
    const el = await scanFixture(html`<vk-quick-scan mode="group" lang="en"></vk-quick-scan>`);
    await showSpread(el, ['nonsense']);
    expect(text($(el, '.skipped li'))).to.equal('Line 1 (nonsense): this is not a result code');
    expect(text($(el, '.group-result'))).to.contain('At least three valid codes are needed');
    await expect(el).to.be.accessible();
  });
});
