/**
 * What the three converters (iCalendar, JSON-LD, CSV) share: turning the
 * publisher's words into our lists (offices, audiences, formats, levels),
 * texts into plain text within the model's limits, links into http(s) or
 * nothing, amounts into a cost, organisers into providers, and stable ids.
 * Every value that cannot be used becomes a note, never a guess.
 */
import type {
  Offering,
  OfferingAudience,
  OfferingCost,
  OfferingFormat,
  OfferingSession,
  ProfessionalisationLevel,
  Provider,
  RoleId,
  SessionPlace,
} from '../generated/types.js';
import type { ConversionNote, ReadFeedOptions } from '../feed.js';
import { loadRoles } from '../load.js';
import { foldText, normalizeKey } from '../normalize.js';
import { safeUrl } from '../../shared/safe-url.js';
import { isoDay, readSessionDate, zonedInstant, zonedIso } from '../time.js';

/** Limits of the model (data/schema/offerings.schema.json). */
export const LIMITS = { title: 200, description: 1200, note: 300, placeName: 200, address: 200, city: 100, costText: 300, url: 300 } as const;

/** Most sessions one offer keeps (the schema allows 200); a repeating event stops here. */
export const MAX_SESSIONS = 100;

// ------------------------------------------------------------------- text

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text from a text that may carry HTML (WordPress and JSON-LD
 * descriptions often do): tags removed, the common entities decoded, runs of
 * white space collapsed. The result is only ever shown as text.
 */
