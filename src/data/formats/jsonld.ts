/**
 * schema.org JSON-LD → our model. Reads what websites publish for search
 * engines: a `Course` with `hasCourseInstance` (one session per
 * `CourseInstance`), an `EducationEvent` or any other `Event` (one session),
 * as a single item, an array, an `@graph` (nodes may point to each other by
 * `@id`) or an `ItemList`; also an HTML page, from its
 * `<script type="application/ld+json">` blocks.
 *
 * It reads the compacted form with the schema.org vocabulary, as Google's
 * guidelines and every CMS plugin write it. It is not a full JSON-LD
 * processor: that would fetch remote `@context` documents, which a strict
 * Content-Security-Policy forbids and a feed must not make us do.
 */
import type { OfferingFeedInfo, OfferingSession, RoleId, SessionPlace } from '../generated/types.js';
import { FeedParseError, type CandidateRecord, type Conversion, type ConversionNote, type ReadFeedOptions } from '../feed.js';
import {
  LIMITS,
  ProviderBook,
  classify,
  cleanText,
  cleanUrl,
  costFrom,
  endAfter,
  isoSessionDate,
  isOnlinePlace,
  modeFrom,
  noteValue,
  offerFrom,
  ownId,
  placeFromLine,
  plainText,
  roleWords,
  slugId,
  splitList,
  unknownWordNotes,
  type Classified,
} from './common.js';
import { isoDay, wallTime } from '../time.js';

