/**
 * The finder's generic way back (`return-url`, `return-label`): a page that
 * sends people to the finder (a scan's result) gets them back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/training-finder/define.js';
import type { VkTrainingFinder } from '../src/training-finder/training-finder.js';
import { textOf } from './helpers/dom.js';

async function finder(template: ReturnType<typeof html>): Promise<VkTrainingFinder> {
  const el = await fixture<VkTrainingFinder>(template);
  await el.ready;
  await el.updateComplete;
  return el;
}

describe('vk-training-finder: return-url', () => {
  it('shows a link back above the finder, with the host’s label', async () => {
    const el = await finder(
      html`<vk-training-finder url-state="off" return-url="#/scan" return-label="Terug naar je resultaat"></vk-training-finder>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="return-link"]')!;
    expect(textOf(link)).to.equal('← Terug naar je resultaat');
    expect(link.href).to.equal(new URL('#/scan', document.baseURI).href);
    await expect(el).to.be.accessible();
  });

  it('says "Terug" without a label, and shows no link for a URL that is not http(s) or none at all', async () => {
    const plain = await finder(html`<vk-training-finder url-state="off" return-url="/scan.html"></vk-training-finder>`);
    expect(textOf(plain.shadowRoot!.querySelector('[part="return-link"]'))).to.equal('← Terug');
    const bad = await finder(html`<vk-training-finder url-state="off" return-url="javascript:alert(1)"></vk-training-finder>`);
    expect(bad.shadowRoot!.querySelector('[part="return-link"]')).to.equal(null);
    const none = await finder(html`<vk-training-finder url-state="off"></vk-training-finder>`);
    expect(none.shadowRoot!.querySelector('[part="return-link"]')).to.equal(null);
  });
});
