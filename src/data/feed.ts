/**
 * Associations' and griffies' own offer, as a feed: JSON in the published
 * schema (data/schema/offerings.schema.json), or an iCalendar feed, schema.org
 * JSON-LD or a CSV file, each converted to the same model (src/data/formats/).
 *
 * Loading never throws into the host page: a feed that cannot be used comes
 * back with `error`; records that do not fit come back as rejected with their
 * path (and, for converted formats, the source field and line) and reason,
 * and every valid record is kept. The same code runs in the browser (the
 * finder, the feed-checker page) and in Node (`vakmanschap-widgets feed check`).
 */
import type {
  Offering,
  OfferingAudience,
  OfferingFeedInfo,
  OfferingFormat,
  ProfessionalisationLevel,
  Provider,
  RoleId,
} from './generated/types.js';
import type { ValidateFunction, ValidationError } from './generated/validate-function.js';
import { readSessionDate } from './time.js';

interface Validators {
  readonly validateOffering: ValidateFunction;
  readonly validateProvider: ValidateFunction;
}

let validators: Promise<Validators> | undefined;

/** The record validators, loaded only when a feed is actually checked (a chunk of their own). */
function loadValidators(): Promise<Validators> {
  return (validators ??= Promise.all([
    import('./generated/validate-offering.js'),
    import('./generated/validate-provider.js'),
  ]).then(([o, p]) => ({ validateOffering: o.validateOffering, validateProvider: p.validateProvider })));
}

/** Why a whole feed could not be used (the codes of `loadOfferingsFeed`, JSON only). */
export type FeedErrorCode =
  | 'feed-network' // fetch failed (offline, DNS, CORS, blocked by CSP)
  | 'feed-http' // the server answered with a non-2xx status
  | 'feed-timeout' // no complete answer within the time limit
  | 'feed-too-large' // larger than the size limit
  | 'feed-not-json' // the body is not JSON (or truncated)
  | 'feed-shape'; // JSON, but not `{ "offerings": [...] }` (or a bare array); a CSV file without a title column

/**
 * Why a feed in any format could not be used: the codes above, plus a file
 * whose format was recognised but that cannot be read as such (a broken
 * iCalendar file), a file in none of the four formats, and a format this
 * build does not read (the single-file scripts read JSON feeds only).
 */
export type FeedFailureCode = FeedErrorCode | 'feed-unreadable' | 'feed-unknown-format' | 'feed-format-unsupported';

export interface FeedError {
  readonly code: FeedErrorCode;
  /** HTTP status for `feed-http`. */
  readonly status?: number;
  /** Technical detail for logs (not for display). */
  readonly detail?: string;
}

export interface FeedFailure {
  readonly code: FeedFailureCode;
  /** HTTP status for `feed-http`. */
  readonly status?: number;
  /** The format the file was read as (for `feed-unreadable`, `feed-shape`, `feed-not-json`). */
  readonly format?: FeedFormat;
  /** Line of the file where reading stopped, where known. */
  readonly line?: number;
  /** Technical detail for logs (not for display). */
  readonly detail?: string;
}

/** The formats a feed may have. */
export type FeedFormat = 'json' | 'ical' | 'jsonld' | 'csv';
export const FEED_FORMATS: readonly FeedFormat[] = ['json', 'ical', 'jsonld', 'csv'];

/** One reason why a record was skipped (an Ajv error, or our own check). */
export interface FeedRecordProblem {
  /** JSON pointer inside the record, e.g. `/url` or `/formats/0`; `""` for the record itself. */
  readonly path: string;
  /**
   * `required`, `enum`, `pattern`, `type`, `additionalProperties`, …, or
   * `duplicate-id` / `unknown-provider` / `invalid-date` / `end-before-start`.
   */
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** For a converted record: the column, property or key in the publisher's file that the path came from. */
  readonly sourceField?: string;
}

/**
 * What a conversion could not map as it stood, per offer (or, in
 * `FeedReport.notes`, about the feed as a whole). The text for people comes
 * from `describeNote()` (src/shared/feed-problems.ts).
 */
