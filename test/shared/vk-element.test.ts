import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { VkElement, type VkErrorDetail } from '../../src/shared/vk-element.js';
import '../fixtures/vk-test-element.js';
import '../../src/provider/define.js';
import type { VkProvider } from '../../src/provider/provider.js';
import type { VkTestElement } from '../fixtures/vk-test-element.js';
import { textOf } from '../helpers/dom.js';

class VkTestThrows extends VkElement {
  explode = false;
  protected override render() {
    if (this.explode) throw new Error('boom');
    return litHtml`<p>fine</p>`;
  }
}
customElements.define('vk-test-throws', VkTestThrows);

/** Reads its `office` as a string before rendering, as the widgets do (a script may set anything). */
class VkTestStrictInput extends VkElement {
  static override properties = { office: {}, level: { type: Number }, explode: { type: Boolean } };
  office: unknown = 'raadslid';
  level: unknown = 2;
  explode = false;
  protected override willUpdate(): void {
    (this.office as string).trim();
    if (this.explode) throw new Error('boom before render');
  }
  protected override render() {
    return litHtml`<p>${this.office}</p>`;
  }
  protected override updated(): void {
    this.markReady();
  }
}
customElements.define('vk-test-strict-input', VkTestStrictInput);

/** Asks for another update after every update while `loop` is on (as a task whose arguments never compare equal would). */
class VkTestLoop extends VkElement {
  static override properties = { loop: { type: Boolean }, round: { state: true } };
  loop = false;
  round = 0;
  protected override render() {
    return litHtml`<p>round ${this.round}</p>`;
  }
  protected override updated(): void {
    this.markReady();
    if (this.loop) this.round++;
  }
}
customElements.define('vk-test-loop', VkTestLoop);

function text(el: Element): string {
  return textOf(el.shadowRoot);
}

/** Fails the test if anything reaches the host page's window.onerror. */
function guardWindowErrors(): () => unknown[] {
  const seen: unknown[] = [];
  const previous = window.onerror;
  window.onerror = (...args) => void seen.push(args);
  const onError = (e: Event) => seen.push(e);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return () => {
    window.onerror = previous;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    return seen;
  };
}

