/**
 * vk-training-finder: finding an offer in the research's overview by search,
 * filters and sorting, with counts, chips, events and the keyboard. Expected
 * values come from data/offerings.json and data/providers.json (through the
 * data API), never from the finder's own output.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { corpusOfferings, corpusProviders, findOfferings, offeringSearch, type Offering } from '../src/data/index.js';
import type { VkOfferingSelectDetail, VkValueSelectDetail } from '../src/shared/events.js';
import {
  checkbox,
  chips,
  count,
  facet,
  focused,
  item,
  mount,
  optionCount,
  root,
  search,
  searchInput,
  settle,
  squash,
  text,
  tick,
  titles,
  type Finder,
} from './helpers/training-finder.js';

const nl = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const sorted = (list: readonly string[]) => [...list].sort((a, b) => nl.compare(a, b));

async function finder(attrs = html``): Promise<Finder> {
  return mount(html`<vk-training-finder url-state="off">${attrs}</vk-training-finder>`);
}

describe('vk-training-finder', () => {
  let corpus: readonly Offering[];
  let providerName: Map<string, string>;

  before(async () => {
    corpus = await corpusOfferings();
    providerName = new Map((await corpusProviders()).map((p) => [p.id, p.name]));
  });

  describe('the offer from the research', () => {
    it('lists every offer with its provider, format, audience, level and cost', async () => {
      const el = await finder();
      expect(count(el)).to.equal(`${corpus.length} aanbiedingen`);
      expect(sorted(titles(el))).to.deep.equal(sorted(corpus.map((o) => o.title)));
      const first = corpus[0]!;
      const li = squash(item(el, first.title).textContent);
      expect(li).to.contain(`Aanbieder: ${providerName.get(first.provider!)!}`);
      expect(li).to.contain('Voor wie: burgemeesters');
      expect(li).to.contain('Werkvorm: Opleiding en intervisie');
      expect(li).to.contain('Niveau: macro en micro');
      expect(li).to.contain('Kosten: Gratis');
      await expect(el).to.be.accessible();
    });

    it('says on every offer which year it was described in', async () => {
      const el = await finder();
      const shown = [...root(el).querySelectorAll('[part="result"]')].map((li) => [
        squash(li.querySelector('[part="result-toggle"]')?.textContent),
        squash(li.querySelector('.origin')?.textContent).split(' · ')[0],
      ]);
      const expected = corpus.map((o) => [o.title, `uit het onderzoek van ${String(o.year)}`]);
      expect(shown).to.deep.equal(expected);
      // The Lochem conferences are described twice: in 2013 and again in 2024.
      expect(shown.filter(([t]) => t === 'Lochemconferenties').map(([, w]) => w)).to.deep.equal([
        'uit het onderzoek van 2013',
        'uit het onderzoek van 2024',
      ]);
    });

    it('says when an offer was still in development, a proposal or already finished then', async () => {
      const el = await finder();
      const finished = corpus.find((o) => o.status === 'afgelopen')!;
      expect(squash(item(el, finished.title).querySelector('.origin')?.textContent)).to.equal(
        `uit het onderzoek van ${String(finished.year)} · toen al afgelopen`,
      );
    });

    it('shows the one link the research gives, and no link where it gives none', async () => {
      const el = await finder();
      const withUrl = corpus.filter((o) => o.url);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="result-link"]')];
      expect(links.map((a) => a.href)).to.deep.equal(withUrl.map((o) => new URL(o.url!).href));
      expect(squash(links[0]?.textContent)).to.contain('Naar de website van het aanbod');
    });
  });

  describe('opening an offer', () => {
    it('shows the description, the facts with numbers and the source, and tells the host', async () => {
      const el = await finder();
      const o = corpus.find((x) => x.id === 'ngb-opleidingsprogramma')!;
      const li = item(el, o.title);
      const toggle = li.querySelector<HTMLButtonElement>('[part="result-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const event = oneEvent(el, 'vk-offering-select');
      toggle.click();
      const { detail, composed, bubbles, cancelable } = (await event) as CustomEvent<VkOfferingSelectDetail>;
      expect([composed, bubbles, cancelable]).to.deep.equal([true, true, true]);
      expect(detail.id).to.equal(o.id);
      expect(detail.offering).to.equal(o);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      const shown = squash(details.textContent);
      expect(shown).to.contain(o.description!);
      for (const f of o.facts ?? []) expect(shown).to.contain(f.text);
      expect(shown).to.contain('Bron: Lokale bestuurderskracht (2013), 4. Aanbieders en hun aanbod › 4.2. Spelers › NGB');
      expect(details.querySelector('.description')?.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(li.querySelector('[part="result-details"]')).to.equal(null);
    });

    it('stays closed when the host cancels vk-offering-select', async () => {
      const el = await finder();
      el.addEventListener('vk-offering-select', (e) => {
        e.preventDefault();
      });
      const toggle = item(el, corpus[0]!.title).querySelector<HTMLButtonElement>('[part="result-toggle"]')!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('filters on a value of the offer, unless the host cancels vk-value-select', async () => {
      const el = await finder();
      const o = corpus.find((x) => x.id === 'ngb-loopbaanplus')!; // linked to authenticiteit
      item(el, o.title).querySelector<HTMLButtonElement>('[part="result-toggle"]')!.click();
      await el.updateComplete;
      const button = item(el, o.title).querySelector<HTMLButtonElement>('.values button')!;
      expect(squash(button.textContent)).to.equal('Authenticiteit');

      const cancel = (e: Event) => {
        e.preventDefault();
      };
      el.addEventListener('vk-value-select', cancel);
      button.click();
      await el.updateComplete;
      expect(chips(el)).to.deep.equal([]);
      el.removeEventListener('vk-value-select', cancel);

      const event = oneEvent(el, 'vk-value-select');
      button.click();
      expect(((await event) as CustomEvent<VkValueSelectDetail>).detail).to.deep.equal({ id: 'authenticiteit' });
      await settle(el);
      expect(chips(el)).to.deep.equal(['Waarde: Authenticiteit']);
      expect(sorted(titles(el))).to.deep.equal(sorted(corpus.filter((x) => x.values?.includes('authenticiteit')).map((x) => x.title)));
    });
  });

  describe('searching', () => {
    it('finds offers by a word, title matches first', async () => {
      const el = await finder();
      await search(el, 'intervisie');
      const expected = await findOfferings({ query: 'intervisie' }, corpus);
      expect(sorted(titles(el))).to.deep.equal(sorted(expected.map((o) => o.title)));
      const inTitle = titles(el).map((t) => /intervisie/i.test(t));
      expect(inTitle.indexOf(false)).to.be.greaterThan(inTitle.lastIndexOf(true));
      expect(count(el)).to.equal(`${String(expected.length)} van ${String(corpus.length)} aanbiedingen`);
    });

    it('ignores case and diacritics, and finds plural and singular forms alike', async () => {
      const el = await finder();
      await search(el, 'COMMERCIELE');
      expect(titles(el)).to.include('Professionaliseringsaanbod van geselecteerde commerciële organisaties');
      await search(el, 'raadslid');
      const singular = titles(el);
      await search(el, 'raadsleden');
      expect(titles(el)).to.include("Opleidingsprogramma's voor raadsleden");
      expect(sorted(titles(el))).to.deep.equal(sorted(singular));
    });

    it('prepares a search that answers each keystroke at once, as findOfferings does', async () => {
      const find = await offeringSearch(corpus);
      for (const q of ['i', 'intervisie', 'RAADSLEDEN', 'lochem', 'xyzzy']) {
        const expected = (await findOfferings({ query: q }, corpus)).map((o) => o.id);
        expect(find(q).map((o) => o.id), q).to.deep.equal(expected);
      }
      expect(find('  ')).to.have.length(corpus.length);
    });

    it('shows the search term as a chip that clears it', async () => {
      const el = await finder();
      await search(el, 'lochem');
      expect(titles(el)).to.deep.equal(['Lochemconferenties', 'Lochemconferenties']);
      expect(chips(el)).to.deep.equal(['Zoekterm: lochem']);
      root(el).querySelector<HTMLButtonElement>('[part="chip"]')!.click();
      await settle(el);
      expect(searchInput(el).value).to.equal('');
      expect(titles(el)).to.have.length(corpus.length);
    });
  });

  describe('filters', () => {
    const cases: { legend: string; option: string; keep: (o: Offering) => boolean }[] = [
      { legend: 'Ambt', option: 'Raadslid', keep: (o) => o.roles?.includes('raadslid') ?? false },
      { legend: 'Werkvorm', option: 'Intervisie', keep: (o) => o.formats.includes('intervisie') },
      { legend: 'Niveau van leren', option: 'Micro: zelfreflectie en contextuele intelligentie', keep: (o) => o.levels?.includes('micro') ?? false },
      { legend: 'Waarde', option: 'Bekwaamheid', keep: (o) => o.values?.includes('bekwaamheid') ?? false },
      { legend: 'Aanbieder', option: 'Nederlands Genootschap van Burgemeesters', keep: (o) => o.provider === 'ngb' },
      { legend: 'Individueel of collectief', option: 'Collectief', keep: (o) => o.mode === 'collectief' || o.mode === 'beide' },
      { legend: 'Kosten', option: 'Gratis', keep: (o) => o.cost.kind === 'gratis' },
    ];
    for (const { legend, option, keep } of cases) {
      it(`narrows to the offers for "${legend}: ${option}"`, async () => {
        const el = await finder();
        const expected = corpus.filter(keep).map((o) => o.title);
        expect(optionCount(el, legend, option)).to.equal(expected.length);
        await tick(el, legend, option);
        expect(sorted(titles(el))).to.deep.equal(sorted(expected));
        expect(chips(el)).to.deep.equal([`${legend}: ${option}`]);
        expect(squash(facet(el, legend).querySelector('summary')?.textContent)).to.equal(`${legend} (1 gekozen)`);
      });
    }

    it('ORs options within a filter and ANDs across filters', async () => {
      const el = await finder();
      await tick(el, 'Ambt', 'Raadslid');
      await tick(el, 'Ambt', 'Griffier');
      const either = corpus.filter((o) => o.roles?.some((r) => r === 'raadslid' || r === 'griffier'));
      expect(sorted(titles(el))).to.deep.equal(sorted(either.map((o) => o.title)));
      await tick(el, 'Werkvorm', 'Bijeenkomst');
      const both = either.filter((o) => o.formats.includes('bijeenkomst'));
      expect(both.length).to.be.greaterThan(0);
      expect(sorted(titles(el))).to.deep.equal(sorted(both.map((o) => o.title)));
    });

    it('counts each option with the other filters applied', async () => {
      const el = await finder();
      const roles = ['burgemeester', 'griffier', 'raadslid', 'wethouder'] as const;
      const names = { burgemeester: 'Burgemeester', griffier: 'Griffier', raadslid: 'Raadslid', wethouder: 'Wethouder' };
      for (const r of roles) expect(optionCount(el, 'Ambt', names[r]), r).to.equal(corpus.filter((o) => o.roles?.includes(r)).length);

      await tick(el, 'Kosten', 'Kosten onbekend');
      for (const r of roles) {
        expect(optionCount(el, 'Ambt', names[r]), r).to.equal(
          corpus.filter((o) => o.roles?.includes(r) && o.cost.kind === 'onbekend').length,
        );
      }
      // The cost options still count as if no cost were chosen: ticking one more adds that many.
      expect(optionCount(el, 'Kosten', 'Betaald')).to.equal(corpus.filter((o) => o.cost.kind === 'betaald').length);
      expect(optionCount(el, 'Kosten', 'Gratis')).to.equal(corpus.filter((o) => o.cost.kind === 'gratis').length);
    });

    it('explains each learning level in the words of the 2013 paper', async () => {
      const el = await finder();
      const box = checkbox(el, 'Niveau van leren', 'Meso: conflictmanagement en samenspel');
      const explanation = root(el).getElementById(box.getAttribute('aria-describedby')!)!;
      expect(squash(explanation.textContent)).to.equal(
        'De wisselwerking tussen de eisen die de omgeving aan een ambtsdrager stelt (macro) en de wijze waarop hij of zij hiermee omgaat (micro) vindt tot slot plaats op het mesoniveau.',
      );
      expect(explanation.getAttribute('lang')).to.equal('nl');
    });

    it('removes a filter from its chip, and clears them all at once', async () => {
      const el = await finder();
      await tick(el, 'Ambt', 'Raadslid');
      await tick(el, 'Kosten', 'Kosten onbekend');
      await search(el, 'regio');
      expect(chips(el)).to.deep.equal(['Zoekterm: regio', 'Ambt: Raadslid', 'Kosten: Kosten onbekend']);
      root(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')[1]!.click();
      await settle(el);
      expect(chips(el)).to.deep.equal(['Zoekterm: regio', 'Kosten: Kosten onbekend']);
      expect(checkbox(el, 'Ambt', 'Raadslid').checked).to.equal(false);
      await expect(el).to.be.accessible();

      root(el).querySelector<HTMLButtonElement>('[part="clear-all"]')!.click();
      await settle(el);
      expect(chips(el)).to.deep.equal([]);
      expect(titles(el)).to.have.length(corpus.length);
      expect(focused(el)).to.equal(searchInput(el));
    });
  });

  describe('sorting', () => {
    it('sorts by title or by provider', async () => {
      const el = await finder();
      const select = root(el).querySelector<HTMLSelectElement>('[part~="sort"]')!;
      select.value = 'titel';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(titles(el)).to.deep.equal(sorted(corpus.map((o) => o.title)));

      select.value = 'aanbieder';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      const shown = [...root(el).querySelectorAll('[part="result"]')].map(
        (li) => squash(li.querySelector('.meta-item dd')?.textContent),
      );
      const withProvider = corpus.filter((o) => o.provider).map((o) => providerName.get(o.provider!)!);
      expect(shown.slice(0, withProvider.length)).to.deep.equal(sorted(withProvider));
      // Offers for which the source names no provider come last.
      expect(new Set(shown.slice(withProvider.length))).to.deep.equal(new Set(['de bron noemt geen aanbieder']));
    });
  });

  describe('when nothing matches', () => {
    it('says so and offers to drop the filter that brings back the most', async () => {
      const el = await finder();
      await tick(el, 'Ambt', 'Raadslid');
      await tick(el, 'Kosten', 'Gratis');
      const withoutCost = corpus.filter((o) => o.roles?.includes('raadslid')).length;
      const withoutRole = corpus.filter((o) => o.cost.kind === 'gratis').length;
      expect(corpus.filter((o) => o.roles?.includes('raadslid') && o.cost.kind === 'gratis')).to.have.length(0);
      expect(text(el)).to.contain('Geen aanbod gevonden dat bij deze keuzes past.');
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.suggestions button')];
      expect(buttons.map((b) => squash(b.textContent))).to.deep.equal([
        `Zonder Kosten (Gratis): ${String(withoutCost)} aanbiedingen`,
        `Zonder Ambt (Raadslid): ${String(withoutRole)} aanbiedingen`,
      ]);
      await expect(el).to.be.accessible();
      buttons[0]!.click();
      await settle(el);
      expect(titles(el)).to.have.length(withoutCost);
      expect(focused(el)).to.equal(root(el).querySelector('[part="count"]'));
    });

    it('offers to drop the search term', async () => {
      const el = await finder();
      await search(el, 'xyzzy');
      expect(titles(el)).to.deep.equal([]);
      const button = root(el).querySelector<HTMLButtonElement>('.suggestions button')!;
      expect(squash(button.textContent)).to.equal(`Zonder de zoekterm „xyzzy”: ${String(corpus.length)} aanbiedingen`);
    });
  });

  describe('with the keyboard only', () => {
    it('searches, filters, removes chips and opens results', async () => {
      const el = await finder();
      searchInput(el).focus();
      await sendKeys({ type: 'regio' });
      await settle(el);
      await waitUntil(() => chips(el).length === 1, 'no search chip', { timeout: 5000 });
      const regio = (await findOfferings({ query: 'regio' }, corpus)).map((o) => o.title);
      expect(sorted(titles(el))).to.deep.equal(sorted(regio));

      // Space ticks a filter.
      checkbox(el, 'Ambt', 'Raadslid').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(chips(el)).to.deep.equal(['Zoekterm: regio', 'Ambt: Raadslid']);

      // Enter on a chip removes it; focus moves to the chip that takes its place, then back to the search field.
      const first = root(el).querySelector<HTMLButtonElement>('[part="chip"]')!;
      first.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(chips(el)).to.deep.equal(['Ambt: Raadslid']);
      expect(squash(focused(el)?.textContent)).to.contain('Ambt: Raadslid');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(chips(el)).to.deep.equal([]);
      expect(focused(el)).to.equal(searchInput(el));

      // Tab reaches the results; Enter opens one, and Tab then reaches its value buttons.
      await search(el, 'loopbaanplus');
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="result-toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(squash(focused(el)?.textContent)).to.equal('Authenticiteit');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(chips(el)).to.deep.equal(['Zoekterm: loopbaanplus', 'Waarde: Authenticiteit']);
    });

    it('announces the count once typing has settled, not on every key', async () => {
      const el = await finder();
      const status = root(el).querySelector('[role="status"]')!;
      const seen: string[] = [];
      new MutationObserver(() => seen.push(squash(status.textContent))).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      // Two bursts with a short pause; the first alone finds more offers, so an
      // announcement after it would differ from the final one.
      const partial = await findOfferings({ query: 'raad' }, corpus);
      const expected = await findOfferings({ query: 'raadsleden' }, corpus);
      expect(partial.length).not.to.equal(expected.length);
      searchInput(el).focus();
      await sendKeys({ type: 'raad' });
      await settle(el);
      await sendKeys({ type: 'sleden' });
      await settle(el);
      await waitUntil(() => seen.length > 0, 'nothing announced', { timeout: 5000 });
      expect(seen).to.deep.equal([`${String(expected.length)} aanbiedingen gevonden.`]);
    });
  });

  describe('in a narrow column', () => {
    it('folds the filters behind a button', async () => {
      const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"><vk-training-finder url-state="off"></vk-training-finder></div>`);
      const el = column.querySelector('vk-training-finder')!;
      await el.ready;
      await el.updateComplete;
      const toggle = root(el).querySelector<HTMLButtonElement>('.filters-toggle')!;
      const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(getComputedStyle(filters).display).to.equal('none');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(filters).display).not.to.equal('none');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('in English', () => {
    it('speaks English and keeps the research text Dutch', async () => {
      const el = await mount(html`<vk-training-finder url-state="off" lang="en"></vk-training-finder>`);
      expect(count(el)).to.equal(`${String(corpus.length)} offers`);
      expect(text(el)).to.contain('Search the learning offer');
      expect(squash(facet(el, 'Office').textContent)).to.contain('Council member');
      const li = item(el, corpus[0]!.title);
      expect(squash(li.textContent)).to.contain('For whom: mayors');
      expect(squash(li.querySelector('.origin')?.textContent)).to.equal('from the research of 2013');
      expect(li.querySelector('[part="result-toggle"] span')?.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('puts result titles at the heading level the host asks for', async () => {
      const el = await mount(html`<vk-training-finder url-state="off" heading-level="2"></vk-training-finder>`);
      const heading = root(el).querySelector('.result-heading')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.querySelector('button[part="result-toggle"]')).to.exist;
      // The first offer of the research has facts and values: its opened part has subheadings one level below.
      expect(corpus[0]!.facts?.length && corpus[0]!.values?.length).to.be.greaterThan(0);
      heading.querySelector('button')!.click();
      await el.updateComplete;
      const subs = [...root(el).querySelectorAll('.subheading')];
      expect(subs.map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
    });

    it('reports an unknown url-state and leaves the address bar alone', async () => {
      const before = location.href;
      const el = await mount(html`<vk-training-finder url-state="cookie"></vk-training-finder>`);
      expect(squash(root(el).querySelector('[part="error"]')?.textContent)).to.contain('Onbekende waarde „cookie” voor url-state');
      await tick(el, 'Ambt', 'Griffier');
      expect(location.href).to.equal(before);
      await expect(el).to.be.accessible();
    });
  });
});