export interface ConversionNote {
  readonly code:
    | 'not-mapped' // a field we have no place for (an ATTENDEE, a GEO, an image): left out
    | 'unknown-value' // a value that is not in our lists (werkvorm "webinar"): left out
    | 'invalid-url' // a link that is not http(s): left out
    | 'invalid-email' // an e-mail address that is not one: left out
    | 'invalid-date' // a date that cannot be read: that session is left out
    | 'invalid-number' // a number that cannot be read (capacity): left out
    | 'default' // the feed's default filled an empty field (`field` is ours: roles, levels …)
    | 'fallback-format' // no werkvorm given: "overig"
    | 'recurrence-limited' // a repeating event cut off (`value`: how many dates were kept)
    | 'floating-time' // a time without a time zone, read as Amsterdam time
    | 'unknown-timezone' // a time zone we do not know (`value`), read as Amsterdam time
    | 'provider-derived' // the provider named after the calendar, the organiser or the web address (`value`)
    | 'too-long' // a text cut to the length the model allows
    | 'markup-removed' // HTML tags taken out of a text
    | 'grouped' // several events or rows became one offer with several dates (`value`: how many)
    | 'conflict' // a later row of a grouped offer gave another value (`field`), the first one is kept
    | 'status-unmapped' // a status with no counterpart (`value`: EventPostponed …)
    | 'unknown-column' // feed: a CSV column we do not read (`field`)
    | 'skipped-items' // feed: JSON-LD items of another type (`value`: the types)
    | 'windows-1252'; // feed: the file is not UTF-8 and was read as Windows-1252 (Excel's "CSV")
  /** The field in the publisher's file (a CSV column, an iCalendar property, a JSON-LD property), or ours for `default`. */
  readonly field?: string;
  /** The value concerned, as text (shortened). */
  readonly value?: string;
}

export interface RejectedRecord {
  /** `offerings` or `providers`. */
  readonly list: 'offerings' | 'providers';
  /** Position in that list (0-based); for a converted feed, the position of the event, item or row. */
  readonly index: number;
  /** Line in the publisher's file, for converted formats. */
  readonly line?: number;
  /** The record's id when it has a readable one. */
  readonly id?: string;
  /** The record's title when it has a readable one. */
  readonly title?: string;
  readonly problems: readonly FeedRecordProblem[];
}

/** What happened to one record of the publisher's file. */
export interface FeedRecordReport {
  readonly list: 'offerings' | 'providers';
  readonly index: number;
  readonly line?: number;
  readonly id?: string;
  readonly title?: string;
  /** `accepted`: taken as it is (JSON); `converted`: made from another format; `rejected`: skipped. */
  readonly outcome: 'accepted' | 'converted' | 'rejected';
  readonly notes: readonly ConversionNote[];
  readonly problems: readonly FeedRecordProblem[];
}

/** The result of `loadOfferingsFeed` / `checkFeed` (JSON feeds). */
export interface FeedResult {
  readonly offerings: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly rejected: readonly RejectedRecord[];
  readonly info?: OfferingFeedInfo;
  readonly error?: FeedError;
}

/** The result of `loadFeed` / `readFeed`: one feed in any format, record by record. */
export interface FeedReport {
  /** The URL or file name the feed came from. */
  readonly source?: string;
  /** The format it was read as (absent when it could not be determined). */
  readonly format?: FeedFormat;
  readonly info?: OfferingFeedInfo;
  readonly offerings: readonly Offering[];
  readonly providers: readonly Provider[];
  /** One entry per record of the file, in file order (providers of a JSON feed first). */
  readonly records: readonly FeedRecordReport[];
  /** The rejected records (the same as in `records`), in the shape `FeedResult` has. */
  readonly rejected: readonly RejectedRecord[];
  /** Notes about the feed as a whole (unknown CSV columns, skipped JSON-LD items, encoding). */
  readonly notes: readonly ConversionNote[];
  /** Conversion notes per accepted offer, by offer id (for a visible note on the card). */
  readonly notesById: ReadonlyMap<string, readonly ConversionNote[]>;
  readonly error?: FeedFailure;
}

/**
 * Values a feed's records lack and the embedder knows (per feed, in the
 * embed or the learning tab's config): iCalendar and most JSON-LD say
 * nothing about offices or levels. They fill only what is empty.
 */
export interface FeedDefaults {
  readonly roles?: readonly RoleId[];
  readonly audiences?: readonly OfferingAudience[];
  readonly levels?: readonly ProfessionalisationLevel[];
  readonly formats?: readonly OfferingFormat[];
  readonly mode?: 'individueel' | 'collectief' | 'beide';
  /** Id of a known provider (e.g. `vng`) for records that name none. */
  readonly provider?: string;
  /** Name of the publisher, for records that name no provider and when no `provider` id is given. */
  readonly publisher?: string;
}

