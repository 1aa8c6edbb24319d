/**
 * What is coming: pure functions over an offer's dated sessions. Nothing here
 * reads the clock: every function that depends on the time takes `now`, so
 * the finder passes `new Date()` and a test passes a fixed day.
 *
 * A session is past once it has ended: at its `end`, else at its `start` for
 * a moment, else at the end of the day for a whole-day session (in Amsterdam).
 * A session that has begun but not ended (a leergang from January to June)
 * is still coming. Cancelled sessions (`geannuleerd`) are never the next date
 * and are not counted as dates still to come, but they are listed, so a card
 * can say that a date was cancelled.
 */
import type { Offering, OfferingSession } from './generated/types.js';
import { normalizeKey } from './normalize.js';
import { nextDay, readSessionDate, wallTime, zonedInstant, ZONE, type SessionMoment } from './time.js';

/** A session with its times read (sessions whose dates cannot be read are left out). */
export interface TimedSession {
  readonly session: OfferingSession;
  readonly start: SessionMoment;
  /** The moment it is over. */
  readonly ends: Date;
}

const cache = new WeakMap<Offering, readonly TimedSession[]>();

/** The offer's sessions whose dates can be read, earliest first. */
export function timedSessions(o: Offering): readonly TimedSession[] {
  let list = cache.get(o);
  if (!list) {
    list = (o.sessions ?? [])
      .flatMap((session) => {
        const start = readSessionDate(session.start);
        if (!start) return [];
        const end = session.end ? readSessionDate(session.end) : undefined;
        let ends: Date;
        if (end && !end.allDay) ends = end.instant;
        else if (end) ends = readSessionDate(nextDay(end.day))?.instant ?? end.instant;
        else if (start.allDay) ends = readSessionDate(nextDay(start.day))?.instant ?? start.instant;
        else ends = start.instant;
        return [{ session, start, ends: ends < start.instant ? start.instant : ends }];
      })
      .sort((a, b) => a.start.instant.getTime() - b.start.instant.getTime());
    cache.set(o, list);
  }
  return list;
}

const cancelled = (t: TimedSession) => t.session.status === 'geannuleerd';

/** Sessions not yet over at `now` (cancelled ones included), earliest first. */
export function upcomingSessions(o: Offering, now: Date): TimedSession[] {
  return timedSessions(o).filter((t) => t.ends.getTime() > now.getTime());
}

/** Sessions over at `now`, earliest first. */
export function pastSessions(o: Offering, now: Date): TimedSession[] {
  return timedSessions(o).filter((t) => t.ends.getTime() <= now.getTime());
}

/** The next session that is not cancelled, or `undefined`. */
export function nextSession(o: Offering, now: Date): TimedSession | undefined {
  return upcomingSessions(o, now).find((t) => !cancelled(t));
}

/** How many dates still to come after the next one (cancelled ones not counted): "nog 2 data". */
export function laterCount(o: Offering, now: Date): number {
  return Math.max(0, upcomingSessions(o, now).filter((t) => !cancelled(t)).length - 1);
}

/** Whether the offer has sessions and all of them are over (such an offer leaves the default list). */
export function allSessionsPast(o: Offering, now: Date): boolean {
  return timedSessions(o).length > 0 && upcomingSessions(o, now).length === 0;
}

/** Everything a result card needs about the dates, in one call. */
export interface SessionSummary {
  /** The offer has dated sessions at all (else it is an offer without a fixed date). */
  readonly dated: boolean;
  readonly next?: TimedSession;
  /** Dates still to come after `next` ("nog 2 data"). */
  readonly later: number;
  /** Not yet over, cancelled ones included, earliest first. */
  readonly upcoming: readonly TimedSession[];
  readonly past: readonly TimedSession[];
  /** Dated, and every session is over: hidden unless "toon ook afgelopen". */
  readonly allPast: boolean;
}

export function sessionSummary(o: Offering, now: Date): SessionSummary {
  const upcoming = upcomingSessions(o, now);
  const open = upcoming.filter((t) => !cancelled(t));
  const dated = timedSessions(o).length > 0;
  return {
    dated,
    ...(open[0] ? { next: open[0] } : {}),
    later: Math.max(0, open.length - 1),
    upcoming,
    past: pastSessions(o, now),
    allPast: dated && upcoming.length === 0,
  };
}

// ------------------------------------------------------------------ facets

/** The "Wanneer" filter: the next date this month, within three months, or anything. */
export type WhenBucket = 'deze-maand' | 'komende-3-maanden' | 'alles';
export const WHEN_BUCKETS: readonly WhenBucket[] = ['deze-maand', 'komende-3-maanden', 'alles'];

const windows = new Map<string, Date>();

/** The end of the window of a bucket (exclusive); `undefined` for `alles`. Remembered per moment (a list asks thousands of times). */
function windowEnd(bucket: WhenBucket, now: Date): Date | undefined {
  if (bucket === 'alles') return undefined;
  const key = `${bucket} ${String(now.getTime())}`;
  let end = windows.get(key);
  if (!end) {
    if (windows.size > 64) windows.clear();
    windows.set(key, (end = computeWindowEnd(bucket, now)));
  }
  return end;
}

