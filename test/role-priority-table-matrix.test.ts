/**
 * <vk-role-priority-table> without an office: the overview matrix. Offices
 * as rows, every prioritised value as columns grouped by cluster, per value
 * the number of offices; ordering and filtering by keyboard; copy as text.
 * Expectations are computed from roles.json and values.json through the
 * data API.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allClusters, allRoles, allValues, getValue, rolesPrioritising, type Role, type Value } from '../src/data/index.js';
import { $, $$, announced, squash, renderTable, seen, type Table } from './helpers/role-priority-table.js';

const wide = html`<div style="width: 1100px"><vk-role-priority-table></vk-role-priority-table></div>`;

/** The 17 prioritised values, grouped by cluster in the publication's order; the unstated cluster last. */
async function expectedColumns(): Promise<Value[]> {
  const roles = await allRoles();
  const ids = [...new Set(roles.flatMap((r) => r.priorities ?? []))];
  const values = (await Promise.all(ids.map((id) => getValue(id)))).map((v) => v!);
  const order = new Map((await allClusters()).map((c) => [c.id, c.order]));
  const rank = (v: Value) => (v.cluster ? order.get(v.cluster)! : 99);
  // within a cluster, in the order of values.json (the publication's order)
  const all = await allValues();
  const at = (v: Value) => all.findIndex((x) => x.id === v.id);
  return values.sort((a, b) => rank(a) - rank(b) || at(a) - at(b));
}

const columnNames = (el: Table) => $$(el, 'thead .value-row th.value-head').map((th) => squash(th.querySelector('.stack-only')?.textContent));
const rowNames = (el: Table) => $$(el, 'tbody tr').map((tr) => squash(tr.querySelector('th')?.textContent));
const counts = (el: Table) => $$(el, 'tfoot td .count-n').map((n) => Number(n.textContent));

async function choose(select: HTMLSelectElement, keys: string[]): Promise<void> {
  select.focus();
  for (const key of keys) await sendKeys({ press: key });
}

