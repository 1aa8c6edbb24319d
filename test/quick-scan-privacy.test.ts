/**
 * Nothing leaves the browser: once the scan is ready (its data loaded when
 * it connected), a whole scan, the result, copying and downloading the
 * result, and group mode make no network request of any kind.
 */
import { expect, html } from '@open-wc/testing';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { $, $$, finishScan, replace, scanFixture, text } from './helpers/quick-scan.js';

/** The test's own barrier request (see watchNetwork). */
const BARRIER = '/__test/status/204';

/** Resource entries in the page's timeline, the barrier's aside. */
const resourceEntries = () => performance.getEntriesByType('resource').filter((e) => !e.name.endsWith(BARRIER));

/** Records every request the page makes from now on, and blocks fetch, XHR and beacons. */
function watchNetwork(): () => Promise<{ calls: string[]; resources: string[] }> {
  performance.setResourceTimingBufferSize(100_000);
  const resources: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) resources.push(e.name);
  });
  observer.observe({ type: 'resource' });
  const calls: string[] = [];
  const fetch = window.fetch.bind(window);
  const restore = [
    replace(window, 'fetch', (input: RequestInfo | URL) => {
      calls.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
      return Promise.reject(new TypeError('network blocked by the test'));
    }),
    replace(XMLHttpRequest.prototype, 'open', function (_method: string, url: string | URL) {
      calls.push(`xhr ${String(url)}`);
      throw new DOMException('network blocked by the test', 'NetworkError');
    }),
    replace(Navigator.prototype, 'sendBeacon', (url: string | URL) => {
      calls.push(`beacon ${String(url)}`);
      return false;
    }),
    // A download is a blob: URL made in the page; keep the test page where it is.
    replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
      if (!this.href.startsWith('blob:')) calls.push(`navigation ${this.href}`);
    }),
  ];
  return async () => {
    // A barrier: one request of the test's own, answered after anything the page started before it,
    // so that a request begun during the scan has finished and shows up as a resource entry.
    await fetch(BARRIER);
    for (const e of observer.takeRecords()) resources.push(e.name);
    observer.disconnect();
    for (const undo of restore) undo();
    return { calls, resources: resources.filter((r) => !r.endsWith(BARRIER)) };
  };
}

describe('vk-quick-scan: privacy', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('makes no network request during a whole scan, its result and its export', async () => {
    const el = await scanFixture(html`<vk-quick-scan finder-url="/opleidingen"></vk-quick-scan>`);
    const before = resourceEntries().length;
    const stop = watchNetwork();
    let seen: { calls: string[]; resources: string[] };
    try {
      ($$(el, 'input[name="qs-role"]')[3] as HTMLInputElement).click();
      await el.updateComplete;
      await finishScan(el, (n) => ([1, 2, 3, 4, 5, 'nvt'] as const)[n % 6]!);
      expect(text($(el, '[data-focus-heading]'))).to.equal('Je resultaat');
      for (const label of ['Kopieer resultaatcode', 'Download als JSON', 'Download als CSV']) {
        $$(el, '.export-buttons button')
          .find((b) => text(b) === label)!
          .click();
        await el.updateComplete;
      }
      $(el, 'section.advice .value-link button')!.click();
      await el.updateComplete;
      const code = ($(el, '#qs-code') as HTMLTextAreaElement).value;
      const group = await scanFixture(html`<vk-quick-scan mode="group"></vk-quick-scan>`);
      (group.shadowRoot!.querySelector('#qs-codes') as HTMLTextAreaElement).value = [code, code, 'QS1-bad'].join('\n');
      group.shadowRoot!.querySelector('#qs-codes')!.dispatchEvent(new Event('input'));
      (group.shadowRoot!.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await group.updateComplete;
      expect(text(group.shadowRoot!.querySelector('.group-result'))).to.contain('3 codes gelezen');
    } finally {
      seen = await stop();
    }
    expect(seen.calls).to.deep.equal([]);
    expect(seen.resources).to.deep.equal([]);
    // Not counting the barrier, which WebKit's timeline (and any with room left in its buffer) does list.
    expect(resourceEntries().length).to.equal(before);
  });

  it('makes no request while the result is reopened, shared, compared and turned into a plan', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="raadslid" finder-url="/opleidingen"></vk-quick-scan>`);
    const before = resourceEntries().length;
    const stop = watchNetwork();
    let seen: { calls: string[]; resources: string[] };
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.resolve() } });
    try {
      await finishScan(el, (n) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      const code = ($(el, '#qs-code') as HTMLTextAreaElement).value;
      const enter = async (value: string, label: string) => {
        const details = $(el, 'details.code-entry') as HTMLDetailsElement;
        details.open = true;
        const input = details.querySelector('input')!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        [...details.querySelectorAll('button')].find((b) => text(b) === label)!.click();
        await el.updateComplete;
      };
      $$(el, '.export-buttons button').find((b) => text(b) === 'Kopieer link naar dit resultaat')!.click();
      await el.updateComplete;
      await enter(code, 'Vergelijk met dit resultaat');
      expect($(el, '#qs-comparison')).to.exist;
      $$(el, '.plan-link button')[0]!.click();
      await el.updateComplete;
      ($$(el, '.plan-choices input[type=checkbox]')[0] as HTMLInputElement).click();
      await el.updateComplete;
      const print = replace(window, 'print', () => undefined);
      try {
        for (const label of ['Afdrukken of opslaan als pdf', 'Download als tekst (Markdown)', 'Terug naar je resultaat']) {
          $$(el, '.plan-editor button').find((b) => text(b) === label)!.click();
          await el.updateComplete;
        }
      } finally {
        print();
      }
      await enter(code, 'Open dit resultaat');
      expect(text($(el, '.opened'))).to.contain('alleen om te lezen');
      $$(el, '.nav button').find((b) => text(b) === 'Opnieuw beginnen')!.click();
      await el.updateComplete;
      await enter(`${code}x`, 'Open dit resultaat');
      expect($(el, '.code-entry .field-error')).to.exist;
    } finally {
      seen = await stop();
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      history.replaceState(null, '', location.pathname + location.search);
    }
    expect(seen.calls).to.deep.equal([]);
    expect(seen.resources).to.deep.equal([]);
    expect(resourceEntries().length).to.equal(before);
  });

  it('loads everything it needs when it connects (the data chunks, once)', async () => {
    const el: VkQuickScan = await scanFixture(html`<vk-quick-scan office="statenlid"></vk-quick-scan>`);
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    for (const file of [
      'quick-scan',
      'roles',
      'values',
      'clusters',
      'actions',
      'offerings',
      'providers',
      'craft',
      'sources',
    ]) {
      expect(
        names.some((n) => n.includes(`/data/${file}.json`)),
        file,
      ).to.equal(true);
    }
    expect(el.shadowRoot!.textContent).to.contain('Kies vier waarden om te scannen');
  });
});
