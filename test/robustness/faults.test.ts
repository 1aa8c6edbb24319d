/**
 * What goes wrong outside the widget: a feed server that fails, answers too
 * late, cuts off, dribbles or sends far too much (served for real by the test
 * server, scripts/test-server-plugin.mjs); a browser storage that is
 * switched off, fills up or holds rubbish, also halfway through a scan; and
 * the scan open in two tabs at once (two same-origin frames sharing
 * localStorage). Each time: nothing is thrown into the host page, no answer
 * the person chose to keep is lost, and the widget says what happened
 * (with an `error` event where something failed).
 *
 * training-finder-feeds.test.ts checks the exact wording for 404, 500, a
 * timeout, non-JSON and an unreachable server, and quick-scan-storage.test.ts
 * the storage messages at start; here the same faults are checked for the
 * host page, and the faults those files do not cover are added.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { corpusOfferings, type Offering } from '../../src/data/index.js';
import type { VkErrorDetail } from '../../src/shared/vk-element.js';
import type { VkQuickScan } from '../../src/quick-scan/quick-scan.js';
import { count, root, search, titles, type Finder } from '../helpers/training-finder.js';
import {
  $,
  $$,
  STORAGE_KEY,
  answer,
  answerPage,
  blockLocalStorage,
  finishScan,
  next,
  replace,
  scanFixture,
  screenHeading,
  text,
} from '../helpers/quick-scan.js';
import { macrotask, settleWidget, squash, watchHostErrors } from '../helpers/robustness.js';
import { loadedFrame } from '../helpers/frames.js';

/** Mounts `el`, recording its error events from the start. */
async function mount<E extends HTMLElement>(el: E): Promise<{ el: E; errors: VkErrorDetail[] }> {
  const errors: VkErrorDetail[] = [];
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  await fixture(html`<div>${el}</div>`);
  await settleWidget(el);
  return { el, errors };
}

