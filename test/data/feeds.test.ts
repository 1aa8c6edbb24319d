/**
 * Several feeds at once: each loads and fails on its own (in every way a
 * feed server can fail, served for real by the test server), every offer
 * keeps who publishes it, and the same offer in two places appears once.
 */
import { expect } from '@open-wc/testing';
import {
  corpusOfferings,
  loadFeeds,
  mergeSources,
  pageKey,
  parseFeedList,
  parseFeedSpecs,
  readFeed,
  type FeedFailureCode,
  type Offering,
} from '../../src/data/index.js';
import exampleFeed from '../../data/examples/example-feed.json';
import { validOffering } from '../fixtures/training-feeds.js';

const NOW = new Date('2026-03-15T12:00:00+01:00');
const F = '/test/fixtures/feeds';
const EXAMPLE = '/data/examples/example-feed.json';

describe('several feeds', () => {
  describe('parseFeedList', () => {
    it('splits a src list on white space as HTML’s ping attribute does, keeping each URL once', () => {
      expect(parseFeedList('  a.json\n\tb.ics  c.csv a.json ')).to.deep.equal(['a.json', 'b.ics', 'c.csv']);
      expect(parseFeedList('')).to.deep.equal([]);
      expect(parseFeedList(null)).to.deep.equal([]);
      expect(parseFeedList('https://example.org/a\u00a0b'), 'a non-breaking space is part of a URL, not a separator').to.deep.equal(['https://example.org/a\u00a0b']);
    });
  });

  describe('parseFeedSpecs', () => {
    it('reads config.json’s "feeds": URLs or objects with defaults, relative to the page', () => {
      const { specs, ignored } = parseFeedSpecs(
        ['aanbod.json', { url: 'https://example.org/agenda.ics', roles: ['raadslid'], levels: ['macro'], publisher: 'Voorbeeldvereniging', format: 'ical' }],
        'https://griffie.example.org/leren/index.html',
      );
      expect(ignored).to.deep.equal([]);
      expect(specs).to.deep.equal([
        { url: 'https://griffie.example.org/leren/aanbod.json' },
        { url: 'https://example.org/agenda.ics', defaults: { roles: ['raadslid'], levels: ['macro'], publisher: 'Voorbeeldvereniging' }, format: 'ical' },
      ]);
    });

    it('leaves out what is not valid and says where', () => {
      const { specs, ignored } = parseFeedSpecs(
        ['javascript:alert(1)', 42, { url: 'https://example.org/a.csv', roles: ['koning'], mode: 'samen', colour: 'red' }, 'https://example.org/a.csv'],
        'https://griffie.example.org/',
      );
      expect(specs).to.deep.equal([{ url: 'https://example.org/a.csv' }]);
      expect(ignored).to.deep.equal(['feeds[0]', 'feeds[1]', 'feeds[2].roles', 'feeds[2].mode', 'feeds[2].colour']);
      expect(parseFeedSpecs('https://example.org/a.json').ignored).to.deep.equal(['feeds']);
    });
  });

  describe('loadFeeds', () => {
    let corpus: readonly Offering[];
    before(async () => {
      corpus = await corpusOfferings();
    });

    it('merges feeds of three formats with the research’s offer, feeds first, each offer with its publisher', async () => {
      const merged = await loadFeeds([`${F}/griffie-voorbeeldstad.csv`, `${F}/vereniging-agenda.ics`, `${F}/academie-cursus.jsonld`], { now: NOW });
      expect(merged.feeds.map((f) => [f.url, f.format, f.error])).to.deep.equal([
        [`${F}/griffie-voorbeeldstad.csv`, 'csv', undefined],
        [`${F}/vereniging-agenda.ics`, 'ical', undefined],
        [`${F}/academie-cursus.jsonld`, 'jsonld', undefined],
      ]);
      const fromFeeds = merged.feeds.flatMap((f) => f.offerings.map((o) => o.id));
      expect(merged.offerings.map((o) => o.id)).to.deep.equal([...fromFeeds, ...corpus.map((o) => o.id)]);
      const first = merged.offerings[0]!;
      expect(first.title).to.equal('Inwerkprogramma nieuwe raadsleden');
      expect(merged.origins.get(first.id)).to.deep.include({ kind: 'feed', feed: 0, format: 'csv' });
      expect(merged.origins.get(corpus[0]!.id)).to.deep.equal({ kind: 'corpus' });
      const ical = merged.offerings.find((o) => o.title === 'Tweedaagse raadswerk')!;
      const origin = merged.origins.get(ical.id);
      expect(origin?.kind === 'feed' && origin.info?.publisher).to.equal('Voorbeeldvereniging');
      expect(merged.providers.find((p) => p.id === ical.provider)?.name, 'the provider is known to the finder').to.equal('Voorbeeldvereniging');
      expect(merged.notes.get(merged.offerings.find((o) => o.title === 'Werkbezoek waterschap')!.id)?.map((n) => n.code)).to.include('invalid-url');
    });

    const failures: { name: string; url: string; code: FeedFailureCode; timeoutMs?: number }[] = [
      { name: 'answers 404', url: '/__test/status/404', code: 'feed-http' },
      { name: 'answers 500', url: '/__test/status/500', code: 'feed-http' },
      { name: 'does not answer in time', url: '/__test/slow/5000', code: 'feed-timeout', timeoutMs: 300 },
      { name: 'sends half, then nothing until the time limit', url: '/__test/drip/5000', code: 'feed-timeout', timeoutMs: 500 },
      { name: 'cuts the feed off halfway', url: '/__test/truncated/40', code: 'feed-not-json' },
      { name: 'sends 21 MB', url: '/__test/padded/21', code: 'feed-too-large' },
      { name: 'is not a web address', url: 'javascript:alert(1)', code: 'feed-network' },
      { name: 'is a broken iCalendar file', url: `${F}/kapot.ics`, code: 'feed-unreadable' },
      { name: 'is in no format we know', url: '/__test/text', code: 'feed-unknown-format' },
    ];
    for (const { name, url, code, timeoutMs } of failures) {
      it(`reports a feed that ${name} with its URL, and shows the other feeds and the research’s offer`, async () => {
        const merged = await loadFeeds([EXAMPLE, url, `${F}/vereniging-agenda.ics`], { now: NOW, ...(timeoutMs ? { timeoutMs } : {}) });
        expect(merged.feeds.map((f) => [f.url, f.error?.code])).to.deep.equal([
          [EXAMPLE, undefined],
          [url, code],
          [`${F}/vereniging-agenda.ics`, undefined],
        ]);
        expect(merged.feeds[0]!.offerings).to.have.length(exampleFeed.offerings.length);
        expect(merged.offerings.length).to.equal(merged.feeds[0]!.offerings.length + merged.feeds[2]!.offerings.length + corpus.length);
      });
    }

    it('reports a server that does not allow loading from this website (no CORS header) as unreachable', async () => {
      const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const crossOrigin = `${location.protocol}//${other}:${location.port}${EXAMPLE}`;
      const opaque = await fetch(crossOrigin, { mode: 'no-cors' });
      expect(opaque.type, 'the server is there; only the CORS header is missing').to.equal('opaque');
      const merged = await loadFeeds([crossOrigin]);
      expect(merged.feeds[0]?.error?.code).to.equal('feed-network');
      expect(merged.offerings).to.have.length(corpus.length);
    });

    it('can leave out the research’s offer', async () => {
      const merged = await loadFeeds([EXAMPLE], { includeCorpus: false });
      expect(merged.offerings.map((o) => o.id)).to.deep.equal(exampleFeed.offerings.map((o) => o.id));
    });

    it('shows an offer in two feeds once: the feed listed first wins, and says what it dropped', async () => {
      const merged = await loadFeeds([EXAMPLE, `${F}/koepel-doorgeplaatst.json`]);
      const startdag = merged.offerings.filter((o) => o.id === 'voorbeeldvereniging-startdag-nieuwe-raadsleden');
      expect(startdag.map((o) => o.title)).to.deep.equal(['Startdag voor nieuwe raadsleden']);
      expect(merged.duplicates).to.deep.include({
        by: 'id',
        kept: { id: 'voorbeeldvereniging-startdag-nieuwe-raadsleden', origin: merged.origins.get('voorbeeldvereniging-startdag-nieuwe-raadsleden')! },
        dropped: { id: 'voorbeeldvereniging-startdag-nieuwe-raadsleden', origin: { kind: 'feed', feed: 1, url: `${F}/koepel-doorgeplaatst.json`, format: 'json', info: merged.feeds[1]!.info! } },
      });
      const reversed = await loadFeeds([`${F}/koepel-doorgeplaatst.json`, EXAMPLE]);
      expect(reversed.offerings.find((o) => o.id === 'voorbeeldvereniging-startdag-nieuwe-raadsleden')?.title).to.equal('Startdag voor nieuwe raadsleden (doorgeplaatst)');
    });

    it('shows an offer with the same page as one from the research once, the feed’s (however the address is written)', async () => {
      const research = corpus.find((o) => o.id === 'waardenkaarten-decentraal-bestuur')!;
      expect(research.url).to.equal('http://www.argumentenfabriek.nl/decentraalbestuur');
      const merged = await loadFeeds([`${F}/koepel-doorgeplaatst.json`]);
      expect(merged.offerings.some((o) => o.id === research.id)).to.equal(false);
      expect(merged.offerings.some((o) => o.id === 'koepel-waardenkaarten')).to.equal(true);
      expect(merged.duplicates.find((d) => d.dropped.id === research.id)).to.deep.include({ by: 'url', kept: { id: 'koepel-waardenkaarten', origin: merged.origins.get('koepel-waardenkaarten')! } });
    });

    it('does not take a home page, or a page a source gives for several offers, as the same offer', async () => {
      const merged = await loadFeeds([`${F}/koepel-doorgeplaatst.json`, `${F}/koepel-doorgeplaatst.json?kopie`], { includeCorpus: false });
      expect(merged.offerings.map((o) => o.id)).to.include.members(['koepel-thuis', 'koepel-agenda-1', 'koepel-agenda-2']);
      expect(merged.offerings, 'the second copy adds nothing').to.have.length(merged.feeds[0]!.offerings.length);
    });

    it('fills a feed’s empty offices from its own defaults, another feed’s from the common ones', async () => {
      const merged = await loadFeeds(
        [{ url: `${F}/vereniging-agenda.ics`, defaults: { roles: ['griffier'] } }, `${F}/academie-itemlist.jsonld`],
        { now: NOW, includeCorpus: false, defaults: { roles: ['wethouder'] } },
      );
      expect(merged.offerings.find((o) => o.title === 'Algemene ledenvergadering')?.roles).to.deep.equal(['griffier']);
      expect(merged.offerings.find((o) => o.title === 'Masterclass debatteren')?.roles).to.deep.equal(['wethouder']);
    });
  });

  describe('generated dated feeds (bench)', () => {
    it('are valid, deterministic, and merge without losing an offer', async () => {
      const { generateDatedFeeds } = await import('../fixtures/feeds-generator.js');
      const feeds = generateDatedFeeds(3, 200);
      expect(generateDatedFeeds(3, 200)).to.deep.equal(feeds);
      for (const f of feeds) {
        const r = await readFeed(JSON.stringify(f));
        expect(r.rejected).to.deep.equal([]);
        expect(r.offerings.every((o) => o.sessions?.length === 3)).to.equal(true);
      }
      const merged = mergeSources(feeds.map((f, feed) => ({ offerings: f.offerings, origin: { kind: 'feed' as const, feed, url: String(feed) } })));
      expect(merged.offerings).to.have.length(600);
      expect(merged.duplicates).to.deep.equal([]);
    });
  });

  describe('mergeSources', () => {
    const o = (id: string, url: string | null = null) => ({ ...(validOffering as Offering), id, url });

    it('keeps the first of the same id and of the same specific page, whatever the scheme, www or trailing slash', () => {
      const a = { offerings: [o('a', 'https://www.example.org/x/'), o('b')], origin: { kind: 'feed' as const, feed: 0, url: 'a' } };
      const b = { offerings: [o('b'), o('c', 'http://example.org/x'), o('d', 'https://example.org/x?y=1')], origin: { kind: 'feed' as const, feed: 1, url: 'b' } };
      const merged = mergeSources([a, b]);
      expect(merged.offerings.map((x) => x.id)).to.deep.equal(['a', 'b', 'd']);
      expect(merged.duplicates.map((d) => [d.by, d.kept.id, d.dropped.id])).to.deep.equal([
        ['id', 'b', 'b'],
        ['url', 'a', 'c'],
      ]);
      expect(pageKey('https://www.Example.org/x/#top')).to.equal('example.org/x');
      expect(pageKey('https://example.org/')).to.equal(undefined);
    });
  });

  describe('JSON feeds with sessions', () => {
    const session = { start: '2026-04-02T19:30:00+02:00', registration: { email: 'griffie@example.org' } };
    const feed = (sessions: unknown[]) => JSON.stringify({ providers: [], offerings: [{ ...validOffering, provider: 'vng', sessions }] });

    it('accepts sessions in the published format; old feeds stay valid', async () => {
      expect((await readFeed(feed([session]))).offerings[0]?.sessions).to.deep.equal([session]);
      expect((await readFeed(JSON.stringify(exampleFeed))).rejected).to.deep.equal([]);
    });

    it('rejects an offer with a date that does not exist, an end before its start, or a registration without address', async () => {
      const cases: [unknown, string, string][] = [
        [{ start: '2026-02-30T19:30:00+01:00' }, '/sessions/0/start', 'invalid-date'],
        [{ start: '2026-04-02T19:30:00+02:00', end: '2026-04-02T18:00:00+02:00' }, '/sessions/0/end', 'end-before-start'],
        [{ start: '2026-04-02', registration: { deadline: '2026-03-01' } }, '/sessions/0/registration', 'anyOf'],
        [{ start: '2 april' }, '/sessions/0/start', 'pattern'],
        [{ start: '2026-04-02', status: 'misschien' }, '/sessions/0/status', 'enum'],
        [{ start: '2026-04-02', registration: { url: 'javascript:alert(1)' } }, '/sessions/0/registration/url', 'pattern'],
      ];
      for (const [s, path, keyword] of cases) {
        const r = await readFeed(feed([s]), { knownProviders: ['vng'] });
        expect(r.offerings, JSON.stringify(s)).to.deep.equal([]);
        expect(r.rejected[0]?.problems.map((p) => [p.path, p.keyword]), JSON.stringify(s)).to.deep.include([path, keyword]);
      }
    });

    it('accepts the new audiences, and gives them no priorities (they are not offices)', async () => {
      const r = await readFeed(JSON.stringify({ offerings: [{ ...validOffering, audiences: ['burgerlid', 'aspirant-raadslid'] }] }), { knownProviders: ['vb'] });
      expect(r.offerings[0]?.audiences).to.deep.equal(['burgerlid', 'aspirant-raadslid']);
      expect((await readFeed(JSON.stringify({ offerings: [{ ...validOffering, roles: ['fractievolger'] }] }), { knownProviders: ['vb'] })).rejected).to.have.length(1);
    });
  });
});
