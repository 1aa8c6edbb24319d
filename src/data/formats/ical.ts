/**
 * iCalendar (RFC 5545) → our model, with ical.js (Mozilla's parser, used by
 * Thunderbird): what WordPress event plugins, Google Calendar, Outlook and
 * most association websites publish as an `.ics` feed.
 *
 * - One VEVENT is one offer with one session; a repeating event (RRULE, RDATE,
 *   with its EXDATEs and moved occurrences) is one offer with a session per
 *   occurrence, up to 100 and at most two years ahead.
 * - Events with the same SUMMARY and the same URL are one offer with several
 *   dates (a course given on three evenings, entered as three events).
 * - All-day events (`DTSTART;VALUE=DATE`) are whole-day sessions; iCalendar's
 *   end date is the day after, ours is the last day.
 * - Times keep their time zone: a VTIMEZONE in the file, else the TZID as the
 *   browser knows it (`Europe/Amsterdam`), else Amsterdam time with a note.
 * - The ORGANIZER's name is the provider; its e-mail address and ATTENDEEs are
 *   never read (they are people's contact data).
 */
import ICAL from 'ical.js';
import type { OfferingFeedInfo, OfferingSession } from '../generated/types.js';
import { FeedParseError, type CandidateRecord, type Conversion, type ConversionNote, type ReadFeedOptions } from '../feed.js';
import { isKnownZone, isoDay, wallTime, ZONE, zonedInstant, zonedIso } from '../time.js';
import {
  LIMITS,
  MAX_SESSIONS,
  ProviderBook,
  classify,
  cleanText,
  cleanUrl,
  isOnlinePlace,
  noteValue,
  offerFrom,
  placeFromLine,
  plainText,
  roleWords,
  slugId,
  splitList,
  unknownWordNotes,
} from './common.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** Our fields and the iCalendar properties they come from (for the report). */
const FIELDS = { id: 'UID', title: 'SUMMARY', description: 'DESCRIPTION', url: 'URL', provider: 'ORGANIZER', formats: 'CATEGORIES', roles: 'CATEGORIES', sessions: 'DTSTART' } as const;

/** Properties read, or that carry nothing to show (bookkeeping): not noted. */
const READ = new Set([
  'uid', 'dtstamp', 'dtstart', 'dtend', 'duration', 'summary', 'description', 'location', 'url', 'status', 'organizer', 'categories',
  'rrule', 'rdate', 'exdate', 'recurrence-id', 'sequence', 'created', 'last-modified', 'transp', 'class', 'priority',
]);
/** Never read, never noted with their value: people's contact data. */
const PRIVATE = new Set(['attendee', 'contact']);

/** How far ahead a repeating event is expanded, and how far back its dates are kept. */
const AHEAD_MS = 2 * 366 * 86_400_000;
const BEHIND_MS = 366 * 86_400_000;
/** Steps through a rule at most (a hostile rule that never matches must not hang the page). */
const MAX_STEPS = 3000;

function lineOfError(input: string, message: string): number | undefined {
  const quoted = /"([^"]{1,200})"\s*$/.exec(message)?.[1];
  if (!quoted) return undefined;
  const i = input.split(/\r\n|\n|\r/).findIndex((l) => l.includes(quoted));
  return i >= 0 ? i + 1 : undefined;
}

function wallOf(t: Time) {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
}

/** A session date in our form from an ical.js time. */
function sessionDate(t: Time, field: string, notes: ConversionNote[]): string {
  if (t.isDate) return isoDay(t);
  // ical.js leaves `zone` empty for some times its types do not admit.
  const zone = t.zone as Time['zone'] | null;
  if (zone && zone.tzid !== 'floating') return zonedIso(t.toJSDate());
  const tzid = (t as Time & { timezone?: string }).timezone;
  if (tzid && isKnownZone(tzid)) return zonedIso(zonedInstant(wallOf(t), tzid));
  if (tzid) notes.push({ code: 'unknown-timezone', field, value: noteValue(tzid) });
  else notes.push({ code: 'floating-time', field });
  return zonedIso(zonedInstant(wallOf(t), ZONE));
}

function prop(c: Component, name: string): string | undefined {
  const v = c.getFirstPropertyValue(name);
  return typeof v === 'string' ? v : undefined;
}

