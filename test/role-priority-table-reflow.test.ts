/**
 * Narrow screens (WCAG 1.4.10 reflow at 320 CSS px): every table restacks its
 * rows as blocks inside the widget's own width, without sideways scrolling,
 * and keeps its table roles and header cells so the row/column association
 * survives. Also the print style.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allRoles, prioritiesFor } from '../src/data/index.js';
import { $, $$, renderTable, type Table } from './role-priority-table.helpers.js';
import { emulateMedia } from './helpers/media.js';

const narrow = (attrs: { office?: string; offices?: string }) =>
  html`<div style="width: 320px"><vk-role-priority-table office=${attrs.office ?? ''} offices=${attrs.offices ?? ''}></vk-role-priority-table></div>`;

/** Nothing in the widget sticks out to the right of its 320 px. */
function expectNoSidewaysOverflow(el: Table): void {
  const host = el.getBoundingClientRect();
  expect(host.width).to.equal(320);
  const frame = $(el, '.frame');
  expect(frame.scrollWidth, 'frame scrolls sideways').to.be.at.most(frame.clientWidth);
  for (const node of $$(el, '*')) {
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    expect(r.right, `${node.localName}.${node.className} sticks out`).to.be.at.most(host.right + 0.5);
  }
}

/** Rows are blocks now, yet every row, header and cell still says what it is. */
function expectTableRolesKept(el: Table): void {
  for (const table of $$(el, 'table')) {
    expect(table.getAttribute('role')).to.equal('table');
    for (const tr of table.querySelectorAll('tr')) expect(tr.getAttribute('role')).to.equal('row');
    for (const td of table.querySelectorAll('td')) expect(td.getAttribute('role')).to.equal('cell');
    for (const th of table.querySelectorAll('th'))
      expect(th.getAttribute('role')).to.equal(th.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
    const head = table.querySelector('thead')!;
    // visually hidden, but in the accessibility tree: not display:none, not visibility:hidden
    expect(getComputedStyle(head).display).not.to.equal('none');
    expect(getComputedStyle(head).visibility).to.equal('visible');
    expect(head.getBoundingClientRect().width).to.be.at.most(1);
  }
  const row = $(el, 'tbody tr');
  expect(getComputedStyle(row).display).to.equal('block');
}

describe('vk-role-priority-table: 320 px wide', () => {
  it('restacks the matrix into one block per office, without sideways scrolling', async () => {
    const el = await renderTable(narrow({}));
    expectNoSidewaysOverflow(el);
    expectTableRolesKept(el);
    // each office block shows its own four values as links to their cards
    const [first] = await allRoles();
    const block = $$(el, 'tbody tr')[0]!;
    const visible = [...block.querySelectorAll<HTMLElement>('[part="value-link"]')].filter((b) => b.getBoundingClientRect().width > 0);
    const names = ((await prioritiesFor(first!.id)) ?? []).map((v) => v.name);
    expect(names).to.have.length(4);
    expect(visible.map((b) => b.textContent.trim()).sort()).to.deep.equal(names.sort());
    // the header buttons are out of reach (no focus on something invisible); the cells have them
    $<HTMLButtonElement>(el, '[part~="copy-button"]').focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('part')).to.equal('value-link');
    expect(focused.closest('tbody')).to.exist;
    expect(focused.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('restacks one office, with the labels shown in each block', async () => {
    const el = await renderTable(narrow({ office: 'raadslid' }));
    expectNoSidewaysOverflow(el);
    expectTableRolesKept(el);
    const label = $(el, 'tbody .stack-label');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(label.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('restacks the lokale driehoek', async () => {
    const el = await renderTable(narrow({ offices: 'burgemeester,gemeentesecretaris,griffier' }));
    expectNoSidewaysOverflow(el);
    expectTableRolesKept(el);
    await expect(el).to.be.accessible();
  });

  it("restacks the national government's actions and the Statenleden note", async () => {
    for (const office of ['rijksoverheid', 'statenlid']) {
      const el = await renderTable(narrow({ office }));
      expectNoSidewaysOverflow(el);
      await expect(el).to.be.accessible();
    }
  });

  it('keeps the full matrix on a wide screen', async () => {
    const el = await renderTable(html`<div style="width: 1100px"><vk-role-priority-table></vk-role-priority-table></div>`);
    expect(getComputedStyle($(el, 'tbody tr')).display).to.equal('table-row');
    expect($(el, 'thead').getBoundingClientRect().width).to.be.greaterThan(300);
    const frame = $(el, '.frame');
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
  });
});

describe('vk-role-priority-table: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the table without the controls', async function () {
    const el = await renderTable(html`<div style="width: 1100px"><vk-role-priority-table></vk-role-priority-table></div>`);
    // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
    if (!(await emulateMedia({ media: 'print' }))) this.skip();
    expect(getComputedStyle($(el, '[part="toolbar"]')).display).to.equal('none');
    expect(getComputedStyle($(el, 'table')).display).not.to.equal('none');
  });
});
