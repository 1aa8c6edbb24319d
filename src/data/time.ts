/**
 * Dates and times of sessions. Every session is shown in Europe/Amsterdam
 * time, whatever the reader's or the server's own time zone: the offer is
 * Dutch and a raadslid in Lisbon still goes to the stadhuis at 19.30 Dutch
 * time. The browser's own time-zone database (`Intl`) does the work, so there
 * is no table of summer-time rules to keep up to date.
 *
 * A session date is either a moment with its offset
 * (`2026-04-02T19:30:00+02:00`, `…Z`) or a date alone (`2026-04-02`), which
 * means the whole day in Amsterdam.
 */

/** The time zone every session is shown in. */
export const ZONE = 'Europe/Amsterdam';

/** Wall-clock fields of a moment in a time zone (month 1–12). */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(zone, f);
  }
  return f;
}

/** Whether `zone` is a time zone this browser (or Node) knows, e.g. `Europe/Berlin`. */
export function isKnownZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of `instant` in `zone`, asked of `Intl` (slow: see `offsetMinutes`). */
function intlWallTime(instant: Date, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormat(zone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** Offsets by zone and quarter of an hour: time zones change offset on the quarter hour, so one answer of `Intl` holds for the whole quarter. */
const offsets = new Map<string, number>();
const QUARTER = 15 * 60_000;

/** Minutes `zone` is ahead of UTC at `instant` (+60 or +120 for Amsterdam). */
export function offsetMinutes(instant: Date, zone = ZONE): number {
  const quarter = Math.floor(instant.getTime() / QUARTER) * QUARTER;
  const key = `${zone} ${String(quarter)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const w = intlWallTime(new Date(quarter), zone);
    offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - quarter) / 60_000);
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock time of `instant` in `zone`. */
export function wallTime(instant: Date, zone = ZONE): WallTime {
  const d = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes(instant, zone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The moment at which the clocks in `zone` show `wall`. In the hour that
 * summer time skips, the time is read as if the clock had not been moved yet
 * (02.30 → 03.30); in the hour that repeats, the first (summer-time) one.
 */
export function zonedInstant(wall: WallTime, zone = ZONE): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The offset a day before and a day after: one of them holds at the wall time
  // (both in the repeated hour, neither in the skipped one).
  const before = offsetMinutes(new Date(guess - 86_400_000), zone);
  const after = offsetMinutes(new Date(guess + 86_400_000), zone);
  const shows = (off: number) => {
    const w = wallTime(new Date(guess - off * 60_000), zone);
    return w.day === wall.day && w.hour === wall.hour && w.minute === wall.minute;
  };
  const fits = [before, after].filter(shows);
  const offset = fits.length ? Math.max(...fits) : before;
  return new Date(guess - offset * 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-04-02`. */
export function isoDay(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `2026-04-02T19:30:00+02:00`: the moment in `zone`'s wall-clock time with its offset. */
export function zonedIso(instant: Date, zone = ZONE): string {
  const w = wallTime(instant, zone);
  const off = offsetMinutes(instant, zone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${isoDay(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A session date read: the first moment it stands for, and whether it is a whole day. */
export interface SessionMoment {
  /** For a whole day: 00.00 in Amsterdam on that day. */
  readonly instant: Date;
  readonly allDay: boolean;
  /** The day in Amsterdam (`2026-04-02`). */
  readonly day: string;
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a session date (`2026-04-02T19:30:00+02:00` or `2026-04-02`);
 * `undefined` when it is not one, or names a day that does not exist
 * (`2026-02-30`) or an hour past 23.
 */
export function readSessionDate(text: string): SessionMoment | undefined {
  let read = moments.get(text);
  if (read === undefined) {
    if (moments.size > 100_000) moments.clear();
    moments.set(text, (read = parseSessionDate(text) ?? null));
  }
  return read ?? undefined;
}

/** Dates read before: a feed repeats its dates, and the finder asks again on every filter and sort. */
const moments = new Map<string, SessionMoment | null>();

function parseSessionDate(text: string): SessionMoment | undefined {
  const d = DAY.exec(text);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (!validDay(y, m, day)) return undefined;
    return { instant: zonedInstant({ year: y, month: m, day, hour: 0, minute: 0, second: 0 }), allDay: true, day: text };
  }
  const t = MOMENT.exec(text);
  if (!t) return undefined;
  const [y, m, day, h, min, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(t[i] ?? 0)) as [number, number, number, number, number, number];
  if (!validDay(y, m, day) || h > 23 || min > 59 || s > 59) return undefined;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return undefined;
  return { instant, allDay: false, day: isoDay(wallTime(instant)) };
}

/** The day after `day` (`2026-04-02` → `2026-04-03`). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return isoDay({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}