function session(item: Event, start: Time, end: Time | undefined, notes: ConversionNote[]): OfferingSession {
  const s = sessionDate(start, 'DTSTART', notes);
  let e: string | undefined;
  if (start.isDate) {
    // iCalendar's DTEND of a whole day is exclusive; ours is the last day.
    if (end?.isDate) {
      const last = isoDay(end) > s ? previousDay(isoDay(end)) : s;
      if (last > s) e = last;
    }
  } else if (end && end.compare(start) > 0) {
    e = sessionDate(end, 'DTEND', notes);
  }
  const location = (item.location as string | null) ?? '';
  const online = location !== '' && isOnlinePlace(location);
  const place = location && !online ? placeFromLine(location, notes, 'LOCATION') : undefined;
  const status = prop(item.component, 'status')?.toUpperCase();
  return {
    start: s,
    ...(e ? { end: e } : {}),
    ...(place ? { place } : {}),
    ...(online ? { online } : {}),
    ...(status === 'CANCELLED' ? { status: 'geannuleerd' as const } : {}),
  };
}

function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const prev = new Date(Date.UTC(y, m - 1, d - 1));
  return isoDay({ year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate() });
}

/** The sessions of an event: one, or one per occurrence of its rule (bounded). */
function sessionsOf(event: Event, now: Date, notes: ConversionNote[]): OfferingSession[] {
  if (!event.isRecurring()) return [session(event, event.startDate, event.endDate, notes)];
  const out: OfferingSession[] = [];
  const it = event.iterator();
  // Its types say a time always comes; at the end of the rule it does not.
  const step = () => it.next() as Time | undefined;
  let steps = 0;
  let limited = false;
  for (let next = step(); next; next = step()) {
    if (++steps > MAX_STEPS) {
      limited = true;
      break;
    }
    const details = event.getOccurrenceDetails(next);
    const startsAt = details.startDate.toJSDate().getTime();
    if (startsAt > now.getTime() + AHEAD_MS) {
      limited = true;
      break;
    }
    if (details.endDate.toJSDate().getTime() < now.getTime() - BEHIND_MS) continue;
    if (out.length >= MAX_SESSIONS) {
      limited = true;
      break;
    }
    out.push(session(details.item, details.startDate, details.endDate, notes));
  }
  if (limited) notes.push({ code: 'recurrence-limited', field: 'RRULE', value: String(out.length) });
  return out;
}

interface Entry {
  readonly index: number;
  readonly line?: number;
  master?: Component;
  readonly exceptions: Component[];
}