describe('vk-role-priority-table: overview matrix', () => {
  it('has the eight offices as rows and the 17 prioritised values as columns, grouped by cluster', async () => {
    const el = await renderTable(wide);
    const roles = await allRoles();
    const columns = await expectedColumns();
    expect(columns).to.have.length(17);
    expect(rowNames(el)).to.deep.equal(roles.map((r) => r.name));
    expect(columnNames(el)).to.deep.equal(columns.map((v) => v.name));
    // the column-group header row: one header per cluster, spanning its values
    const clusters = await allClusters();
    const groups = $$<HTMLTableCellElement>(el, 'thead .cluster-row th[scope="colgroup"]').map((th) => ({
      name: squash(th.textContent),
      span: th.colSpan,
    }));
    const expected: { name: string; span: number }[] = [];
    for (const v of columns) {
      const name = v.cluster ? clusters.find((c) => c.id === v.cluster)!.name : 'Cluster niet vermeld';
      const last = expected.at(-1);
      if (last?.name === name) last.span++;
      else expected.push({ name, span: 1 });
    }
    expect(groups).to.deep.equal(expected);
    expect(groups.at(-1)).to.deep.equal({ name: 'Cluster niet vermeld', span: 1 });
    expect(squash($(el, 'caption').textContent)).to.equal('Waarden met prioriteit per ambt');
    await expect(el).to.be.accessible();
  });

  it('marks exactly the values each office prioritises', async () => {
    const el = await renderTable(wide);
    const roles = await allRoles();
    const columns = await expectedColumns();
    for (const [i, tr] of $$(el, 'tbody tr').entries()) {
      const role = roles[i]!;
      if (!role.priorities) continue;
      const cells = [...tr.querySelectorAll('td')].map((td) => squash(td.querySelector('.vk-visually-hidden')?.textContent));
      expect(cells, role.id).to.deep.equal(columns.map((v) => (role.priorities!.includes(v.id) ? 'prioriteit' : 'geen prioriteit')));
    }
  });

  it('says in the Statenleden row that the text does not name their priorities', async () => {
    const el = await renderTable(wide);
    const row = $$(el, 'tbody tr').find((tr) => squash(tr.querySelector('th')?.textContent) === 'Statenlid')!;
    const cells = [...row.querySelectorAll('td')];
    expect(cells).to.have.length(1);
    expect(cells[0]!.colSpan).to.equal(17);
    expect(squash(cells[0]!.textContent)).to.equal('De publicatie noemt de prioriteiten van Statenleden niet in de tekst.');
  });

  it('counts per value the offices that prioritise it', async () => {
    const el = await renderTable(wide);
    const columns = await expectedColumns();
    const expected = await Promise.all(columns.map(async (v) => (await rolesPrioritising(v.id)).length));
    expect(counts(el)).to.deep.equal(expected);
    // the publication: bekwaamheid for four offices, lef and vertrouwen for three
    const byName = Object.fromEntries(columns.map((v, i) => [v.id, expected[i]]));
    expect([byName['bekwaamheid'], byName['lef'], byName['vertrouwen']]).to.deep.equal([4, 3, 3]);
    expect(seen(el)).to.contain('van de 7 ambten waarvan de publicatie de prioriteiten noemt (zonder Statenleden)');
  });

  it('ties every cell to its office, cluster and value headers', async () => {
    const el = await renderTable(wide);
    const root = el.shadowRoot!;
    const cell = $$(el, 'tbody td.marked')[0]!;
    const names = cell
      .getAttribute('headers')!
      .split(' ')
      .map((id) => squash(root.getElementById(id)?.querySelector('.stack-only, .sideways')?.textContent ?? root.getElementById(id)?.textContent));
    const tr = cell.closest('tr')!;
    expect(names[0]).to.equal(squash(tr.querySelector('th')?.textContent));
    expect(names).to.have.length(3);
    for (const td of $$(el, 'td[headers]'))
      for (const id of td.getAttribute('headers')!.split(' ')) expect(root.getElementById(id), id).to.exist;
    expect($(el, 'table').getAttribute('role')).to.equal('table');
  });

  it('orders the values by number of offices with the keyboard, announced and marked with aria-sort', async () => {
    const el = await renderTable(wide);
    const [, valueSelect] = $$<HTMLSelectElement>(el, 'select');
    await choose(valueSelect!, ['ArrowDown']);
    await el.updateComplete;
    const columns = await expectedColumns();
    const n = await Promise.all(columns.map(async (v) => (await rolesPrioritising(v.id)).length));
    const expected = columns.map((v, i) => ({ name: v.name, n: n[i]!, i })).sort((a, b) => b.n - a.n || a.i - b.i);
    expect(columnNames(el)).to.deep.equal(expected.map((x) => x.name));
    expect(counts(el)).to.deep.equal(expected.map((x) => x.n));
    expect(columnNames(el)[0]).to.equal('Bekwaamheid');
    expect($(el, '#h-count').getAttribute('aria-sort')).to.equal('descending');
    expect($(el, '#h-office').hasAttribute('aria-sort')).to.equal(false);
    expect(announced(el)).to.equal('Waarden gesorteerd op aantal ambten, meeste eerst.');
    expect(el.shadowRoot!.activeElement).to.equal(valueSelect);
    // back to the publication's order
    await choose(valueSelect!, ['ArrowUp']);
    await el.updateComplete;
    expect(columnNames(el)).to.deep.equal(columns.map((v) => v.name));
    expect($(el, '#h-count').hasAttribute('aria-sort')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('orders the offices by name, Z to A, with the keyboard', async () => {
    const el = await renderTable(wide);
    const [officeSelect] = $$<HTMLSelectElement>(el, 'select');
    await choose(officeSelect!, ['ArrowDown', 'ArrowDown']);
    await el.updateComplete;
    const names = (await allRoles()).map((r: Role) => r.name).sort((a, b) => b.localeCompare(a, 'nl'));
    expect(rowNames(el)).to.deep.equal(names);
    expect($(el, '#h-office').getAttribute('aria-sort')).to.equal('descending');
    expect(announced(el)).to.equal('Ambten gesorteerd op naam, van Z tot A.');
  });

  it('sorts office names in the interface language', async () => {
    const el = await renderTable(html`<div style="width: 1100px" lang="en"><vk-role-priority-table></vk-role-priority-table></div>`);
    const [officeSelect] = $$<HTMLSelectElement>(el, 'select');
    await choose(officeSelect!, ['ArrowDown']);
    await el.updateComplete;
    const names = rowNames(el);
    expect(names[0]).to.equal('Alderman');
    expect([...names].sort((a, b) => a.localeCompare(b, 'en'))).to.deep.equal(names);
    expect(announced(el)).to.equal('Offices sorted by name, A to Z.');
  });

  it('filters the columns to one cluster with the keyboard, and announces how many values are shown', async () => {
    const el = await renderTable(wide);
    const [, , clusterSelect] = $$<HTMLSelectElement>(el, 'select');
    await choose(clusterSelect!, ['h']); // type-ahead: "Hiërarchie (2)"
    await el.updateComplete;
    const expected = (await expectedColumns()).filter((v) => v.cluster === 'hierarchie').map((v) => v.name);
    expect(expected).to.deep.equal(['Gezag', 'Vertrouwen']);
    expect(columnNames(el)).to.deep.equal(expected);
    expect(announced(el)).to.equal('Cluster Hiërarchie: 2 waarden getoond.');
    const staten = $$(el, 'tbody tr').find((tr) => squash(tr.querySelector('th')?.textContent) === 'Statenlid')!;
    expect(staten.querySelector('td')!.colSpan).to.equal(2);
    expect(counts(el)).to.deep.equal(
      await Promise.all(['gezag', 'vertrouwen'].map(async (id) => (await rolesPrioritising(id as 'gezag')).length)),
    );
    await expect(el).to.be.accessible();
  });

  it('can show only the value whose cluster the text does not state', async () => {
    const el = await renderTable(wide);
    const [, , clusterSelect] = $$<HTMLSelectElement>(el, 'select');
    await choose(clusterSelect!, ['End']);
    await el.updateComplete;
    expect(columnNames(el)).to.deep.equal(['Weerbaarheid']);
    expect(announced(el)).to.equal('Cluster niet vermeld: 1 waarde getoond.');
  });
});
