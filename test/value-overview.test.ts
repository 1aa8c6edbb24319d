/**
 * <vk-value-overview>: the lost overview map of the 39 values, rebuilt.
 * Expected values come from the data API (data/*.json), never from the
 * element's own output.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/value-overview/define.js';
import type { VkValueOverview } from '../src/value-overview/value-overview.js';
import type { VkValueCard } from '../src/value-card/value-card.js';
import { getValue, prioritiesFor, valuesByCluster } from '../src/data/index.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import type { VkValueSelectDetail } from '../src/shared/events.js';
import { emulateMedia } from './helpers/media.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** An element as a person would name it (tag, part, text): readable when an assertion fails. */
const describe$ = (node: Element | null | undefined) =>
  node ? `<${node.localName} part="${node.getAttribute('part') ?? ''}">${squash(node.textContent)}` : 'nothing';
/** What has focus inside the widget. */
const focused = (el: Element) => describe$(el.shadowRoot!.activeElement);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The text a sighted reader sees (without visually hidden additions). */
function shown(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.vk-visually-hidden, [hidden]').forEach((n) => {
    n.remove();
  });
  return squash(copy.textContent);
}

const valueButton = (el: Element, id: string) => $(el, `button[data-value="${id}"]`) as HTMLButtonElement;
const valueName = (button: Element) => squash(button.querySelector('.value-name')?.textContent);
const clusterHeadings = (el: Element) => $$(el, '[part~="cluster-heading"]').map((h) => squash(h.textContent));
const groupHeadings = (el: Element) => $$(el, '[part~="group-heading"]').map((h) => squash(h.textContent));

async function overview(template: ReturnType<typeof html>): Promise<VkValueOverview> {
  const el = await fixture<VkValueOverview>(template);
  await el.ready;
  await el.updateComplete;
  return el;
}