/** Converts an iCalendar file to offers. Throws `FeedParseError` when it is not one. */
export async function convertICalendar(input: string, options: ReadFeedOptions): Promise<Conversion> {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(input);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new FeedParseError(message, lineOfError(input, message));
  }
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]).map((j) => new ICAL.Component(j as unknown[]));
  const calendars = roots.filter((c) => c.name === 'vcalendar');
  if (!calendars.length) throw new FeedParseError('no VCALENDAR');

  const now = options.now ?? new Date();
  const roles = await roleWords();
  const book = new ProviderBook(options.providers ?? [], options);
  const eventLines: number[] = [];
  input.split(/\r\n|\n|\r/).forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) eventLines.push(i + 1);
  });

  // The file's own time zones, known only while this file is read (ical.js keeps them globally).
  const registered: string[] = [];
  for (const cal of calendars) {
    for (const tz of cal.getAllSubcomponents('vtimezone')) {
      const id = prop(tz, 'tzid');
      if (id && !ICAL.TimezoneService.has(id)) {
        ICAL.TimezoneService.register(tz);
        registered.push(id);
      }
    }
  }
  try {
    const calName = calendars.map((c) => plainText(prop(c, 'x-wr-calname') ?? '').text).find(Boolean);
    const entries = new Map<string, Entry>();
    let latest = '';
    let k = 0;
    for (const cal of calendars) {
      for (const ev of cal.getAllSubcomponents('vevent')) {
        const line = eventLines[k];
        const uid = prop(ev, 'uid') ?? `#${String(k)}`;
        k++;
        for (const name of ['last-modified', 'dtstamp']) {
          const t = ev.getFirstPropertyValue(name);
          if (t instanceof ICAL.Time) latest = [latest, isoDay(wallTime(t.toJSDate()))].sort().at(-1) ?? latest;
        }
        let entry = entries.get(uid);
        if (!entry) entries.set(uid, (entry = { index: entries.size, ...(line ? { line } : {}), exceptions: [] }));
        if (ev.hasProperty('recurrence-id')) entry.exceptions.push(ev);
        else entry.master ??= ev;
      }
    }

    // Events without an ORGANIZER belong to the calendar's usual organiser, else to the calendar (by its name).
    const organizers = new Map<string, number>();
    for (const entry of entries.values()) {
      const cn = (entry.master ?? entry.exceptions[0])?.getFirstProperty('organizer')?.getParameter('cn');
      const name = typeof cn === 'string' ? plainText(cn).text : '';
      if (name) organizers.set(name, (organizers.get(name) ?? 0) + 1);
    }
    const usualOrganizer = [...organizers].sort((a, b) => b[1] - a[1])[0]?.[0];
    const records: CandidateRecord[] = [];
    const byTitleAndUrl = new Map<string, { record: Record<string, unknown>; notes: ConversionNote[]; count: number }>();
    for (const [uid, entry] of entries) {
      // Moved occurrences whose series is not in the file: each is an event of its own.
      const components = entry.master ? [entry.master] : entry.exceptions;
      for (const component of components) {
        const notes: ConversionNote[] = [];
        const event = new ICAL.Event(component);
        if (entry.master) for (const ex of entry.exceptions) event.relateException(ex);
        for (const p of component.getAllProperties()) {
          const name = p.name.toLowerCase();
          if (!READ.has(name) && !PRIVATE.has(name) && !name.startsWith('x-') && !notes.some((n) => n.field === name.toUpperCase())) {
            notes.push({ code: 'not-mapped', field: name.toUpperCase() });
          }
        }
        const title = cleanText(prop(component, 'summary'), LIMITS.title, 'SUMMARY', notes);
        const description = cleanText(prop(component, 'description'), LIMITS.description, 'DESCRIPTION', notes);
        const url = cleanUrl(prop(component, 'url'), 'URL', notes);
        const organizer = component.getFirstProperty('organizer')?.getParameter('cn');
        const organizerName = typeof organizer === 'string' ? plainText(organizer).text || undefined : undefined;
        const provider = book.resolve(organizerName ? { name: organizerName } : undefined, usualOrganizer ?? calName, notes);
        const categories = component.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
        const words = classify(splitList(categories), roles);
        unknownWordNotes(words, 'CATEGORIES', notes);
        const sessions = sessionsOf(event, now, notes);
        const id = slugId([title ?? ''], `agenda-${String(entry.index + 1)}`, uid);
        const record = offerFrom({ id, ...(title ? { title } : {}), ...(description ? { description } : {}), provider, ...(url ? { url } : {}), words, sessions }, notes, 'CATEGORIES');
        const key = title && url ? `${title}\n${url}` : undefined;
        const group = key ? byTitleAndUrl.get(key) : undefined;
        if (group) {
          group.record['sessions'] = [...((group.record['sessions'] as OfferingSession[] | undefined) ?? []), ...sessions];
          group.count++;
          continue;
        }
        records.push({
          index: entry.index,
          ...(entry.line ? { line: entry.line } : {}),
          record,
          notes,
          fields: FIELDS,
          ...(title ? {} : { problems: [{ path: '', keyword: 'required', params: { missingProperty: 'title' }, sourceField: 'SUMMARY' }] }),
        });
        if (key) byTitleAndUrl.set(key, { record, notes, count: 1 });
      }
    }
    for (const g of byTitleAndUrl.values()) {
      if (g.count < 2) continue;
      g.notes.push({ code: 'grouped', value: String(g.count) });
      const sessions = (g.record['sessions'] as OfferingSession[]).sort((a, b) => a.start.localeCompare(b.start));
      g.record['sessions'] = sessions.slice(0, MAX_SESSIONS);
    }

    const publisher = options.defaults?.publisher ?? usualOrganizer ?? calName ?? book.providers[0]?.name;
    const info: OfferingFeedInfo | undefined = publisher
      ? { name: (calName ?? publisher).slice(0, 200), publisher: publisher.slice(0, 200), updated: latest || isoDay(wallTime(now)) }
      : undefined;
    return { ...(info ? { info } : {}), providers: book.providers, records, notes: [] };
  } finally {
    for (const id of registered) ICAL.TimezoneService.remove(id);
  }
}