function computeWindowEnd(bucket: Exclude<WhenBucket, 'alles'>, now: Date): Date {
  const w = wallTime(now, ZONE);
  if (bucket === 'deze-maand') {
    const first = w.month === 12 ? { year: w.year + 1, month: 1 } : { year: w.year, month: w.month + 1 };
    return zonedInstant({ ...first, day: 1, hour: 0, minute: 0, second: 0 });
  }
  // Three calendar months on, same day and time (31 January → 30 April, end of that day's clock time).
  const month = w.month + 3;
  const year = w.year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return zonedInstant({ year, month: m, day: Math.min(w.day, lastDay), hour: w.hour, minute: w.minute, second: w.second });
}

/**
 * Whether the offer falls in a "Wanneer" bucket at `now`: its next
 * (not cancelled) date starts before the end of the window. A session that
 * has begun and not ended counts as now. `alles` matches every offer,
 * also offers without dates.
 */
export function matchesWhen(o: Offering, bucket: WhenBucket, now: Date): boolean {
  const end = windowEnd(bucket, now);
  if (!end) return true;
  const next = nextSession(o, now);
  return next !== undefined && next.start.instant.getTime() < end.getTime();
}

/** How many of `offerings` fall in each "Wanneer" bucket (the buckets nest: this month ⊂ 3 months ⊂ all). */
export function whenCounts(offerings: readonly Offering[], now: Date): Record<WhenBucket, number> {
  const counts: Record<WhenBucket, number> = { 'deze-maand': 0, 'komende-3-maanden': 0, alles: 0 };
  for (const o of offerings) for (const b of WHEN_BUCKETS) if (matchesWhen(o, b, now)) counts[b]++;
  return counts;
}

/** A "Waar" option: online, or one town (its key is the folded name, so `Den Haag` and `den haag` are one). */
export interface WhereOption {
  /** `online`, or `plaats:<folded town name>`. */
  readonly key: string;
  /** The town as the first feed wrote it; absent for `online`. */
  readonly city?: string;
  readonly count: number;
}

/** `plaats:den-haag` for "Den Haag". */
export function cityKey(city: string): string {
  return `plaats:${normalizeKey(city)}`;
}

/**
 * The "Waar" keys of one offer: `online` if a session can be followed
 * online, and `plaats:…` per town. Only sessions still to come count,
 * unless `includePast` ("toon ook afgelopen").
 */
export function whereKeys(o: Offering, now: Date, includePast = false): string[] {
  const keys = new Set<string>();
  for (const t of includePast ? timedSessions(o) : upcomingSessions(o, now)) {
    if (cancelled(t)) continue;
    if (t.session.online) keys.add('online');
    const city = t.session.place?.city?.trim();
    if (city) keys.add(cityKey(city));
  }
  return [...keys];
}

/** Whether the offer matches any of the chosen "Waar" keys (none chosen: every offer). */
export function matchesWhere(o: Offering, keys: readonly string[], now: Date, includePast = false): boolean {
  if (!keys.length) return true;
  const have = whereKeys(o, now, includePast);
  return keys.some((k) => have.includes(k));
}

/** The "Waar" options over `offerings` with their counts: `online` first, then towns A–Z. */
export function whereOptions(offerings: readonly Offering[], now: Date, includePast = false): WhereOption[] {
  const counts = new Map<string, { city?: string; count: number }>();
  for (const o of offerings) {
    const cities = new Map<string, string>();
    for (const t of includePast ? timedSessions(o) : upcomingSessions(o, now)) {
      const city = t.session.place?.city?.trim();
      if (city && !cancelled(t)) cities.set(cityKey(city), city);
    }
    for (const key of whereKeys(o, now, includePast)) {
      const entry = counts.get(key) ?? { ...(cities.get(key) ? { city: cities.get(key) } : {}), count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const collator = new Intl.Collator('nl');
  return [...counts]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => (a.key === 'online' ? -1 : b.key === 'online' ? 1 : collator.compare(a.city ?? '', b.city ?? '')));
}

// ------------------------------------------------------------------- sort

/**
 * The sort "eerstvolgende datum": offers with a date to come first, soonest
 * first; then offers without dates; then offers whose dates are all past
 * (most recent first). Ties keep their order (Array.prototype.sort is stable).
 */
export function byNextSession(now: Date): (a: Offering, b: Offering) => number {
  const key = (o: Offering): [number, number] => {
    const next = nextSession(o, now);
    if (next) return [0, next.start.instant.getTime()];
    const timed = timedSessions(o);
    if (!timed.length) return [1, 0];
    if (!allSessionsPast(o, now)) return [1, 0]; // only cancelled dates to come
    return [2, -(timed.at(-1)?.start.instant.getTime() ?? 0)];
  };
  const keys = new Map<Offering, [number, number]>();
  const of = (o: Offering) => {
    let k = keys.get(o);
    if (!k) keys.set(o, (k = key(o)));
    return k;
  };
  return (a, b) => {
    const [ga, ta] = of(a);
    const [gb, tb] = of(b);
    return ga - gb || ta - tb;
  };
}
