/**
 * What a screen reader hears. Live regions (role="status", role="alert",
 * aria-live) speak once per change a person made, not once per keystroke,
 * and a step that moves focus is not spoken a second time by a live region.
 * And when the interface speaks English, every text from the research
 * (values, actions, quotes, offers, statements, sources) is marked
 * lang="nl", so it is pronounced as Dutch.
 *
 * training-finder.test.ts checks the finder's count after two bursts of
 * typing in Dutch, role-priority-table-matrix.test.ts the wording of the
 * matrix's announcements and the widget files single lang="nl" elements;
 * here every live region of each widget is listened to, and every text node
 * in every shadow tree is checked against the whole corpus.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useFakeTimers } from 'sinon';
import { corpusOfferings, findOfferings, valuesByCluster } from '../../src/data/index.js';
import type { VkQuickScan } from '../../src/quick-scan/quick-scan.js';
import { finishScan, next } from '../helpers/quick-scan.js';
import { listenToLiveRegions, macrotask, settleWidget, squash } from '../helpers/robustness.js';
import { shadowTree } from '../helpers/stories.js';

async function mount<E extends HTMLElement = HTMLElement>(template: ReturnType<typeof html>, selector: string): Promise<E> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.matches(selector) ? wrapper : wrapper.querySelector(selector)) as E;
  await settleWidget(el);
  return el;
}

/** Waits until the finder's count is announced (it is, once typing or clicking settles), and a task longer. */
async function announced(el: Element): Promise<void> {
  await settleWidget(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.vk-visually-hidden[role="status"]')?.textContent.trim(), 'no announcement', {
    timeout: 5000,
  });
  await macrotask();
}

