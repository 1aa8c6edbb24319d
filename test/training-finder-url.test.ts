/**
 * vk-training-finder: the chosen view lives in the URL, so it can be
 * bookmarked, shared and linked from a council information system (the
 * quick scan and the RIS learning tab link to these parameter names), and
 * Back and Forward step through the choices. Also: the office preset.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import sinon from 'sinon';
import { corpusOfferings, type Offering } from '../src/data/index.js';
import { settingsContext } from '../src/shared/context.js';
import { chips, mount, resetUrl, root, search, searchInput, squash, tick, titles, type Finder } from './helpers/training-finder.js';

const nl = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const sorted = (list: readonly string[]) => [...list].sort((a, b) => nl.compare(a, b));

/** The test runner's own parameters must stay: we only add ours. */
const runnerSearch = location.search.replace(/^\?/, '');

function setUrl(search: string, hash = ''): void {
  const all = [runnerSearch, search].filter(Boolean).join('&');
  history.replaceState(null, '', `${location.pathname}${all ? `?${all}` : ''}${hash}`);
}

/** Our parameters in the current query string, decoded, in order. */
function ours(from = location.search): string {
  return from
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => /^(q|rol|vorm|niveau|waarde|aanbieder|wijze|kosten|sort)=/.test(p))
    .join('&');
}

function sortSelect(el: Finder): HTMLSelectElement {
  return root(el).querySelector<HTMLSelectElement>('[part~="sort"]')!;
}

/** The office preset is the `office` attribute (see src/shared/office.ts for `role`). */
const roleAttributeRules = {};

async function withRole(role: string, urlState?: string): Promise<Finder> {
  const el = document.createElement('vk-training-finder');
  el.setAttribute('office', role);
  if (urlState) el.setAttribute('url-state', urlState);
  await fixture(html`<div>${el}</div>`);
  await el.ready;
  await el.updateComplete;
  return el;
}

