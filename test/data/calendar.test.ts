/**
 * "Zet in agenda": the iCalendar file for one session is valid RFC 5545 —
 * parsed back with a real parser (ical.js) it gives the same title, times,
 * place and text, with long lines folded at 75 octets and every line ending
 * in CRLF.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Offering, OfferingSession } from '../../src/data/index.js';
import { escapeText, foldLine, sessionCalendar } from '../../src/data/calendar.js';
import { validOffering } from '../fixtures/training-feeds.js';

const offering: Offering = {
  ...(validOffering as Offering),
  id: 'inwerkprogramma-2026',
  title: 'Inwerkprogramma nieuwe raadsleden; deel 1, "kennismaking" \\ welkom',
  description:
    'Kennismaking met de raad, het college en de griffie.\nTweede regel met een heel lange zin over de begroting, de jaarrekening, de rekenkamer en de rol van de raad — met ë, ï en € erin.',
  url: 'https://voorbeeldstad.example.org/inwerkprogramma',
};
const session: OfferingSession = {
  start: '2026-04-02T19:30:00+02:00',
  end: '2026-04-02T21:30:00+02:00',
  place: { name: 'Stadhuis Voorbeeldstad', address: 'Markt 1', city: 'Voorbeeldstad' },
  registration: { email: 'griffie@voorbeeldstad.example.org', deadline: '2026-03-27' },
  note: 'Inloop vanaf 19.00 uur',
};
const STAMP = new Date('2026-03-15T11:00:00Z');

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = comp.getFirstSubcomponent('vevent');
  expect(vevent, 'one VEVENT').to.not.equal(null);
  return { comp, vevent: vevent!, event: new ICAL.Event(vevent!) };
}

describe('add to calendar', () => {
  it('gives a file that a real iCalendar parser reads back as the same session', () => {
    const file = sessionCalendar(offering, session, { now: STAMP })!;
    expect(file.name).to.equal('inwerkprogramma-nieuwe-raadsleden-deel-1-kennismaking-welkom-2026-04-02.ics');
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    const { comp, vevent, event } = parse(file.text);
    expect(comp.getFirstPropertyValue('version')).to.equal('2.0');
    expect(comp.getFirstPropertyValue('prodid')).to.be.a('string');
    expect(event.summary).to.equal(offering.title);
    expect(event.startDate.toJSDate().toISOString()).to.equal(new Date(session.start).toISOString());
    expect(event.endDate.toJSDate().toISOString()).to.equal(new Date(session.end!).toISOString());
    expect(event.location).to.equal('Stadhuis Voorbeeldstad, Markt 1');
    expect(event.description).to.equal(
      [offering.description, session.note, `Meer informatie: ${offering.url!}`, 'Aanmelden: griffie@voorbeeldstad.example.org (uiterlijk vr 27 mrt 2026)'].join('\n\n'),
    );
    expect(vevent.getFirstPropertyValue('url')).to.equal(offering.url);
    expect(event.uid).to.equal('inwerkprogramma-2026-20260402t1730@vakmanschap-widgets');
    expect((vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString()).to.equal(STAMP.toISOString());
  });

  it('writes UTC times, ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const { text } = sessionCalendar(offering, session, { now: STAMP })!;
    expect(text).to.match(/\r\nDTSTART:20260402T173000Z\r\n/);
    expect(text).to.match(/\r\nDTEND:20260402T193000Z\r\n/);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(lines.some((l) => l.startsWith(' ')), 'the long description is folded').to.equal(true);
    // Unfolded, every character is whole: no replacement characters from a split UTF-8 sequence.
    expect(text.replace(/\r\n /g, '')).to.include('met ë\\, ï en € erin.');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const unfolded = sessionCalendar(offering, session, { now: STAMP })!.text.replace(/\r\n /g, '');
    expect(unfolded).to.include('SUMMARY:Inwerkprogramma nieuwe raadsleden\\; deel 1\\, "kennismaking" \\\\ welkom');
  });

  it('folds a line of multi-byte characters on character boundaries', () => {
    const folded = foldLine(`DESCRIPTION:${'€'.repeat(40)}`);
    const parts = folded.split('\r\n');
    const encoder = new TextEncoder();
    for (const p of parts) expect(encoder.encode(p).length).to.be.at.most(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(`DESCRIPTION:${'€'.repeat(40)}`);
  });

  it('writes a whole-day session as dates, ending the day after the last day', () => {
    const { text } = sessionCalendar(offering, { start: '2026-05-15', end: '2026-05-16', online: true }, { now: STAMP, locale: 'en' })!;
    const { event } = parse(text);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2026-05-15');
    expect(event.endDate.toString()).to.equal('2026-05-17');
    expect(event.location).to.equal('Online');
    expect(event.description).to.include('More information: https://voorbeeldstad.example.org/inwerkprogramma');
  });

  it('marks a cancelled session, leaves out links that are not http(s), and gives nothing for a date it cannot read', () => {
    const hostile: Offering = { ...offering, url: 'javascript:alert(1)' };
    const { text } = sessionCalendar(hostile, { start: '2026-04-02T19:30:00+02:00', status: 'geannuleerd', registration: { url: 'javascript:alert(2)' } }, { now: STAMP })!;
    const { vevent } = parse(text);
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(vevent.getFirstPropertyValue('url')).to.equal(null);
    expect(text).to.not.include('javascript');
    expect(sessionCalendar(offering, { start: '2026-02-30T19:30:00+01:00' })).to.equal(undefined);
  });
});
