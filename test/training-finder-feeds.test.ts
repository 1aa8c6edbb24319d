/**
 * vk-training-finder with an association's feed: merged with the research's
 * offer (the feed wins on the same id), every way a feed can fail, records
 * that do not fit, a hostile feed that must stay inert, and a feed of 10,000
 * offers that must stay usable.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { corpusOfferings, corpusProviders, findOfferings, mergeOfferings, type Offering } from '../src/data/index.js';
import { settingsContext } from '../src/shared/context.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import { generateFeed } from './fixtures/offerings-generator.js';
import { hostileFeed, partlyInvalidFeed, validOffering, validProvider } from './fixtures/training-feeds.js';
import {
  checkbox,
  count,
  focused,
  item,
  items,
  mountWithFeed,
  optionCount,
  root,
  search,
  squash,
  text,
  titles,
  type Finder,
} from './helpers/training-finder.js';

const EXAMPLE = '/data/examples/example-feed.json';

interface ExampleFeed {
  feed: { name: string; publisher: string; updated: string };
  providers: { id: string; name: string }[];
  offerings: Offering[];
}

async function exampleFeed(): Promise<ExampleFeed> {
  return (await (await fetch(EXAMPLE)).json()) as ExampleFeed;
}

/** Mounts a finder for `src`, recording its error events from the start. */
async function mountSrc(src: string, attributes: Record<string, string> = {}): Promise<{ el: Finder; errors: VkErrorDetail[] }> {
  const el = document.createElement('vk-training-finder');
  el.setAttribute('url-state', 'off');
  el.setAttribute('src', src);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const errors: VkErrorDetail[] = [];
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  await fixture(html`<div>${el}</div>`);
  await el.ready;
  await el.updateComplete;
  return { el, errors };
}

function problem(el: Finder): string {
  return squash(root(el).querySelector('[part="error"]')?.textContent);
}

const valid = validOffering;
const provider = validProvider;

