/**
 * The public contract, the same for every widget (issue 20): one table of
 * the public widget tags, each held to the same rules.
 *
 * - An unknown office gets the same answer everywhere: code `unknown-office`,
 *   `detail: { office, valid }`, a message that names it and the valid
 *   offices, shown inside the widget (`part="error"`, `role="alert"`) and sent
 *   in exactly one `error` event; a `role` attribute naming an office works,
 *   with `role-attribute` (`detail: { office }`).
 * - Data that cannot be loaded gets `data-load-failed` (`detail: { error }`),
 *   shown and sent the same way (checked in a page whose data files all
 *   answer 503: test/pages/no-data.html).
 * - The root part is `base`: one element around everything the widget shows.
 * - `heading-level` is read by one rule: a whole number 1–6 is the level of
 *   the widget's top heading, anything else gives the widget's default.
 * - `vk-*` events are typed for a host's TypeScript; `emit` only takes those
 *   names with their detail (the `@ts-expect-error` lines below fail `tsc`
 *   when the typing goes).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { allRoles, allValues, type RoleId, type ValueId } from '../src/data/index.js';
import type { VkOfferingSelectDetail } from '../src/shared/events.js';
import type { VkErrorDetail } from '../src/shared/problems.js';
import { VkElement } from '../src/shared/vk-element.js';
import { textOf } from './helpers/dom.js';

interface Widget extends HTMLElement {
  readonly ready: Promise<void>;
  readonly updateComplete: Promise<boolean>;
}

interface Case {
  readonly tag: string;
  /** Whether it takes an office (the conversation cards take an audience instead). */
  readonly office: boolean;
  /** Attributes it needs to show something (besides the office). */
  readonly attrs: Readonly<Record<string, string>>;
  /** Its top heading, when it renders with `attrs` and `office="wethouder"`. */
  readonly topHeading: string;
  /** The level of that heading without `heading-level`. */
  readonly defaultLevel: number;
}

/** Every public widget. `vk-provider` renders nothing of its own (it only gives settings). */
const WIDGETS: readonly Case[] = [
  { tag: 'vk-value-card', office: true, attrs: { value: 'lef' }, topHeading: '[part~="heading"]', defaultLevel: 2 },
  { tag: 'vk-value-overview', office: true, attrs: {}, topHeading: '[part~="group-heading"]', defaultLevel: 2 },
  { tag: 'vk-role-priority-table', office: true, attrs: {}, topHeading: '.association .heading', defaultLevel: 3 },
  { tag: 'vk-quick-scan', office: true, attrs: {}, topHeading: '#qs-title', defaultLevel: 2 },
  { tag: 'vk-training-finder', office: true, attrs: { 'url-state': 'off' }, topHeading: '.result-heading', defaultLevel: 3 },
  { tag: 'vk-conversation-cards', office: false, attrs: {}, topHeading: '#title', defaultLevel: 2 },
];

/** Creates `tag` in `doc` with `attrs`, records its error events from the start, and waits until it is ready. */
async function mount(
  tag: string,
  attrs: Readonly<Record<string, string>>,
  parent: HTMLElement,
): Promise<{ el: Widget; errors: VkErrorDetail[] }> {
  const el = parent.ownerDocument.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: VkErrorDetail[] = [];
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  parent.append(el);
  await el.ready;
  await el.updateComplete;
  return { el, errors };
}

/** The widget's visible messages (`part="error"`). */
function shownProblems(el: Widget): string {
  return textOf(el.shadowRoot!.querySelector('[part~="error"][role="alert"]'));
}