/** Options for reading a feed that is already at hand (a file, text). */
export interface ReadFeedOptions {
  /** Provider ids a record may name besides the feed's own (normally the corpus providers). */
  readonly knownProviders?: Iterable<string>;
  /** Known providers with their names, so a converted feed's "NGB" or "VNG" finds its provider. */
  readonly providers?: readonly Provider[];
  /** Values for fields the records leave empty. */
  readonly defaults?: FeedDefaults;
  /** Read as this format instead of detecting it. */
  readonly format?: FeedFormat;
  /** The URL or file name (its extension helps to detect the format; shown in reports). */
  readonly source?: string;
  /** The server's Content-Type (helps to detect the format). */
  readonly contentType?: string;
  /** The clock, for recurring events (how far ahead they are expanded) and for the date of an undated feed. */
  readonly now?: Date;
  /** Refuse feeds larger than this many bytes (default 20 MB); a URL's body is not downloaded further. */
  readonly maxLength?: number;
}

export interface FeedOptions extends ReadFeedOptions {
  /** Give up after this many milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** Cancels the request (e.g. when the element is removed or `src` changes). */
  readonly signal?: AbortSignal;
  /** Resolves a relative URL (default: the document's base URL). */
  readonly baseUrl?: string | URL;
}

/** The size limit for a feed: 20 MB. */
export const MAX_FEED_BYTES = 20_000_000;

const EMPTY: Omit<FeedResult, 'error'> = { offerings: [], providers: [], rejected: [] };

function emptyReport(extra: Partial<FeedReport>): FeedReport {
  return { offerings: [], providers: [], records: [], rejected: [], notes: [], notesById: new Map(), ...extra };
}

// ------------------------------------------------------------------ fetching

export type Fetched = { bytes: Uint8Array; contentType?: string; url: string } | { error: FeedFailure };

function baseHref(baseUrl: string | URL | undefined): string | undefined {
  if (baseUrl !== undefined) return String(baseUrl);
  return (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
}

/** The body, or `too-large` as soon as it passes `max` bytes (the rest is not downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return 'too-large';
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > max ? 'too-large' : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

const ACCEPT = 'application/json, application/ld+json, text/calendar, text/csv;q=0.9, */*;q=0.5';

async function fetchBytes(
  source: string | URL,
  { timeoutMs = 10_000, maxLength = MAX_FEED_BYTES, signal, baseUrl }: FeedOptions,
): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(source, baseHref(baseUrl));
  } catch {
    return { error: { code: 'feed-network', detail: `invalid URL: ${String(source)}` } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: { code: 'feed-network', detail: `unsupported scheme ${url.protocol}` } };
  }
  const controller = new AbortController();
  const state = { timedOut: false };
  const timer = setTimeout(() => {
    state.timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => {
    controller.abort();
  };
  signal?.addEventListener('abort', onAbort);
  try {
    // Accept is a CORS-safelisted header: no preflight request.
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: ACCEPT } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { error: { code: 'feed-http', status: response.status } };
    }
    const bytes = await readCapped(response, maxLength);
    if (bytes === 'too-large') return { error: { code: 'feed-too-large', detail: `over ${String(maxLength)} bytes` } };
    const contentType = response.headers.get('content-type') ?? undefined;
    return { bytes, url: url.href, ...(contentType ? { contentType } : {}) };
  } catch (e) {
    return { error: { code: state.timedOut ? 'feed-timeout' : 'feed-network', detail: String(e) } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Text from bytes: UTF-8 (a byte-order mark is dropped); a file that is not
 * valid UTF-8 is read as Windows-1252, which is what Dutch Excel writes when
 * it saves "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeFeed(bytes: Uint8Array | ArrayBuffer): { text: string; windows1252: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), windows1252: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), windows1252: true };
  }
}

// ----------------------------------------------------------------- detection

function looksLikeJsonLd(json: unknown): boolean {
  const isLd = (x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x) && ('@context' in x || '@type' in x || '@graph' in x);
  if (Array.isArray(json)) return json.length > 0 && json.every(isLd);
  return isLd(json) && !(typeof json === 'object' && json !== null && 'offerings' in json);
}

const EXTENSIONS: Readonly<Record<string, FeedFormat>> = {
  ics: 'ical',
  ical: 'ical',
  ifb: 'ical',
  csv: 'csv',
  jsonld: 'jsonld',
  json: 'json',
};

