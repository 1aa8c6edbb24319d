/**
 * English catalogues on demand (issue 19): a page that shows only Dutch never
 * downloads English; the first widget that resolves to English loads it, shows
 * Dutch meanwhile and English once it is in. The tests run in this order in
 * one page: Dutch first (nothing English asked yet), then the switches.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/value-card/define.js';
import type { VkValueCard } from '../../src/value-card/value-card.js';
import { getValue } from '../../src/data/index.js';
import { squash } from '../helpers/dom.js';

// A page loads hundreds of modules in the test server: keep every resource entry.
performance.setResourceTimingBufferSize(100_000);

/** The English modules this page has requested so far (resource timing). */
const englishRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\.en\.(ts|js)$/.test(path));

const text = (el: Element) => squash(el.shadowRoot?.textContent);

describe('English catalogues on demand', () => {
  it('a Dutch page shows Dutch and never requests an English module', async () => {
    const lef = await getValue('lef');
    const el = await fixture<VkValueCard>(html`<vk-value-card value="lef" office="griffier" lang="nl"></vk-value-card>`);
    await el.ready;
    expect(text(el)).to.contain('Wat het betekent');
    expect(text(el)).to.contain(lef!.name);
    expect(englishRequests()).to.deep.equal([]);
  });

  it('switching a widget to English at run time loads its English and renders it', async () => {
    const el = await fixture<VkValueCard>(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
    await el.ready;
    expect(text(el)).to.contain('Wat het betekent');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el)).to.contain('What it means');
    expect(text(el)).not.to.contain('Wat het betekent');
    expect(englishRequests()).to.include('/src/value-card/value-card.messages.en.ts');
  });

  it('an ancestor lang="en" set at run time reaches a widget inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><vk-value-card value="lef"></vk-value-card></div>`);
    const el = wrapper.querySelector<VkValueCard>('vk-value-card')!;
    await el.ready;
    expect(text(el)).to.contain('Wat het betekent');
    wrapper.lang = 'en';
    // The locale watcher (a MutationObserver) reports the change in a microtask.
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.contain('What it means');
  });
});