describe('screen readers', () => {
  describe('live regions speak once per change', () => {
    it('vk-training-finder: five characters typed in English give one announcement, once typing has settled', async () => {
      const el = await mount(html`<vk-training-finder url-state="off" lang="en"></vk-training-finder>`, 'vk-training-finder');
      const corpus = await corpusOfferings();
      const expected = (await findOfferings({ query: 'regio' }, corpus)).length;
      const live = listenToLiveRegions(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!.focus();
      // The finder speaks once typing has paused for 750 ms. A fake clock holds that pause, so a slow engine
      // (or a busy machine) that types slower than one key per 750 ms cannot make it speak in between.
      const clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await sendKeys({ type: 'regio' });
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(live.take(), 'nothing while typing').to.deep.equal([]);
        await clock.tickAsync(750);
      } finally {
        clock.restore();
      }
      await announced(el);
      expect(live.take()).to.deep.equal([`${String(expected)} ${expected === 1 ? 'offer' : 'offers'} found.`]);
      live.stop();
    });

    it('vk-training-finder: a filter ticked with Space is announced once, with the new count', async () => {
      const el = await mount(html`<vk-training-finder url-state="off"></vk-training-finder>`, 'vk-training-finder');
      const corpus = await corpusOfferings();
      const free = corpus.filter((o) => o.cost.kind === 'gratis').length;
      const live = listenToLiveRegions(el);
      const box = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="facet"] input')].find((i) =>
        squash(i.closest('label')?.textContent).startsWith('Gratis'),
      )!;
      box.focus();
      await sendKeys({ press: 'Space' });
      await announced(el);
      expect(live.take()).to.deep.equal([`${String(free)} aanbiedingen gevonden.`]);
      live.stop();
    });

    it('vk-value-overview: each filter chosen with the arrow keys is announced once, as the new count', async () => {
      const el = await mount(html`<vk-value-overview></vk-value-overview>`, 'vk-value-overview');
      const groups = await valuesByCluster();
      const inGroup = (g: string) => groups.filter((c) => c.cluster?.group === g).reduce((n, c) => n + c.values.length, 0);
      const live = listenToLiveRegions(el);
      el.shadowRoot!.querySelector('select')!.focus();
      await sendKeys({ press: 'ArrowDown' }); // ideële waarden
      await settleWidget(el);
      await sendKeys({ press: 'ArrowDown' }); // sociale waarden
      await settleWidget(el);
      expect(live.take()).to.deep.equal([
        `${String(inGroup('ideeel'))} van 39 waarden getoond`,
        `${String(inGroup('sociaal'))} van 39 waarden getoond`,
      ]);
      live.stop();
    });

    it('vk-role-priority-table: an order chosen with the keyboard is announced once, and nothing else speaks', async () => {
      const el = await mount(
        html`<div style="width: 1100px"><vk-role-priority-table></vk-role-priority-table></div>`,
        'vk-role-priority-table',
      );
      const live = listenToLiveRegions(el);
      el.shadowRoot!.querySelectorAll('select')[1]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settleWidget(el);
      await macrotask();
      expect(live.take()).to.deep.equal(['Waarden gesorteerd op aantal ambten, meeste eerst.']);
      live.stop();
    });

    it('vk-value-card: switching to a related value moves focus to its name once and announces nothing besides', async () => {
      const el = await mount(html`<vk-value-card value="lef"></vk-value-card>`, 'vk-value-card');
      const live = listenToLiveRegions(el);
      const focused: string[] = [];
      el.shadowRoot!.addEventListener('focusin', (e) => focused.push(squash((e.target as Element).textContent)));
      const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.section-cluster [part~="value-link"]')!;
      const name = squash(link.textContent);
      link.focus();
      focused.length = 0;
      await sendKeys({ press: 'Enter' });
      await settleWidget(el);
      expect(focused).to.deep.equal([name]);
      expect(live.take()).to.deep.equal([]);
      live.stop();
    });

    it('vk-quick-scan: a step is announced once, by focus on its heading; a chosen value once, by its count; an answer not at all', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const el = await mount<VkQuickScan>(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`, 'vk-quick-scan');
      const root = el.shadowRoot!;
      const live = listenToLiveRegions(el);
      const headings: string[] = [];
      root.addEventListener('focusin', (e) => {
        if ((e.target as Element).hasAttribute('data-focus-heading')) headings.push(squash((e.target as Element).textContent));
      });

      const value = root.querySelector<HTMLInputElement>('fieldset.values input[type=checkbox]')!;
      value.focus();
      await sendKeys({ press: 'Space' });
      await settleWidget(el);
      await new Promise((r) => requestAnimationFrame(r));
      await settleWidget(el);
      expect(live.take(), 'choosing a value').to.deep.equal(['1 van 4 gekozen']);

      root.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settleWidget(el);
      const first = squash(root.querySelector('[data-focus-heading]')?.textContent);
      expect(headings, 'the new step').to.deep.equal([first]);
      expect(live.take(), 'the new step').to.deep.equal([]);

      root.querySelector<HTMLInputElement>('fieldset.item input[type=radio]')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await settleWidget(el);
      expect(live.take(), 'answering').to.deep.equal([]);
      live.stop();
    });
  });

  describe('Dutch text in an English interface', () => {
    let corpus: Set<string>;

    before(async () => {
      const files = ['values', 'clusters', 'roles', 'actions', 'offerings', 'providers', 'trends', 'sources', 'quick-scan', 'craft'];
      corpus = new Set();
      // Running text: every string with a space in it (ids and codes have none).
      const walk = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') Object.values(x).forEach(walk);
        else if (typeof x === 'string' && /\s/.test(x.trim())) corpus.add(squash(x));
      };
      for (const f of files) walk(await (await fetch(`/data/${f}.json`)).json());
      const values = ((await (await fetch('/data/values.json')).json()) as { values: { name: string }[] }).values;
      // And the names of the values, which are single words.
      for (const v of values) corpus.add(v.name);
      expect(corpus.size).to.be.greaterThan(1000);
    });

    /** The nearest `lang`, crossing shadow roots. */
    function langOf(node: Node): string | null {
      for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
        if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
      }
      return null;
    }

    /** Corpus texts in the widget (nested widgets too) that are not marked Dutch. */
    function unmarked(el: Element): { checked: number; wrong: string[] } {
      let checked = 0;
      const wrong: string[] = [];
      for (const node of shadowTree(el)) {
        for (const child of node.childNodes) {
          if (child.nodeType !== Node.TEXT_NODE) continue;
          const text = squash(child.textContent);
          if (!corpus.has(text)) continue;
          checked++;
          const lang = langOf(child);
          if (!lang?.startsWith('nl'))
            wrong.push(`<${node.localName} class="${node.getAttribute('class') ?? ''}"> lang=${String(lang)}: ${text.slice(0, 60)}`);
        }
      }
      return { checked, wrong };
    }

    async function check(el: Element, least: number): Promise<void> {
      await settleWidget(el);
      const { checked, wrong } = unmarked(el);
      expect(checked, 'corpus texts found').to.be.at.least(least);
      expect(wrong).to.deep.equal([]);
    }

    it('vk-value-card, with and without an office', async () => {
      const card = await mount(html`<div lang="en"><vk-value-card value="lef" office="griffier"></vk-value-card></div>`, 'vk-value-card');
      await check(card, 10);
      card.setAttribute('office', '');
      await check(card, 10);
      card.setAttribute('value', 'gezag');
      await check(card, 5);
    });

    it('vk-value-overview, with a card open in its dialog', async () => {
      const el = await mount(html`<div lang="en"><vk-value-overview office="raadslid"></vk-value-overview></div>`, 'vk-value-overview');
      await check(el, 39);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value="authenticiteit"]')!.click();
      await settleWidget(el);
      await check(el, 45);
    });

    const tables: Record<string, string>[] = [
      { office: 'wethouder' },
      {},
      { offices: 'burgemeester,gemeentesecretaris,griffier' },
      { office: 'rijksoverheid' },
      { office: 'statenlid' },
    ];
    for (const attrs of tables) {
      it(`vk-role-priority-table ${JSON.stringify(attrs)}`, async () => {
        const el = document.createElement('vk-role-priority-table');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        await fixture(html`<div lang="en" style="width: 1100px">${el}</div>`);
        await check(el, 1);
      });
    }

    it('vk-training-finder, every offer opened', async () => {
      const el = await mount(html`<div lang="en"><vk-training-finder url-state="off"></vk-training-finder></div>`, 'vk-training-finder');
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="result-toggle"]')) toggle.click();
      await check(el, 100);
    });

    it('vk-quick-scan: values, statements, the result and a value opened in it', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const el = await mount<VkQuickScan>(html`<div lang="en"><vk-quick-scan office="raadslid"></vk-quick-scan></div>`, 'vk-quick-scan');
      await check(el, 39);
      await next(el);
      await check(el, 3);
      await finishScan(el);
      await check(el, 10);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.result button[lang="nl"], .result [part~="value-link"]')?.click();
      await check(el, 10);
    });
  });
});