export function plainText(input: string): { text: string; hadMarkup: boolean } {
  const hadMarkup = /<\/?[a-z!][^>]*>/i.test(input);
  const text = input
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p\s*>/gi, '\n')
    .replace(/<\/?[a-z!][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return codePoint(parseInt(e.slice(2), 16)) ?? m;
      if (e.startsWith('#')) return codePoint(parseInt(e.slice(1), 10)) ?? m;
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return { text, hadMarkup };
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** Cuts `text` to `max` characters at a word boundary, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A clean text for one of our fields, or `undefined` when empty; notes markup removed and texts cut. */
export function cleanText(value: unknown, max: number, field: string, notes: ConversionNote[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const { text, hadMarkup } = plainText(value);
  if (hadMarkup) notes.push({ code: 'markup-removed', field });
  if (!text) return undefined;
  if (text.length > max) notes.push({ code: 'too-long', field, value: String(max) });
  return shorten(text, max);
}

/** A value for a note: one line, at most 80 characters. */
export function noteValue(value: unknown): string {
  // JSON.stringify gives undefined for undefined and functions, whatever its types say.
  const s = typeof value === 'string' ? value : ((JSON.stringify(value) as string | undefined) ?? '');
  return shorten(s.replace(/\s+/g, ' ').trim(), 80);
}

// ------------------------------------------------------------------- links

/** An http(s) link that fits the model (≤ 300 characters, no spaces), or `undefined` with a note. */
export function cleanUrl(value: unknown, field: string, notes: ConversionNote[]): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const url = safeUrl(value.trim());
  if (!url || url.length > LIMITS.url || /\s/.test(url)) {
    notes.push({ code: 'invalid-url', field, value: noteValue(value) });
    return undefined;
  }
  return url;
}

const EMAIL =
  /^[^\s@<>()[\],;:"\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** An e-mail address (a `mailto:` prefix is dropped), or `undefined` with a note. */
export function cleanEmail(value: unknown, field: string, notes: ConversionNote[]): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const email = value.trim().replace(/^mailto:/i, '').split('?')[0] ?? '';
  if (email.length > 254 || !EMAIL.test(email)) {
    notes.push({ code: 'invalid-email', field, value: noteValue(value) });
    return undefined;
  }
  return email;
}

/** A registration from one text: a web address, or an e-mail address. */
export function registrationFrom(value: unknown, field: string, notes: ConversionNote[]): OfferingSession['registration'] | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const v = value.trim();
  if (/^mailto:/i.test(v) || (v.includes('@') && !/^https?:/i.test(v))) {
    const email = cleanEmail(v, field, notes);
    return email ? { email } : undefined;
  }
  const url = cleanUrl(v, field, notes);
  return url ? { url } : undefined;
}

// ------------------------------------------------------------- vocabulary

const FORMAT_WORDS: Readonly<Record<string, OfferingFormat>> = {
  conferentie: 'conferentie',
  conference: 'conferentie',
  congres: 'congres',
  congress: 'congres',
  jaarcongres: 'congres',
  bijeenkomst: 'bijeenkomst',
  bijeenkomsten: 'bijeenkomst',
  meeting: 'bijeenkomst',
  informatieavond: 'bijeenkomst',
  leergang: 'leergang',
  opleiding: 'opleiding',
  cursus: 'opleiding',
  course: 'opleiding',
  inwerkprogramma: 'opleiding',
  training: 'training',
  trainingen: 'training',
  workshop: 'workshop',
  workshops: 'workshop',
  masterclass: 'masterclass',
  intervisie: 'intervisie',
  coaching: 'coaching',
  mentoring: 'mentoring',
  mentor: 'mentoring',
  zelfscan: 'zelfscan',
  'e-learning': 'e-learning',
  elearning: 'e-learning',
  regiobijeenkomst: 'regiobijeenkomst',
  'in-company': 'in-company',
  incompany: 'in-company',
  handreiking: 'handreiking',
  netwerk: 'netwerk',
  spel: 'spel',
  overig: 'overig',
};

const LEVEL_WORDS: Readonly<Record<string, ProfessionalisationLevel>> = { macro: 'macro', meso: 'meso', micro: 'micro' };

const AUDIENCE_WORDS: Readonly<Record<string, OfferingAudience>> = {
  burgerlid: 'burgerlid',
  burgerleden: 'burgerlid',
  burgercommissielid: 'burgerlid',
  burgercommissieleden: 'burgerlid',
  commissielid: 'burgerlid',
  commissieleden: 'burgerlid',
  'burgerleden-commissieleden': 'burgerlid',
  fractievolger: 'fractievolger',
  fractievolgers: 'fractievolger',
  fractieassistent: 'fractievolger',
  fractieassistenten: 'fractievolger',
  fractieondersteuner: 'fractievolger',
  fractieondersteuners: 'fractievolger',
  'aspirant-raadslid': 'aspirant-raadslid',
  'aspirant-raadsleden': 'aspirant-raadslid',
  aspirantraadslid: 'aspirant-raadslid',
  aspirantraadsleden: 'aspirant-raadslid',
  'kandidaat-raadslid': 'aspirant-raadslid',
  'kandidaat-raadsleden': 'aspirant-raadslid',
  kandidaatraadsleden: 'aspirant-raadslid',
};

const MODE_WORDS: Readonly<Record<string, Offering['mode']>> = {
  individueel: 'individueel',
  individual: 'individueel',
  collectief: 'collectief',
  collective: 'collectief',
  beide: 'beide',
  both: 'beide',
};

/** The offices' names, plurals and aliases (`raadsleden`, `gemeenteraadslid`, `dijkgraaf`) → id. */
export async function roleWords(): Promise<ReadonlyMap<string, RoleId>> {
  const { roles } = await loadRoles();
  const words = new Map<string, RoleId>();
  for (const r of roles) for (const w of [r.id, r.name, r.plural, ...r.nameAliases]) words.set(normalizeKey(w), r.id);
  return words;
}

/** Splits a list as people type it: `raadsleden, griffiers en wethouders` / `raadslid|griffier`. */
export function splitList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items
    .flatMap((v) => (typeof v === 'string' ? plainText(v).text.split(/[,;|/\n]|\s+(?:en|and|&)\s+/i) : []))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Which of our vocabularies a word belongs to. */
export interface Classified {
  roles: RoleId[];
  audiences: OfferingAudience[];
  formats: OfferingFormat[];
  levels: ProfessionalisationLevel[];
  unknown: string[];
}

/**
 * Sorts free words (iCalendar CATEGORIES, JSON-LD keywords, a CSV column)
 * into offices, audiences, formats and levels; what fits none is `unknown`.
 */
export function classify(words: readonly string[], roles: ReadonlyMap<string, RoleId>): Classified {
  const out: Classified = { roles: [], audiences: [], formats: [], levels: [], unknown: [] };
  const add = <T>(list: T[], v: T) => {
    if (!list.includes(v)) list.push(v);
  };
  for (const w of words) {
    const key = normalizeKey(w);
    const bare = key.replace(/-/g, '');
    const role = roles.get(key);
    const audience = AUDIENCE_WORDS[key] ?? AUDIENCE_WORDS[bare];
    const format = FORMAT_WORDS[key] ?? FORMAT_WORDS[bare];
    const level = LEVEL_WORDS[key];
    if (role) add(out.roles, role);
    else if (audience) add(out.audiences, audience);
    else if (format) add(out.formats, format);
    else if (level) add(out.levels, level);
    else add(out.unknown, w);
  }
  return out;
}

/** Individueel / collectief / beide from a word, else `undefined`. */
export function modeFrom(value: unknown): Offering['mode'] | undefined {
  return typeof value === 'string' ? MODE_WORDS[normalizeKey(value)] : undefined;
}

// -------------------------------------------------------------------- cost

const AMOUNT = /(?:€|eur(?:o)?\b)?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d{1,2})|\.(\d{2}))?\b/i;