function extensionOf(source: string | undefined): string | undefined {
  if (!source) return undefined;
  let path = source;
  try {
    path = new URL(source).pathname;
  } catch {
    // a file name
  }
  return /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
}

/**
 * The format of a feed, from its content first (an iCalendar file begins
 * with `BEGIN:VCALENDAR`, JSON with `{` or `[`, JSON-LD has `@context` or
 * `@type`, HTML may carry JSON-LD in `<script type="application/ld+json">`,
 * CSV has a header row with a title column), then from the Content-Type and
 * the file extension. `undefined`: none of the four.
 */
export function detectFeedFormat(text: string, hints: { contentType?: string; source?: string } = {}): FeedFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ical';
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      return looksLikeJsonLd(JSON.parse(head)) ? 'jsonld' : 'json';
    } catch {
      // broken JSON: the hints decide (a truncated .jsonld is still JSON-LD)
      return /ld\+json/i.test(hints.contentType ?? '') || extensionOf(hints.source) === 'jsonld' ? 'jsonld' : 'json';
    }
  }
  if (head.startsWith('<')) return /<script[^>]+application\/ld\+json/i.test(head) ? 'jsonld' : undefined;
  const type = (hints.contentType ?? '').toLowerCase();
  if (type.includes('text/calendar')) return 'ical';
  if (type.includes('ld+json')) return 'jsonld';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[;,\t]/.test(firstLine) && /(^|[;,\t"])\s*(titel|title|naam|name)\s*("?)($|[;,\t])/i.test(firstLine)) return 'csv';
  if (type.includes('text/csv')) return 'csv';
  const ext = EXTENSIONS[extensionOf(hints.source) ?? ''];
  return ext === 'json' ? undefined : ext;
}

// ----------------------------------------------------------------- checking

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readable(x: unknown): string | undefined {
  return typeof x === 'string' && x.length > 0 && x.length <= 200 ? x : undefined;
}

function toProblems(errors: readonly ValidationError[] | null | undefined): FeedRecordProblem[] {
  return (errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params }));
}

/** Dates the schema's pattern lets through but the calendar does not have (30 February), and an end before the start. */
function sessionProblems(o: Offering): FeedRecordProblem[] {
  const problems: FeedRecordProblem[] = [];
  (o.sessions ?? []).forEach((s, i) => {
    const start = readSessionDate(s.start);
    if (!start) problems.push({ path: `/sessions/${String(i)}/start`, keyword: 'invalid-date', params: { value: s.start } });
    const end = s.end ? readSessionDate(s.end) : undefined;
    if (s.end && !end) problems.push({ path: `/sessions/${String(i)}/end`, keyword: 'invalid-date', params: { value: s.end } });
    if (start && end && (end.allDay ? end.day < start.day : end.instant < start.instant)) {
      problems.push({ path: `/sessions/${String(i)}/end`, keyword: 'end-before-start', params: { start: s.start, end: s.end } });
    }
    const deadline = s.registration?.deadline;
    if (deadline && !readSessionDate(deadline)) {
      problems.push({ path: `/sessions/${String(i)}/registration/deadline`, keyword: 'invalid-date', params: { value: deadline } });
    }
  });
  return problems;
}

const NONE: readonly FeedRecordProblem[] = [];

/** Why one offering cannot be shown (empty: it can). */
function recordProblems(
  { validateOffering }: Validators,
  o: unknown,
  seen: ReadonlySet<string>,
  known: ReadonlySet<string>,
): readonly FeedRecordProblem[] {
  if (!validateOffering(o)) return toProblems(validateOffering.errors);
  const offering = o as Offering;
  if (seen.has(offering.id)) return [{ path: '/id', keyword: 'duplicate-id', params: { id: offering.id } }];
  if (offering.provider !== null && known.size > 0 && !known.has(offering.provider)) {
    return [{ path: '/provider', keyword: 'unknown-provider', params: { provider: offering.provider } }];
  }
  return offering.sessions ? sessionProblems(offering) : NONE;
}

