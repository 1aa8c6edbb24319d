/**
 * "Copy as text": the current table as plain text on the clipboard, for a
 * council document; a readonly text box to copy by hand when the clipboard
 * is unavailable. The clipboard is replaced by a stub per test.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { actionsFor, corpusProviders, getCluster, governmentActions, prioritiesFor } from '../src/data/index.js';
import { $, $$, announced, renderTable, type Table } from './helpers/role-priority-table.js';

/** Replaces navigator.clipboard for one test; `undefined` removes it (an http page, an old browser). */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

async function copyWithKeyboard(el: Table): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="copy-button"]').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('vk-role-priority-table: copy as text', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
  });

  it("puts the office's table on the clipboard as plain text and says so", async () => {
    const copied: string[] = [];
    restore = stubClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    const el = await renderTable(html`<vk-role-priority-table office="wethouder"></vk-role-priority-table>`);
    await copyWithKeyboard(el);
    expect(copied).to.have.length(1);
    const lines = copied[0]!.split('\n');
    expect(lines[0]).to.equal('Wethouders: vier waarden met prioriteit en wat je kunt doen');
    for (const [i, v] of ((await prioritiesFor('wethouder')) ?? []).entries()) {
      const cluster = (await getCluster(v.cluster!))!.name;
      const at = lines.indexOf(`${String(i + 1)}. ${v.name} (${cluster})`);
      expect(at, v.name).to.be.greaterThan(0);
      const actions = (await actionsFor({ role: 'wethouder', value: v.id, actor: 'ambtsdrager' })).map((a) => `  - ${a.text}`);
      expect(lines.slice(at + 1, at + 4)).to.deep.equal(actions);
    }
    const association = (await actionsFor({ role: 'wethouder', actor: 'vereniging' })).map((a) => `  - ${a.text}`);
    const name = (await corpusProviders()).find((p) => p.id === 'wethoudersvereniging')!.name;
    expect(lines).to.include(`Beroepsvereniging: ${name}`);
    for (const a of association) expect(lines).to.include(a);
    expect(lines.at(-1)).to.match(/^Bron: Toekomstbestendig decentraal bestuur \(2024\), Prioriteiten en handelingsperspectieven › Wethouders/);
    expect(announced(el)).to.equal('De tabel staat als tekst op het klembord.');
    expect($$(el, '[part="copy-fallback"]')).to.have.length(0);
    // a second copy is announced again
    await copyWithKeyboard(el);
    expect(announced(el)).to.contain('De tabel staat als tekst op het klembord.');
  });

  it('copies the matrix as shown: filtered to one cluster', async () => {
    const copied: string[] = [];
    restore = stubClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    const el = await renderTable(html`<div style="width: 1100px"><vk-role-priority-table></vk-role-priority-table></div>`);
    const [, , clusterSelect] = $$<HTMLSelectElement>(el, 'select');
    clusterSelect!.focus();
    await sendKeys({ press: 'h' }); // Hiërarchie
    await el.updateComplete;
    await copyWithKeyboard(el);
    const text = copied[0]!;
    expect(text).to.contain('Burgemeester: Gezag (Hiërarchie)');
    expect(text).to.contain('Gemeentesecretaris: Vertrouwen (Hiërarchie)');
    expect(text).to.contain('Wethouder: geen');
    expect(text).to.contain('Statenlid: De publicatie noemt de prioriteiten van Statenleden niet in de tekst.');
    expect(text).to.contain('  - Vertrouwen (Hiërarchie): 3 (gemeentesecretaris, griffier en waterschapsbestuurder)');
    expect(text).not.to.contain('Lef');
  });

  it('offers the text to copy by hand when the clipboard refuses, and returns focus on Escape', async () => {
    let expected = '';
    restore = stubClipboard((text) => {
      expected = text;
      return Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const el = await renderTable(html`<vk-role-priority-table office="rijksoverheid"></vk-role-priority-table>`);
    await copyWithKeyboard(el);
    const area = $<HTMLTextAreaElement>(el, '[part="copy-fallback"] textarea');
    expect(area.readOnly).to.equal(true);
    expect(area.value).to.equal(expected);
    for (const g of await governmentActions()) expect(area.value).to.contain(g.heading);
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    expect($(el, '[part="copy-fallback"]').textContent).to.contain('Automatisch kopiëren lukte niet');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($$(el, '[part="copy-fallback"]')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="copy-button"]'));
  });

  it('offers the text to copy by hand when there is no clipboard at all', async () => {
    restore = stubClipboard(undefined);
    const el = await renderTable(html`<vk-role-priority-table offices="burgemeester,griffier"></vk-role-priority-table>`);
    await copyWithKeyboard(el);
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    expect(area.value).to.contain('Gedeelde prioriteiten: Lef (burgemeester en griffier)');
    expect(el.shadowRoot!.activeElement).to.equal(area);
  });
});