describe('VkElement (shared base)', () => {
  describe('locale', () => {
    it('speaks Dutch by default', async () => {
      const el = await fixture<VkTestElement>(html`<vk-test-element></vk-test-element>`);
      expect(text(el)).to.contain('Hier verschijnen de widgets');
    });

    it('follows its own lang attribute, live', async () => {
      const el = await fixture<VkTestElement>(html`<vk-test-element lang="en"></vk-test-element>`);
      expect(text(el)).to.contain('The widgets on the craft');
      el.setAttribute('lang', 'nl-NL');
      await el.updateComplete;
      expect(text(el)).to.contain('Hier verschijnen de widgets');
    });

    it('follows the nearest ancestor, also across a shadow root', async () => {
      const outer = await fixture(html`<section lang="en"><div></div></section>`);
      const host = outer.querySelector('div')!;
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('vk-test-element');
      root.append(inner);
      await inner.updateComplete;
      expect(text(inner)).to.contain('The widgets on the craft');
    });

    it('reacts when an ancestor changes its language', async () => {
      const wrapper = await fixture(html`<div lang="nl"><vk-test-element></vk-test-element></div>`);
      const el = wrapper.querySelector('vk-test-element')!;
      wrapper.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el)).to.contain('The widgets on the craft');
    });

    it('prefers html[data-localize-lang] over a rewritten html[lang]', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      root.setAttribute('lang', 'nl');
      root.setAttribute('data-localize-lang', 'en');
      try {
        const el = await fixture<VkTestElement>(html`<vk-test-element></vk-test-element>`);
        expect(text(el)).to.contain('The widgets on the craft');
      } finally {
        root.removeAttribute('data-localize-lang');
        if (before === null) root.removeAttribute('lang');
        else root.setAttribute('lang', before);
      }
    });

    it('falls back to Dutch for a language it does not have', async () => {
      const el = await fixture<VkTestElement>(html`<vk-test-element lang="fr"></vk-test-element>`);
      expect(text(el)).to.contain('Hier verschijnen de widgets');
    });
  });

  describe('error state', () => {
    it('shows a readable message for a bad attribute value and dispatches an error event', async () => {
      const el = document.createElement('vk-test-element');
      el.setAttribute('tone', 'loud');
      const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      const stop = guardWindowErrors();
      document.body.append(el);
      const { detail } = await event;
      await el.updateComplete;
      el.remove();
      expect(stop()).to.deep.equal([]);
      expect(detail.code).to.equal('unknown-tone');
      expect(detail.message).to.contain('Onbekende toon "loud"');
      expect(text(el)).to.contain('Onbekende toon "loud"');
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert).to.exist;
    });

    it('keeps showing its content next to the message, and clears it when the value is fixed', async () => {
      const el = await fixture<VkTestElement>(html`<vk-test-element tone="loud" lang="en"></vk-test-element>`);
      expect(text(el)).to.contain('Unknown tone "loud"');
      expect(text(el)).to.contain('The widgets on the craft');
      el.tone = 'quiet';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('the error event does not bubble into the host page', async () => {
      const wrapper = await fixture(html`<div></div>`);
      let bubbled = false;
      wrapper.addEventListener('error', () => (bubbled = true));
      const el = document.createElement('vk-test-element');
      el.setAttribute('tone', 'loud');
      wrapper.append(el);
      await el.updateComplete;
      expect(bubbled).to.equal(false);
    });

    it('turns an exception in render into a message inside the widget, not in the page', async () => {
      const el = await fixture<VkTestThrows>(html`<vk-test-throws></vk-test-throws>`);
      expect(text(el)).to.equal('fine');
      const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      const stop = guardWindowErrors();
      el.explode = true;
      el.requestUpdate();
      const { detail } = await event;
      await el.updateComplete;
      expect(stop()).to.deep.equal([]);
      expect(detail.code).to.equal('render-failed');
      expect(text(el)).to.contain('onverwachte fout');
      el.explode = false;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.equal('fine');
    });

    it('stops a loop of updates before it freezes the page: a message inside the widget, render-failed, and it renders again after the next change', async () => {
      const el = await fixture<VkTestLoop>(html`<vk-test-loop></vk-test-loop>`);
      expect(text(el)).to.equal('round 0');
      const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      const stop = guardWindowErrors();
      el.loop = true;
      // Without the guard this await never returns: the page gets no further turn.
      const { detail } = await event;
      await new Promise((r) => setTimeout(r));
      expect(stop()).to.deep.equal([]);
      expect(detail.code).to.equal('render-failed');
      expect(detail.code === 'render-failed' && detail.detail.error).to.contain('updates without a pause');
      expect(text(el)).to.contain('onverwachte fout');
      const stopped = el.round;
      await new Promise((r) => setTimeout(r, 20));
      expect(el.round, 'no updates once stopped').to.equal(stopped);
      el.loop = false;
      await el.updateComplete;
      expect(text(el)).to.match(/^round \d+$/);
    });

    it('keeps an exception anywhere else in an update (willUpdate, a controller) out of the page too, and recovers', async () => {
      const el = new VkTestStrictInput();
      el.explode = true;
      const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      const stop = guardWindowErrors();
      document.body.append(el);
      try {
        expect((await event).detail.code).to.equal('render-failed');
        await el.ready;
        // An unhandled rejection is reported once the microtasks have run.
        await new Promise((r) => setTimeout(r));
        expect(stop()).to.deep.equal([]);
        expect(text(el)).to.contain('onverwachte fout');
        el.explode = false;
        await el.updateComplete;
        expect(text(el)).to.equal('raadslid');
      } finally {
        stop();
        el.remove();
      }
    });

    it('reads an attribute property set by a script to a number, null, undefined or an object as the attribute’s text', async () => {
      const el = new VkTestStrictInput();
      const events: unknown[] = [];
      el.addEventListener('error', (e) => events.push(e));
      const stop = guardWindowErrors();
      document.body.append(el);
      try {
        await el.ready;
        const seen: string[] = [];
        for (const value of [42, null, undefined, ['raadslid'], {}, Object.create(null) as object, true]) {
          el.office = value;
          await el.updateComplete;
          seen.push(text(el));
        }
        el.setAttribute('office', 'griffier');
        await el.updateComplete;
        seen.push(text(el));
        el.removeAttribute('office');
        await el.updateComplete;
        seen.push(text(el));
        await new Promise((r) => setTimeout(r));
        expect(seen).to.deep.equal(['42', '', '', '', '', '', 'true', 'griffier', '']);
        expect(events).to.deep.equal([]);
        expect(stop()).to.deep.equal([]);
      } finally {
        stop();
        el.remove();
      }
    });

    it('reads a number property set to text or an object as the attribute’s number', async () => {
      const el = new VkTestStrictInput();
      document.body.append(el);
      try {
        const seen: unknown[] = [];
        for (const value of ['3', Object.create(null) as object, [], null, 4]) {
          el.level = value;
          await el.updateComplete;
          seen.push(el.level);
        }
        expect(seen).to.deep.equal([3, NaN, 0, null, 4]);
      } finally {
        el.remove();
      }
    });

    it('does so for a property declared without options (@property()) too', async () => {
      const el = await fixture<VkProvider>(html`<vk-provider></vk-provider>`);
      (el as unknown as { office: unknown }).office = 42;
      await el.updateComplete;
      expect(el.office).to.equal('42');
    });
  });

  it('is accessible', async () => {
    const el = await fixture(html`<vk-test-element tone="loud"></vk-test-element>`);
    await expect(el).to.be.accessible();
  });
});

describe('VkElement.ready', () => {
  it('resolves once the widget has rendered', async () => {
    const el = document.createElement('vk-test-element');
    document.body.append(el);
    await el.ready;
    expect(el.shadowRoot?.textContent).to.contain('Vakmanschap-widgets');
    el.remove();
  });
});