/**
 * A cost from how people write it: `gratis`, `0`, `€ 95`, `95,50`,
 * `€ 1.250,00`, `EUR 95`, or a text with an amount (`€ 95 voor leden`).
 * Decimal commas and thousands points as Dutch spreadsheets write them.
 */
export function costFrom(value: unknown, currency?: string): OfferingCost {
  if (typeof value === 'number' && Number.isFinite(value)) return value <= 0 ? { kind: 'gratis', text: null } : { kind: 'betaald', text: euro(value, currency) };
  if (typeof value !== 'string' || !value.trim()) return { kind: 'onbekend', text: null };
  const text = plainText(value).text;
  if (!text) return { kind: 'onbekend', text: null };
  if (/^(gratis|kosteloos|free|geen kosten|0+(?:[.,]0+)?|€\s*0+(?:[.,]0+)?|-)$/i.test(text)) return { kind: 'gratis', text: null };
  const m = AMOUNT.exec(text);
  if (!m) return /\bgratis\b|\bkosteloos\b/i.test(text) ? { kind: 'gratis', text: shorten(text, LIMITS.costText) } : { kind: 'onbekend', text: shorten(text, LIMITS.costText) };
  const whole = Number((m[1] ?? '').replace(/[.\s]/g, ''));
  const cents = Number(m[2] ?? m[3] ?? 0);
  const amount = whole + cents / 100;
  if (amount === 0 && text.trim() === m[0].trim()) return { kind: 'gratis', text: null };
  const bare = text.trim() === m[0].trim();
  return { kind: amount > 0 ? 'betaald' : 'gratis', text: bare ? euro(amount, currency) : shorten(text, LIMITS.costText) };
}

function euro(amount: number, currency = 'EUR'): string {
  const whole = Number.isInteger(amount);
  const n = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
  return currency.toUpperCase() === 'EUR' ? `€ ${n}` : `${currency.toUpperCase()} ${n}`;
}

// ------------------------------------------------------------------ places

const ONLINE = /^(online|digitaal|webinar|zoom|(microsoft )?teams|google meet|livestream|virtueel)\b/i;
const POSTCODE = /^\d{4}\s?[A-Z]{2}\s+/;

/** Whether a place text means an online session (`Online`, `Zoom`, a link). */
export function isOnlinePlace(text: string): boolean {
  return ONLINE.test(text.trim()) || /^https?:\/\//i.test(text.trim());
}

/**
 * A place from one line as calendars write it:
 * `Stadhuis Voorbeeldstad, Markt 1, 1234 AB Voorbeeldstad` → name, address,
 * town (the postcode stays with the address); `Het Atrium, Voorbeeldstad` →
 * name and town; anything else → the name alone.
 */
