/**
 * What is coming: the next date, how many more, what is past, the
 * "Wanneer" and "Waar" filters and the sort by next date, all with the clock
 * set in the test; dates in Amsterdam time, written as the Dutch write them.
 */
import { expect } from '@open-wc/testing';
import {
  allSessionsPast,
  byNextSession,
  formatPlace,
  formatSessionDate,
  formatSessionWhen,
  laterCount,
  matchesWhen,
  matchesWhere,
  nextSession,
  registrationLink,
  registrationOpen,
  sessionSummary,
  whenCounts,
  whereKeys,
  whereOptions,
  type Offering,
  type OfferingSession,
} from '../../src/data/index.js';
import { validOffering } from '../fixtures/training-feeds.js';

const base = validOffering as Offering;
let n = 0;
function offering(sessions: OfferingSession[] | undefined, extra: Partial<Offering> = {}): Offering {
  n++;
  return { ...base, id: `vb-${String(n)}`, title: extra.title ?? `Aanbod ${String(n)}`, ...(sessions ? { sessions } : {}), ...extra };
}

const stadhuis = { name: 'Stadhuis Voorbeeldstad', address: 'Markt 1', city: 'Voorbeeldstad' };
/** 15 March 2026, noon in Amsterdam (winter time, +01:00). */
const NOW = new Date('2026-03-15T12:00:00+01:00');

