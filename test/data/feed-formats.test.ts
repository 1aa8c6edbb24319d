/**
 * Publishing without hand-written JSON: an association's iCalendar feed, a
 * website's schema.org JSON-LD and a griffie's spreadsheet (CSV) each become
 * the same offers, with a note per offer of what could not be taken over.
 * The fixtures (test/fixtures/feeds/) are fictional associations; expected
 * values are read from the fixture files themselves where they can be.
 */
import { expect } from '@open-wc/testing';
import {
  corpusProviders,
  detectFeedFormat,
  loadFeed,
  readFeed,
  type ConversionNote,
  type FeedReport,
  type Offering,
  type ReadFeedOptions,
} from '../../src/data/index.js';
import { safeUrl } from '../../src/shared/safe-url.js';

const NOW = new Date('2026-03-15T12:00:00+01:00');
const FIXTURES = '/test/fixtures/feeds';

async function load(file: string, options: ReadFeedOptions = {}): Promise<FeedReport> {
  return loadFeed(`${FIXTURES}/${file}`, { now: NOW, providers: await corpusProviders(), ...options });
}

async function text(file: string): Promise<string> {
  return (await fetch(`${FIXTURES}/${file}`)).text();
}

function offer(report: FeedReport, title: string | RegExp): Offering {
  const found = report.offerings.find((o) => (typeof title === 'string' ? o.title === title : title.test(o.title)));
  expect(found, `offer ${String(title)} in ${report.offerings.map((o) => o.title).join(' | ')}`).to.not.equal(undefined);
  return found!;
}

function notesOf(report: FeedReport, o: Offering): readonly ConversionNote[] {
  return report.notesById.get(o.id) ?? [];
}

const codes = (notes: readonly ConversionNote[]) => notes.map((n) => n.code);

/** Every string anywhere in a value. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

/** Every link an offer could render: its page and its sessions' registration pages. */
function links(o: Offering): string[] {
  return [o.url, ...(o.sessions ?? []).map((s) => s.registration?.url)].filter((u): u is string => typeof u === 'string');
}

