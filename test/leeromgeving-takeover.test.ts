/**
 * Taking over a pre-rendered learning tab (issue 19; the build's
 * scripts/prerender.mjs makes the copy, scripts/check-prerender.mjs checks
 * the built pages): the live tab renders hidden next to the copy and takes
 * its place once its view is ready, keeping focus and scroll.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/leeromgeving/app.js';
import type { VkLeeromgeving } from '../src/leeromgeving/app.js';

/** Every shadow root under `root`, as the build serialises them. */
function shadowRoots(root: Element | ShadowRoot, out: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

async function settled(tab: VkLeeromgeving): Promise<void> {
  await tab.ready;
  await tab.updateComplete;
  for (const root of shadowRoots(tab)) {
    const host = root.host as Element & { ready?: Promise<void> };
    await host.ready;
  }
}

describe('learning tab: taking over a pre-rendered page', () => {
  it('replaces the copy when its view is ready, with focus on the same link and the scroll kept', async () => {
    const stage = await fixture<HTMLDivElement>(html`<div><vk-leeromgeving></vk-leeromgeving><div class="spacer"></div></div>`);
    const spacer = stage.querySelector<HTMLElement>('.spacer')!;
    spacer.style.blockSize = '3000px';
    // The copy, made as the build makes it: serialised with its shadow roots, vk-* renamed so nothing upgrades it.
    const original = stage.querySelector<VkLeeromgeving>('vk-leeromgeving')!;
    await settled(original);
    const markup = original
      .getHTML({ serializableShadowRoots: true, shadowRoots: [original.shadowRoot!, ...shadowRoots(original.shadowRoot!)] })
      .replace(/<(\/?)(vk-[a-z0-9-]+)/g, '<$1$2-prerendered');
    original.remove();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(`<vk-leeromgeving-prerendered>${markup}</vk-leeromgeving-prerendered>`);
    const still = holder.firstElementChild!;
    stage.prepend(still);
    expect(still.shadowRoot, 'declarative shadow root attached').to.exist;

    const links = [...still.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    const link = links[2]!;
    link.focus();
    window.scrollTo(0, 150);
    expect(window.scrollY).to.equal(150);

    const live = document.createElement('vk-leeromgeving');
    live.setAttribute('data-vk-prerendered', '');
    live.hidden = true;
    stage.prepend(live);
    await waitUntil(() => !still.isConnected, 'the copy is replaced', { timeout: 10000 });

    expect(live.hidden).to.equal(false);
    expect(document.activeElement).to.equal(live);
    const focused = live.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused?.textContent.trim()).to.equal(link.textContent.trim());
    expect(focused?.getAttribute('href')).to.equal(link.getAttribute('href'));
    expect(window.scrollY).to.be.closeTo(150, 1); // Firefox scrolls in fractions of a pixel
    window.scrollTo(0, 0);
  });

  it('shows itself at once on a page without a copy', async () => {
    const live = await fixture<VkLeeromgeving>(html`<vk-leeromgeving data-vk-prerendered hidden></vk-leeromgeving>`);
    await waitUntil(() => !live.hidden, 'shown', { timeout: 5000 });
    expect(live.hidden).to.equal(false);
  });
});
