/**
 * CSV → our model: the spreadsheet a griffie or association already keeps,
 * saved as CSV. Parsed with d3-dsv (RFC 4180: quotes, doubled quotes, line
 * breaks inside quotes). Dutch spreadsheets write semicolons between the
 * columns and decimal commas in amounts; UTF-8 with or without a byte-order
 * mark, and Excel's Windows-1252, are read (see `decodeFeed`).
 *
 * The first line names the columns (data/examples/aanbod-sjabloon.csv; names
 * are matched without regard to case, accents, spaces or an English name).
 * One line per date: lines with the same `id` (or, without an id, the same
 * `titel`) are one offer with several dates, so a second date needs only the
 * id and its date columns.
 */
import { dsvFormat } from 'd3-dsv';
import type { OfferingFeedInfo, OfferingSession, ValueId } from '../generated/types.js';
import { FeedParseError, type CandidateRecord, type Conversion, type ConversionNote, type ReadFeedOptions } from '../feed.js';
import { loadValues } from '../load.js';
import { normalizeKey } from '../normalize.js';
import { isoDay, wallTime, zonedInstant, zonedIso } from '../time.js';
import {
  LIMITS,
  MAX_SESSIONS,
  ProviderBook,
  classify,
  cleanText,
  cleanUrl,
  costFrom,
  endAfter,
  isoSessionDate,
  modeFrom,
  noteValue,
  offerFrom,
  ownId,
  registrationFrom,
  roleWords,
  slugId,
  splitList,
  unknownWordNotes,
} from './common.js';

/** The columns we read, with the other names a spreadsheet may give them. */
export const CSV_COLUMNS = {
  id: ['id', 'code'],
  titel: ['titel', 'title', 'naam', 'name', 'onderwerp'],
  omschrijving: ['omschrijving', 'beschrijving', 'description', 'toelichting', 'inhoud'],
  aanbieder: ['aanbieder', 'provider', 'organisator', 'organisatie', 'organizer'],
  doelgroep: ['doelgroep', 'doelgroepen', 'ambt', 'ambten', 'voor', 'roles', 'rollen', 'audience'],
  werkvorm: ['werkvorm', 'werkvormen', 'vorm', 'soort', 'format', 'formats', 'type'],
  niveau: ['niveau', 'niveaus', 'level', 'levels'],
  leervorm: ['leervorm', 'mode'],
  kosten: ['kosten', 'prijs', 'price', 'cost', 'bedrag'],
  url: ['url', 'website', 'link', 'webpagina', 'meerinformatie'],
  waarden: ['waarden', 'waarde', 'values'],
  datum: ['datum', 'startdatum', 'start', 'begin', 'date', 'startdate', 'van'],
  begintijd: ['begintijd', 'aanvang', 'starttijd', 'tijd', 'vanaf', 'starttime'],
  einddatum: ['einddatum', 'einde', 'eind', 'end', 'enddate', 'totenmet'],
  eindtijd: ['eindtijd', 'tot', 'endtime'],
  locatie: ['locatie', 'plek', 'location', 'venue', 'zaal'],
  adres: ['adres', 'address', 'straat'],
  plaats: ['plaats', 'woonplaats', 'city', 'stad', 'gemeente'],
  online: ['online', 'digitaal'],
  aanmelden: ['aanmelden', 'aanmelding', 'inschrijven', 'inschrijving', 'registration', 'opgave'],
  aanmelden_voor: ['aanmeldenvoor', 'aanmeldentot', 'deadline', 'uiterlijkaanmelden', 'sluitingsdatum', 'inschrijvenvoor'],
  status: ['status'],
  capaciteit: ['capaciteit', 'plaatsen', 'maxdeelnemers', 'maximumaantaldeelnemers', 'capacity'],
  opmerking: ['opmerking', 'opmerkingen', 'note', 'notitie'],
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;

/** Columns that describe the offer (the same on every line of it), as opposed to one date. */
const OFFER_COLUMNS: readonly CsvColumn[] = ['titel', 'omschrijving', 'aanbieder', 'doelgroep', 'werkvorm', 'niveau', 'leervorm', 'kosten', 'url', 'waarden'];

/** Our fields and the columns they come from (for the report). */
const FIELDS = {
  id: 'id',
  title: 'titel',
  description: 'omschrijving',
  provider: 'aanbieder',
  roles: 'doelgroep',
  audiences: 'doelgroep',
  formats: 'werkvorm',
  levels: 'niveau',
  mode: 'leervorm',
  cost: 'kosten',
  url: 'url',
  values: 'waarden',
  sessions: 'datum',
} as const;

function headerKey(h: string): string {
  return normalizeKey(h.replace(/\(.*\)|\*/g, '')).replace(/-/g, '');
}

const LOOKUP = new Map<string, CsvColumn>(
  (Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [n.replace(/_/g, ''), col] as const)),
);

