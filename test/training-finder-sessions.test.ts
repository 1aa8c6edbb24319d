/**
 * vk-training-finder with several feeds and dated sessions (issue 15): feeds
 * in every format merged, one broken feed among good ones in each way a
 * feed can fail, duplicates once, the next date on each card with its
 * register link, past offers hidden, the "Wanneer", "Waar" and "Bron"
 * filters, the sort by date, "Zet in agenda" (parsed back with ical.js), and
 * hostile feeds that stay inert. The clock is fixed (sinon fakes `Date`
 * only; nothing here waits on timers).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../src/provider/define.js';
import type { VkProvider } from '../src/provider/provider.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import { captureDownloads } from './helpers/download.js';
import { chips, count, focused, item, root, squash, text, titles, type Finder } from './helpers/training-finder.js';

const F = '/test/fixtures/feeds';
const CSV = `${F}/griffie-voorbeeldstad.csv`;
const ICS = `${F}/vereniging-agenda.ics`;
const JSONLD = `${F}/academie-cursus.jsonld`;
const JSON_FEED = '/data/examples/example-feed.json';
const REPOST = `${F}/koepel-doorgeplaatst.json`;

/** 20 March 2026, noon in Amsterdam: the fixtures' dates lie around it. */
const MARCH_20 = Date.parse('2026-03-20T12:00:00+01:00');

let clock: SinonFakeTimers | undefined;
function setClock(at: number): void {
  clock?.restore();
  clock = useFakeTimers({ now: at, toFake: ['Date'] });
}

