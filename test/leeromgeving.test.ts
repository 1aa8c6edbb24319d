/**
 * The hostable learning tab: deep links open the right view, settings come
 * from the URL or config.json (bad ones are named and ignored), selections
 * inside become navigation.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { hashFor, parseHash, sectionOf } from '../src/leeromgeving/routes.js';
import { URL_SETTINGS, configFromQuery, mergeConfig, sanitizeConfig } from '../src/leeromgeving/config.js';
import type { VkTrainingFinder } from '../src/training-finder/training-finder.js';
import { replace } from './helpers/quick-scan.js';
import '../src/leeromgeving/app.js';
import type { VkLeeromgeving } from '../src/leeromgeving/app.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { finishScan } from './helpers/quick-scan.js';
import { textOf } from './helpers/dom.js';

const base = 'https://griffie.example.nl/leeromgeving/';

describe('learning tab: routes', () => {
  it('opens the view a link in an agenda item names', () => {
    expect(parseHash('#/waarde/lef')).to.deep.equal({ name: 'waarde', value: 'lef' });
    expect(parseHash('#/ambt/griffier')).to.deep.equal({ name: 'ambt', role: 'griffier' });
    expect(parseHash('#/vinden?rol=raadslid&waarde=lef')).to.deep.equal({ name: 'vinden' });
    expect(parseHash('#/driehoek')).to.deep.equal({ name: 'driehoek' });
    expect(parseHash('#/scan')).to.deep.equal({ name: 'scan' });
    expect(parseHash('#/gesprek')).to.deep.equal({ name: 'gesprek' });
    expect(parseHash('#/gesprek/driehoek')).to.deep.equal({ name: 'gesprek', audience: 'driehoek' });
    expect(parseHash('#/gesprek/<b>')).to.deep.equal({ name: 'gesprek' });
  });

  it('falls back to the value map for anything it does not know', () => {
    expect(parseHash('')).to.deep.equal({ name: 'waarden' });
    expect(parseHash('#/onzin')).to.deep.equal({ name: 'waarden' });
    expect(parseHash('#/waarde/<script>')).to.deep.equal({ name: 'waarden' });
  });

  it('round-trips views through the hash and groups them into sections', () => {
    for (const hash of ['#/waarde/menselijke-maat', '#/ambt/wethouder', '#/ambten', '#/rijk', '#/vinden', '#/scan', '#/gesprek', '#/gesprek/driehoek']) {
      expect(hashFor(parseHash(hash))).to.equal(hash);
    }
    expect(sectionOf(parseHash('#/driehoek'))).to.equal('ambten');
    expect(sectionOf(parseHash('#/waarde/lef'))).to.equal('waarden');
    expect(sectionOf(parseHash('#/gesprek/raadslid'))).to.equal('gesprek');
  });
});

describe('learning tab: configuration', () => {
  it('reads the page’s Dutch URL parameters', () => {
    expect(configFromQuery('?rol=raadslid&feed=https%3A%2F%2Fexample.org%2Fa.json&taal=en')).to.deep.equal({
      role: 'raadslid',
      feed: 'https://example.org/a.json',
      locale: 'en',
    });
  });

  it('keeps valid settings and names the invalid ones', () => {
    const { config, ignored } = sanitizeConfig(
      {
        role: 'raadslid',
        feed: 'javascript:alert(1)',
        locale: 'fr',
        title: 'Leren — raad Voorbeeldstad',
        theme: {
          className: 'utrecht-theme',
          stylesheet: 'theme.css',
          tokens: { '--vk-link-color': '#00689e', '--vk-x': 'red; background: url(x)', color: 'red' },
        },
        unknown: true,
      },
      base,
    );
    expect(config).to.deep.equal({
      role: 'raadslid',
      title: 'Leren — raad Voorbeeldstad',
      theme: { className: 'utrecht-theme', stylesheet: `${base}theme.css`, tokens: { '--vk-link-color': '#00689e' } },
    });
    expect(ignored).to.have.members(['feed', 'locale', 'theme.tokens.--vk-x', 'theme.tokens.color', 'unknown']);
  });

  it('reads several feeds with their defaults from config.json, and the older single feed', () => {
    const { config, ignored } = sanitizeConfig(
      {
        feeds: ['griffie/aanbod.json', { url: 'https://vereniging.example.org/agenda.ics', roles: ['raadslid'], publisher: 'Vereniging' }, { url: 'javascript:alert(1)' }],
      },
      base,
    );
    expect(config.feeds).to.deep.equal([
      { url: `${base}griffie/aanbod.json` },
      { url: 'https://vereniging.example.org/agenda.ics', defaults: { roles: ['raadslid'], publisher: 'Vereniging' } },
    ]);
    expect(ignored).to.deep.equal(['feeds[2]']);
    expect(sanitizeConfig({ feed: 'aanbod.json' }, base).config.feeds).to.deep.equal([{ url: `${base}aanbod.json` }]);
  });

  it('takes only the office and the language from the page URL, never a feed, title or theme', () => {
    const { config, ignored } = sanitizeConfig(
      { ...configFromQuery('?rol=griffier&taal=en&feed=https%3A%2F%2Fevil.example%2Fa.json'), title: 'x', theme: {} },
      base,
      URL_SETTINGS,
    );
    expect(config).to.deep.equal({ role: 'griffier', locale: 'en' });
    expect(ignored).to.have.members(['feed', 'title', 'theme']);
  });

  it('lets URL parameters win over config.json', () => {
    const merged = mergeConfig({ role: 'griffier', title: 'Titel' }, { role: 'raadslid' });
    expect(merged.role).to.equal('raadslid');
    expect(merged.title).to.equal('Titel');
  });
});

describe('learning tab: the page', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    sessionStorage.clear();
  });

  it('shows the council’s configured feeds, whatever feed a crafted link names', async () => {
    const runnerSearch = location.search;
    const configured = '/data/examples/example-feed.json';
    const crafted = `${location.origin}/test/fixtures/feeds/kwaad.jsonld`;
    const requested: string[] = [];
    const realFetch = window.fetch.bind(window);
    const restore = replace(window, 'fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      if (new URL(url).pathname.endsWith('/config.json')) {
        return Promise.resolve(new Response(JSON.stringify({ feeds: [configured] }), { headers: { 'content-type': 'application/json' } }));
      }
      return realFetch(input, init);
    });
    try {
      const sep = runnerSearch ? '&' : '?';
      history.replaceState(null, '', `${location.pathname}${runnerSearch}${sep}feed=${encodeURIComponent(crafted)}#/vinden?feed=${encodeURIComponent(crafted)}`);
      const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
      await el.ready;
      await waitUntil(() => el.shadowRoot!.querySelector('vk-training-finder'), 'no finder');
      const finder = el.shadowRoot!.querySelector<VkTrainingFinder>('vk-training-finder')!;
      await finder.ready;
      const titles = () => [...finder.shadowRoot!.querySelectorAll('[part="result-toggle"]')].map((b) => textOf(b));
      await waitUntil(() => titles().includes('Startdag voor nieuwe raadsleden'), 'the configured feed is not shown', { timeout: 5000 });
      await finder.updateComplete;
      expect(titles()[0]).to.equal('Startdag voor nieuwe raadsleden');
      expect(requested.some((u) => u.includes('kwaad'))).to.equal(false);
      expect(finder.hasAttribute('src')).to.equal(false);
      const notice = el.shadowRoot!.querySelector('.notice');
      expect(notice && textOf(notice)).to.contain('feed');
    } finally {
      restore();
      history.replaceState(null, '', `${location.pathname}${runnerSearch}`);
    }
  });

  it('marks the current section in the navigation and follows the hash', async () => {
    history.replaceState(null, '', '#/ambten');
    const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
    await el.ready;
    const current = () => el.shadowRoot!.querySelector('nav a[aria-current="page"]')?.textContent.trim();
    expect(current()).to.equal('Prioriteiten per ambt');
    expect(el.shadowRoot!.querySelector('vk-role-priority-table')).to.exist;

    location.hash = '#/vinden?rol=raadslid';
    await waitUntil(() => current() === 'Aanbod vinden');
    const finder = el.shadowRoot!.querySelector('vk-training-finder');
    expect(finder?.getAttribute('url-state')).to.equal('hash');

    location.hash = '#/driehoek';
    await waitUntil(() => el.shadowRoot!.querySelector('vk-role-priority-table')?.getAttribute('offices') === 'burgemeester,gemeentesecretaris,griffier');
  });

  it('keeps the heading order under the page’s h1 in every view with a priority table (axe, heading-order included)', async () => {
    const { VkRolePriorityTable } = await import('../src/role-priority-table/role-priority-table.js');
    for (const hash of ['#/ambt/griffier', '#/ambten', '#/driehoek', '#/rijk']) {
      history.replaceState(null, '', hash);
      const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
      await el.ready;
      const table = el.shadowRoot!.querySelector('vk-role-priority-table');
      expect(table, hash).to.be.instanceOf(VkRolePriorityTable);
      await (table as InstanceType<typeof VkRolePriorityTable>).ready;
      const levels = [el.shadowRoot!, table!.shadowRoot!].flatMap((root) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName));
      expect(levels[0], hash).to.equal('h1');
      expect(levels.slice(1).every((h) => h === 'h2'), `${hash}: ${levels.join(' ')}`).to.equal(true);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('leads from the driehoek’s priority table to the conversation cards for the driehoek', async () => {
    history.replaceState(null, '', '#/driehoek');
    const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
    await el.ready;
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Gesprekskaarten voor de driehoek');
    expect(link?.getAttribute('href')).to.equal('#/gesprek/driehoek');
    link!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('vk-conversation-cards'), 'the cards open');
    const cards = el.shadowRoot!.querySelector('vk-conversation-cards')!;
    expect(cards.getAttribute('audience')).to.equal('driehoek');
    expect(el.shadowRoot!.querySelector('nav a[aria-current="page"]')!.textContent.trim()).to.equal('Gesprekskaarten');
    await cards.ready;
    await cards.updateComplete;
    expect(cards.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(13);
    expect(document.title).to.match(/^Gesprekskaarten — /);
  });

  it('opens a deep link from an agenda item with the finder already filtered', async () => {
    history.replaceState(null, '', '#/vinden?rol=griffier&waarde=lef');
    const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
    await el.ready;
    const finder = el.shadowRoot!.querySelector('vk-training-finder')!;
    await waitUntil(() => finder.shadowRoot?.querySelectorAll('[part="chip"]').length === 2, 'two chips from the link');
    const chips = [...finder.shadowRoot!.querySelectorAll('[part="chip"]')].map((c) => textOf(c));
    expect(chips.join(' | ')).to.match(/Griffier/).and.to.match(/Lef/);
    expect(el.shadowRoot!.querySelector('nav a[aria-current="page"]')!.textContent.trim()).to.equal('Aanbod vinden');
  });

  it('lets a raadslid do the scan on the tab and land on a filtered training list', async () => {
    history.replaceState(null, '', '?rol=raadslid#/scan');
    try {
      const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
      await el.ready;
      const scan = el.shadowRoot!.querySelector<VkQuickScan>('vk-quick-scan')!;
      await waitUntil(() => scan.getAttribute('office') === 'raadslid', 'the office from ?rol=');
      await scan.ready;
      await waitUntil(() => scan.shadowRoot!.querySelector('button[type=submit]'), 'the first screen');
      await finishScan(scan, (n) => (n % 3 === 0 ? 1 : 4));
      const link = scan.shadowRoot!.querySelector<HTMLAnchorElement>('.finder-link a');
      expect(link, 'a link to the training list').to.exist;
      link!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('vk-training-finder'), 'the tab opens the finder');
      const finder = el.shadowRoot!.querySelector('vk-training-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('[part~="chip"]'), 'chips from the scan');
      const chips = [...finder.shadowRoot!.querySelectorAll('[part~="chip"]')].map((c) => textOf(c));
      expect(chips.join(' | ')).to.match(/Raadslid/);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('keeps the scan’s result across the links from it: a value opens in place, the finder leads back, and Back returns', async () => {
    history.replaceState(null, '', '?rol=raadslid#/scan');
    try {
      const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
      await el.ready;
      let scan = el.shadowRoot!.querySelector<VkQuickScan>('vk-quick-scan')!;
      await waitUntil(() => scan.getAttribute('office') === 'raadslid', 'the office from ?rol=');
      await scan.ready;
      await waitUntil(() => scan.shadowRoot!.querySelector('button[type=submit]'), 'the first screen');
      await finishScan(scan, (n) => (n % 3 === 0 ? 1 : 4));
      const scores = () => [...scan.shadowRoot!.querySelectorAll('table.table td')].map((td) => textOf(td)).join('|');
      const before = scores();

      // A value opens in place (no navigation), and closing returns focus to its button.
      const about = scan.shadowRoot!.querySelector<HTMLButtonElement>('.value-link button')!;
      about.click();
      await scan.updateComplete;
      expect(location.hash).to.equal('#/scan');
      const card = scan.shadowRoot!.querySelector('.value-description')!;
      expect(about.getAttribute('aria-expanded')).to.equal('true');
      card.querySelector('button')!.click();
      await waitUntil(() => scan.shadowRoot!.activeElement === about, 'focus back on the value button');
      expect(scan.shadowRoot!.querySelector('.value-description')).to.equal(null);

      // Offers: the finder says how to get back to the result.
      scan.shadowRoot!.querySelector<HTMLAnchorElement>('.finder-link a')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('vk-training-finder'), 'the tab opens the finder');
      const finder = el.shadowRoot!.querySelector('vk-training-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('[part="return-link"]'), 'a way back');
      const back = finder.shadowRoot!.querySelector<HTMLAnchorElement>('[part="return-link"]')!;
      expect(textOf(back)).to.equal('← Terug naar je resultaat');
      back.click();
      await waitUntil(() => el.shadowRoot!.querySelector('vk-quick-scan'), 'the scan again');
      scan = el.shadowRoot!.querySelector<VkQuickScan>('vk-quick-scan')!;
      await waitUntil(() => scan.shadowRoot?.querySelector('.result'), 'the result, not step 1');
      expect(scores()).to.equal(before);

      // Another view, then the browser's Back: still the result.
      location.hash = '#/waarden';
      await waitUntil(() => !el.shadowRoot!.querySelector('vk-quick-scan'), 'another view');
      history.back();
      await waitUntil(() => el.shadowRoot!.querySelector('vk-quick-scan'), 'Back to the scan');
      scan = el.shadowRoot!.querySelector<VkQuickScan>('vk-quick-scan')!;
      await waitUntil(() => scan.shadowRoot?.querySelector('.result'), 'the result after Back');
      expect(scores()).to.equal(before);
      await expect(scan).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('switches the language with a visible nl/en switch, says once that the research texts are Dutch, and keeps it in the address', async () => {
    history.replaceState(null, '', '#/scan');
    const lang = document.documentElement.getAttribute('lang');
    try {
      const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
      await el.ready;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.lang-switch button')];
      expect(buttons.map((b) => [textOf(b), b.getAttribute('lang'), b.getAttribute('aria-pressed')])).to.deep.equal([
        ['Nederlands', 'nl', 'true'],
        ['English', 'en', 'false'],
      ]);
      expect(el.shadowRoot!.querySelector('.dutch-note')).to.equal(null);
      buttons[1]!.click();
      // The English catalogues load on this first switch (one module per catalogue in the test server).
      await waitUntil(() => el.shadowRoot!.querySelector('nav a[aria-current="page"]')?.textContent.trim() === 'Self-assessment', 'English on screen', { timeout: 5000 });
      expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('.dutch-note')).to.have.length(1);
      expect(textOf(el.shadowRoot!.querySelector('.dutch-note'))).to.contain('are in Dutch');
      expect(new URLSearchParams(location.search).get('taal')).to.equal('en');
      expect(location.hash).to.equal('#/scan');
      const scan = el.shadowRoot!.querySelector<VkQuickScan>('vk-quick-scan')!;
      await scan.ready;
      await waitUntil(() => textOf(scan.shadowRoot!.querySelector('#qs-title')) === 'Craft self-scan', 'the scan in English');
      await expect(el).to.be.accessible();
    } finally {
      if (lang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', lang);
      history.replaceState(null, '', location.pathname);
    }
  });

  it('turns a value chosen in any widget into a shareable link to that value', async () => {
    history.replaceState(null, '', '#/waarden');
    const el = await fixture<VkLeeromgeving>(html`<vk-leeromgeving></vk-leeromgeving>`);
    await el.ready;
    const inner = el.shadowRoot!.querySelector('main vk-provider')!;
    const event = new CustomEvent('vk-value-select', { detail: { id: 'lef' }, bubbles: true, composed: true, cancelable: true });
    inner.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    await waitUntil(() => location.hash === '#/waarde/lef');
    await waitUntil(() => el.shadowRoot!.querySelector('vk-value-card')?.getAttribute('value') === 'lef');
  });
});
