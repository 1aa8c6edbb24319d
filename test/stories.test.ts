/**
 * Every story of every widget, rendered in the browser and checked with axe
 * (the story files are iterated, so a new story is covered by itself).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { settle, storyCases } from './helpers/stories.js';

const cases = await storyCases();

describe('every story', function () {
  // axe over a whole story; over the 10,000-offer story that takes seconds in any engine, longest in WebKit.
  this.timeout(30_000);

  it('finds stories', () => {
    expect(cases.length).to.be.greaterThan(0);
  });

  for (const c of cases) {
    it(`${c.title} › ${c.name}: renders and is accessible (axe)`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      await c.mount(container);
      await settle(container);
      const widgets = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
      expect(widgets.length, 'a vk- element').to.be.greaterThan(0);
      for (const w of widgets) {
        if (w.shadowRoot) expect(w.shadowRoot.textContent.trim(), `${w.localName} rendered text`).to.not.equal('');
      }
      await expect(container).to.be.accessible();
    });
  }
});