type Node = Readonly<Record<string, unknown>>;

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** `Course`, from `Course`, `schema:Course`, `https://schema.org/Course` or a list with it. */
function typesOf(node: Node): string[] {
  return list(node['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '')] : []));
}

const isEvent = (types: readonly string[]) => types.some((t) => t === 'Event' || t === 'CourseInstance' || /Event$/.test(t));
const isCourse = (types: readonly string[]) => types.includes('Course');

/** A text value: a string, a number, `{ "@value": … }`, or a list of those (Dutch preferred). */
function text(x: unknown): string | undefined {
  const values = list(x).flatMap((v) => {
    if (typeof v === 'string') return [{ value: v, lang: '' }];
    if (typeof v === 'number') return [{ value: String(v), lang: '' }];
    if (isNode(v) && (typeof v['@value'] === 'string' || typeof v['@value'] === 'number')) {
      return [{ value: String(v['@value']), lang: typeof v['@language'] === 'string' ? v['@language'].toLowerCase() : '' }];
    }
    return [];
  });
  return (values.find((v) => v.lang.startsWith('nl')) ?? values[0])?.value;
}

/** The blocks of JSON-LD in the input: the JSON itself, or every `<script type="application/ld+json">` of an HTML page. */
function blocks(input: string, feedNotes: ConversionNote[]): unknown[] {
  const head = input.trimStart();
  if (!head.startsWith('<')) {
    try {
      return [JSON.parse(input)];
    } catch (e) {
      throw new FeedParseError(`not JSON: ${String(e)}`);
    }
  }
  const found: unknown[] = [];
  const script = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  let n = 0;
  for (let m = script.exec(input); m; m = script.exec(input)) {
    n++;
    try {
      found.push(JSON.parse(m[1] ?? ''));
    } catch {
      feedNotes.push({ code: 'skipped-items', value: `<script type="application/ld+json"> ${String(n)}` });
    }
  }
  if (!found.length) throw new FeedParseError('no readable <script type="application/ld+json"> in the page');
  return found;
}

/** Every node, flattened: arrays, `@graph`, `ItemList` (`itemListElement` → `item`), `mainEntity`. */
function flatten(x: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 8) return out;
  for (const v of list(x)) {
    if (!isNode(v)) continue;
    if (Array.isArray(v['@graph'])) flatten(v['@graph'], out, depth + 1);
    const types = typesOf(v);
    if (types.includes('ItemList')) {
      for (const el of list(v['itemListElement'])) flatten(isNode(el) && typesOf(el).includes('ListItem') && el['item'] !== undefined ? el['item'] : el, out, depth + 1);
    } else if (types.length) out.push(v);
    if (v['mainEntity'] !== undefined) flatten(v['mainEntity'], out, depth + 1);
  }
  return out;
}

/** Our fields and the JSON-LD properties they come from (for the report). */
const FIELDS = {
  id: '@id',
  title: 'name',
  description: 'description',
  url: 'url',
  provider: 'provider',
  roles: 'audience',
  formats: 'keywords',
  cost: 'offers',
  sessions: 'startDate',
} as const;

/** Properties we read or that say nothing we could show; anything else is noted as not mapped. */
const READ = new Set([
  '@context', '@type', '@id', 'name', 'description', 'url', 'provider', 'organizer', 'audience', 'keywords', 'about', 'educationalLevel',
  'offers', 'isAccessibleForFree', 'hasCourseInstance', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'eventStatus',
  'courseMode', 'maximumAttendeeCapacity', 'remainingAttendeeCapacity', 'identifier', 'inLanguage', 'image', 'sameAs',
  'mainEntityOfPage', 'dateModified', 'datePublished', 'courseCode', 'alternateName', 'performer', 'instructor', 'duration',
  'courseWorkload', 'timeRequired', 'superEvent', 'subEvent', 'eventSchedule', 'previousStartDate', 'doorTime', 'hasPart',
  'typicalAgeRange', 'learningResourceType', 'educationalCredentialAwarded', 'teaches', 'coursePrerequisites',
]);
/** Of those, the ones we read but cannot show: noted. */
const NOT_SHOWN = ['performer', 'instructor', 'eventSchedule', 'subEvent', 'image', 'teaches', 'coursePrerequisites', 'educationalCredentialAwarded'];

/** Types that describe parts of an offer (its place, organiser, price) or of the website: not worth a note when skipped. */
const SUPPORTING = new Set([
  'Place', 'PostalAddress', 'VirtualLocation', 'Organization', 'Person', 'Audience', 'EducationalAudience', 'Offer', 'AggregateOffer',
  'ListItem', 'ImageObject', 'WebSite', 'WebPage', 'CollectionPage', 'BreadcrumbList', 'SearchAction', 'ReadAction', 'EntryPoint',
]);

class Reader {
  private readonly graph = new Map<string, Node>();
  readonly book: ProviderBook;

  constructor(
    nodes: readonly Node[],
    private readonly roles: ReadonlyMap<string, RoleId>,
    options: ReadFeedOptions,
  ) {
    for (const n of nodes) if (typeof n['@id'] === 'string') this.graph.set(n['@id'], n);
    this.book = new ProviderBook(options.providers ?? [], options);
  }

  /** A node, or the node an `{ "@id": … }` reference points to. */
  deref(x: unknown): unknown {
    if (isNode(x) && typeof x['@id'] === 'string' && Object.keys(x).length === 1) return this.graph.get(x['@id']) ?? x;
    return x;
  }

  private words(node: Node, notes: ConversionNote[]): Classified {
    const audience = list(node['audience'])
      .map((a) => this.deref(a))
      .flatMap((a) => (isNode(a) ? [text(a['audienceType']), text(a['name'])] : [text(a)]))
      .filter((s): s is string => !!s);
    const free = [node['keywords'], node['about'], node['educationalLevel'], node['learningResourceType']]
      .flatMap((v) => list(v).map((x) => this.deref(x)))
      .flatMap((v) => (isNode(v) ? [text(v['name'])] : [text(v)]))
      .filter((s): s is string => !!s);
    const words = classify([...splitList(audience), ...splitList(free)], this.roles);
    // Free keywords are often tags of the site ("politiek", "nieuws"): only unknown audience words are worth a note.
    const unknownAudience = classify(splitList(audience), this.roles).unknown;
    unknownWordNotes({ ...words, unknown: unknownAudience }, 'audience', notes);
    return words;
  }

  private providerOf(node: Node, notes: ConversionNote[]): string {
    for (const key of ['provider', 'organizer']) {
      for (const p of list(node[key]).map((x) => this.deref(x))) {
        const name = isNode(p) ? text(p['name']) : text(p);
        if (name) {
          const url = isNode(p) ? cleanUrl(text(p['url']), key, []) : undefined;
          return this.book.resolve({ name: name.trim(), ...(url ? { url } : {}) }, undefined, notes);
        }
      }
    }
    return this.book.resolve(undefined, undefined, notes);
  }

  private offers(node: Node): Node[] {
    return list(node['offers']).map((o) => this.deref(o)).filter(isNode);
  }

  private cost(node: Node) {
    if (node['isAccessibleForFree'] === true || node['isAccessibleForFree'] === 'true') return costFrom('gratis');
    const offer = this.offers(node)[0];
    if (!offer) return undefined;
    const price = offer['price'] ?? (isNode(offer['priceSpecification']) ? offer['priceSpecification']['price'] : undefined);
    const currency = text(offer['priceCurrency']);
    const amount = typeof price === 'number' ? price : typeof price === 'string' && /^\d+(\.\d+)?$/.test(price.trim()) ? Number(price) : price;
    return costFrom(amount, currency);
  }

  private place(x: unknown, notes: ConversionNote[]): { place?: SessionPlace; online: boolean } {
    let online = false;
    let place: SessionPlace | undefined;
    for (const raw of list(x).map((v) => this.deref(v))) {
      if (typeof raw === 'string') {
        if (isOnlinePlace(raw)) online = true;
        else place ??= placeFromLine(raw, notes, 'location');
        continue;
      }
      if (!isNode(raw)) continue;
      if (typesOf(raw).includes('VirtualLocation')) {
        online = true;
        continue;
      }
      const address = this.deref(raw['address']);
      const name = cleanText(text(raw['name']), LIMITS.placeName, 'location.name', notes);
      let street: string | undefined;
      let city: string | undefined;
      if (isNode(address)) {
        street = [text(address['streetAddress']), text(address['postalCode'])].filter(Boolean).join(', ') || undefined;
        city = text(address['addressLocality']);
      } else if (typeof address === 'string') {
        const fromLine = placeFromLine(`${name ?? ''}, ${address}`, notes, 'location.address');
        street = fromLine?.address ?? undefined;
        city = fromLine?.city ?? undefined;
      }
      const venue = name ?? street ?? city;
      if (venue && !place) {
        place = {
          name: venue,
          ...(street ? { address: cleanText(street, LIMITS.address, 'location.address', notes) ?? null } : {}),
          ...(city ? { city: cleanText(city, LIMITS.city, 'location.addressLocality', notes) ?? null } : {}),
        };
      }
    }
    return { ...(place ? { place } : {}), online };
  }

  /** One session from an Event or CourseInstance; `undefined` (with a note) when its start cannot be read. */
  session(node: Node, parentUrl: string | undefined, notes: ConversionNote[]): OfferingSession | undefined {
    const startText = text(node['startDate']);
    if (!startText) return undefined;
    const start = isoSessionDate(startText, 'startDate', notes);
    if (!start) {
      notes.push({ code: 'invalid-date', field: 'startDate', value: noteValue(startText) });
      return undefined;
    }
    const endText = text(node['endDate']);
    const endRead = endText ? isoSessionDate(endText, 'endDate', notes) : undefined;
    if (endText && !endRead) notes.push({ code: 'invalid-date', field: 'endDate', value: noteValue(endText) });
    const end = endAfter(start, endRead, 'endDate', notes);
    const { place, online: virtual } = this.place(node['location'], notes);
    const attendance = text(node['eventAttendanceMode']) ?? '';
    const mode = (text(node['courseMode']) ?? '').toLowerCase();
    const online = virtual || /Online|Mixed/.test(attendance) || /online|blended|hybri/.test(mode);
    const status = this.status(node, notes);
    const offer = this.offers(node)[0];
    const regUrl = cleanUrl(text(offer?.['url']), 'offers.url', notes) ?? (() => {
      const own = cleanUrl(text(node['url']), 'url', []);
      return own && own !== parentUrl ? own : undefined;
    })();
    const deadlineText = text(offer?.['validThrough']);
    const deadline = deadlineText ? isoSessionDate(deadlineText, 'offers.validThrough', notes) : undefined;
    const capacity = node['maximumAttendeeCapacity'];
    const cap = typeof capacity === 'number' ? capacity : typeof capacity === 'string' ? Number(capacity) : NaN;
    return {
      start,
      ...(end ? { end } : {}),
      ...(place ? { place } : {}),
      ...(online ? { online } : {}),
      ...(regUrl ? { registration: { url: regUrl, ...(deadline ? { deadline } : {}) } } : {}),
      ...(status ? { status } : {}),
      ...(Number.isInteger(cap) && cap >= 1 && cap <= 100_000 ? { capacity: cap } : {}),
    };
  }

  private status(node: Node, notes: ConversionNote[]): OfferingSession['status'] | undefined {
    const s = (text(node['eventStatus']) ?? '').replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '');
    if (s === 'EventCancelled') return 'geannuleerd';
    if (s && s !== 'EventScheduled' && s !== 'EventMovedOnline') notes.push({ code: 'status-unmapped', field: 'eventStatus', value: s });
    const availability = (text(this.offers(node)[0]?.['availability']) ?? '').replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '');
    if (availability === 'SoldOut' || node['remainingAttendeeCapacity'] === 0) return 'vol';
    if (availability === 'Discontinued') return 'gesloten';
    return undefined;
  }

  /** An offer from a Course or an Event. */
  offer(node: Node, index: number, notes: ConversionNote[]) {
    const types = typesOf(node);
    const title = cleanText(text(node['name']), LIMITS.title, 'name', notes);
    const description = cleanText(text(node['description']), LIMITS.description, 'description', notes);
    const url = cleanUrl(text(node['url']), 'url', notes);
    for (const key of Object.keys(node)) if (!READ.has(key)) notes.push({ code: 'not-mapped', field: key });
    for (const key of NOT_SHOWN) if (node[key] !== undefined) notes.push({ code: 'not-mapped', field: key });
    const sessions: OfferingSession[] = [];
    if (isCourse(types)) {
      for (const inst of list(node['hasCourseInstance']).map((x) => this.deref(x))) {
        if (!isNode(inst)) continue;
        const s = this.session(inst, url, notes);
        if (s) sessions.push(s);
      }
    } else {
      const s = this.session(node, url, notes);
      if (s) sessions.push(s);
    }
    const words = this.words(node, notes);
    const mode = modeFrom(text(node['courseMode']));
    const provider = this.providerOf(node, notes);
    const given = ownId(node['identifier']) ?? (typeof node['@id'] === 'string' ? node['@id'] : undefined);
    const id = ownId(given) ?? slugId([title ?? ''], `aanbod-${String(index + 1)}`, given ?? url ?? `${provider}\n${title ?? ''}\n${sessions[0]?.start ?? ''}`);
    const cost = this.cost(node);
    return {
      title,
      url,
      record: offerFrom({ id, ...(title ? { title } : {}), ...(description ? { description } : {}), provider, ...(url ? { url } : {}), words, ...(mode ? { mode } : {}), ...(cost ? { cost } : {}), sessions }, notes, 'keywords'),
    };
  }
}