describe('sessions', () => {
  describe('what is coming', () => {
    const induction = offering([
      { start: '2026-03-03T19:30:00+01:00', end: '2026-03-03T21:30:00+01:00', place: stadhuis },
      { start: '2026-04-16T19:30:00+02:00', place: stadhuis },
      { start: '2026-04-02T19:30:00+02:00', end: '2026-04-02T21:30:00+02:00', place: stadhuis, registration: { email: 'griffie@example.org' } },
      { start: '2026-03-26T19:30:00+01:00', status: 'geannuleerd' },
      { start: '2026-05-07T19:30:00+02:00', online: true },
    ]);

    it('gives the next date that is not cancelled, and how many more are to come', () => {
      expect(nextSession(induction, NOW)?.session.start).to.equal('2026-04-02T19:30:00+02:00');
      expect(laterCount(induction, NOW), 'nog 2 data').to.equal(2);
      const summary = sessionSummary(induction, NOW);
      expect(summary.dated).to.equal(true);
      expect(summary.upcoming.map((t) => t.session.start)).to.deep.equal([
        '2026-03-26T19:30:00+01:00',
        '2026-04-02T19:30:00+02:00',
        '2026-04-16T19:30:00+02:00',
        '2026-05-07T19:30:00+02:00',
      ]);
      expect(summary.past.map((t) => t.session.start)).to.deep.equal(['2026-03-03T19:30:00+01:00']);
      expect(summary.allPast).to.equal(false);
    });

    it('counts a session as coming until it has ended, and a whole day until midnight in Amsterdam', () => {
      const evening = offering([{ start: '2026-03-15T11:00:00+01:00', end: '2026-03-15T13:00:00+01:00' }]);
      expect(nextSession(evening, NOW), 'it has begun but not ended').to.not.equal(undefined);
      expect(allSessionsPast(evening, new Date('2026-03-15T13:00:00+01:00'))).to.equal(true);
      const day = offering([{ start: '2026-03-15' }]);
      expect(allSessionsPast(day, new Date('2026-03-15T23:59:00+01:00'))).to.equal(false);
      expect(allSessionsPast(day, new Date('2026-03-16T00:00:00+01:00'))).to.equal(true);
      const twoDays = offering([{ start: '2026-03-14', end: '2026-03-15' }]);
      expect(nextSession(twoDays, NOW)).to.not.equal(undefined);
    });

    it('knows an offer whose dates are all past, and an offer without dates', () => {
      const past = offering([{ start: '2025-11-04T19:30:00+01:00' }, { start: '2026-01-13T19:30:00+01:00' }]);
      expect(allSessionsPast(past, NOW)).to.equal(true);
      expect(sessionSummary(past, NOW)).to.deep.include({ allPast: true, later: 0, dated: true });
      const undated = offering(undefined);
      expect(allSessionsPast(undated, NOW)).to.equal(false);
      expect(sessionSummary(undated, NOW)).to.deep.include({ dated: false, allPast: false, later: 0 });
      expect(nextSession(undated, NOW)).to.equal(undefined);
    });

    it('leaves out dates it cannot read instead of failing', () => {
      const odd = offering([{ start: '2026-02-30T19:30:00+01:00' }, { start: '2026-04-02' }]);
      expect(sessionSummary(odd, NOW).upcoming.map((t) => t.session.start)).to.deep.equal(['2026-04-02']);
    });
  });

  describe('Wanneer', () => {
    const thisMonth = offering([{ start: '2026-03-31T19:30:00+02:00' }]);
    const inMay = offering([{ start: '2026-05-20T19:30:00+02:00' }]);
    const inJuly = offering([{ start: '2026-07-01T10:00:00+02:00' }]);
    const undated = offering(undefined);
    const past = offering([{ start: '2026-03-01T10:00:00+01:00' }]);
    const list = [thisMonth, inMay, inJuly, undated, past];

    it('puts each offer in deze maand, komende 3 maanden or alles by its next date', () => {
      expect(list.filter((o) => matchesWhen(o, 'deze-maand', NOW))).to.deep.equal([thisMonth]);
      expect(list.filter((o) => matchesWhen(o, 'komende-3-maanden', NOW))).to.deep.equal([thisMonth, inMay]);
      expect(list.filter((o) => matchesWhen(o, 'alles', NOW))).to.deep.equal(list);
      expect(whenCounts(list, NOW)).to.deep.equal({ 'deze-maand': 1, 'komende-3-maanden': 2, alles: 5 });
    });

    it('ends "deze maand" at midnight of the first of next month in Amsterdam, in December too', () => {
      const newYearsEve = new Date('2026-12-31T23:30:00+01:00');
      expect(matchesWhen(offering([{ start: '2026-12-31T23:45:00+01:00' }]), 'deze-maand', newYearsEve)).to.equal(true);
      expect(matchesWhen(offering([{ start: '2027-01-01T00:00:00+01:00' }]), 'deze-maand', newYearsEve)).to.equal(false);
      expect(matchesWhen(offering([{ start: '2027-03-31T23:00:00+02:00' }]), 'komende-3-maanden', newYearsEve)).to.equal(true);
    });
  });

  describe('Waar', () => {
    const list = [
      offering([{ start: '2026-04-02T19:30:00+02:00', place: stadhuis }]),
      offering([{ start: '2026-04-03T19:30:00+02:00', place: { name: 'Raadzaal', city: 'voorbeeldstad' }, online: true }]),
      offering([{ start: '2026-04-04T19:30:00+02:00', online: true }]),
      offering([{ start: '2026-04-05T19:30:00+02:00', place: { name: 'Het Atrium', city: 'Den Haag' } }]),
      offering([{ start: '2026-03-01T19:30:00+01:00', place: { name: 'Oud', city: 'Almere' } }]),
      offering([{ start: '2026-04-06T19:30:00+02:00', place: { name: 'Zaal', city: 'Emmen' }, status: 'geannuleerd' }]),
    ];

    it('offers online first, then the towns A–Z with counts, one option per town however it is written', () => {
      expect(whereOptions(list, NOW)).to.deep.equal([
        { key: 'online', count: 2 },
        { key: 'plaats:den-haag', city: 'Den Haag', count: 1 },
        { key: 'plaats:voorbeeldstad', city: 'Voorbeeldstad', count: 2 },
      ]);
    });

    it('counts past places only with "toon ook afgelopen", and never a cancelled date', () => {
      expect(whereOptions(list, NOW, true).map((o) => o.city ?? o.key)).to.deep.equal(['online', 'Almere', 'Den Haag', 'Voorbeeldstad']);
      expect(whereKeys(list[5]!, NOW)).to.deep.equal([]);
    });

    it('filters on any of the chosen places', () => {
      expect(list.filter((o) => matchesWhere(o, ['online'], NOW))).to.deep.equal([list[1], list[2]]);
      expect(list.filter((o) => matchesWhere(o, ['plaats:den-haag', 'plaats:voorbeeldstad'], NOW))).to.deep.equal([list[0], list[1], list[3]]);
      expect(list.filter((o) => matchesWhere(o, [], NOW))).to.deep.equal(list);
    });
  });

  describe('eerstvolgende datum', () => {
    it('sorts by next date, then offers without dates, then offers that are over (latest first), keeping ties in order', () => {
      const may = offering([{ start: '2026-05-01T10:00:00+02:00' }], { title: 'mei' });
      const april = offering([{ start: '2026-04-01T10:00:00+02:00' }, { start: '2026-02-01T10:00:00+01:00' }], { title: 'april' });
      const none1 = offering(undefined, { title: 'zonder datum 1' });
      const none2 = offering(undefined, { title: 'zonder datum 2' });
      const old = offering([{ start: '2025-01-01' }], { title: 'oud' });
      const older = offering([{ start: '2024-01-01' }], { title: 'ouder' });
      const cancelledOnly = offering([{ start: '2026-04-01T10:00:00+02:00', status: 'geannuleerd' }], { title: 'alleen geannuleerd' });
      const sorted = [older, none1, may, old, cancelledOnly, april, none2].sort(byNextSession(NOW));
      expect(sorted.map((o) => o.title)).to.deep.equal(['april', 'mei', 'zonder datum 1', 'alleen geannuleerd', 'zonder datum 2', 'oud', 'ouder']);
    });
  });

  describe('formatting', () => {
    it('writes dates as the Dutch write them, in Amsterdam time, whatever the offset in the feed', () => {
      expect(formatSessionDate('2026-04-02T19:30:00+02:00', 'nl')).to.equal('do 2 apr 2026, 19.30');
      expect(formatSessionDate('2026-04-02T17:30:00Z', 'nl')).to.equal('do 2 apr 2026, 19.30');
      expect(formatSessionDate('2026-03-03T09:05:00+01:00', 'nl')).to.equal('di 3 mrt 2026, 09.05');
      expect(formatSessionDate('2026-05-15', 'nl')).to.equal('vr 15 mei 2026');
      expect(formatSessionDate('2026-02-30', 'nl')).to.equal(undefined);
    });

    it('writes them in British English for an English interface', () => {
      expect(formatSessionDate('2026-04-02T19:30:00+02:00', 'en')).to.equal('Thu 2 Apr 2026, 19:30');
      expect(formatSessionDate('2026-05-15', 'en')).to.equal('Fri 15 May 2026');
    });

    it('writes a session from start to end', () => {
      expect(formatSessionWhen({ start: '2026-04-02T19:30:00+02:00', end: '2026-04-02T21:30:00+02:00' }, 'nl')).to.equal('do 2 apr 2026, 19.30–21.30');
      expect(formatSessionWhen({ start: '2026-04-02T10:00:00+02:00', end: '2026-04-03T16:00:00+02:00' }, 'nl')).to.equal(
        'do 2 apr 2026, 10.00 – vr 3 apr 2026, 16.00',
      );
      expect(formatSessionWhen({ start: '2026-05-15', end: '2026-05-16' }, 'nl')).to.equal('vr 15 mei 2026 – za 16 mei 2026');
      expect(formatSessionWhen({ start: '2026-05-15' }, 'en')).to.equal('Fri 15 May 2026');
    });

    it('writes the place once: the venue, and the town unless the venue’s name says it', () => {
      expect(formatPlace(stadhuis)).to.equal('Stadhuis Voorbeeldstad');
      expect(formatPlace({ name: 'Het Atrium', city: 'Den Haag' })).to.equal('Het Atrium, Den Haag');
      expect(formatPlace({ name: 'Raadzaal' })).to.equal('Raadzaal');
      expect(formatPlace(null)).to.equal(undefined);
    });
  });

  describe('registration', () => {
    const o = offering(undefined, { title: 'Inwerkprogramma nieuwe raadsleden' });

    it('links to the registration page, or mails with the offer and date in the subject', () => {
      expect(registrationLink(o, { start: '2026-04-02T19:30:00+02:00', registration: { url: 'https://example.org/aanmelden' } })).to.deep.equal({
        kind: 'url',
        href: 'https://example.org/aanmelden',
        text: 'example.org',
      });
      const mail = registrationLink(o, { start: '2026-04-02T19:30:00+02:00', registration: { email: 'griffie@example.org' } });
      expect(mail?.kind).to.equal('email');
      expect(mail?.text).to.equal('griffie@example.org');
      const href = new URL(mail!.href);
      expect(href.protocol).to.equal('mailto:');
      expect(href.pathname).to.equal('griffie@example.org');
      expect(href.searchParams.get('subject')).to.equal('Aanmelding: Inwerkprogramma nieuwe raadsleden (do 2 apr 2026, 19.30)');
    });

    it('never links to a script or a malformed address', () => {
      const hostile = { start: '2026-04-02', registration: { url: 'javascript:alert(1)', email: 'x@y.nl?bcc=z@example.org' } } as OfferingSession;
      expect(registrationLink(o, hostile)).to.equal(undefined);
    });

    it('is open until the deadline has passed (a date alone lasts the day) and unless full, closed or cancelled', () => {
      const s: OfferingSession = { start: '2026-04-02T19:30:00+02:00', registration: { email: 'g@example.org', deadline: '2026-03-27' } };
      expect(registrationOpen(s, new Date('2026-03-27T23:00:00+01:00'))).to.equal(true);
      expect(registrationOpen(s, new Date('2026-03-28T00:00:00+01:00'))).to.equal(false);
      expect(registrationOpen({ ...s, status: 'vol' }, NOW)).to.equal(false);
      expect(registrationOpen({ ...s, status: 'open' }, NOW)).to.equal(true);
    });
  });
});