describe('vk-training-finder in the URL', () => {
  let corpus: readonly Offering[];
  const forRole = (role: string) => corpus.filter((o) => o.roles?.includes(role as never)).map((o) => o.title);

  before(async () => {
    corpus = await corpusOfferings();
  });
  afterEach(resetUrl);

  describe('query string (the default)', () => {
    it('opens with the search, filters and order a link gives', async () => {
      setUrl('q=lochem&kosten=onbekend&sort=titel');
      const el = await mount(html`<vk-training-finder></vk-training-finder>`);
      expect(searchInput(el).value).to.equal('lochem');
      expect(chips(el)).to.deep.equal(['Zoekterm: lochem', 'Kosten: Kosten onbekend']);
      expect(sortSelect(el).value).to.equal('titel');
      const expected = corpus.filter((o) => /lochem/i.test(o.title) && o.cost.kind === 'onbekend').map((o) => o.title);
      expect(expected).to.have.length(2);
      expect(titles(el)).to.deep.equal(sorted(expected));
      await expect(el).to.be.accessible();
    });

    it('reads hand-typed links forgivingly and ignores what it does not know', async () => {
      setUrl('rol=Raadslid,%20GRIFFIER&kosten=duur,gratis&sort=prijs&onzin=1');
      const el = await mount(html`<vk-training-finder></vk-training-finder>`);
      expect(chips(el)).to.deep.equal(['Ambt: Raadslid', 'Ambt: Griffier', 'Kosten: Gratis']);
      expect(sortSelect(el).value).to.equal('relevantie');
    });

    it('writes each choice into the address and keeps the page’s own parameters', async () => {
      setUrl('pagina=3');
      const el = await mount(html`<vk-training-finder></vk-training-finder>`);
      // Count the entries the finder adds: history.length stops growing at 50
      // in Chromium, so after the earlier tests it can no longer tell.
      const pushed = sinon.spy(history, 'pushState');
      const replaced = sinon.spy(history, 'replaceState');
      try {
        await tick(el, 'Ambt', 'Raadslid');
        expect(ours()).to.equal('rol=raadslid');
        await tick(el, 'Ambt', 'Griffier');
        expect(ours()).to.equal('rol=raadslid,griffier');
        expect(location.search).to.contain('pagina=3');
        expect(location.search).to.contain(runnerSearch);
        // Discrete choices add history entries, so Back undoes them.
        expect(pushed.callCount).to.equal(2);

        // Typing replaces the current entry once it pauses.
        await search(el, 'regio');
        await waitUntil(() => ours().startsWith('q=regio'), 'the search text never reached the URL', { timeout: 5000 });
        expect(ours()).to.equal('q=regio&rol=raadslid,griffier');
        expect(pushed.callCount).to.equal(2);
        expect(replaced.called).to.equal(true);
      } finally {
        pushed.restore();
        replaced.restore();
      }

      // Back goes to the previous choice, not to a half-typed search.
      const moved = oneEvent(window, 'popstate');
      history.back();
      await moved;
      await el.updateComplete;
      expect(ours()).to.equal('rol=raadslid');
      expect(chips(el)).to.deep.equal(['Ambt: Raadslid']);
    });

    it('restores a shared link to exactly the same view', async () => {
      setUrl('');
      const first = await mount(html`<vk-training-finder></vk-training-finder>`);
      await tick(first, 'Ambt', 'Burgemeester');
      await tick(first, 'Werkvorm', 'Conferentie');
      await tick(first, 'Niveau van leren', 'Micro: zelfreflectie en contextuele intelligentie');
      await tick(first, 'Aanbieder', 'Nederlands Genootschap van Burgemeesters');
      await tick(first, 'Individueel of collectief', 'Individueel');
      await tick(first, 'Kosten', 'Kosten onbekend');
      await tick(first, 'Waarde', 'Authenticiteit');
      const select = sortSelect(first);
      select.value = 'aanbieder';
      select.dispatchEvent(new Event('change'));
      await search(first, 'loopbaan');
      await waitUntil(() => ours().startsWith('q='), 'no q', { timeout: 5000 });
      expect(ours()).to.equal(
        'q=loopbaan&rol=burgemeester&vorm=conferentie&niveau=micro&waarde=authenticiteit&aanbieder=ngb&wijze=individueel&kosten=onbekend&sort=aanbieder',
      );
      const view = { chips: chips(first), titles: titles(first) };
      first.remove();

      const second = await mount(html`<vk-training-finder></vk-training-finder>`);
      expect({ chips: chips(second), titles: titles(second) }).to.deep.equal(view);
      expect(sortSelect(second).value).to.equal('aanbieder');
    });

    it('steps back and forward through the choices', async () => {
      setUrl('');
      const el = await mount(html`<vk-training-finder></vk-training-finder>`);
      // Count the entries the finder adds (history.length stops growing at 50 in Chromium).
      const push = history.pushState.bind(history);
      let pushed = 0;
      history.pushState = (...args: Parameters<History['pushState']>) => {
        pushed++;
        push(...args);
      };
      try {
        await tick(el, 'Ambt', 'Griffier');
        await tick(el, 'Kosten', 'Kosten onbekend');
      } finally {
        history.pushState = push;
      }
      expect(chips(el)).to.deep.equal(['Ambt: Griffier', 'Kosten: Kosten onbekend']);
      // Two entries of ours, or Back would leave the test page.
      expect(pushed).to.equal(2);

      let moved = oneEvent(window, 'popstate');
      history.back();
      await moved;
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['Ambt: Griffier']);
      expect(sorted(titles(el))).to.deep.equal(sorted(forRole('griffier')));

      moved = oneEvent(window, 'popstate');
      history.forward();
      await moved;
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['Ambt: Griffier', 'Kosten: Kosten onbekend']);
    });
  });

  describe('hash (for hash routers)', () => {
    it('keeps the state after the hash path and leaves the query string alone', async () => {
      setUrl('', '#/vinden?rol=griffier');
      const search = location.search;
      const el = await mount(html`<vk-training-finder url-state="hash"></vk-training-finder>`);
      expect(chips(el)).to.deep.equal(['Ambt: Griffier']);
      await tick(el, 'Ambt', 'Raadslid');
      expect(location.hash).to.equal('#/vinden?rol=griffier,raadslid');
      expect(location.search).to.equal(search);
      await expect(el).to.be.accessible();
    });

    it('follows a link that changes the hash', async () => {
      setUrl('', '#leren');
      const el = await mount(html`<vk-training-finder url-state="hash"></vk-training-finder>`);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#leren?kosten=gratis';
      await changed;
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['Kosten: Gratis']);
      await tick(el, 'Kosten', 'Gratis');
      expect(location.hash).to.equal('#leren');
    });
  });

  describe('off', () => {
    it('neither reads nor writes the address', async () => {
      setUrl('rol=griffier');
      const before = location.href;
      const el = await mount(html`<vk-training-finder url-state="off"></vk-training-finder>`);
      expect(chips(el)).to.deep.equal([]);
      await tick(el, 'Ambt', 'Raadslid');
      expect(location.href).to.equal(before);
    });
  });

  describe('the office preset', () => {
    it('starts with the office of the role attribute', async () => {
      setUrl('');
      const el = await withRole('raadslid');
      expect(chips(el)).to.deep.equal(['Ambt: Raadslid']);
      expect(sorted(titles(el))).to.deep.equal(sorted(forRole('raadslid')));
      // The preset is not written into the URL: a clean link stays clean.
      expect(ours()).to.equal('');
      await expect(el).to.be.accessible(roleAttributeRules);
    });

    it('understands the office by name or plural', async () => {
      const el = await withRole('Raadsleden', 'off');
      expect(chips(el)).to.deep.equal(['Ambt: Raadslid']);
    });

    it('gives way to the office the URL names, also to "every office"', async () => {
      setUrl('rol=griffier');
      let el = await withRole('raadslid');
      expect(chips(el)).to.deep.equal(['Ambt: Griffier']);
      el.remove();
      setUrl('rol=');
      el = await withRole('raadslid');
      expect(chips(el)).to.deep.equal([]);
      expect(titles(el)).to.have.length(corpus.length);
    });

    it('remembers in the URL that the user removed the preset', async () => {
      setUrl('');
      const el = await withRole('raadslid');
      root(el).querySelector<HTMLButtonElement>('[part="chip"]')!.click();
      await el.updateComplete;
      expect(ours()).to.equal('rol=');
      el.remove();
      const again = await withRole('raadslid');
      expect(chips(again)).to.deep.equal([]);
    });

    it('reports an unknown office and shows everything', async () => {
      const el = await withRole('wethoudster', 'off');
      expect(squash(root(el).querySelector('[part="error"]')?.textContent)).to.contain('Onbekend ambt „wethoudster”');
      expect(titles(el)).to.have.length(corpus.length);
      el.setAttribute('office', 'wethouder');
      await el.updateComplete;
      await waitUntil(() => chips(el).length === 1, 'the fixed office was not applied', { timeout: 5000 });
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      expect(sorted(titles(el))).to.deep.equal(sorted(forRole('wethouder')));
      await expect(el).to.be.accessible(roleAttributeRules);
    });

    it('takes the office from a settings provider, unless its own attribute says otherwise', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, { context: settingsContext, initialValue: { office: 'griffier' } });
      const fromProvider = document.createElement('vk-training-finder');
      fromProvider.urlState = 'off';
      const own = document.createElement('vk-training-finder');
      own.urlState = 'off';
      own.setAttribute('office', 'burgemeester');
      wrapper.append(fromProvider, own);
      await Promise.all([fromProvider.ready, own.ready]);
      await Promise.all([fromProvider.updateComplete, own.updateComplete]);
      expect(chips(fromProvider)).to.deep.equal(['Ambt: Griffier']);
      expect(chips(own)).to.deep.equal(['Ambt: Burgemeester']);
    });
  });
});