/** The delimiter of the header line: semicolon, comma or tab, whichever occurs most outside quotes (semicolon on a tie). */
function delimiterOf(firstLine: string): string {
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] === ';' ? -1 : 1))[0]?.[0] ?? ';';
}

const YES = /^(ja|j|yes|y|true|waar|x|1|hybride|hybrid)$/i;
const NO = /^(nee|n|no|false|onwaar|0|-)?$/i;
const STATUS: Readonly<Record<string, OfferingSession['status']>> = {
  open: 'open',
  vol: 'vol',
  volgeboekt: 'vol',
  full: 'vol',
  geannuleerd: 'geannuleerd',
  afgelast: 'geannuleerd',
  vervallen: 'geannuleerd',
  cancelled: 'geannuleerd',
  gesloten: 'gesloten',
  dicht: 'gesloten',
  closed: 'gesloten',
};

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]+(\d{1,2})[:.u](\d{2}))?$/i;
const TIME = /^(\d{1,2})[:.u](\d{2})(?:[:.]\d{2})?(?:\s*uur)?$/i;

/**
 * A date as a Dutch spreadsheet writes it (`2-4-2026`, `02-04-2026 19:30`,
 * `2026-04-02 19.30`, or ISO with an offset), with an optional separate time
 * (`19.30`, `19:30`). Times are Amsterdam time. `null`: it cannot be read.
 */
