import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import { settingsContext, type VkSettings } from '../src/shared/context.js';
import '../src/provider/define.js';

/** A stand-in widget that shows what it receives. */
class VkTestConsumer extends LitElement {
  @consume({ context: settingsContext, subscribe: true })
  @property({ attribute: false })
  settings?: VkSettings;
  protected override render() {
    return html`${this.settings?.office ?? 'geen ambt'} | ${this.settings?.feed ?? 'geen feed'}`;
  }
}
customElements.define('vk-test-consumer', VkTestConsumer);

describe('vk-provider', () => {
  it('gives its office and feed to the widgets inside it, also deeply nested', async () => {
    const el = await fixture(html`<vk-provider office="raadslid" feed="https://example.org/aanbod.json">
      <section><div><vk-test-consumer></vk-test-consumer></div></section>
    </vk-provider>`);
    const consumer = el.querySelector<VkTestConsumer>('vk-test-consumer')!;
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.equal('raadslid | https://example.org/aanbod.json');
  });

  it('passes changes on live', async () => {
    const el = await fixture<HTMLElement & { office?: string }>(html`<vk-provider office="raadslid"><vk-test-consumer></vk-test-consumer></vk-provider>`);
    const consumer = el.querySelector<VkTestConsumer>('vk-test-consumer')!;
    el.office = 'griffier';
    await (el as unknown as LitElement).updateComplete;
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.equal('griffier | geen feed');
  });

  it('leaves widgets outside it alone', async () => {
    const el = await fixture(html`<div><vk-provider office="raadslid"></vk-provider><vk-test-consumer></vk-test-consumer></div>`);
    const consumer = el.querySelector<VkTestConsumer>('vk-test-consumer')!;
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.equal('geen ambt | geen feed');
  });

  it('does not change the layout of what it wraps', async () => {
    const el = await fixture(html`<vk-provider><p>tekst</p></vk-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});