/** Fills what a record leaves empty (null or absent) from the feed's defaults; says so in `notes`. */
export function applyDefaults(record: Record<string, unknown>, defaults: FeedDefaults | undefined, notes: ConversionNote[]): void {
  if (!defaults) return;
  const fill = (key: string, value: string | readonly string[] | undefined) => {
    if (value === undefined || (Array.isArray(value) && !value.length)) return;
    const current = record[key];
    if (current === undefined || current === null || (key === 'formats' && isOnlyFallback(record, notes))) {
      record[key] = typeof value === 'string' ? value : [...value];
      if (key === 'formats') removeNote(notes, 'fallback-format');
      notes.push({ code: 'default', field: key, value: typeof value === 'string' ? value : value.join(', ') });
    }
  };
  fill('roles', defaults.roles);
  fill('audiences', defaults.audiences);
  fill('levels', defaults.levels);
  fill('formats', defaults.formats);
  fill('mode', defaults.mode);
  if (defaults.provider) fill('provider', defaults.provider);
}

function isOnlyFallback(record: Record<string, unknown>, notes: readonly ConversionNote[]): boolean {
  return notes.some((n) => n.code === 'fallback-format') && Array.isArray(record['formats']);
}

function removeNote(notes: ConversionNote[], code: ConversionNote['code']): void {
  const i = notes.findIndex((n) => n.code === code);
  if (i >= 0) notes.splice(i, 1);
}

/** A record as the converters (src/data/formats/) hand it over, before it is checked. */
export interface CandidateRecord {
  readonly index: number;
  readonly line?: number;
  readonly record: unknown;
  readonly notes: ConversionNote[];
  /** Which field of the publisher's file each of our top-level keys came from (`url` → `URL`, `title` → `titel`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Problems found while converting (no title at all): the record is rejected with these. */
  readonly problems?: readonly FeedRecordProblem[];
}

/** What a converter gives back. */
export interface Conversion {
  readonly info?: OfferingFeedInfo;
  readonly providers: readonly Provider[];
  readonly records: readonly CandidateRecord[];
  readonly notes: readonly ConversionNote[];
}

/** A file that was recognised but cannot be read as its format. */
export class FeedParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly code: 'feed-unreadable' | 'feed-shape' | 'feed-format-unsupported' = 'feed-unreadable',
  ) {
    super(message);
    this.name = 'FeedParseError';
  }
}

function withSourceField(p: FeedRecordProblem, fields: Readonly<Record<string, string>> | undefined): FeedRecordProblem {
  const key = /^\/([^/]+)/.exec(p.path)?.[1] ?? (p.keyword === 'required' && typeof p.params['missingProperty'] === 'string' ? p.params['missingProperty'] : '');
  const field = fields?.[key];
  return field ? { ...p, sourceField: field } : p;
}

interface Checked {
  readonly offerings: Offering[];
  readonly providers: Provider[];
  readonly records: FeedRecordReport[];
  readonly notesById: Map<string, readonly ConversionNote[]>;
}

/** Checks candidate records and providers one by one. */
async function checkRecords(
  candidates: readonly CandidateRecord[],
  rawProviders: readonly unknown[],
  outcome: 'accepted' | 'converted',
  options: ReadFeedOptions,
): Promise<Checked> {
  // A converter's providers are made by us, not records of the publisher's file: reported only if one fails.
  const providerRecords = outcome === 'accepted';
  const v = await loadValidators();
  const records: FeedRecordReport[] = [];
  const providers: Provider[] = [];
  rawProviders.forEach((p, index) => {
    const ok = v.validateProvider(p);
    const id = isRecord(p) ? readable(p['id']) : undefined;
    const title = isRecord(p) ? readable(p['name']) : undefined;
    if (ok) providers.push(p as Provider);
    if (ok && !providerRecords) return;
    records.push({
      list: 'providers',
      index,
      ...(id ? { id } : {}),
      ...(title ? { title } : {}),
      outcome: ok ? outcome : 'rejected',
      notes: [],
      problems: ok ? [] : toProblems(v.validateProvider.errors),
    });
  });

  const known = new Set([
    ...(options.knownProviders ?? []),
    ...(options.providers ?? []).map((p) => p.id),
    ...providers.map((p) => p.id),
  ]);
  const seen = new Set<string>();
  const offerings: Offering[] = [];
  const notesById = new Map<string, readonly ConversionNote[]>();
  // A feed may have 10,000 records: one object per record, no copies.
  for (const c of candidates) {
    const o = c.record;
    const record = isRecord(o) ? o : undefined;
    if (record && options.defaults) applyDefaults(record, options.defaults, c.notes);
    const found = c.problems?.length ? c.problems : recordProblems(v, o, seen, known);
    const problems = found.length ? found.map((p) => withSourceField(p, c.fields)) : found;
    const report: { -readonly [K in keyof FeedRecordReport]: FeedRecordReport[K] } = {
      list: 'offerings',
      index: c.index,
      outcome: problems.length ? 'rejected' : outcome,
      notes: c.notes,
      problems,
    };
    if (c.line) report.line = c.line;
    const id = record ? readable(record['id']) : undefined;
    if (id) report.id = id;
    const title = record ? readable(record['title']) : undefined;
    if (title) report.title = title;
    records.push(report);
    if (problems.length) continue;
    const offering = o as Offering;
    seen.add(offering.id);
    offerings.push(offering);
    if (c.notes.length) notesById.set(offering.id, c.notes);
  }
  return { offerings, providers, records, notesById };
}