/** Converts JSON-LD (or an HTML page carrying it) to offers. Throws `FeedParseError` when there is nothing to read. */
export async function convertJsonLd(input: string, options: ReadFeedOptions): Promise<Conversion> {
  const feedNotes: ConversionNote[] = [];
  const nodes = blocks(input, feedNotes).flatMap((b) => flatten(b));
  const reader = new Reader(nodes, await roleWords(), options);
  const records: CandidateRecord[] = [];
  const skipped = new Map<string, number>();
  /** Events with the same name and page are one offer with several dates. */
  const byTitleAndUrl = new Map<string, { record: Record<string, unknown>; notes: ConversionNote[]; count: number }>();
  let index = 0;
  let feedName: string | undefined;
  for (const node of nodes) {
    const types = typesOf(node);
    if (!isCourse(types) && !isEvent(types)) {
      if (types.includes('WebSite') || types.includes('Organization')) feedName ??= plainText(text(node['name']) ?? '').text || undefined;
      for (const t of types) if (!SUPPORTING.has(t)) skipped.set(t, (skipped.get(t) ?? 0) + 1);
      continue;
    }
    // A CourseInstance that a Course in the same file lists is that course's session, not an offer of its own.
    if (types.includes('CourseInstance') && nodes.some((n) => n !== node && list(n['hasCourseInstance']).some((i) => i === node || (isNode(i) && i['@id'] !== undefined && i['@id'] === node['@id'])))) continue;
    const notes: ConversionNote[] = [];
    const { title, url, record } = reader.offer(node, index, notes);
    const key = !isCourse(types) && title && url ? `${title}\n${url}` : undefined;
    const group = key ? byTitleAndUrl.get(key) : undefined;
    if (group) {
      const more = (record['sessions'] as OfferingSession[] | undefined) ?? [];
      group.record['sessions'] = [...((group.record['sessions'] as OfferingSession[] | undefined) ?? []), ...more];
      group.count++;
      continue;
    }
    const candidate: CandidateRecord = {
      index: index++,
      record,
      notes,
      fields: FIELDS,
      ...(title ? {} : { problems: [{ path: '', keyword: 'required', params: { missingProperty: 'title' }, sourceField: 'name' }] }),
    };
    records.push(candidate);
    if (key) byTitleAndUrl.set(key, { record, notes, count: 1 });
  }
  for (const g of byTitleAndUrl.values()) {
    if (g.count > 1) {
      g.notes.push({ code: 'grouped', value: String(g.count) });
      (g.record['sessions'] as OfferingSession[]).sort((a, b) => a.start.localeCompare(b.start));
    }
  }
  if (skipped.size) feedNotes.push({ code: 'skipped-items', value: [...skipped].map(([t, n]) => (n > 1 ? `${t} (${String(n)})` : t)).join(', ') });
  const now = options.now ?? new Date();
  const publisher = options.defaults?.publisher ?? feedName ?? reader.book.providers[0]?.name;
  const info: OfferingFeedInfo | undefined = publisher
    ? { name: shortName(feedName ?? publisher), publisher: shortName(publisher), updated: isoDay(wallTime(now)) }
    : undefined;
  return { ...(info ? { info } : {}), providers: reader.book.providers, records, notes: feedNotes };
}

function shortName(s: string): string {
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}