function finderFor(src: string, attributes: Record<string, string> = {}): Finder {
  const el = document.createElement('vk-training-finder');
  el.setAttribute('url-state', 'off');
  el.setAttribute('src', src);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

let simulated = 0;

/** A test that also fails when anything reaches the host page while it runs (window.onerror, unhandled rejections). */
function quietly(test: () => Promise<void>): () => Promise<void> {
  return async () => {
    const host = watchHostErrors();
    try {
      await test();
      await macrotask();
    } finally {
      host.stop();
    }
    expect(host.seen, 'nothing reached the host page').to.deep.equal([]);
  };
}

describe('faults', () => {
  // The scan keeps its state for the tab's session too (sessionStorage): every test starts as a new tab.
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  after(() => {
    console.log(`faults: ${String(simulated)} simulated`);
  });

  describe('a feed server', () => {
    let corpus: readonly Offering[];
    before(async () => {
      corpus = await corpusOfferings();
    });

    const failures: { name: string; src: string; attrs?: Record<string, string>; code: string }[] = [
      { name: 'answers 404', src: '/__test/status/404', code: 'feed-http' },
      { name: 'answers 500', src: '/__test/status/500', code: 'feed-http' },
      { name: 'does not answer in time', src: '/__test/slow/5000', attrs: { 'feed-timeout': '300' }, code: 'feed-timeout' },
      {
        name: 'sends half the feed, then nothing until the time limit (slow network)',
        src: '/__test/drip/5000',
        attrs: { 'feed-timeout': '500' },
        code: 'feed-timeout',
      },
      { name: 'cuts the feed off halfway (truncated JSON)', src: '/__test/truncated/40', code: 'feed-not-json' },
      { name: 'sends 21 MB (over the 20 MB limit)', src: '/__test/padded/21', code: 'feed-too-large' },
    ];
    for (const { name, src, attrs, code } of failures) {
      it(
        `that ${name}: one error event, a message, and the research’s offer stays`,
        quietly(async () => {
          simulated++;
          const { el, errors } = await mount(finderFor(src, attrs));
          expect(errors.map((e) => (e.code === 'feed-failed' ? [e.code, e.detail.reason, e.detail.src] : [e.code]))).to.deep.equal([['feed-failed', code, src]]);
          const message = squash(root(el).querySelector('[part~="error"]')?.textContent);
          // The message names the feed that failed.
          const named = src.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
          expect(message).to.match(new RegExp(`^Het aanbod uit de feed „${named}” kon niet worden geladen: .+\\. Het aanbod uit het onderzoek staat er wel\\.$`));
          expect(titles(el)).to.have.length(corpus.length);
        }),
      );
    }

    it(
      'that sends a 5 MB feed: all 12,000 offers are shown and searchable, without an error',
      quietly(async () => {
        simulated++;
        const body = await (await fetch('/__test/feed/12000')).text();
        expect(body.length, 'the feed is at least 5 MB').to.be.at.least(5_000_000);
        const { el, errors } = await mount(finderFor('/__test/feed/12000'));
        expect(errors).to.deep.equal([]);
        expect(count(el)).to.equal(`${(corpus.length + 12_000).toLocaleString('nl-NL')} aanbiedingen`);
        await search(el, 'begroting');
        expect(titles(el).length).to.be.greaterThan(0);
        expect(titles(el).every((t) => /begroting/i.test(t))).to.equal(true);
      }),
    );

    it(
      'on a slow network that delivers within the time limit: the feed is shown, without an error',
      quietly(async () => {
        simulated++;
        const { el, errors } = await mount(finderFor('/__test/drip/400'));
        expect(errors).to.deep.equal([]);
        expect(titles(el)).to.have.length(corpus.length + 3);
      }),
    );
  });

  describe('the scan’s storage', () => {
    let undo: (() => void)[] = [];
    afterEach(() => {
      for (const u of undo.reverse()) u();
      undo = [];
    });

    const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { answers: Record<string, unknown> } | null;
    const saveBox = (el: VkQuickScan) => $(el, '.storage input[type=checkbox]') as HTMLInputElement | null;
    const checked = (el: VkQuickScan) => $$(el, 'fieldset.item input:checked').map((i) => (i as HTMLInputElement).value);

    /**
     * A scan for a wethouder that keeps its answers and has answered the first screen of statements
     * with 4 (`first`: how many statements that screen has; three to six since item bank 2).
     */
    async function keptScan(): Promise<{ el: VkQuickScan; errors: VkErrorDetail[]; first: number }> {
      const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
      const errors: VkErrorDetail[] = [];
      el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
      saveBox(el)!.click();
      await next(el);
      const first = $$(el, 'fieldset.item').length;
      await answerPage(el, () => 4);
      expect(Object.keys(stored()?.answers ?? {})).to.have.length(first);
      return { el, errors, first };
    }

    it(
      'fills up halfway: what was kept stays kept, the message and event come once, and every answer stays on screen',
      quietly(async () => {
        simulated++;
        const { el, errors, first } = await keptScan();
        const setItem = Storage.prototype.setItem.bind(localStorage);
        undo.push(
          replace(Storage.prototype, 'setItem', function (this: Storage, key: string, value: string) {
            if (key === STORAGE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            setItem(key, value);
          }),
        );
        const second = $$(el, 'fieldset.item').length;
        await answerPage(el, () => 2);
        expect(errors.map((e) => e.code)).to.deep.equal(['storage-full']);
        expect(text($(el, '[part~="error"]'))).to.contain('de opslag van deze browser is vol');
        expect(Object.values(stored()!.answers)).to.deep.equal(Array<number>(first).fill(4));
        $(el, '.nav .vk-button--secondary')!.click();
        await el.updateComplete;
        expect(checked(el)).to.deep.equal(Array<string>(second).fill('2'));
        await next(el);
        await finishScan(el);
        expect(screenHeading(el)).to.equal('Je resultaat');
      }),
    );

    it(
      'is switched off halfway (every call throws): what was kept stays, a message and one event, the scan goes on',
      quietly(async () => {
        simulated++;
        const { el, errors, first } = await keptScan();
        for (const method of ['setItem', 'getItem', 'removeItem'] as const) {
          undo.push(
            replace(Storage.prototype, method, () => {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            }),
          );
        }
        await finishScan(el, () => 3);
        undo
          .splice(0)
          .reverse()
          .forEach((u) => {
            u();
          });
        expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
        expect(text($(el, '[part~="error"]'))).to.contain('Bewaren is in deze browser niet mogelijk');
        expect(screenHeading(el)).to.equal('Je resultaat');
        expect(Object.values(stored()!.answers)).to.deep.equal(Array<number>(first).fill(4));
      }),
    );

    const broken: { name: string; setup: () => void; code?: string; says: RegExp }[] = [
      {
        name: 'is disabled (localStorage throws on access)',
        setup: () => {
          undo.push(blockLocalStorage());
        },
        code: 'storage-unavailable',
        says: /Bewaren is in deze browser niet mogelijk/,
      },
      {
        name: 'is full from the start',
        setup: () => {
          undo.push(
            replace(Storage.prototype, 'setItem', () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }),
          );
        },
        code: 'storage-unavailable',
        says: /Bewaren is in deze browser niet mogelijk/,
      },
      ...['{"format":1,"bank":', '[]', 'null', '{"format":1,"bank":1,"role":"raadslid","values":"lef","answers":{}}', '\u0000\uffff'].map(
        (raw) => ({
          name: `holds a record it cannot read (${JSON.stringify(raw).slice(0, 30)})`,
          setup: () => {
            localStorage.setItem(STORAGE_KEY, raw);
          },
          says: /konden niet worden gelezen/,
        }),
      ),
    ];
    for (const { name, setup, code, says } of broken) {
      it(
        `${name}: the whole scan still works, and it says so`,
        quietly(async () => {
          simulated++;
          setup();
          const el = document.createElement('vk-quick-scan');
          el.setAttribute('office', 'burgemeester');
          const { errors } = await mount(el);
          expect(errors.map((e) => e.code)).to.deep.equal(code ? [code] : []);
          expect(text(el.shadowRoot)).to.match(says);
          await next(el);
          await finishScan(el);
          expect(screenHeading(el)).to.equal('Je resultaat');
        }),
      );
    }
  });

  describe('the scan in two tabs', () => {
    interface Tab {
      frame: HTMLIFrameElement;
      win: Window & { __ready: Promise<void>; __errors: string[] };
      el: VkQuickScan;
    }

    async function openTab(): Promise<Tab> {
      // A new tab starts with an empty session (the frames here share this page's sessionStorage).
      sessionStorage.clear();
      const frame = await loadedFrame(
        (onLoad) => html`<iframe title="tabblad" src="/test/pages/scan-tab.html" width="900" height="700" @load=${onLoad}></iframe>`,
      );
      const win = frame.contentWindow as Tab['win'];
      await win.__ready;
      const el = frame.contentDocument!.querySelector('vk-quick-scan') as VkQuickScan;
      await el.updateComplete;
      return { frame, win, el };
    }

    /** Resolves once `tab` has heard of a kept record with `n` answers (its widget listened first). */
    function heard(tab: Tab, test: (record: { answers: Record<string, unknown> } | null) => boolean): Promise<void> {
      return new Promise((resolve) => {
        const listen = (e: StorageEvent) => {
          if (
            e.key === STORAGE_KEY &&
            test(e.newValue === null ? null : (JSON.parse(e.newValue) as { answers: Record<string, unknown> }))
          ) {
            tab.win.removeEventListener('storage', listen);
            resolve();
          }
        };
        tab.win.addEventListener('storage', listen);
      });
    }

    const saveBox = (el: VkQuickScan) => $(el, '.storage input[type=checkbox]') as HTMLInputElement | null;
    const kept = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { answers: Record<string, unknown> } | null)?.answers;

    it(
      'keeps the answers of both tabs, also when the first changes one after the second saved',
      quietly(async () => {
        simulated++;
        const a = await openTab();
        saveBox(a.el)!.click();
        await next(a.el);
        // The first value's statements in tab A (three to six a screen since item bank 2).
        const first = $$(a.el, 'fieldset.item').length;
        await answerPage(a.el, () => 4);
        expect(Object.keys(kept() ?? {})).to.have.length(first);

        let second = 0;
        const aHeard = heard(a, (r) => second > 0 && Object.keys(r?.answers ?? {}).length === first + second);
        const b = await openTab(); // restores A's answers and opens at the second value's statements
        expect(text($(b.el, '.notice'))).to.match(/teruggezet/);
        second = $$(b.el, 'fieldset.item').length;
        await answerPage(b.el, () => 2);
        await aHeard;

        // Back in tab A: a change of mind on the first statement.
        $(a.el, '.nav .vk-button--secondary')!.click();
        await a.el.updateComplete;
        await answer(a.el, 0, 1);
        const answers = Object.values(kept() ?? {});
        expect(answers, 'kept after A saved again').to.deep.equal([1, ...Array<number>(first - 1).fill(4), ...Array<number>(second).fill(2)]);

        // A third tab (a reload) finds all of them.
        const c = await openTab();
        expect($$(c.el, 'fieldset.item input:checked')).to.have.length(0);
        expect(text($(c.el, '.progress-text'))).to.contain(`Uitspraak ${String(first + second + 1)}–`);
        // And tab A shows tab B's answers where B gave them.
        await next(a.el);
        expect($$(a.el, 'fieldset.item input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(Array<string>(second).fill('2'));
        for (const t of [a, b, c]) expect(t.win.__errors).to.deep.equal([]);
      }),
    );

    it(
      'stops keeping in a tab when the answers were erased in another, so they do not come back',
      quietly(async () => {
        simulated++;
        const a = await openTab();
        saveBox(a.el)!.click();
        await next(a.el);
        await answerPage(a.el, () => 4);
        const b = await openTab();
        const aHeard = heard(a, (r) => r === null);
        $$(b.el, '.storage button')
          .find((x) => text(x) === 'Wis mijn antwoorden')!
          .click();
        await b.el.updateComplete;
        await aHeard;
        await a.el.updateComplete;
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
        expect(saveBox(a.el)!.checked, 'keeping is off in tab A').to.equal(false);
        expect(text($(a.el, '.notice'))).to.match(/ander venster/);
        await answer(a.el, 0, 5);
        expect(localStorage.getItem(STORAGE_KEY), 'the erased answers stay erased').to.equal(null);
        for (const t of [a, b]) expect(t.win.__errors).to.deep.equal([]);
      }),
    );
  });
});