describe('the public contract of every widget', () => {
  let valid: string[];
  let container: HTMLElement;

  before(async () => {
    valid = (await allRoles()).map((r) => r.id);
  });

  beforeEach(async () => {
    sessionStorage.clear();
    container = await fixture<HTMLDivElement>(html`<div></div>`);
  });

  for (const { tag, office, attrs, topHeading, defaultLevel } of WIDGETS) {
    describe(tag, () => {
      if (office) it('answers an unknown office with unknown-office { office, valid }, shown once and sent once', async () => {
        const { el, errors } = await mount(tag, { ...attrs, office: 'schepen' }, container);
        const offices = errors.filter((e) => e.code === 'unknown-office');
        expect(offices, 'one unknown-office event').to.have.length(1);
        const [error] = offices;
        expect(error!.detail).to.deep.equal({ office: 'schepen', valid });
        expect(error!.message).to.match(/^Onbekend ambt „schepen”\. Kies uit: /);
        for (const id of valid) expect(error!.message).to.contain(id);
        expect(shownProblems(el)).to.contain(error!.message);
        // The rest of the widget still shows.
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.children.length).to.be.greaterThan(1);

        el.setAttribute('office', 'griffier');
        await el.updateComplete;
        expect(shownProblems(el), 'fixed: the message goes').not.to.contain('schepen');
        expect(errors.filter((e) => e.code === 'unknown-office')).to.have.length(1);
      });

      if (office) it('reads role="griffier" as the office, with role-attribute { office }', async () => {
        const { el, errors } = await mount(tag, { ...attrs, role: 'griffier' }, container);
        expect(errors.map((e) => [e.code, e.detail])).to.deep.include(['role-attribute', { office: 'griffier' }]);
        expect(errors.map((e) => e.code)).not.to.include('unknown-office');
        expect(shownProblems(el)).to.contain('office="griffier"');
      });

      it('has one root part, base, around everything it shows (its messages too)', async () => {
        const bad: Record<string, string> = office ? { office: 'schepen' } : { theme: 'onbekend' };
        const { el } = await mount(tag, { ...attrs, ...bad }, container);
        const top = [...el.shadowRoot!.children].filter((c) => c.localName !== 'style');
        expect(top.map((c) => c.getAttribute('part')?.split(/\s+/).includes('base'))).to.deep.equal([true]);
        expect(top[0]!.querySelector('[part~="error"]'), 'the messages inside base').to.exist;
      });

      it(`reads heading-level by the one rule (whole 1–6, else ${String(defaultLevel)})`, async () => {
        for (const [given, level] of [
          [undefined, defaultLevel],
          ['1', 1],
          ['4', 4],
          ['6', 6],
          ['7', defaultLevel],
          ['0', defaultLevel],
          ['2.5', defaultLevel],
          ['h3', defaultLevel],
        ] as const) {
          const { el } = await mount(tag, { ...attrs, office: 'wethouder', ...(given ? { 'heading-level': given } : {}) }, container);
          const heading = el.shadowRoot!.querySelector(topHeading);
          expect(heading?.localName, `heading-level=${String(given)}`).to.equal(`h${String(level)}`);
          el.remove();
        }
      });
    });
  }

  describe('when the data cannot be loaded', () => {
    let frame: HTMLIFrameElement;

    before(async () => {
      frame = document.createElement('iframe');
      frame.title = 'widgets zonder gegevens';
      frame.src = '/test/pages/no-data.html';
      document.body.append(frame);
      await waitUntil(() => frame.contentWindow?.customElements.get('vk-training-finder'), 'the page did not load the widgets', {
        timeout: 10000,
      });
    });

    after(() => {
      frame.remove();
    });

    for (const { tag, attrs } of WIDGETS) {
      it(`${tag}: data-load-failed { error }, shown once and sent once`, async () => {
        const body = frame.contentDocument!.body;
        const { el, errors } = await mount(tag, { ...attrs, office: 'griffier' }, body);
        expect(errors.map((e) => e.code)).to.deep.equal(['data-load-failed']);
        const [error] = errors;
        expect(error!.detail).to.have.all.keys('error');
        expect(error!.message).to.match(/kon(den)? niet worden geladen/);
        expect(shownProblems(el)).to.equal(error!.message);
        expect([...el.shadowRoot!.children].map((c) => c.getAttribute('part'))).to.include('base');
        el.remove();
      });
    }
  });

  describe('events', () => {
    it('types every vk-* event for a host’s TypeScript, and emit takes only those names with their detail', async () => {
      const el = await fixture<Widget>(html`<vk-value-card value="lef"></vk-value-card>`);
      await el.ready;
      const seen: string[] = [];
      el.addEventListener('vk-value-select', (e) => {
        const id: ValueId = e.detail.id;
        seen.push(id);
        e.preventDefault();
      });
      el.addEventListener('vk-role-select', (e) => {
        const id: RoleId = e.detail.id;
        seen.push(id);
        e.preventDefault();
      });
      el.addEventListener('vk-scan-complete', (e) => seen.push(e.detail.code));
      el.addEventListener('vk-offering-select', (e) => seen.push(e.detail.offering.title));
      el.addEventListener('vk-value-select', (e) => {
        // @ts-expect-error a vk-value-select detail is no vk-offering-select detail
        const wrong: VkOfferingSelectDetail = e.detail;
        expect(wrong).not.to.have.property('offering');
      });

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="value-link"]')!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="role"]')!.click();
      expect(seen).to.have.length(2);
      expect((await allValues()).map((v) => v.id)).to.include(seen[0]);
      expect(seen[0]).not.to.equal('lef');
      expect(valid).to.include(seen[1]);

      class Probe extends VkElement {
        fire(): boolean[] {
          return [
            this.emit('vk-value-select', { id: 'lef' }),
            // @ts-expect-error not an event of the library
            this.emit('vk-value-selected', { id: 'lef' }),
            // @ts-expect-error a value id is no office id
            this.emit('vk-role-select', { id: 'lef' }),
          ];
        }
      }
      customElements.define('vk-contract-probe', Probe);
      const probe = new Probe();
      const names: string[] = [];
      probe.addEventListener('vk-value-select', (e) => names.push(`${e.type}:${e.detail.id}`));
      expect(probe.fire()).to.deep.equal([true, true, true]);
      expect(names).to.deep.equal(['vk-value-select:lef']);
    });
  });
});
