/**
 * "Zet in agenda": one session as an iCalendar file (RFC 5545) that Outlook,
 * Google Calendar, Apple Calendar and Thunderbird import. Loaded only when
 * someone asks for it (`await import('…/calendar.js')`).
 *
 * Times are written in UTC (`DTSTART:20260402T173000Z`), not as
 * `TZID=Europe/Amsterdam` with a VTIMEZONE block: a UTC time is one exact
 * moment that every client shows in its user's own zone, and there is no
 * copy of the Dutch summer-time rules in the file to get wrong or go stale.
 * (A VTIMEZONE matters for repeating events, whose later dates must follow
 * the local clock; one session does not repeat.) Whole-day sessions are
 * `VALUE=DATE` days, which are the same day everywhere.
 *
 * Written by hand, not with ical.js: these 100 lines need no parser, and
 * the button should not download one.
 */
import type { Offering, OfferingSession } from './generated/types.js';
import { defineMessages, type Locale } from '../shared/localize.js';
import { safeUrl } from '../shared/safe-url.js';
import { formatPlace, formatSessionDate } from './session-format.js';
import { nextDay, readSessionDate } from './time.js';

// English inline: this module is itself loaded only on a click, and `sessionCalendar(…, { locale })` answers at once.
const messages = defineMessages(
  {
    more: 'Meer informatie',
    register: 'Aanmelden',
    before: (date: string) => `uiterlijk ${date}`,
    online: 'Online',
  },
  {
    more: 'More information',
    register: 'Register',
    before: (date: string) => `by ${date}`,
    online: 'Online',
  },
);

/** A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): CRLF and one space
 * before each continuation, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length ? 74 : 75; // a continuation starts with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function utc(d: Date): string {
  return `${String(d.getUTCFullYear())}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const compactDay = (day: string) => day.replace(/-/g, '');

export interface CalendarOptions {
  /** DTSTAMP: when the file was made (default: now). */
  readonly now?: Date;
  /** Language of the few words added to the description (default `nl`). */
  readonly locale?: Locale;
}

/** An iCalendar file, ready for a `Blob` and a download link. */
export interface CalendarFile {
  /** A file name: `startdag-voor-nieuwe-raadsleden-2026-04-02.ics`. */
  readonly name: string;
  readonly type: 'text/calendar;charset=utf-8';
  readonly text: string;
}

/**
 * The iCalendar file for one session of an offer. `undefined` when the
 * session's start cannot be read (the button should not be there).
 */
export function sessionCalendar(offering: Offering, session: OfferingSession, options: CalendarOptions = {}): CalendarFile | undefined {
  const start = readSessionDate(session.start);
  if (!start) return undefined;
  const end = session.end ? readSessionDate(session.end) : undefined;
  const m = messages[options.locale ?? 'nl'];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vakmanschap-widgets//Leeraanbod//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  const stamp = start.allDay ? compactDay(start.day) : utc(start.instant).slice(0, -3);
  lines.push(`UID:${escapeText(`${offering.id}-${session.id ?? stamp.toLowerCase()}@vakmanschap-widgets`)}`);
  lines.push(`DTSTAMP:${utc(options.now ?? new Date())}`);
  if (start.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${compactDay(start.day)}`);
    // DTEND of a whole day is the day after the last day.
    const last = end && end.day >= start.day ? end.day : start.day;
    lines.push(`DTEND;VALUE=DATE:${compactDay(nextDay(last))}`);
  } else {
    lines.push(`DTSTART:${utc(start.instant)}`);
    if (end && !end.allDay && end.instant > start.instant) lines.push(`DTEND:${utc(end.instant)}`);
  }
  lines.push(`SUMMARY:${escapeText(offering.title)}`);
  const url = safeUrl(offering.url);
  const registration = session.registration;
  const registerAt = registration?.url ? safeUrl(registration.url) : registration?.email;
  const deadline = registration?.deadline ? formatSessionDate(registration.deadline, options.locale ?? 'nl') : undefined;
  const description = [
    offering.description,
    session.note,
    url ? `${m.more}: ${url}` : undefined,
    registerAt ? `${m.register}: ${registerAt}${deadline ? ` (${m.before(deadline)})` : ''}` : undefined,
  ].filter(Boolean);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n\n'))}`);
  const place = session.place ? [formatPlace(session.place), session.place.address].filter(Boolean).join(', ') : undefined;
  const location = place ? (session.online ? `${place} / ${m.online}` : place) : session.online ? m.online : undefined;
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  if (url) lines.push(`URL:${url}`);
  if (session.status === 'geannuleerd') lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  const slug = offering.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return {
    name: `${slug || 'sessie'}-${start.day}.ics`,
    type: 'text/calendar;charset=utf-8',
    text: `${lines.map(foldLine).join('\r\n')}\r\n`,
  };
}
