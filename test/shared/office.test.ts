/**
 * One rule for the office in every widget that takes one: `office` first; a
 * `role` attribute that names an office still works but says to use
 * `office`; a genuine ARIA role is left alone.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { VkErrorDetail } from '../../src/shared/vk-element.js';
import { textOf } from '../helpers/dom.js';

const OFFICE_WIDGETS = ['vk-value-card', 'vk-value-overview', 'vk-role-priority-table', 'vk-quick-scan', 'vk-training-finder'];

async function mount(tag: string, attrs: string) {
  const errors: VkErrorDetail[] = [];
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as HTMLElement & { ready: Promise<void> };
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  for (const [k, v] of attrs.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(k!, v!);
  if (tag === 'vk-value-card') el.setAttribute('value', 'lef');
  container.append(el);
  await el.ready;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, errors, text: textOf(el.shadowRoot) };
}

describe('the office of a widget', () => {
  for (const tag of OFFICE_WIDGETS) {
    describe(tag, () => {
      it('honours role="griffier" but asks for office="griffier", visibly and with an error event', async () => {
        const { errors, text } = await mount(tag, 'role=griffier');
        expect(errors.map((e) => e.code)).to.include('role-attribute');
        expect(text).to.contain('Gebruik office="griffier"');
      });

      it('takes office="griffier" without any notice', async () => {
        const { errors, text } = await mount(tag, 'office=griffier');
        expect(errors.map((e) => e.code)).not.to.include('role-attribute');
        expect(text).not.to.contain('Gebruik office=');
      });

      it('leaves a genuine ARIA role such as role="region" alone', async () => {
        const { errors, text } = await mount(tag, 'role=region');
        expect(errors).to.deep.equal([]);
        expect(text).not.to.contain('role="region"');
      });
    });
  }
});
