/**
 * <vk-role-priority-table offices="…">: offices side by side, the lokale
 * driehoek first. Shared priorities are computed here from prioritiesFor(),
 * never copied from the widget.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { actionsFor, prioritiesFor, type RoleId } from '../src/data/index.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import { $, $$, caption, squash, renderTable, seen, type Table } from './helpers/role-priority-table.js';

const TRIANGLE: RoleId[] = ['burgemeester', 'gemeentesecretaris', 'griffier'];

/** Each value prioritised by any of `offices`, with the offices that do, in order of first appearance. */
async function expectedRows(offices: RoleId[]) {
  const rows = new Map<string, { name: string; offices: RoleId[] }>();
  for (const office of offices)
    for (const v of (await prioritiesFor(office)) ?? []) {
      const row = rows.get(v.id) ?? { name: v.name, offices: [] };
      row.offices.push(office);
      rows.set(v.id, row);
    }
  return [...rows.values()];
}

const rowOf = (el: Table, value: string) =>
  $$(el, 'tbody tr').find((tr) => squash(tr.querySelector('[part="value-link"]')?.textContent) === value)!;

describe('vk-role-priority-table: offices side by side', () => {
  it('shows the lokale driehoek with the shared priorities marked', async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="burgemeester,gemeentesecretaris,griffier"></vk-role-priority-table>`);
    const expected = await expectedRows(TRIANGLE);
    const shared = expected.filter((r) => r.offices.length > 1);
    // the publication: vertrouwen for gemeentesecretaris and griffier, lef for burgemeester and griffier
    expect(shared.map((r) => [r.name, r.offices])).to.deep.equal([
      ['Lef', ['burgemeester', 'griffier']],
      ['Vertrouwen', ['gemeentesecretaris', 'griffier']],
    ]);
    expect(caption(el)).to.contain('De lokale driehoek: prioriteiten van burgemeester, gemeentesecretaris en griffier naast elkaar');
    expect(caption(el)).to.contain('Gedeelde prioriteiten: Lef (burgemeester en griffier); Vertrouwen (gemeentesecretaris en griffier)');
    expect($$(el, 'thead th').map((th) => squash(th.textContent))).to.deep.equal(['Waarde', 'Burgemeester', 'Gemeentesecretaris', 'Griffier']);
    const rows = $$(el, 'tbody tr');
    expect(rows.map((tr) => squash(tr.querySelector('[part="value-link"]')?.textContent))).to.deep.equal(expected.map((r) => r.name));
    for (const row of expected) {
      const tr = rowOf(el, row.name);
      expect(tr.querySelector('[part="shared"]') !== null, row.name).to.equal(row.offices.length > 1);
    }
    expect(squash(rowOf(el, 'Vertrouwen').querySelector('th')?.textContent)).to.contain('gedeeld door gemeentesecretaris en griffier');
    await expect(el).to.be.accessible();
  });

  it("puts each office's own actions in its column, and marks where it has no priority", async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="burgemeester,gemeentesecretaris,griffier"></vk-role-priority-table>`);
    const cells = [...rowOf(el, 'Vertrouwen').querySelectorAll('td')];
    expect(squash(cells[0]!.textContent)).to.contain('geen prioriteit');
    for (const [i, office] of (['gemeentesecretaris', 'griffier'] as const).entries()) {
      const expected = (await actionsFor({ role: office, value: 'vertrouwen', actor: 'ambtsdrager' })).map((a) => a.text);
      expect([...cells[i + 1]!.querySelectorAll('li')].map((li) => squash(li.textContent))).to.deep.equal(expected);
    }
  });

  it('hides and shows the actions with the keyboard, keeping the priority marks', async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="griffier,raadslid"></vk-role-priority-table>`);
    const box = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(false);
    expect($$(el, 'tbody li')).to.have.length(0);
    const bekwaamheid = [...rowOf(el, 'Bekwaamheid').querySelectorAll('td')].map((td) => squash(td.textContent));
    expect(bekwaamheid.every((t) => t.endsWith('Prioriteit'))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$(el, 'tbody li').length).to.equal(8 * 3);
  });

  it('says when offices share no priority', async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="gemeentesecretaris,wethouder"></vk-role-priority-table>`);
    const a = ((await prioritiesFor('gemeentesecretaris')) ?? []).map((v) => v.id);
    const b = ((await prioritiesFor('wethouder')) ?? []).map((v) => v.id);
    expect(a.filter((id) => b.includes(id))).to.deep.equal([]);
    expect(caption(el)).to.contain('Deze ambten hebben geen waarde met prioriteit gemeen.');
    expect(caption(el)).to.contain('Prioriteiten naast elkaar: gemeentesecretaris en wethouder');
  });

  it('shows Statenleden as "not in the text", never as "no priority"', async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="raadslid, Statenleden"></vk-role-priority-table>`);
    const column = $$(el, 'tbody tr').map((tr) => squash(tr.querySelectorAll('td')[1]?.textContent));
    expect(column.every((t) => t === 'niet in de tekst')).to.equal(true);
    expect(seen(el)).to.contain('Statenleden: de publicatie noemt de prioriteiten niet in de tekst.');
    // one office with known priorities: nothing to say about shared ones
    expect(caption(el)).to.equal('Prioriteiten naast elkaar: raadslid en Statenlid');
    await expect(el).to.be.accessible();
  });

  it('counts shared priorities only among offices whose priorities the text names', async () => {
    const el = await renderTable(html`<vk-role-priority-table offices="statenlid,gemeentesecretaris,wethouder"></vk-role-priority-table>`);
    expect(caption(el)).to.contain(
      'De ambten waarvan de publicatie de prioriteiten noemt, hebben geen waarde met prioriteit gemeen.',
    );
  });

  it('reports an unknown office in the list and still compares the others', async () => {
    const el = document.createElement('vk-role-priority-table');
    el.setAttribute('offices', 'griffier,wethouder,minister');
    const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
    document.body.append(el);
    try {
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('unknown-office');
      expect(detail.message).to.contain('"minister"');
      expect(detail.message).to.contain('waterschapsbestuurder');
      expect($$(el, 'thead th').map((th) => squash(th.textContent))).to.deep.equal(['Waarde', 'Griffier', 'Wethouder']);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