export function csvDate(date: string, time: string | undefined): string | null {
  const d = date.trim();
  const t = time?.trim();
  let wall: { year: number; month: number; day: number; hour?: number; minute?: number } | undefined;
  const dmy = DMY.exec(d);
  if (dmy) {
    const y = Number(dmy[3]);
    wall = { year: y < 100 ? 2000 + y : y, month: Number(dmy[2]), day: Number(dmy[1]), ...(dmy[4] ? { hour: Number(dmy[4]), minute: Number(dmy[5]) } : {}) };
  } else {
    const iso = isoSessionDate(d, 'datum', [], false);
    if (!iso) return null;
    if (!t) return iso;
    const [y, m, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
    wall = { year: y, month: m, day };
    if (iso.length > 10) return iso; // a full moment: its own time wins
  }
  if (t) {
    const tm = TIME.exec(t);
    if (!tm) return null;
    wall = { ...wall, hour: Number(tm[1]), minute: Number(tm[2]) };
  }
  const day = isoDay(wall);
  if (!isoSessionDate(day, 'datum', [], false)) return null;
  if (wall.hour === undefined) return day;
  if (wall.hour > 23 || (wall.minute ?? 0) > 59) return null;
  return zonedIso(zonedInstant({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute ?? 0, second: 0 }));
}

interface Row {
  readonly line: number;
  readonly get: (c: CsvColumn) => string;
}

interface Group {
  readonly index: number;
  readonly line: number;
  readonly first: Row;
  readonly rows: Row[];
}

/** Converts a CSV file to offers. Throws `FeedParseError` (`feed-shape`) when the first line has no title column. */
export async function convertCsv(input: string, options: ReadFeedOptions): Promise<Conversion> {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const rows = dsvFormat(delimiterOf(firstLine)).parseRows(text);
  const header = rows[0] ?? [];
  const columns = new Map<CsvColumn, number>();
  const feedNotes: ConversionNote[] = [];
  header.forEach((h, i) => {
    const col = LOOKUP.get(headerKey(h));
    if (col && !columns.has(col)) columns.set(col, i);
    else if (h.trim()) feedNotes.push({ code: 'unknown-column', field: noteValue(h.trim()) });
  });
  if (!columns.has('titel')) throw new FeedParseError('the first line names no title column (titel)', 1, 'feed-shape');

  // Lines: a row starts after the line breaks of all rows before it (quoted fields may hold line breaks).
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  let line = 1;
  rows.forEach((cells, r) => {
    const at = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (r === 0 || cells.every((c) => !c.trim())) return;
    const row: Row = { line: at, get: (c) => (cells[columns.get(c) ?? -1] ?? '').trim() };
    const key = row.get('id') ? `id:${row.get('id')}` : row.get('titel') ? `titel:${normalizeKey(row.get('titel'))}` : `line:${String(at)}`;
    const group = byKey.get(key);
    if (group) group.rows.push(row);
    else {
      const g = { index: groups.length, line: at, first: row, rows: [row] };
      groups.push(g);
      byKey.set(key, g);
    }
  });

  const roles = await roleWords();
  const { values } = await loadValues();
  const valueIds = new Map(values.flatMap((v) => [[normalizeKey(v.id), v.id] as const, [normalizeKey(v.name), v.id] as const]));
  const book = new ProviderBook(options.providers ?? [], options);
  const records: CandidateRecord[] = [];

  for (const g of groups) {
    const notes: ConversionNote[] = [];
    const { first } = g;
    for (const row of g.rows.slice(1)) {
      for (const col of OFFER_COLUMNS) {
        const v = row.get(col);
        if (v && v !== first.get(col) && !notes.some((n) => n.code === 'conflict' && n.field === col)) notes.push({ code: 'conflict', field: col, value: noteValue(v) });
      }
    }
    const title = cleanText(first.get('titel'), LIMITS.title, 'titel', notes);
    const description = cleanText(first.get('omschrijving'), LIMITS.description, 'omschrijving', notes);
    const url = cleanUrl(first.get('url'), 'url', notes);
    const providerName = first.get('aanbieder');
    const provider = book.resolve(providerName ? { name: providerName } : undefined, undefined, notes);
    const audience = classify(splitList(first.get('doelgroep')), roles);
    unknownWordNotes(audience, 'doelgroep', notes);
    const forms = classify(splitList(first.get('werkvorm')), roles);
    unknownWordNotes(forms, 'werkvorm', notes);
    const levels = classify(splitList(first.get('niveau')), roles);
    unknownWordNotes(levels, 'niveau', notes);
    const words = { roles: audience.roles, audiences: audience.audiences, formats: forms.formats, levels: levels.levels, unknown: [] };
    const modeText = first.get('leervorm');
    const mode = modeFrom(modeText);
    if (modeText && !mode) notes.push({ code: 'unknown-value', field: 'leervorm', value: noteValue(modeText) });
    const cost = costFrom(first.get('kosten'));
    const chosenValues: ValueId[] = [];
    for (const w of splitList(first.get('waarden'))) {
      const id = valueIds.get(normalizeKey(w));
      if (id && !chosenValues.includes(id)) chosenValues.push(id);
      else if (!id) notes.push({ code: 'unknown-value', field: 'waarden', value: noteValue(w) });
    }
    const sessions = g.rows.flatMap((row) => sessionOf(row, notes));
    const given = ownId(first.get('id'));
    if (first.get('id') && !given) notes.push({ code: 'unknown-value', field: 'id', value: noteValue(first.get('id')) });
    const id = given ?? slugId([title ?? ''], `regel-${String(g.line)}`, `${provider}\n${first.get('id') || title || String(g.line)}`);
    if (g.rows.length > 1) notes.push({ code: 'grouped', value: String(g.rows.length) });
    if (sessions.length > MAX_SESSIONS) notes.push({ code: 'recurrence-limited', field: 'datum', value: String(MAX_SESSIONS) });
    const record = offerFrom(
      { id, ...(title ? { title } : {}), ...(description ? { description } : {}), provider, ...(url ? { url } : {}), words, ...(mode ? { mode } : {}), cost, sessions },
      notes,
      'werkvorm',
    );
    if (chosenValues.length) record['values'] = chosenValues;
    records.push({
      index: g.index,
      line: g.line,
      record,
      notes,
      fields: FIELDS,
      ...(title ? {} : { problems: [{ path: '', keyword: 'required', params: { missingProperty: 'title' }, sourceField: 'titel' }] }),
    });
  }

  const now = options.now ?? new Date();
  const publisher = options.defaults?.publisher ?? book.providers[0]?.name;
  const info: OfferingFeedInfo | undefined = publisher ? { name: publisher.slice(0, 200), publisher: publisher.slice(0, 200), updated: isoDay(wallTime(now)) } : undefined;
  return { ...(info ? { info } : {}), providers: book.providers, records, notes: feedNotes };
}

/** The session of one line, or none (no date; or a date that cannot be read, with a note). */
function sessionOf(row: Row, notes: ConversionNote[]): OfferingSession[] {
  const date = row.get('datum');
  if (!date) {
    if (row.get('begintijd') || row.get('locatie') || row.get('einddatum')) notes.push({ code: 'invalid-date', field: 'datum', value: `regel ${String(row.line)}` });
    return [];
  }
  const start = csvDate(date, row.get('begintijd') || undefined);
  if (!start) {
    notes.push({ code: 'invalid-date', field: 'datum', value: noteValue(`${date} ${row.get('begintijd')}`.trim()) });
    return [];
  }
  const endDay = row.get('einddatum');
  const endTime = row.get('eindtijd');
  let end: string | null | undefined;
  if (endDay || endTime) {
    end = csvDate(endDay || date.replace(/[ T].*$/, ''), endTime || undefined);
    if (!end) notes.push({ code: 'invalid-date', field: endDay ? 'einddatum' : 'eindtijd', value: noteValue(`${endDay} ${endTime}`.trim()) });
  }
  const checkedEnd = endAfter(start, end ?? undefined, endDay ? 'einddatum' : 'eindtijd', notes);
  const venue = cleanText(row.get('locatie'), LIMITS.placeName, 'locatie', notes);
  const address = cleanText(row.get('adres'), LIMITS.address, 'adres', notes);
  const city = cleanText(row.get('plaats'), LIMITS.city, 'plaats', notes);
  const placeName = venue ?? address ?? city;
  const onlineText = row.get('online');
  const online = YES.test(onlineText) || /^online$/i.test(venue ?? '');
  if (onlineText && !YES.test(onlineText) && !NO.test(onlineText)) notes.push({ code: 'unknown-value', field: 'online', value: noteValue(onlineText) });
  const registration = registrationFrom(row.get('aanmelden'), 'aanmelden', notes);
  const deadlineText = row.get('aanmelden_voor');
  const deadline = deadlineText ? csvDate(deadlineText, undefined) : undefined;
  if (deadlineText && !deadline) notes.push({ code: 'invalid-date', field: 'aanmelden_voor', value: noteValue(deadlineText) });
  const statusText = row.get('status');
  const status = statusText ? STATUS[normalizeKey(statusText)] : undefined;
  if (statusText && !status) notes.push({ code: 'unknown-value', field: 'status', value: noteValue(statusText) });
  const capacityText = row.get('capaciteit');
  const capacity = /^\d{1,3}(\.\d{3})+$|^\d+$/.test(capacityText) ? Number(capacityText.replace(/\./g, '')) : undefined;
  if (capacityText && (capacity === undefined || capacity < 1 || capacity > 100_000)) notes.push({ code: 'invalid-number', field: 'capaciteit', value: noteValue(capacityText) });
  const note = cleanText(row.get('opmerking'), LIMITS.note, 'opmerking', notes);
  const physical = placeName && !/^online$/i.test(placeName);
  return [
    {
      start,
      ...(checkedEnd ? { end: checkedEnd } : {}),
      ...(physical ? { place: { name: placeName, ...(address && venue ? { address } : {}), ...(city ? { city } : {}) } } : {}),
      ...(online ? { online: true } : {}),
      ...(registration ? { registration: { ...registration, ...(deadline ? { deadline } : {}) } } : {}),
      ...(status ? { status } : {}),
      ...(capacity !== undefined && capacity >= 1 && capacity <= 100_000 ? { capacity } : {}),
      ...(note ? { note } : {}),
    },
  ];
}