async function mountFeeds(src: string, attributes: Record<string, string> = {}): Promise<{ el: Finder; errors: VkErrorDetail[] }> {
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

const problem = (el: Finder) => squash(root(el).querySelector('[part="error"]')?.textContent);
const line = (li: HTMLElement, selector: string) => squash(li.querySelector(selector)?.textContent);

/** The radio button or check box whose label starts with `label` inside the filter group `legend`. */
function control(el: Finder, legend: string, label: string): HTMLInputElement {
  const group = [...root(el).querySelectorAll<HTMLDetailsElement>('[part="facet"]')].find((d) => squash(d.querySelector('summary')?.textContent).startsWith(legend));
  if (!group) throw new Error(`no filter group "${legend}"`);
  const option = [...group.querySelectorAll('label')].find((l) => squash(l.querySelector('.option-label')?.textContent) === label);
  if (!option) throw new Error(`no option "${label}" in "${legend}"`);
  return option.querySelector('input')!;
}

function optionCount(el: Finder, legend: string, label: string): number {
  const input = control(el, legend, label);
  return Number(/\((\d+)\)/.exec(squash(input.closest('label')?.querySelector('.option-count')?.textContent))?.[1]);
}

async function choose(el: Finder, input: HTMLInputElement): Promise<void> {
  input.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('vk-training-finder: several feeds and dated sessions', function () {
  // Four feeds in four formats, then axe over a few hundred elements: seconds on a busy machine.
  this.timeout(30_000);

  beforeEach(() => {
    setClock(MARCH_20);
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  describe('several feeds', () => {
    it('merges a CSV, an iCalendar, a JSON-LD and a JSON feed, feeds first and in their order, each offer with its publisher', async () => {
      const { el, errors } = await mountFeeds(`${CSV}  ${ICS}\n${JSONLD} ${JSON_FEED}`);
      expect(errors.map((e) => e.code)).to.deep.equal(['feed-records']); // the CSV's row without a title
      const shown = titles(el);
      const first = (t: string) => shown.indexOf(t);
      expect(shown[0]).to.equal('Inwerkprogramma nieuwe raadsleden');
      expect(first('Basiscursus begroting lezen')).to.be.greaterThan(first('Inwerkprogramma nieuwe raadsleden'));
      expect(first('Rolvast in de raad')).to.be.greaterThan(first('Basiscursus begroting lezen'));
      expect(first('Startdag voor nieuwe raadsleden')).to.be.greaterThan(first('Rolvast in de raad'));
      expect(line(item(el, 'Inwerkprogramma nieuwe raadsleden'), '.origin')).to.equal('van Griffie Voorbeeldstad');
      expect(line(item(el, 'Rolvast in de raad'), '.origin')).to.equal('van Academie Lokaal Voorbeeld');
      expect(line(item(el, 'Startdag voor nieuwe raadsleden'), '.origin')).to.equal('van Voorbeeldvereniging');
      // The research's offers come last and say what they are.
      const research = [...root(el).querySelectorAll('[part="result"]')].at(-1)!;
      expect(line(research as HTMLElement, '.origin')).to.match(/^uit het onderzoek van (2013|2018|2024)/);
      expect(text(el)).to.match(
        /aanbiedingen uit het onderzoek en \d+ aanbiedingen uit „Griffie Voorbeeldstad”, „Agenda Voorbeeldvereniging voor raadsleden”, „Academie Lokaal Voorbeeld” en „Leeraanbod Voorbeeldvereniging \(voorbeeldfeed\)”\./,
      );
      await expect(el).to.be.accessible();
    });

    const broken: { name: string; src: string; attrs?: Record<string, string>; code: string; reason: string }[] = [
      { name: 'a 404', src: '/__test/status/404', code: 'feed-http', reason: 'de server antwoordde met foutcode 404' },
      { name: 'a server error', src: '/__test/status/500', code: 'feed-http', reason: 'de server antwoordde met foutcode 500' },
      { name: 'a slow server', src: '/__test/slow/3000', attrs: { 'feed-timeout': '300' }, code: 'feed-timeout', reason: 'de server antwoordde niet op tijd' },
      {
        name: 'a server that cannot be reached',
        src: 'http://127.0.0.1:9/aanbod.ics',
        code: 'feed-network',
        reason: 'de server is niet bereikbaar, of staat het laden vanaf deze website niet toe (de CORS-kop Access-Control-Allow-Origin ontbreekt)',
      },
      { name: 'a broken iCalendar file', src: `${F}/kapot.ics`, code: 'feed-unreadable', reason: 'het bestand is geen leesbaar iCalendar-bestand' },
      { name: 'a body in no known format', src: '/__test/text', code: 'feed-unknown-format', reason: 'het formaat is niet herkend (verwacht: JSON, iCalendar, JSON-LD of CSV)' },
    ];
    for (const { name, src, attrs, code, reason } of broken) {
      it(`names ${name} among good feeds, and still shows the good feeds and the research`, async () => {
        const { el, errors } = await mountFeeds(`${ICS} ${src} ${JSONLD}`, attrs);
        expect(problem(el)).to.match(new RegExp(`^Het aanbod uit de feed „${src.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}” kon niet worden geladen: `));
        expect(problem(el)).to.contain(reason);
        expect(problem(el)).to.match(/Het aanbod uit de andere feeds en uit het onderzoek staat er wel\.$/);
        const failed = errors.flatMap((e) => (e.code === 'feed-failed' ? [[e.detail.reason, e.detail.src]] : []));
        expect(failed).to.deep.equal([[code, src]]);
        expect(titles(el)).to.include('Basiscursus begroting lezen');
        expect(titles(el)).to.include('Rolvast in de raad');
        await expect(el).to.be.accessible();
      });
    }

    it('names every feed that failed, each with its own event', async () => {
      const { el, errors } = await mountFeeds(`/__test/status/404 ${JSON_FEED} /__test/status/500`, { 'include-corpus': 'false' });
      expect(problem(el)).to.equal(
        'Het aanbod uit de feed „/__test/status/404” kon niet worden geladen: de server antwoordde met foutcode 404. ' +
          'Het aanbod uit de feed „/__test/status/500” kon niet worden geladen: de server antwoordde met foutcode 500. ' +
          'Het aanbod uit de andere feeds staat er wel.',
      );
      expect(errors.flatMap((e) => (e.code === 'feed-failed' ? [e.detail.src] : []))).to.deep.equal([
        '/__test/status/404',
        '/__test/status/500',
      ]);
      expect(titles(el)).to.have.length(3);
    });

    it('takes several feeds from a <vk-provider>: its feed attribute, or its feeds with per-feed defaults', async () => {
      const wrapper = await fixture<VkProvider>(html`<vk-provider feed="${ICS} ${JSONLD}"></vk-provider>`);
      const el = document.createElement('vk-training-finder');
      el.urlState = 'off';
      el.includeCorpus = false;
      wrapper.append(el);
      await el.ready;
      await el.updateComplete;
      expect(titles(el)).to.include('Basiscursus begroting lezen').and.to.include('Rolvast in de raad');
      wrapper.feeds = [{ url: ICS, defaults: { publisher: 'Raadsledenvereniging Voorbeeldland' } }];
      await waitUntil(() => !titles(el).includes('Rolvast in de raad'), 'the provider’s new feeds were not loaded', { timeout: 5000 });
      await el.updateComplete;
      // The feed's own default names the publisher.
      expect(line(item(el, 'Basiscursus begroting lezen'), '.origin')).to.equal('van Raadsledenvereniging Voorbeeldland');
    });

    it('shows an offer that is in two feeds once, the first feed’s', async () => {
      const { el } = await mountFeeds(`${JSON_FEED} ${REPOST}`, { 'include-corpus': 'false' });
      expect(titles(el)).to.include('Startdag voor nieuwe raadsleden');
      expect(titles(el)).not.to.include('Startdag voor nieuwe raadsleden (doorgeplaatst)');
      expect(text(el)).to.match(/stond(en)? in meer dan één bron en sta(at|an) hier één keer\./);
    });

    it('lists the records each feed skipped under the feed’s name', async () => {
      const { el } = await mountFeeds(`${CSV} ${JSON_FEED}`, { 'include-corpus': 'false' });
      const panel = root(el).querySelector<HTMLDetailsElement>('[part="rejected"]')!;
      panel.open = true;
      // A CSV names no feed: the finder uses the publisher its rows name.
      expect(squash(panel.querySelector('.rejected-feed')?.textContent)).to.equal('Feed „Griffie Voorbeeldstad”');
      expect(squash(panel.querySelector('li')?.textContent)).to.match(/^Regel \d+ in de feed/);
    });
  });

  describe('sessions on the cards', () => {
    it('shows the next date, the place, a mailto to register with its deadline and how many dates follow', async () => {
      const { el } = await mountFeeds(CSV, { 'include-corpus': 'false' });
      const li = item(el, 'Inwerkprogramma nieuwe raadsleden');
      expect(line(li, '[part="session"]')).to.equal(
        'Eerstvolgende datum: do 2 apr 2026, 19.30–21.30 · Stadhuis Voorbeeldstad · Aanmelden via griffie@voorbeeldstad.example.org: Inwerkprogramma nieuwe raadsleden (aanmelden kan tot vr 27 mrt 2026) (Inloop vanaf 19.00 uur; koffie en thee) Zet in agenda: Inwerkprogramma nieuwe raadsleden, do 2 apr 2026, 19.30–21.30 · nog 1 datum',
      );
      const mail = li.querySelector<HTMLAnchorElement>('[part="register-link"]')!;
      expect(mail.href).to.match(/^mailto:griffie@voorbeeldstad\.example\.org\?subject=Aanmelding/);
      // A full session says so and offers no registration.
      const full = item(el, 'Debattraining "interrumperen"');
      expect(line(full, '[part="session"]')).to.contain('· vol');
      expect(line(full, '[part="session"]')).to.contain('online');
    });

    it('hides offers whose dates are all past, and brings them back on request', async () => {
      setClock(Date.parse('2026-04-20T12:00:00+02:00'));
      const { el } = await mountFeeds(CSV, { 'include-corpus': 'false' });
      expect(titles(el)).not.to.include('Inwerkprogramma nieuwe raadsleden');
      const toggle = [...root(el).querySelectorAll<HTMLInputElement>('.past-toggle input')][0]!;
      expect(squash(root(el).querySelector('#past-hidden')?.textContent)).to.equal('1 aanbieding met alleen afgelopen data is verborgen');
      await choose(el, toggle);
      const li = item(el, 'Inwerkprogramma nieuwe raadsleden');
      expect(line(li, '.session-past')).to.equal('afgelopen, laatste datum do 16 apr 2026, 19.30');
      expect(li.querySelector('[part="calendar-button"]')).to.equal(null);
      expect(chips(el)).to.include('Toon ook afgelopen aanbod');
    });

    it('drops a past date from a card: the next one becomes the first', async () => {
      setClock(Date.parse('2026-04-05T12:00:00+02:00'));
      const { el } = await mountFeeds(CSV, { 'include-corpus': 'false' });
      const li = item(el, 'Inwerkprogramma nieuwe raadsleden');
      expect(line(li, '.session-when')).to.equal('do 16 apr 2026, 19.30–21.30');
      expect(line(li, '[part="session"]')).not.to.contain('nog');
    });
  });

  describe('filters and sort', () => {
    it('filters on "Wanneer" with counts, by keyboard too', async () => {
      const { el } = await mountFeeds(`${CSV} ${ICS} ${JSONLD}`);
      const all = titles(el).length;
      const month = optionCount(el, 'Wanneer', 'Deze maand');
      const three = optionCount(el, 'Wanneer', 'Komende 3 maanden');
      expect(month).to.be.greaterThan(0);
      expect(three).to.be.greaterThan(month);
      expect(optionCount(el, 'Wanneer', 'Alles')).to.equal(all);
      control(el, 'Wanneer', 'Alles').focus();
      // Radio buttons: arrow keys move the choice (Alles → back to Komende 3 maanden).
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      await el.updateComplete;
      expect(control(el, 'Wanneer', 'Komende 3 maanden').checked).to.equal(true);
      expect(focused(el)).to.equal(control(el, 'Wanneer', 'Komende 3 maanden'));
      expect(titles(el)).to.have.length(three);
      expect(count(el)).to.equal(`${String(three)} van ${String(all)} aanbiedingen`);
      expect(chips(el)).to.deep.equal(['Wanneer: Komende 3 maanden']);
      // Nothing undated or from the research remains in a window of dates.
      expect(titles(el)).not.to.include('Startdag voor nieuwe raadsleden');
      await expect(el).to.be.accessible();
    });

    it('filters on "Waar": online or a town', async () => {
      const { el } = await mountFeeds(`${CSV} ${JSONLD}`, { 'include-corpus': 'false' });
      const online = optionCount(el, 'Waar', 'Online');
      await choose(el, control(el, 'Waar', 'Online'));
      expect(titles(el)).to.have.length(online);
      expect(titles(el)).to.include('Rolvast in de raad');
      expect(titles(el)).not.to.include('Inwerkprogramma nieuwe raadsleden');
      await choose(el, control(el, 'Waar', 'Online'));
      await choose(el, control(el, 'Waar', 'Voorbeeldstad'));
      expect(titles(el)).to.include('Inwerkprogramma nieuwe raadsleden');
      await expect(el).to.be.accessible();
    });

    it('shows the research’s offer as a group ("Bron")', async () => {
      const { el } = await mountFeeds(JSONLD);
      const research = optionCount(el, 'Bron', 'Uit het onderzoek (2013–2024)');
      await choose(el, control(el, 'Bron', 'Uit het onderzoek (2013–2024)'));
      expect(titles(el)).to.have.length(research);
      expect(titles(el)).not.to.include('Rolvast in de raad');
      for (const li of root(el).querySelectorAll<HTMLElement>('[part="result"]')) expect(line(li, '.origin')).to.match(/^uit het onderzoek/);
    });

    it('sorts by the next date: soonest first, undated after, past last', async () => {
      const { el } = await mountFeeds(`${JSONLD} ${CSV}`, { 'include-corpus': 'false' });
      const select = root(el).querySelector<HTMLSelectElement>('[part~="sort"]')!;
      select.value = 'datum';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await el.updateComplete;
      const shown = titles(el);
      expect(shown.indexOf('Inwerkprogramma nieuwe raadsleden')).to.be.lessThan(shown.indexOf('Rolvast in de raad'));
      expect(shown.indexOf('Rolvast in de raad')).to.be.lessThan(shown.indexOf('Debattraining "interrumperen"'));
    });

    it('filters on audiences the research does not know, without priorities', async () => {
      const { el } = await mountFeeds(CSV, { 'include-corpus': 'false' });
      await choose(el, control(el, 'Doelgroep', 'Fractievolgers'));
      expect(titles(el)).to.deep.equal(['Debattraining "interrumperen"']);
      expect(text(el)).not.to.match(/prioriteit/i);
    });
  });

  describe('"Zet in agenda"', () => {
    it('downloads one session as an iCalendar file that a real parser reads back', async () => {
      const { el } = await mountFeeds(CSV, { 'include-corpus': 'false' });
      const { blobs, names, restore } = captureDownloads();
      try {
        const button = item(el, 'Inwerkprogramma nieuwe raadsleden').querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => blobs.length === 1, 'no file was offered', { timeout: 5000 });
      } finally {
        for (const undo of restore) undo();
      }
      expect(names[0]).to.match(/\.ics$/);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      const parsed = new ICAL.Component(ICAL.parse(await blobs[0]!.text()) as unknown[]);
      const event = new ICAL.Event(parsed.getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('Inwerkprogramma nieuwe raadsleden');
      expect(event.startDate.toJSDate().toISOString()).to.equal('2026-04-02T17:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2026-04-02T19:30:00.000Z');
      expect(event.location).to.contain('Stadhuis Voorbeeldstad');
      expect(event.uid).to.be.a('string').and.not.equal('');
    });
  });

  describe('hostile feeds', () => {
    const trap = '__vkPwned';
    afterEach(() => {
      Reflect.deleteProperty(window, trap);
    });

    for (const src of [`${F}/kwaad.ics`, `${F}/kwaad.jsonld`]) {
      it(`shows ${src.split('/').at(-1) ?? ''} as text and links nowhere unsafe`, async () => {
        const { el } = await mountFeeds(src, { 'include-corpus': 'false' });
        await waitUntil(() => titles(el).length > 0, 'nothing shown', { timeout: 5000 });
        for (const b of root(el).querySelectorAll<HTMLButtonElement>('[part="result-toggle"]')) b.click();
        await el.updateComplete;
        expect(root(el).querySelector('script, img, iframe, object, embed')).to.equal(null);
        for (const a of root(el).querySelectorAll<HTMLAnchorElement>('a[href]')) expect(a.protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
        expect((window as unknown as Record<string, unknown>)[trap]).to.equal(undefined);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('the single-file scripts’ converters', () => {
  it('read JSON feeds, and name the way out for any other format', async () => {
    const { readFeedBody } = await import('../src/data/feed.js');
    const jsonOnly = await import('../src/data/formats/json-only.js');
    const { describeFailure } = await import('../src/shared/feed-report.js');
    const ics = await (await fetch(ICS)).text();
    const converterFor = (f: 'ical' | 'jsonld' | 'csv') =>
      Promise.resolve(f === 'ical' ? jsonOnly.convertICalendar : f === 'csv' ? jsonOnly.convertCsv : jsonOnly.convertJsonLd);
    const report = await readFeedBody(ics, { source: 'agenda.ics' }, converterFor);
    expect(report.error?.code).to.equal('feed-format-unsupported');
    expect(describeFailure(report.error!, 'nl')).to.equal(
      'dit losse script leest alleen JSON-feeds, geen iCalendar; zet de feed om naar JSON (feed-checker of npx vakmanschap-widgets feed convert) of laad de widget als ES-module',
    );
    const json = await readFeedBody(await (await fetch(JSON_FEED)).text(), {}, converterFor);
    expect(json.error).to.equal(undefined);
    expect(json.offerings).to.have.length(3);
  });
});
