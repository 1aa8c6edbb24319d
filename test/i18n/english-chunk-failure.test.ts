/**
 * An English chunk that cannot be loaded (the server answers 503): a widget
 * asked for English stays Dutch, says so inside itself and fires an `error`
 * event; the page gets no unhandled rejection. A page of its own, so the
 * failing catalogue (defined before any English is asked for) reaches only
 * this file.
 */
import { expect } from '@open-wc/testing';
import '../../src/value-card/define.js';
import { defineMessages } from '../../src/shared/localize.js';
import type { VkErrorDetail } from '../../src/shared/vk-element.js';
import { squash } from '../helpers/dom.js';

// A catalogue whose English chunk the test server refuses (see scripts/test-server-plugin.mjs).
const unavailable: string = '/__test/status/503';
const probe = defineMessages({ word: 'woord' }, () => import(unavailable) as Promise<{ default: { word: string } }>);

const rejections: unknown[] = [];
addEventListener('unhandledrejection', (e) => rejections.push(e.reason));

const text = (el: Element) => squash(el.shadowRoot?.textContent);

describe('English chunk that fails to load', () => {
  it('keeps the widget Dutch, shows a message and fires error, without an unhandled rejection', async () => {
    const errors: VkErrorDetail[] = [];
    const el = document.createElement('vk-value-card');
    el.setAttribute('value', 'lef');
    el.setAttribute('lang', 'en');
    el.addEventListener('error', (e: Event) => errors.push((e as CustomEvent<VkErrorDetail>).detail));
    document.body.append(el);
    try {
      await el.ready;
      await el.updateComplete;
      expect(text(el)).to.contain('Wat het betekent');
      expect(text(el)).not.to.contain('What it means');
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(squash(alert?.textContent)).to.contain('De Engelse teksten konden niet worden geladen');
      expect(errors.map((d) => d.code)).to.deep.equal(['english-unavailable']);
      expect(probe.en.word).to.equal('woord');
      await new Promise((r) => setTimeout(r, 0));
      expect(rejections).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