export function placeFromLine(text: string, notes: ConversionNote[], field: string): SessionPlace | undefined {
  const line = cleanText(text, 400, field, notes);
  if (!line) return undefined;
  const parts = line.split(/\s*[,\n]\s*/).filter(Boolean);
  const clip = (s: string, max: number) => shorten(s, max);
  if (parts.length >= 3) {
    const last = parts.at(-1) ?? '';
    const postcode = POSTCODE.exec(last);
    const city = postcode ? last.slice(postcode[0].length).trim() : last;
    const address = [...parts.slice(1, -1), ...(postcode ? [postcode[0].trim()] : [])].join(', ');
    return { name: clip(parts[0] ?? line, LIMITS.placeName), address: clip(address, LIMITS.address), city: clip(city, LIMITS.city) };
  }
  if (parts.length === 2) {
    const last = parts[1] ?? '';
    const postcode = POSTCODE.exec(last);
    if (postcode) return { name: clip(parts[0] ?? line, LIMITS.placeName), address: postcode[0].trim(), city: clip(last.slice(postcode[0].length).trim(), LIMITS.city) };
    // "Markt 1, Voorbeeldstad": a street with a number is an address, not a venue's name.
    return /\d/.test(parts[0] ?? '') ? { name: clip(parts[0] ?? line, LIMITS.placeName), address: clip(parts[0] ?? '', LIMITS.address), city: clip(last, LIMITS.city) } : { name: clip(parts[0] ?? line, LIMITS.placeName), city: clip(last, LIMITS.city) };
  }
  return { name: clip(line, LIMITS.placeName) };
}

// --------------------------------------------------------------- providers

/** Finds or makes providers by name, once per name per feed. */
export class ProviderBook {
  private readonly made = new Map<string, Provider>();
  private readonly byKey = new Map<string, string>();

  constructor(
    known: readonly Provider[],
    private readonly options: ReadFeedOptions,
  ) {
    for (const p of known) for (const n of [p.id, p.name, p.shortName, ...p.aliases]) if (n) this.byKey.set(foldText(n), p.id);
  }

  /** The providers this feed made (not the known ones). */
  get providers(): Provider[] {
    return [...this.made.values()];
  }

  /** The id for a provider named `name` (a known one if the name or abbreviation matches, else a new one). */
  idFor(rawName: string, url?: string): string {
    const name = plainText(rawName).text || rawName.trim();
    const key = foldText(name);
    const known = this.byKey.get(key);
    if (known) return known;
    const id = slugId([name], 'aanbieder');
    if (!this.made.has(id)) {
      this.made.set(id, {
        id,
        name: shorten(name, 200),
        shortName: null,
        aliases: [],
        kind: 'overig',
        description: null,
        roles: null,
        url: url ?? null,
      });
      this.byKey.set(key, id);
    }
    return id;
  }

  /**
   * The provider of a record: the one the record names, else the feed's
   * default (`provider` id, or `publisher` name), else the feed's own name
   * (calendar name, file name) or its web address, with a note.
   */
  resolve(named: { name?: string; url?: string } | undefined, fallbackName: string | undefined, notes: ConversionNote[]): string {
    if (named?.name) return this.idFor(named.name, named.url);
    const d = this.options.defaults;
    if (d?.provider) return d.provider;
    if (d?.publisher) return this.idFor(d.publisher);
    const name = fallbackName ?? hostOf(this.options.source) ?? 'Onbekende aanbieder';
    notes.push({ code: 'provider-derived', value: noteValue(name) });
    return this.idFor(name);
  }
}