function rejectedOf(records: readonly FeedRecordReport[]): RejectedRecord[] {
  return records
    .filter((r) => r.outcome === 'rejected')
    .map(({ list, index, line, id, title, problems }) => ({
      list,
      index,
      ...(line ? { line } : {}),
      ...(id ? { id } : {}),
      ...(title ? { title } : {}),
      problems,
    }));
}

/** Shared by every record that cannot get notes (no defaults given): never written to. */
const NO_NOTES: ConversionNote[] = [];

/** Checks already-parsed JSON in the published format, as a full report. */
async function checkJson(json: unknown, options: ReadFeedOptions): Promise<FeedReport> {
  const top = Array.isArray(json) ? { offerings: json } : json;
  const source = options.source ? { source: options.source } : {};
  if (!isRecord(top) || !Array.isArray(top['offerings'])) {
    return emptyReport({ ...source, format: 'json', error: { code: 'feed-shape', format: 'json', detail: 'expected { "offerings": [ … ] }' } });
  }
  // Notes only where defaults can add some (an array per record would cost a 10,000-record feed).
  const candidates = (top['offerings'] as unknown[]).map((record, index) => ({ index, record, notes: options.defaults ? [] : NO_NOTES }));
  const checked = await checkRecords(candidates, Array.isArray(top['providers']) ? top['providers'] : [], 'accepted', options);
  const info = isRecord(top['feed']) ? (top['feed'] as unknown as OfferingFeedInfo) : undefined;
  return {
    ...source,
    format: 'json',
    ...(info ? { info } : {}),
    offerings: checked.offerings,
    providers: checked.providers,
    records: checked.records,
    rejected: rejectedOf(checked.records),
    notes: [],
    notesById: checked.notesById,
  };
}

/** A converter from one format to candidate records (src/data/formats/). */
export type Converter = (text: string, options: ReadFeedOptions) => Promise<Conversion>;

/**
 * Reads a feed at hand, any format for which `converterFor` gives a
 * converter (JSON needs none). `readFeed` in feed-formats.ts passes the
 * converters; the JSON-only path of 0.1 passes none, so a page that only
 * reads JSON feeds never bundles a parser (single-file builds inline every
 * dynamic import).
 */