describe('vk-value-overview', () => {
  describe('the map', () => {
    it('shows the nine clusters in their three groups with their values, in the publication\u2019s order', async () => {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      const groups = (await valuesByCluster()).filter((g) => g.cluster);
      expect(clusterHeadings(el)).to.deep.equal(groups.map((g) => g.cluster!.name));
      expect(groupHeadings(el).slice(0, 3)).to.deep.equal(['Ideële waarden', 'Sociale waarden', 'Praktische waarden']);
      for (const g of groups) {
        const cluster = $(el, `[part~="cluster"][data-cluster="${g.cluster!.id}"]`)!;
        expect([...cluster.querySelectorAll('[part~="value"]')].map(valueName)).to.deep.equal(g.values.map((v) => v.name));
      }
      expect(squash($(el, '[part~="count"]')?.textContent)).to.equal('39 waarden getoond');
      await expect(el).to.be.accessible();
    });

    it('puts weerbaarheid in its own labelled group after the nine clusters, in no cluster', async () => {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      const unplaced = (await valuesByCluster()).find((g) => g.cluster === null)!;
      expect(unplaced.values.map((v) => v.id)).to.deep.equal(['weerbaarheid']);
      const groups = $$(el, '[part~="group"]');
      const last = groups[groups.length - 1]!;
      expect(squash(last.querySelector('[part~="group-heading"]')?.textContent)).to.equal('Cluster niet vermeld in de publicatie');
      expect([...last.querySelectorAll('[part~="value"]')].map(valueName)).to.deep.equal(['Weerbaarheid']);
      expect(valueButton(el, 'weerbaarheid').closest('[data-cluster]')).to.equal(null);
    });

    it('reflows at 320 px without sideways scrolling', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 320px"><vk-value-overview office="griffier"></vk-value-overview></div>`);
      const el = wrapper.querySelector('vk-value-overview')!;
      await el.ready;
      const right = wrapper.getBoundingClientRect().right + 0.5;
      for (const node of el.shadowRoot!.querySelectorAll('*:not(dialog, dialog *)'))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
    });
  });

  describe('filter', () => {
    it('shows one group from the select, and announces how many values are shown', async () => {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      const select = ($(el, 'select') as HTMLSelectElement);
      select.value = 'sociaal';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const social = (await valuesByCluster()).filter((g) => g.cluster?.group === 'sociaal');
      expect(clusterHeadings(el)).to.deep.equal(social.map((g) => g.cluster!.name));
      const count = social.reduce((n, g) => n + g.values.length, 0);
      const status = $(el, '[part~="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(squash(status.textContent)).to.equal(`${count} van 39 waarden getoond`);
      expect(el.getAttribute('filter')).to.equal('sociaal');
      await expect(el).to.be.accessible();
    });

    it('shows one cluster from the attribute, by id or by name', async () => {
      const el = await overview(html`<vk-value-overview filter="Continuïteit"></vk-value-overview>`);
      expect(clusterHeadings(el)).to.deep.equal(['Continuïteit']);
      expect(($(el, 'select') as HTMLSelectElement).value).to.equal('continuiteit');
      el.filter = 'onbekend';
      await el.updateComplete;
      expect(clusterHeadings(el)).to.deep.equal([]);
      expect(groupHeadings(el)).to.deep.equal(['Cluster niet vermeld in de publicatie']);
    });

    it('reports an unknown filter and shows everything', async () => {
      const el = document.createElement('vk-value-overview');
      el.filter = 'vriendschap';
      const error = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      document.body.append(el);
      try {
        expect((await error).detail.code).to.equal('unknown-filter');
        await el.updateComplete;
        expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('Onbekend filter "vriendschap"');
        expect(clusterHeadings(el)).to.have.length(9);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('an office', () => {
    it("marks the griffier's four priorities and shows how many offices prioritise each value", async () => {
      const el = await overview(html`<vk-value-overview office="griffier"></vk-value-overview>`);
      const four = (await prioritiesFor('griffier'))!.map((v) => v.id);
      const marked = $$(el, '[part~="value-priority"]').map((b) => b.dataset['value']);
      expect(marked).to.have.members(four);
      expect(marked).to.have.length(4);
      const bekwaamheid = (await getValue('bekwaamheid'))!;
      expect(bekwaamheid.priorityFor).to.have.length(4);
      expect(shown(valueButton(el, 'bekwaamheid'))).to.equal('Bekwaamheid ★ prioriteit van griffiers 4 ambten');
      expect(squash(valueButton(el, 'bekwaamheid').textContent)).to.contain('prioriteit voor 4 ambten');
      const autonomie = (await getValue('autonomie'))!;
      expect(shown(valueButton(el, 'autonomie'))).to.equal(`Autonomie ${autonomie.priorityFor.length} ambt`);
      expect(shown(valueButton(el, 'eerlijkheid'))).to.equal('Eerlijkheid');
      await expect(el).to.be.accessible();
    });

    it('says that the publication does not name the priorities of Statenleden, and marks none', async () => {
      const el = await overview(html`<vk-value-overview office="statenlid"></vk-value-overview>`);
      expect(await prioritiesFor('statenlid')).to.equal(null);
      expect(squash($(el, '[part~="legend"]')?.textContent)).to.contain('noemt de vier prioriteiten van Statenleden niet');
      expect($$(el, '[part~="value-priority"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('reports an unknown office', async () => {
      const el = document.createElement('vk-value-overview');
      el.setAttribute('office', 'schepen');
      const error = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      document.body.append(el);
      try {
        expect((await error).detail.code).to.equal('unknown-role');
        await el.updateComplete;
        expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('Onbekend ambt "schepen"');
      } finally {
        el.remove();
      }
    });
  });

  describe('opening a card', () => {
    it('opens the card with the keyboard, closes with Escape and returns focus to the value', async () => {
      const el = await overview(html`<vk-value-overview office="griffier"></vk-value-overview>`);
      const button = valueButton(el, 'dienstbaarheid');
      button.focus();
      const event = oneEvent<CustomEvent<VkValueSelectDetail>>(el, 'vk-value-select');
      await sendKeys({ press: 'Enter' });
      const e = await event;
      expect(e.detail).to.deep.equal({ id: 'dienstbaarheid' });
      expect(e.cancelable).to.equal(true);
      await el.updateComplete;
      const dialog = ($(el, 'dialog') as HTMLDialogElement);
      expect(dialog.open).to.equal(true);
      const card = dialog.querySelector<VkValueCard>('vk-value-card')!;
      await card.updateComplete;
      expect(card.value).to.equal('dienstbaarheid');
      expect(card.office).to.equal('griffier');
      expect(squash(card.shadowRoot!.querySelector('[part~="heading"]')?.textContent)).to.equal('Dienstbaarheid');
      expect(dialog.getAttribute('aria-label')).to.equal('Waardekaart Dienstbaarheid');
      expect(focused(el)).to.equal(describe$($(el, '[part~="close"]')));
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.equal(describe$(button));
    });

    it('closes with its close button and returns to the value it came from, also after moving on inside the card', async () => {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      const button = valueButton(el, 'authenticiteit');
      button.click();
      await el.updateComplete;
      const dialog = ($(el, 'dialog') as HTMLDialogElement);
      const card = dialog.querySelector<VkValueCard>('vk-value-card')!;
      await card.updateComplete;
      // Follow the clash to eerbied inside the card.
      const clash = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="value-link"]')].find(
        (b) => squash(b.textContent) === 'Eerbied',
      )!;
      clash.click();
      await card.updateComplete;
      await el.updateComplete;
      expect(squash(card.shadowRoot!.querySelector('[part~="heading"]')?.textContent)).to.equal('Eerbied');
      expect(dialog.getAttribute('aria-label')).to.equal('Waardekaart Eerbied');

      $(el, '[part~="close"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.equal(describe$(button));
    });

    it('leaves the card to the host page when it cancels vk-value-select', async () => {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      el.addEventListener(
        'vk-value-select',
        (e) => {
          e.preventDefault();
        },
        { once: true },
      );
      valueButton(el, 'lef').click();
      await el.updateComplete;
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect($(el, 'vk-value-card')).to.equal(null);
    });
  });

  describe('language and print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('speaks English and keeps the value names Dutch', async () => {
      const el = await overview(html`<vk-value-overview lang="en" office="raadslid"></vk-value-overview>`);
      expect(groupHeadings(el).slice(0, 3)).to.deep.equal(['Ideal values', 'Social values', 'Practical values']);
      expect(clusterHeadings(el)[0]).to.equal('Freedom');
      expect(groupHeadings(el)[3]).to.equal('Cluster not stated in the publication');
      expect(valueButton(el, 'lef').querySelector('.value-name')?.getAttribute('lang')).to.equal('nl');
      expect(shown(valueButton(el, 'weerbaarheid'))).to.equal('Weerbaarheid ★ priority of council members 1 office');
      await expect(el).to.be.accessible();
    });

    it('prints the map without the filter', async function () {
      const el = await overview(html`<vk-value-overview></vk-value-overview>`);
      // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
      if (!(await emulateMedia({ media: 'print' }))) this.skip();
      expect(getComputedStyle($(el, '[part~="toolbar"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="cluster"]')!).display).not.to.equal('none');
    });
  });
});