describe('vk-training-finder with a feed', () => {
  let corpus: readonly Offering[];
  let example: ExampleFeed;

  before(async () => {
    corpus = await corpusOfferings();
    example = await exampleFeed();
  });

  describe('merging', () => {
    it('adds the feed from src to the research’s offer, with its own source', async () => {
      const { el, errors } = await mountSrc(EXAMPLE);
      expect(errors).to.deep.equal([]);
      const total = corpus.length + example.offerings.length;
      expect(count(el)).to.equal(`${String(total)} aanbiedingen`);
      expect(text(el)).to.contain(
        `${String(corpus.length)} aanbiedingen uit het onderzoek en ${String(example.offerings.length)} aanbiedingen uit „${example.feed.name}”.`,
      );
      const first = example.offerings[0]!;
      const li = item(el, first.title);
      // Who publishes it, not when the research described it.
      expect(squash(li.querySelector('.origin')?.textContent)).to.equal(`van ${example.feed.publisher}`);
      expect(squash(li.textContent)).to.contain(`Aanbieder: ${example.providers[0]!.name}`);
      expect(li.querySelector<HTMLAnchorElement>('[part="result-link"]')!.href).to.equal(first.url);
      li.querySelector<HTMLButtonElement>('[part="result-toggle"]')!.click();
      await el.updateComplete;
      expect(squash(li.querySelector('[part="citation"]')?.textContent)).to.equal(
        `Bron: ${example.feed.name}, gepubliceerd door ${example.feed.publisher}, bijgewerkt 15 januari 2025.`,
      );
      for (const f of first.facts ?? []) expect(squash(li.textContent)).to.contain(f.text);
      // The feed's provider is a filter option like any other.
      expect(optionCount(el, 'Aanbieder', example.providers[0]!.name)).to.equal(example.offerings.length);
      await expect(el).to.be.accessible();
    });

    it('reads the same feed from a child script, without running it', async () => {
      const el = await mountWithFeed(example, { 'url-state': 'off' });
      expect(count(el)).to.equal(`${String(corpus.length + example.offerings.length)} aanbiedingen`);
      const script = el.querySelector('script')!;
      expect(script.type).to.equal('application/json');
    });

    it('lets the feed replace an offer of the research with the same id, and lists the feed first', async () => {
      const original = corpus.find((o) => o.id === 'raad-in-beraad')!;
      const replacement = { ...valid, id: original.id, title: 'Raad in Beraad (vernieuwd)', provider: 'bzk', year: 2025 };
      const el = await mountWithFeed({ offerings: [replacement] }, { 'url-state': 'off' });
      expect(titles(el)).to.have.length(corpus.length);
      expect(titles(el)).not.to.include(original.title);
      expect(titles(el)).to.deep.equal(['Raad in Beraad (vernieuwd)', ...corpus.filter((o) => o !== original).map((o) => o.title)]);
      expect(text(el)).to.contain('1 aanbieding stond in meer dan één bron en staat hier één keer.');
    });

    it('takes the feed of a settings provider when it has none of its own', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, { context: settingsContext, initialValue: { feed: EXAMPLE } });
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      wrapper.append(el);
      await el.ready;
      await el.updateComplete;
      expect(titles(el)).to.have.length(corpus.length + example.offerings.length);
    });

    it('shows only the feed with include-corpus="false"', async () => {
      const { el } = await mountSrc(EXAMPLE, { 'include-corpus': 'false' });
      expect(titles(el)).to.deep.equal(example.offerings.map((o) => o.title));
      expect(text(el)).to.contain(`3 aanbiedingen uit „${example.feed.name}”.`);
    });

    it('names the provider as publisher when a feed does not name itself', async () => {
      const el = await mountWithFeed({ providers: [provider], offerings: [valid] }, { 'url-state': 'off', 'include-corpus': 'false' });
      expect(squash(item(el, 'Startdag').querySelector('.origin')?.textContent)).to.equal('van Voorbeeld');
      item(el, 'Startdag').querySelector<HTMLButtonElement>('[part="result-toggle"]')!.click();
      await el.updateComplete;
      expect(squash(item(el, 'Startdag').querySelector('[part="citation"]')?.textContent)).to.equal(
        'Bron: de feed van een vereniging, niet het onderzoek.',
      );
    });

    it('follows a change of src and drops the feed when src goes', async () => {
      const { el } = await mountSrc(EXAMPLE);
      expect(titles(el)).to.have.length(corpus.length + 3);
      el.src = '';
      await el.updateComplete;
      await waitUntil(() => titles(el).length === corpus.length, 'the feed stayed', { timeout: 5000 });
    });
  });

  describe('a feed that fails', () => {
    const cases: { name: string; src: string; attrs?: Record<string, string>; code: string; reason: string }[] = [
      { name: 'a 404', src: '/__test/status/404', code: 'feed-http', reason: 'de server antwoordde met foutcode 404' },
      { name: 'a server error', src: '/__test/status/500', code: 'feed-http', reason: 'de server antwoordde met foutcode 500' },
      {
        name: 'a body in no format it reads',
        src: '/__test/text',
        code: 'feed-unknown-format',
        reason: 'het formaat is niet herkend (verwacht: JSON, iCalendar, JSON-LD of CSV)',
      },
      {
        name: 'a server that does not answer in time',
        src: '/__test/slow/3000',
        attrs: { 'feed-timeout': '200' },
        code: 'feed-timeout',
        reason: 'de server antwoordde niet op tijd',
      },
      {
        name: 'a server that cannot be reached',
        src: 'http://127.0.0.1:9/aanbod.json',
        code: 'feed-network',
        reason: 'de server is niet bereikbaar, of staat het laden vanaf deze website niet toe (de CORS-kop Access-Control-Allow-Origin ontbreekt)',
      },
    ];
    for (const { name, src, attrs, code, reason } of cases) {
      it(`says so for ${name}, and keeps showing the research’s offer`, async () => {
        const { el, errors } = await mountSrc(src, attrs);
        expect(problem(el)).to.equal(`Het aanbod uit de feed „${src}” kon niet worden geladen: ${reason}. Het aanbod uit het onderzoek staat er wel.`);
        expect(errors.map((e) => (e.code === 'feed-failed' ? [e.code, e.detail.reason, e.detail.src] : [e.code]))).to.deep.equal([['feed-failed', code, src]]);
        expect(titles(el)).to.have.length(corpus.length);
        await expect(el).to.be.accessible();
      });
    }

    it('says so for JSON of the wrong shape', async () => {
      const el = await mountWithFeed({ items: [valid] }, { 'url-state': 'off' });
      expect(problem(el)).to.equal(
        'Het aanbod uit de feed kon niet worden geladen: het bestand heeft niet de vorm { "offerings": [ … ] }. Het aanbod uit het onderzoek staat er wel.',
      );
      expect(titles(el)).to.have.length(corpus.length);
    });

    it('says so for a child script that is not JSON, without throwing', async () => {
      const el = await mountWithFeed(null, { 'url-state': 'off' }, '{ offerings: [ <b>');
      expect(problem(el)).to.equal(
        'Het aanbod uit de feed kon niet worden geladen: het aanbod in de pagina is geen geldige JSON. Het aanbod uit het onderzoek staat er wel.',
      );
      expect(titles(el)).to.have.length(corpus.length);
    });

    it('says there is nothing to show when the research’s offer is switched off too', async () => {
      const { el } = await mountSrc('/__test/status/404', { 'include-corpus': 'false' });
      expect(problem(el)).to.equal('Het aanbod uit de feed „/__test/status/404” kon niet worden geladen: de server antwoordde met foutcode 404.');
      expect(squash(root(el).querySelector('[part="empty"]')?.textContent)).to.equal(
        'Er is geen aanbod om te tonen: er is geen feed opgegeven en het aanbod uit het onderzoek staat uit.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the research’s offer while the feed is still loading', async () => {
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      el.src = '/__test/slow/1500';
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => titles(el).length === corpus.length, 'the corpus did not show', { timeout: 5000 });
      expect(text(el)).to.contain('Het aanbod uit de feed wordt geladen…');
      await expect(el).to.be.accessible();
      await el.ready;
      await el.updateComplete;
      expect(text(el)).not.to.contain('wordt geladen');
    });
  });

  describe('records that do not fit', () => {
    it('skips them, counts them and lists each with its reason', async () => {
      const feed = partlyInvalidFeed;
      const el = await mountWithFeed(feed, { 'url-state': 'off', 'include-corpus': 'false' });
      expect(titles(el)).to.deep.equal(['Startdag']);
      expect(problem(el)).to.equal('Niet alle aanbiedingen uit de feed voldoen aan het formaat; wat niet past, is overgeslagen.');
      const panel = root(el).querySelector<HTMLDetailsElement>('[part="rejected"]')!;
      expect(squash(panel.querySelector('summary')?.textContent)).to.equal('6 aanbiedingen en 1 aanbieder konden niet worden getoond');
      expect(panel.open).to.equal(false);
      panel.open = true;
      const lines = [...panel.querySelectorAll('li')].map((li) => squash(li.textContent));
      expect(lines).to.deep.equal([
        'Aanbieder 2 in de feed „Zonder soort” kapot: het verplichte veld „shortName” ontbreekt; het verplichte veld „aliases” ontbreekt; het verplichte veld „kind” ontbreekt; het verplichte veld „description” ontbreekt; het verplichte veld „roles” ontbreekt; het verplichte veld „url” ontbreekt',
        'Aanbieding 2 in de feed „Dansles” vb-2: „formats[0]” heeft een onbekende waarde (toegestaan: conferentie, congres, bijeenkomst, leergang, opleiding, training, workshop, masterclass, intervisie, coaching, mentoring, zelfscan, e-learning, regiobijeenkomst, in-company, handreiking, netwerk, spel, overig)',
        'Aanbieding 3 in de feed „Script” vb-3: „url” moet een webadres zijn dat met http:// of https:// begint',
        'Aanbieding 4 in de feed vb-4: het verplichte veld „title” ontbreekt',
        'Aanbieding 5 in de feed „Dubbel” vb-startdag: het id „vb-startdag” staat al eerder in de feed',
        'Aanbieding 6 in de feed „Elders” vb-6: de aanbieder „onbekend” staat niet in de feed en is ook geen bekende aanbieder',
        'Aanbieding 7 in de feed: het record moet een object zijn',
      ]);
      await expect(el).to.be.accessible();
    });

    it('explains them in English too', async () => {
      const el = await mountWithFeed(
        { providers: [provider], offerings: [valid, { ...valid, id: 'vb-3', title: 'Script', url: 'data:text/html,x' }] },
        { 'url-state': 'off', lang: 'en' },
      );
      const panel = root(el).querySelector<HTMLDetailsElement>('[part="rejected"]')!;
      expect(squash(panel.querySelector('summary')?.textContent)).to.equal('1 offer could not be shown');
      expect(squash(panel.querySelector('li')?.textContent)).to.equal(
        'Offer 2 in the feed „Script” vb-3: “url” must be a web address starting with http:// or https://',
      );
    });
  });

  describe('a hostile feed', () => {
    const trap = '__vkPwned';
    const w = window as unknown as Record<string, unknown>;
    const run = `window.${trap}=1`;
    const hostile = hostileFeed(run);

    beforeEach(() => {
      Reflect.deleteProperty(w, trap);
    });

    it('shows every text as text and runs nothing', async () => {
      const el = await mountWithFeed(hostile, { 'url-state': 'off', 'include-corpus': 'false' });
      // Open every offer, so every text of the feed is on screen.
      for (const button of root(el).querySelectorAll<HTMLButtonElement>('[part="result-toggle"]')) button.click();
      await el.updateComplete;
      const panel = root(el).querySelector<HTMLDetailsElement>('[part="rejected"]')!;
      panel.open = true;

      expect(titles(el)).to.deep.equal([`<script>${run}</script>Cursus`, `<img src=x onerror=${run}>`]);
      expect(text(el)).to.contain(`\${${run}}`);
      expect(text(el)).to.contain(`{{constructor.constructor('${run}')()}}`);
      expect(root(el).querySelectorAll('script, img, iframe, object, embed, b, a:not([part="result-link"])')).to.have.length(0);
      const handlers = [...root(el).querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')));
      expect(handlers).to.deep.equal([]);
      expect(w[trap]).to.equal(undefined);
    });

    it('links only to http(s) pages, and following a link runs no script', async () => {
      const el = await mountWithFeed(hostile, { 'url-state': 'off', 'include-corpus': 'false' });
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a')];
      // kwaad-2's malformed URL is shown without a link; kwaad-3 and kwaad-4 are skipped.
      expect(links.map((a) => new URL(a.href).protocol)).to.deep.equal(['https:']);
      expect(links[0]!.href).to.equal(new URL(`https://example.org/"><script>${run}</script>`).href);
      expect(items(el).map((li) => li.querySelector('a') !== null)).to.deep.equal([true, false]);
      const rejected = [...root(el).querySelectorAll('[part="rejected"] li')].map((li) => squash(li.textContent));
      expect(rejected).to.have.length(3);
      expect(rejected[0]).to.contain('Link met script');
      expect(rejected[2]).to.contain('onbekend veld „onclick”');

      // Activate the link without leaving the test page: the host cancels navigation.
      const stay = (e: Event) => {
        e.preventDefault();
      };
      el.addEventListener('click', stay);
      links[0]!.focus();
      await sendKeys({ press: 'Enter' });
      links[0]!.click();
      el.removeEventListener('click', stay);
      expect(w[trap]).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading and aborting', () => {
    let signals: (AbortSignal | undefined)[];
    const realFetch = window.fetch.bind(window);

    beforeEach(() => {
      signals = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init?.signal ?? undefined);
        return realFetch(input, init);
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('aborts the request in flight when src changes', async () => {
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      el.src = '/__test/slow/3000';
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => signals.length === 1, 'no request', { timeout: 5000 });
      el.src = EXAMPLE;
      await el.ready;
      await waitUntil(() => titles(el).length === corpus.length + 3, 'the new feed did not show', { timeout: 5000 });
      expect(signals[0]!.aborted).to.equal(true);
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });

    it('aborts the request when the element is removed, and loads again when it returns', async () => {
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      el.src = '/__test/slow/3000';
      const host = await fixture<HTMLDivElement>(html`<div>${el}</div>`);
      await waitUntil(() => signals.length === 1, 'no request', { timeout: 5000 });
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      el.src = EXAMPLE;
      host.append(el);
      await waitUntil(() => titles(el).length === corpus.length + 3, 'the feed did not load again', { timeout: 5000 });
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });
    it('keeps loading when the element is only moved to another place in the page', async () => {
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      el.src = '/__test/slow/300';
      const host = await fixture<HTMLDivElement>(html`<div><section></section>${el}</div>`);
      await waitUntil(() => signals.length === 1, 'no request', { timeout: 5000 });
      host.querySelector('section')!.append(el); // disconnect and connect in one go
      await waitUntil(() => signals.length === 2, 'the request was not made again', { timeout: 5000 });
      await el.ready;
      await el.updateComplete;
      expect(signals[0]!.aborted).to.equal(true);
      expect(signals[1]!.aborted).to.equal(false);
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });
  });

  describe('10,000 offers', function () {
    // Parsing 10,051 offers and axe over 200 rendered results take seconds in any engine, longest in WebKit.
    this.timeout(30_000);
    let el: Finder;
    let merged: Offering[];
    const feed = generateFeed(10_000);

    before(() => {
      merged = mergeOfferings(corpus, feed.offerings);
    });
    beforeEach(async () => {
      el = await mountWithFeed(feed, { 'url-state': 'off' });
    });

    it('renders one page of results, says how many there are, and shows more on request', async () => {
      expect(count(el)).to.equal('10.051 aanbiedingen');
      const list = root(el).querySelector('[part="results"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Leeraanbod, 10.051 aanbiedingen');
      expect(items(el)).to.have.length(100);
      const more = root(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!;
      expect(more.textContent.trim()).to.equal('Toon 100 meer (100 van 10.051 getoond)');
      more.focus();
      await sendKeys({ press: 'Enter' });
      // The key reaches the page through the runner: wait for what the reader sees, not for one update.
      await waitUntil(() => items(el).length === 200, 'the next 100 results never came', { timeout: 5000 });
      await el.updateComplete;
      expect(items(el)).to.have.length(200);
      // Focus moves to the first newly shown result, where reading goes on.
      const toggles = root(el).querySelectorAll('[part="result-toggle"]');
      expect(root(el).activeElement).to.equal(toggles[100]);
      const first = items(el)[0]!;
      expect(first.getAttribute('aria-setsize')).to.equal('10051');
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('searches and filters all of them', async () => {
      await search(el, 'begroting');
      const expected = await findOfferings({ query: 'begroting' }, merged, [...(await corpusProviders()), ...feed.providers]);
      expect(count(el)).to.equal(`${expected.length.toLocaleString('nl-NL')} van 10.051 aanbiedingen`);
      await waitUntil(() => items(el).length > 0, 'nothing rendered', { timeout: 10000 });
      expect(titles(el)[0]).to.equal(expected[0]!.title);

      checkbox(el, 'Kosten', 'Gratis').click();
      await el.updateComplete;
      const free = expected.filter((o) => o.cost.kind === 'gratis');
      await waitUntil(() => count(el).startsWith(free.length.toLocaleString('nl-NL')), 'the filter did not apply', { timeout: 5000 });
      expect(optionCount(el, 'Kosten', 'Betaald')).to.equal(expected.filter((o) => o.cost.kind === 'betaald').length);
    });

    it('keeps results reachable with the keyboard', async () => {
      const toggles = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part="result-toggle"]')];
      toggles()[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggles()[0]!.getAttribute('aria-expanded')).to.equal('true');
      // Tab walks on through the open offer's values into the next results.
      for (let i = 0; i < 12; i++) await sendKeys({ press: 'Tab' });
      const at = focused(el)?.closest('[part="result"]');
      expect(Number(at?.getAttribute('aria-posinset'))).to.be.greaterThan(1);
    });
  });
});
