/**
 * Session dates as people read them, always in Amsterdam time: Dutch as the
 * Dutch write it (`di 2 apr 2026, 19.30`, a full stop between hours and
 * minutes), English as British English does (`Tue 2 Apr 2026, 19:30`).
 * Words around the dates ("nog 2 data", "online") belong to the widget's own
 * messages; these functions give only the dates, the times and the place.
 */
import type { OfferingSession, SessionPlace } from './generated/types.js';
import type { Locale } from '../shared/localize.js';
import { readSessionDate, ZONE, type SessionMoment } from './time.js';

const formats = new Map<Locale, Intl.DateTimeFormat>();

function format(locale: Locale): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(locale, f);
  }
  return f;
}

interface Parts {
  readonly day: string;
  readonly time: string;
}

function parts(instant: Date, locale: Locale): Parts {
  const p: Record<string, string> = {};
  for (const part of format(locale).formatToParts(instant)) p[part.type] = part.value.replace(/\.$/, '');
  return {
    day: `${p['weekday'] ?? ''} ${p['day'] ?? ''} ${p['month'] ?? ''} ${p['year'] ?? ''}`,
    time: `${p['hour'] ?? ''}${locale === 'nl' ? '.' : ':'}${p['minute'] ?? ''}`,
  };
}

/** The day and, unless it is a whole-day date, the time: `di 2 apr 2026, 19.30` / `di 2 apr 2026`. */
export function formatMoment(moment: SessionMoment, locale: Locale): string {
  const { day, time } = parts(moment.instant, locale);
  return moment.allDay ? day : `${day}, ${time}`;
}

/** A session date string (`2026-04-02T19:30:00+02:00`) formatted; `undefined` when it cannot be read. */
export function formatSessionDate(text: string, locale: Locale): string | undefined {
  const m = readSessionDate(text);
  return m ? formatMoment(m, locale) : undefined;
}

/**
 * When a session is, start to end: `di 2 apr 2026, 19.30–21.30` on one day,
 * `di 2 apr 2026, 10.00 – wo 3 apr 2026, 16.00` over two, `do 2 apr 2026 –
 * za 4 apr 2026` for whole days. Just the start when there is no end.
 */
export function formatSessionWhen(session: Pick<OfferingSession, 'start' | 'end'>, locale: Locale): string | undefined {
  const start = readSessionDate(session.start);
  if (!start) return undefined;
  const end = session.end ? readSessionDate(session.end) : undefined;
  if (!end || end.instant.getTime() <= start.instant.getTime()) return formatMoment(start, locale);
  const a = parts(start.instant, locale);
  const b = parts(end.instant, locale);
  if (start.allDay && end.allDay) return start.day === end.day ? a.day : `${a.day} – ${b.day}`;
  if (!start.allDay && !end.allDay && a.day === b.day) return `${a.day}, ${a.time}–${b.time}`;
  return `${formatMoment(start, locale)} – ${formatMoment(end, locale)}`;
}

/**
 * Where, in one line: the venue and the town unless the venue's name already
 * says it (`Stadhuis Voorbeeldstad`, `Het Atrium, Voorbeeldstad`).
 * `undefined` without a venue (an online session).
 */
export function formatPlace(place: SessionPlace | null | undefined): string | undefined {
  if (!place) return undefined;
  const name = place.name.trim();
  const city = place.city?.trim();
  if (!city || name.toLowerCase().includes(city.toLowerCase())) return name;
  return `${name}, ${city}`;
}