export async function readFeedBody(
  body: string | Uint8Array | ArrayBuffer,
  options: ReadFeedOptions,
  converterFor?: (format: Exclude<FeedFormat, 'json'>) => Promise<Converter>,
): Promise<FeedReport> {
  const source = options.source ? { source: options.source } : {};
  const size = typeof body === 'string' ? body.length : body.byteLength;
  const max = options.maxLength ?? MAX_FEED_BYTES;
  if (size > max) return emptyReport({ ...source, error: { code: 'feed-too-large', detail: `${String(size)} > ${String(max)} bytes` } });
  const bytes = typeof body === 'string' ? undefined : body;
  const decoded = bytes ? decodeFeed(bytes) : { text: body as string, windows1252: false };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const feedNotes: ConversionNote[] = decoded.windows1252 ? [{ code: 'windows-1252' }] : [];
  // JSON is parsed once, here: whether it is our format or JSON-LD shows in the parsed value.
  let json: unknown;
  let parseError: unknown;
  const looksJson = /^\s*[[{]/.test(text);
  if (looksJson && options.format !== 'jsonld') {
    try {
      json = JSON.parse(text);
    } catch (e) {
      parseError = e;
    }
  }
  const format =
    options.format ??
    (looksJson && parseError === undefined ? (looksLikeJsonLd(json) ? 'jsonld' : 'json') : detectFeedFormat(text, options));
  if (!format) return emptyReport({ ...source, notes: feedNotes, error: { code: 'feed-unknown-format' } });
  if (format === 'json') {
    if (!looksJson || parseError !== undefined) {
      return emptyReport({ ...source, format, notes: feedNotes, error: { code: 'feed-not-json', format, detail: parseError instanceof Error ? parseError.message : 'not JSON' } });
    }
    const report = await checkJson(json, options);
    return { ...report, notes: [...feedNotes, ...report.notes] };
  }
  if (!converterFor) return emptyReport({ ...source, format, notes: feedNotes, error: { code: 'feed-unknown-format', format } });
  let conversion: Conversion;
  try {
    conversion = await (await converterFor(format))(text, options);
  } catch (e) {
    if (e instanceof FeedParseError) {
      return emptyReport({
        ...source,
        format,
        notes: feedNotes,
        error: { code: e.code, format, detail: e.message, ...(e.line ? { line: e.line } : {}) },
      });
    }
    return emptyReport({ ...source, format, notes: feedNotes, error: { code: 'feed-unreadable', format, detail: String(e) } });
  }
  const checked = await checkRecords(conversion.records, conversion.providers, 'converted', options);
  return {
    ...source,
    format,
    ...(conversion.info ? { info: conversion.info } : {}),
    offerings: checked.offerings,
    // Only the providers some accepted offer names (a converter may make one per organiser).
    providers: checked.providers.filter((p) => checked.offerings.some((o) => o.provider === p.id)),
    records: checked.records,
    rejected: rejectedOf(checked.records),
    notes: [...feedNotes, ...conversion.notes],
    notesById: checked.notesById,
  };
}

/** Fetches a feed's bytes (with the time and size limits), or says why it could not. */
export async function fetchFeedBytes(url: string | URL, options: FeedOptions): Promise<Fetched> {
  return fetchBytes(url, options);
}

/** A report for a feed that could not be read at all. */
export function failedReport(error: FeedFailure, source?: string): FeedReport {
  return emptyReport({ ...(source ? { source } : {}), error });
}

// ----------------------------------------------------- the JSON-only API of 0.1

function legacyError(e: FeedFailure): FeedError {
  const code: FeedErrorCode =
    e.code === 'feed-unreadable' || e.code === 'feed-unknown-format' || e.code === 'feed-format-unsupported' ? 'feed-not-json' : e.code;
  return { code, ...(e.status !== undefined ? { status: e.status } : {}), ...(e.detail ? { detail: e.detail } : {}) };
}

function legacyResult(r: FeedReport): FeedResult {
  return {
    offerings: r.offerings,
    providers: r.providers,
    rejected: r.rejected,
    ...(r.info ? { info: r.info } : {}),
    ...(r.error ? { error: legacyError(r.error) } : {}),
  };
}

/**
 * Loads and checks a feed in the published JSON format. `source` is a URL
 * (absolute or relative), or the already-parsed JSON (e.g. from an inline
 * `<script type="application/json">`). For the other formats and for several
 * feeds at once, see `loadFeed` and `loadFeeds`.
 */
export async function loadOfferingsFeed(source: unknown, options: FeedOptions = {}): Promise<FeedResult> {
  if (typeof source === 'string' || source instanceof URL) {
    const fetched = await fetchBytes(source, options);
    if ('error' in fetched) return { ...EMPTY, error: legacyError(fetched.error) };
    return legacyResult(await readFeedBody(fetched.bytes, { ...options, format: 'json' }));
  }
  return checkFeed(source, options);
}

/** Checks already-parsed feed JSON record by record. */
export async function checkFeed(json: unknown, options: Pick<FeedOptions, 'knownProviders'> = {}): Promise<FeedResult> {
  return legacyResult(await checkJson(json, options));
}

/**
 * A report's usable offers as a feed in the published JSON format (what
 * `vakmanschap-widgets feed convert` writes and the feed-checker page
 * downloads): `{ feed, providers, offerings }`, valid against
 * data/schema/offerings.schema.json.
 */
export function publishedFeed(report: Pick<FeedReport, 'info' | 'providers' | 'offerings'>): {
  feed?: OfferingFeedInfo;
  providers: Provider[];
  offerings: Offering[];
} {
  return {
    ...(report.info ? { feed: report.info } : {}),
    providers: [...report.providers],
    offerings: [...report.offerings],
  };
}
