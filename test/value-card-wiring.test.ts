/**
 * Cross-widget wiring with no host code: a value chosen in another widget
 * opens in the vk-value-card on the page; the host can still cancel.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/value-card/define.js';
import '../src/role-priority-table/define.js';
import type { VkValueCard } from '../src/value-card/value-card.js';
import type { VkRolePriorityTable } from '../src/role-priority-table/role-priority-table.js';
import { getValue } from '../src/data/index.js';
import { squash } from './helpers/dom.js';

const heading = (card: VkValueCard) => squash(card.shadowRoot!.querySelector('[part~="heading"]')?.textContent);

async function page(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(template);
  const table = root.querySelector<VkRolePriorityTable>('vk-role-priority-table')!;
  const cards = [...root.querySelectorAll<VkValueCard>('vk-value-card')];
  await table.ready;
  await Promise.all(cards.map((c) => c.updateComplete));
  return { root, table, cards };
}

/** Activates the table's button for a value with the keyboard. */
async function chooseInTable(table: VkRolePriorityTable, valueId: string) {
  const button = table.shadowRoot!.querySelector<HTMLElement>(`[part="value-link"][data-value="${valueId}"]`);
  expect(button, `value button ${valueId}`).to.exist;
  button!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('vk-value-select opens the value card on the page', () => {
  it('a value chosen in the priority table opens in the card, which takes focus', async () => {
    const { table, cards } = await page(html`<div>
      <vk-role-priority-table office="griffier"></vk-role-priority-table>
      <vk-value-card value="lef"></vk-value-card>
    </div>`);
    const [card] = cards as [VkValueCard];
    expect(heading(card)).to.equal((await getValue('lef'))!.name);
    let seen: CustomEvent | undefined;
    const spy = (e: Event) => (seen = e as CustomEvent);
    window.addEventListener('vk-value-select', spy);
    try {
      await chooseInTable(table, 'vertrouwen');
      await card.updateComplete;
    } finally {
      window.removeEventListener('vk-value-select', spy);
    }
    expect(heading(card)).to.equal((await getValue('vertrouwen'))!.name);
    expect(seen?.defaultPrevented, 'the wiring took the default action').to.equal(true);
    expect(document.activeElement).to.equal(card);
    expect(squash(card.shadowRoot!.activeElement?.textContent)).to.equal('Vertrouwen');
  });

  it('leaves the choice to the host when it cancels the event', async () => {
    const { table, cards } = await page(html`<div>
      <vk-role-priority-table office="griffier"></vk-role-priority-table>
      <vk-value-card value="lef"></vk-value-card>
    </div>`);
    table.addEventListener('vk-value-select', (e) => { e.preventDefault(); });
    await chooseInTable(table, 'vertrouwen');
    await cards[0]!.updateComplete;
    expect(heading(cards[0]!)).to.equal('Lef');
  });

  it('prefers a visible full card over a compact one and skips hidden cards', async () => {
    const { table, cards } = await page(html`<div>
      <section hidden><vk-value-card value="lef"></vk-value-card></section>
      <aside><vk-value-card value="lef" variant="compact"></vk-value-card></aside>
      <vk-role-priority-table office="griffier"></vk-role-priority-table>
      <vk-value-card value="lef"></vk-value-card>
    </div>`);
    const [hidden, compact, full] = cards as [VkValueCard, VkValueCard, VkValueCard];
    await chooseInTable(table, 'dienstbaarheid');
    await full.updateComplete;
    expect(heading(full)).to.equal('Dienstbaarheid');
    expect(heading(compact)).to.equal('Lef');
    expect(hidden.value).to.equal('lef');
  });

  it('uses the compact card when it is the only one', async () => {
    const { table, cards } = await page(html`<div>
      <vk-role-priority-table office="griffier"></vk-role-priority-table>
      <vk-value-card value="lef" variant="compact"></vk-value-card>
    </div>`);
    await chooseInTable(table, 'bekwaamheid');
    await cards[0]!.updateComplete;
    expect(heading(cards[0]!)).to.equal('Bekwaamheid');
  });

  it('lets a card handle a value chosen inside it; other cards stay as they are', async () => {
    const { cards } = await page(html`<div>
      <vk-role-priority-table office="griffier"></vk-role-priority-table>
      <vk-value-card value="lef"></vk-value-card>
      <vk-value-card value="vertrouwen"></vk-value-card>
    </div>`);
    const [first, second] = cards as [VkValueCard, VkValueCard];
    const related = second.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value], button.value-link, [part~="related-value"]');
    expect(related, 'a related value in the second card').to.exist;
    related!.click();
    await second.updateComplete;
    expect(heading(second)).to.not.equal('Vertrouwen');
    expect(heading(first)).to.equal('Lef');
  });

  it('does nothing without a card: the widget keeps its own default action', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = new CustomEvent('vk-value-select', { detail: { id: 'lef' }, bubbles: true, composed: true, cancelable: true });
    el.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });
});