function hostOf(source: string | undefined): string | undefined {
  if (!source) return undefined;
  try {
    return new URL(source).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

// --------------------------------------------------------------------- ids

/** FNV-1a, base 36: a short stable fingerprint of a text. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A stable id in our pattern (`a-z0-9` in hyphenated words) from the given
 * parts: the words of the parts, at most 60 characters; with `unique` (an
 * iCalendar UID, a JSON-LD @id) a fingerprint of it is added, so two offers
 * with the same title stay two.
 */
export function slugId(parts: readonly string[], fallback: string, unique?: string): string {
  let slug = normalizeKey(parts.join(' '))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length > 60) {
    slug = slug.slice(0, 60);
    const cut = slug.lastIndexOf('-');
    if (cut >= 30) slug = slug.slice(0, cut);
    slug = slug.replace(/-$/, '');
  }
  const base = slug || fallback;
  return unique ? `${base}-${fingerprint(unique)}` : base;
}

/** The publisher's own id, if it already fits our pattern. */
export function ownId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 80 ? value : undefined;
}

// ------------------------------------------------------------------ offers

/** The parts of an offer a converter found; `offerFrom` fills the rest of the model. */
export interface OfferParts {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly provider: string;
  readonly url?: string;
  readonly words: Classified;
  readonly mode?: Offering['mode'];
  readonly cost?: OfferingCost;
  readonly sessions: readonly OfferingSession[];
}

/**
 * An offer in our model from what a converter found. What the file does not
 * say stays unknown (`null`): offices, levels, mode; the feed's defaults may
 * fill them later. Without any werkvorm, "overig" (the schema's "none fits")
 * with a note.
 */
export function offerFrom(parts: OfferParts, notes: ConversionNote[], formatField: string): Record<string, unknown> {
  const { words } = parts;
  if (!words.formats.length) notes.push({ code: 'fallback-format', field: formatField });
  return {
    id: parts.id,
    ...(parts.title ? { title: parts.title } : {}),
    category: 'aanbod',
    provider: parts.provider,
    description: parts.description ?? null,
    roles: words.roles.length ? words.roles : null,
    ...(words.audiences.length ? { audiences: words.audiences } : {}),
    formats: words.formats.length ? words.formats : ['overig'],
    levels: words.levels.length ? words.levels : null,
    mode: parts.mode ?? null,
    cost: parts.cost ?? { kind: 'onbekend', text: null },
    url: parts.url ?? null,
    ...(parts.sessions.length ? { sessions: parts.sessions.slice(0, MAX_SESSIONS) } : {}),
  };
}

/** Notes for words that fit none of our lists. */
export function unknownWordNotes(words: Classified, field: string, notes: ConversionNote[]): void {
  for (const w of words.unknown) notes.push({ code: 'unknown-value', field, value: noteValue(w) });
}

// ------------------------------------------------------------------- dates

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A session date in the model's form from an ISO 8601 text: a moment with
 * an offset is kept as that moment (written in Amsterdam time), a date alone
 * stays a whole day, and a time without offset is Amsterdam time — with a
 * `floating-time` note when `floatingNote` (a JSON-LD or iCalendar time
 * without zone; a spreadsheet's times are Amsterdam time by definition).
 * `undefined` when it is not such a date.
 */
export function isoSessionDate(value: unknown, field: string, notes: ConversionNote[], floatingNote = true): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return readSessionDate(value.trim()) ? value.trim() : undefined;
  const wall = { year, month, day, hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  if (!readSessionDate(isoDay(wall)) || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  const zone = m[7];
  if (zone) {
    const offset = zone.toUpperCase() === 'Z' ? 0 : offsetOf(zone);
    const instant = new Date(Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second) - offset * 60_000);
    return zonedIso(instant);
  }
  if (floatingNote) notes.push({ code: 'floating-time', field, value: noteValue(value) });
  return zonedIso(zonedInstant(wall));
}

function offsetOf(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** `end` if it is not before `start`; else `undefined` with a note (the session keeps its start). */
export function endAfter(start: string, end: string | undefined, field: string, notes: ConversionNote[]): string | undefined {
  if (!end || end === start) return undefined;
  const a = readSessionDate(start);
  const b = readSessionDate(end);
  if (!a || !b) return undefined;
  const before = b.allDay ? b.day < a.day : b.instant.getTime() < a.instant.getTime();
  if (before) {
    notes.push({ code: 'invalid-date', field, value: end });
    return undefined;
  }
  return end;
}