describe('feed formats', () => {
  describe('detection', () => {
    it('knows each format by its content, whatever the server calls it', () => {
      expect(detectFeedFormat('BEGIN:VCALENDAR\r\nVERSION:2.0', { contentType: 'text/plain' })).to.equal('ical');
      expect(detectFeedFormat('{"offerings": []}', { contentType: 'application/octet-stream' })).to.equal('json');
      expect(detectFeedFormat('[{"id": "a"}]')).to.equal('json');
      expect(detectFeedFormat('{"@context": "https://schema.org", "@type": "Course"}', { source: 'x.json' })).to.equal('jsonld');
      expect(detectFeedFormat('[{"@type": "Event"}]')).to.equal('jsonld');
      expect(detectFeedFormat('<!doctype html><script type="application/ld+json">{}</script>')).to.equal('jsonld');
      expect(detectFeedFormat('\uFEFFtitel;datum\r\nA;2-4-2026')).to.equal('csv');
      expect(detectFeedFormat('Title,Start\nA,2026-04-02')).to.equal('csv');
    });

    it('falls back on the Content-Type and the extension, and says when it is none of the four', () => {
      expect(detectFeedFormat('x;y\n1;2', { contentType: 'text/csv; charset=utf-8' })).to.equal('csv');
      expect(detectFeedFormat('x;y\n1;2', { source: 'https://example.org/aanbod.csv' })).to.equal('csv');
      expect(detectFeedFormat('{"@context": "https://schema.org", "name": "Afgebroken', { source: 'a.jsonld' })).to.equal('jsonld');
      expect(detectFeedFormat('Hallo wereld')).to.equal(undefined);
      expect(detectFeedFormat('<html><body>Geen agenda</body></html>')).to.equal(undefined);
    });
  });

  describe('iCalendar', () => {
    let report: FeedReport;
    let source: string;
    before(async () => {
      report = await load('vereniging-agenda.ics');
      source = await text('vereniging-agenda.ics');
    });

    it('reads the calendar as iCalendar and names the feed after it', () => {
      expect(report.error).to.equal(undefined);
      expect(report.format).to.equal('ical');
      expect(report.info?.name).to.equal(/X-WR-CALNAME:(.*)/.exec(source)?.[1]?.trim());
      expect(report.info?.publisher).to.equal('Voorbeeldvereniging');
    });

    it('turns a weekly course into one offer with its dates: an evening skipped (EXDATE), one moved (RECURRENCE-ID)', () => {
      const o = offer(report, 'Basiscursus begroting lezen');
      expect(o.sessions?.map((s) => s.start)).to.deep.equal(['2026-03-17T19:30:00+01:00', '2026-03-31T19:30:00+02:00', '2026-04-08T20:00:00+02:00']);
      expect(o.sessions?.[0]?.end).to.equal('2026-03-17T21:30:00+01:00');
      expect(o.sessions?.[0]?.place).to.deep.equal({ name: 'Het Raadshuis', address: 'Dorpsstraat 1, 1234 AB', city: 'Voorbeeldstad' });
      expect(o.sessions?.[2]?.online, 'the moved evening is on Zoom').to.equal(true);
      expect(o.description).to.equal('Vier avonden over de begroting, de jaarrekening en de rol van de raad.\nFictief voorbeeld.');
      expect(o.url).to.equal('https://voorbeeldvereniging.example.org/agenda/basiscursus-begroten');
      expect(o.roles).to.deep.equal(['raadslid']);
      expect(o.formats).to.deep.equal(['training']);
    });

    it('keeps an all-day event as whole days (iCalendar’s end date is the day after; ours is the last day)', () => {
      const o = offer(report, 'Tweedaagse raadswerk');
      expect(o.sessions).to.deep.equal([{ start: '2026-05-15', end: '2026-05-16', place: { name: 'Conferentieoord De Heide', city: 'Voorbeeldbos' } }]);
      expect(o.audiences).to.deep.equal(['burgerlid']);
    });

    it('marks a cancelled event and reads a UTC time as Amsterdam time', () => {
      const o = offer(report, 'Debatavond voor fractievolgers');
      expect(o.sessions?.[0]).to.include({ start: '2026-03-26T19:00:00+01:00', status: 'geannuleerd' });
      expect(o.audiences).to.deep.equal(['fractievolger']);
      expect(o.roles).to.equal(null);
    });

    it('makes one offer with two dates of two events with the same title and page, and says so', () => {
      const o = offer(report, 'Intervisie voor nieuwe raadsleden');
      expect(report.offerings.filter((x) => x.title === o.title)).to.have.length(1);
      expect(o.sessions?.map((s) => s.start)).to.deep.equal(['2026-05-12T19:30:00+02:00', '2026-06-09T19:30:00+02:00']);
      expect(notesOf(report, o)).to.deep.include({ code: 'grouped', value: '2' });
      expect(o.levels).to.deep.equal(['micro']);
    });

    it('reads a time without time zone as Amsterdam time, with a note, and names unknown categories', () => {
      const o = offer(report, 'Algemene ledenvergadering');
      expect(o.sessions?.[0]?.start).to.equal('2026-04-20T20:00:00+02:00');
      expect(codes(notesOf(report, o))).to.include.members(['floating-time', 'fallback-format']);
      expect(notesOf(report, o)).to.deep.include({ code: 'unknown-value', field: 'CATEGORIES', value: 'Vereniging' });
      expect(o.formats).to.deep.equal(['overig']);
    });

    it('expands a monthly series without end up to two years ahead, on the right weekday, and says it was cut', () => {
      const o = offer(report, 'Online spreekuur raadswerk');
      const starts = (o.sessions ?? []).map((s) => new Date(s.start));
      expect(starts.length).to.be.within(20, 100);
      for (const d of starts) {
        const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', hour: 'numeric', hourCycle: 'h23' }).format(d);
        expect(local, 'first Tuesday of the month at 12.00').to.match(/^Tue [1-7], 12$/);
      }
      expect(starts.at(-1)!.getTime()).to.be.below(NOW.getTime() + 2 * 366 * 86_400_000);
      expect(notesOf(report, o)).to.deep.include({ code: 'recurrence-limited', field: 'RRULE', value: String(starts.length) });
      expect(o.sessions?.every((s) => s.online)).to.equal(true);
      expect(o.audiences).to.deep.equal(['aspirant-raadslid']);
      expect(o.formats).to.deep.equal(['coaching']);
    });

    it('gives every record the line of its BEGIN:VEVENT, and notes properties it cannot show', () => {
      const lines = source
        .split(/\r\n/)
        .map((l, i) => (l === 'BEGIN:VEVENT' ? i + 1 : 0))
        .filter(Boolean);
      const debat = report.records.find((r) => r.title === 'Debatavond voor fractievolgers');
      expect(debat?.line).to.equal(lines[3]);
      expect(debat?.outcome).to.equal('converted');
      expect(notesOf(report, offer(report, 'Basiscursus begroting lezen'))).to.deep.include({ code: 'not-mapped', field: 'GEO' });
    });

    it('never reads attendees’ or organisers’ e-mail addresses', () => {
      const all = JSON.stringify([report.offerings, report.providers, [...report.notesById.values()]]);
      expect(all).to.not.include('deelnemer@example.org');
      expect(all).to.not.include('secretariaat@example.org');
      expect(all).to.not.include('ATTENDEE');
    });

    it('names the provider after the ORGANIZER, and events without one after the calendar’s usual organiser', () => {
      expect(report.providers.map((p) => p.name)).to.deep.equal(['Voorbeeldvereniging']);
      expect(new Set(report.offerings.map((o) => o.provider))).to.deep.equal(new Set([report.providers[0]?.id]));
      expect(notesOf(report, offer(report, 'Algemene ledenvergadering'))).to.deep.include({ code: 'provider-derived', value: 'Voorbeeldvereniging' });
    });

    it('reports a broken file with the line where reading stopped', async () => {
      const broken = await load('kapot.ics');
      expect(broken.error).to.include({ code: 'feed-unreadable', format: 'ical', line: 7 });
      expect((await text('kapot.ics')).split('\r\n')[6]).to.equal('dit is geen iCalendar-regel');
      expect(broken.offerings).to.deep.equal([]);
    });

    it('keeps markup, script links and a rule that never matches inert', async () => {
      const hostile = await load('kwaad.ics');
      expect(hostile.error).to.equal(undefined);
      expect(hostile.offerings.map((o) => o.title)).to.deep.equal(['Cursus', 'Link met data', 'Nooit eindigende regel']);
      for (const s of strings([hostile.offerings, hostile.providers, hostile.info])) expect(s).to.not.match(/<\/?[a-z]/i);
      for (const o of hostile.offerings) for (const u of links(o)) expect(safeUrl(u)).to.equal(u);
      expect(hostile.offerings[0]?.url).to.equal(null);
      expect(notesOf(hostile, hostile.offerings[0]!)).to.deep.include({ code: 'invalid-url', field: 'URL', value: 'javascript:window.__vkPwned=true' });
      expect(codes(notesOf(hostile, hostile.offerings[2]!))).to.include('recurrence-limited');
    });
  });

  describe('JSON-LD', () => {
    it('reads a Course with its CourseInstances: place, online, registration, deadline, capacity, sold out, price', async () => {
      const r = await load('academie-cursus.jsonld');
      const json = JSON.parse(await text('academie-cursus.jsonld')) as { name: string; hasCourseInstance: { startDate: string }[] };
      expect(r.format).to.equal('jsonld');
      expect(r.offerings).to.have.length(1);
      const o = r.offerings[0]!;
      expect(o.title).to.equal(json.name);
      expect(o.description).to.equal('Drie dagdelen over de rollen van de raad: kaderstellen, controleren en volksvertegenwoordigen.\nFictief voorbeeld.');
      expect(o.cost).to.deep.equal({ kind: 'betaald', text: '€ 95' });
      expect(o.roles).to.deep.equal(['raadslid']);
      expect(o.audiences).to.deep.equal(['burgerlid']);
      expect(o.levels).to.deep.equal(['macro']);
      expect(o.sessions?.[0]).to.deep.equal({
        start: json.hasCourseInstance[0]?.startDate,
        end: '2026-04-14T22:00:00+02:00',
        place: { name: 'Stadskantoor Voorbeeldstad', address: 'Stationsplein 2, 1234 AB', city: 'Voorbeeldstad' },
        registration: { url: 'https://academie.example.org/cursus/rolvast-in-de-raad/aanmelden?datum=2026-04-14', deadline: '2026-04-07' },
        capacity: 20,
      });
      expect(o.sessions?.[1]).to.deep.equal({ start: '2026-05-19T19:00:00+02:00', end: '2026-05-19T21:30:00+02:00', online: true, status: 'vol' });
      expect(codes(notesOf(r, o))).to.include.members(['markup-removed', 'floating-time', 'not-mapped']);
      expect(r.providers.map((p) => p.name)).to.deep.equal(['Academie Lokaal Voorbeeld']);
    });

    it('follows @id references in an @graph and skips the website’s own nodes', async () => {
      const r = await load('academie-graph.jsonld');
      expect(r.offerings.map((o) => o.title)).to.deep.equal(['Integriteit in de praktijk', 'Webinar ondermijning herkennen']);
      const course = r.offerings[0]!;
      expect(course.sessions).to.deep.equal([
        { start: '2026-06-02', end: '2026-06-03', place: { name: 'Zaal De Kring', address: 'Kerkplein 3, 4321 CD', city: 'Voorbeelddorp' }, online: true },
      ]);
      expect(course.cost.kind).to.equal('gratis');
      expect(course.roles).to.deep.equal(['wethouder', 'raadslid']);
      const webinar = r.offerings[1]!;
      expect(webinar).to.include({ provider: course.provider });
      expect(webinar.formats).to.deep.equal(['e-learning']);
      expect(webinar.sessions?.[0]?.online).to.equal(true);
      expect(r.notes, 'supporting nodes are no news').to.deep.equal([]);
    });

    it('reads an ItemList: a cancelled event, a full one, a status it cannot map, and an item without a name rejected', async () => {
      const r = await load('academie-itemlist.jsonld');
      expect(offer(r, 'Masterclass debatteren').sessions?.[0]?.status).to.equal('geannuleerd');
      const netwerk = offer(r, 'Netwerkavond griffiers');
      expect(netwerk.sessions?.[0]).to.deep.include({ status: 'vol', place: { name: 'Het Atrium', city: 'Voorbeeldstad' } });
      expect(netwerk.provider, 'a known provider is found by its name').to.equal('vvg');
      expect(notesOf(r, netwerk)).to.deep.include({ code: 'status-unmapped', field: 'eventStatus', value: 'EventPostponed' });
      const rejected = r.records.filter((x) => x.outcome === 'rejected');
      expect(rejected).to.have.length(1);
      expect(rejected[0]?.index).to.equal(2);
      expect(rejected[0]?.problems[0]).to.include({ keyword: 'required', sourceField: 'name' });
    });

    it('reads a bare array of events, and one event on two dates as one offer', async () => {
      const r = await load('academie-array.json');
      expect(r.format).to.equal('jsonld');
      expect(r.offerings).to.have.length(1);
      expect(r.offerings[0]?.sessions?.map((s) => s.start)).to.deep.equal(['2026-04-16T09:30:00+02:00', '2026-09-17T09:30:00+02:00']);
    });

    it('reads the JSON-LD of a web page, and notes a block it cannot read', async () => {
      const r = await load('griffie-pagina.html');
      expect(r.format).to.equal('jsonld');
      expect(r.offerings.map((o) => [o.title, o.audiences, o.sessions?.[0]?.place?.name])).to.deep.equal([
        ['Inloopavond voor aspirant-raadsleden', ['aspirant-raadslid'], 'Stadhuis Voorbeeldstad'],
      ]);
      expect(codes(r.notes)).to.deep.equal(['skipped-items']);
    });

    it('reports JSON-LD that is cut off', async () => {
      expect((await load('kapot.jsonld')).error).to.include({ code: 'feed-unreadable', format: 'jsonld' });
    });

    it('keeps markup and script links inert, and leaves out a date that does not exist', async () => {
      const r = await load('kwaad.jsonld');
      for (const s of strings([r.offerings, r.providers, r.info])) expect(s).to.not.match(/<\/?[a-z]/i);
      for (const o of r.offerings) for (const u of links(o)) expect(safeUrl(u)).to.equal(u);
      const course = offer(r, 'Cursus');
      expect(course.url).to.equal(null);
      expect(course.sessions?.[0]?.registration).to.equal(undefined);
      expect(course.sessions?.[0]?.place).to.deep.equal({ name: 'Zaal', city: 'Kwaadstad' });
      expect(offer(r, 'Link met script').url).to.equal(null);
      const nodate = offer(r, 'Datum die niet bestaat');
      expect(nodate.sessions).to.equal(undefined);
      expect(notesOf(r, nodate)).to.deep.include({ code: 'invalid-date', field: 'startDate', value: '2026-02-30T19:00:00+01:00' });
    });
  });

  describe('CSV', () => {
    let report: FeedReport;
    before(async () => {
      report = await load('griffie-voorbeeldstad.csv');
    });

    it('reads a Dutch spreadsheet: byte-order mark, semicolons, quotes with semicolons and line breaks inside', async () => {
      const bytes = new Uint8Array(await (await fetch(`${FIXTURES}/griffie-voorbeeldstad.csv`)).arrayBuffer());
      expect([...bytes.slice(0, 3)], 'the fixture starts with a BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(report.format).to.equal('csv');
      const o = offer(report, 'Inwerkprogramma nieuwe raadsleden');
      expect(o.description).to.equal('Kennismaking met de raad; het college en de griffie.\nTwee avonden. (Fictief voorbeeld.)');
      expect(offer(report, /^Debattraining/).title).to.equal('Debattraining "interrumperen"');
    });

    it('makes the griffie’s induction programme one offer with two evenings, sign-up by e-mail and a deadline', () => {
      const o = offer(report, 'Inwerkprogramma nieuwe raadsleden');
      expect(o).to.deep.include({ id: 'inwerkprogramma-2026', roles: ['raadslid'], audiences: ['burgerlid'], formats: ['opleiding'], levels: ['macro'], mode: 'individueel' });
      expect(o.cost).to.deep.equal({ kind: 'gratis', text: null });
      expect(o.sessions).to.deep.equal([
        {
          start: '2026-04-02T19:30:00+02:00',
          end: '2026-04-02T21:30:00+02:00',
          place: { name: 'Stadhuis Voorbeeldstad', address: 'Markt 1', city: 'Voorbeeldstad' },
          registration: { email: 'griffie@voorbeeldstad.example.org', deadline: '2026-03-27' },
          status: 'open',
          capacity: 40,
          note: 'Inloop vanaf 19.00 uur; koffie en thee',
        },
        {
          start: '2026-04-16T19:30:00+02:00',
          end: '2026-04-16T21:30:00+02:00',
          place: { name: 'Stadhuis Voorbeeldstad', address: 'Markt 1', city: 'Voorbeeldstad' },
          registration: { email: 'griffie@voorbeeldstad.example.org', deadline: '2026-04-10' },
          status: 'open',
          capacity: 40,
        },
      ]);
      expect(notesOf(report, o)).to.deep.equal([{ code: 'grouped', value: '2' }]);
    });

    it('reads amounts with a decimal comma and a thousands point', () => {
      expect(offer(report, /^Debattraining/).cost).to.deep.equal({ kind: 'betaald', text: '€ 1.245,50' });
      expect(offer(report, 'Werkbezoek waterschap').cost).to.deep.equal({ kind: 'betaald', text: '€ 95,50' });
      expect(offer(report, 'E-learning vergaderen').cost).to.deep.equal({ kind: 'gratis', text: null });
    });

    it('notes what it cannot take over: a script link, an unknown werkvorm, a date that does not exist, a column it does not read', () => {
      const o = offer(report, 'Werkbezoek waterschap');
      expect(o.url).to.equal(null);
      expect(o.sessions).to.equal(undefined);
      expect(notesOf(report, o)).to.deep.include.members([
        { code: 'invalid-url', field: 'url', value: 'javascript:alert(1)' },
        { code: 'unknown-value', field: 'werkvorm', value: 'excursie' },
        { code: 'invalid-date', field: 'datum', value: '31-2-2026 13:00' },
      ]);
      expect(report.notes).to.deep.equal([{ code: 'unknown-column', field: 'Interne notitie' }]);
      expect(JSON.stringify(report.offerings)).to.not.include('alleen voor de griffie');
    });

    it('rejects a line without a title with its line number and column', () => {
      const rejected = report.records.filter((r) => r.outcome === 'rejected');
      expect(rejected.map((r) => [r.line, r.problems[0]?.sourceField])).to.deep.equal([[7, 'titel']]);
    });

    it('reads commas, tabs, English column names and ISO dates as well', async () => {
      const comma = await readFeed('Title,Start,End,Location,City,Registration\n"Workshop, deel 1",2026-04-02 19:30,2026-04-02 21:00,Het Atrium,Voorbeeldstad,https://example.org/a\n', { now: NOW });
      expect(comma.offerings[0]).to.deep.include({ title: 'Workshop, deel 1' });
      expect(comma.offerings[0]?.sessions?.[0]).to.deep.equal({
        start: '2026-04-02T19:30:00+02:00',
        end: '2026-04-02T21:00:00+02:00',
        place: { name: 'Het Atrium', city: 'Voorbeeldstad' },
        registration: { url: 'https://example.org/a' },
      });
      const tabs = await readFeed('titel\tdatum\nIntervisie\t12-05-2026\n', { now: NOW });
      expect(tabs.offerings[0]?.sessions).to.deep.equal([{ start: '2026-05-12' }]);
    });

    it('reads Excel’s Windows-1252 CSV and says so', async () => {
      // "Cursus café" in Windows-1252: é is one byte, 0xE9, which is not valid UTF-8 on its own.
      const bytes = new Uint8Array([...new TextEncoder().encode('titel;datum\r\nCursus caf'), 0xe9, ...new TextEncoder().encode(';2-4-2026\r\n')]);
      const r = await readFeed(bytes, { now: NOW });
      expect(r.offerings[0]?.title).to.equal('Cursus café');
      expect(r.notes).to.deep.include({ code: 'windows-1252' });
    });

    it('refuses a CSV without a title column, saying which line', async () => {
      const r = await readFeed('naam van de cursus;wanneer\nA;1-1-2026\n', { format: 'csv' });
      expect(r.error).to.include({ code: 'feed-shape', format: 'csv', line: 1 });
    });

    it('keeps markup and script links in every field inert', async () => {
      const run = 'window.__vkPwned=true';
      const csv = [
        'titel;omschrijving;aanbieder;url;datum;locatie;plaats;aanmelden;opmerking;kosten',
        `"<script>${run}</script>Cursus";"<img src=x onerror=""${run}"">";"<b onclick=""${run}"">Kwaad</b>";javascript:${run};2-4-2026;"<svg onload=""${run}"">Zaal";<i>Kwaadstad</i>;javascript:${run};<u>let op</u>;"<svg onload=""${run}"">"`,
        `Data-link;;;data:text/html,<script>alert(1)</script>;3-4-2026;;;mailto:<script>@example.org;;`,
      ].join('\n');
      const r = await readFeed(csv, { now: NOW });
      expect(r.offerings.map((o) => o.title)).to.deep.equal(['Cursus', 'Data-link']);
      for (const s of strings([r.offerings, r.providers, r.info])) expect(s).to.not.match(/<\/?[a-z]/i);
      for (const o of r.offerings) for (const u of links(o)) expect(safeUrl(u)).to.equal(u);
      expect(r.offerings.every((o) => o.url === null && !o.sessions?.some((s) => s.registration))).to.equal(true);
    });
  });

  describe('any format', () => {
    it('refuses a file of more than 20 MB with a message, without reading it', async () => {
      expect((await loadFeed('/__test/padded/21')).error?.code).to.equal('feed-too-large');
      expect((await readFeed(new Uint8Array(20_000_001))).error?.code).to.equal('feed-too-large');
    });

    it('says when a file is in none of the four formats', async () => {
      expect((await readFeed('Hallo, dit is een brief.\nGroet')).error?.code).to.equal('feed-unknown-format');
      expect((await readFeed(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0xff, 0xfe]))).error?.code).to.equal('feed-unknown-format');
    });

    it('fills offices and levels a format lacks from the feed’s defaults, and says so', async () => {
      const r = await load('vereniging-agenda.ics', { defaults: { levels: ['meso'], roles: ['griffier'] } });
      const alv = offer(r, 'Algemene ledenvergadering');
      expect(alv.levels).to.deep.equal(['meso']);
      expect(alv.roles).to.deep.equal(['griffier']);
      expect(offer(r, 'Basiscursus begroting lezen').roles, 'what the feed says wins').to.deep.equal(['raadslid']);
      expect(notesOf(r, alv)).to.deep.include({ code: 'default', field: 'levels', value: 'meso' });
    });

    it('gives the same offer the same id on every load (a link to it keeps working)', async () => {
      const a = await load('vereniging-agenda.ics');
      const b = await load('vereniging-agenda.ics', { now: new Date('2026-06-01T12:00:00+02:00') });
      expect(b.offerings.map((o) => o.id)).to.deep.equal(a.offerings.map((o) => o.id));
    });
  });
});
