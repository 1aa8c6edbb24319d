/**
 * Words for what the data layer reports about a feed: why a feed could not
 * be used, why a record was skipped, what a conversion could not map. Used
 * by the feed checker (page and command line) and meant for every widget
 * that shows feed problems, so a publisher reads the same sentence wherever
 * the problem shows up.
 */
import type { FeedFailureCode, FeedFormat } from '../data/index.js';
import { defineMessages } from './localize.js';

export type Failure = (status?: number, format?: string) => string;

const failuresNl: Record<FeedFailureCode, Failure> = {
  'feed-network': () => 'de server is niet bereikbaar, of staat het laden vanaf deze website niet toe (de CORS-kop Access-Control-Allow-Origin ontbreekt)',
  'feed-http': (status) => `de server antwoordde met foutcode ${String(status ?? '')}`.trim(),
  'feed-timeout': () => 'de server antwoordde niet op tijd',
  'feed-too-large': () => 'het bestand is te groot (meer dan 20 MB)',
  'feed-not-json': () => 'het bestand is geen geldige JSON',
  'feed-shape': (_s, format) =>
    format === 'CSV' ? 'de eerste regel van het CSV-bestand noemt geen kolom „titel”' : 'het bestand heeft niet de vorm { "offerings": [ … ] }',
  'feed-unreadable': (_s, format) => `het bestand is geen leesbaar ${format ?? ''}-bestand`.replace(' -', ' '),
  'feed-unknown-format': () => 'het formaat is niet herkend (verwacht: JSON, iCalendar, JSON-LD of CSV)',
  'feed-format-unsupported': (_s, format) =>
    `dit losse script leest alleen JSON-feeds, geen ${format ?? 'ander formaat'}; zet de feed om naar JSON (feed-checker of npx vakmanschap-widgets feed convert) of laad de widget als ES-module`,
};

/** JSON types in words (keys are Ajv's type names). */
const TYPES_NL: Readonly<Record<string, string>> = { string: 'tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'ja of nee', array: 'een lijst', object: 'een object', null: 'leeg (null)' };
/** Our fields that a feed's defaults fill, in words. */
const OUR_FIELDS_NL: Readonly<Record<string, string>> = { roles: 'ambten', audiences: 'doelgroepen', levels: 'niveaus', formats: 'werkvorm', mode: 'leervorm', provider: 'aanbieder' };

export const FORMAT_NAMES: Record<FeedFormat, string> = { json: 'JSON', ical: 'iCalendar', jsonld: 'JSON-LD', csv: 'CSV' };

const nl = {
    formatName: (f: FeedFormat) => FORMAT_NAMES[f],
    failures: failuresNl,
    atLine: (line: number) => `regel ${String(line)}`,
    outcome: { accepted: 'geaccepteerd', converted: 'omgezet', rejected: 'afgewezen' },
    record: {
      json: (list: 'offerings' | 'providers', index: number) => `${list === 'offerings' ? 'Aanbieding' : 'Aanbieder'} ${String(index + 1)}`,
      ical: (index: number) => `Gebeurtenis ${String(index + 1)}`,
      jsonld: (index: number) => `Item ${String(index + 1)}`,
      csv: () => 'Regel',
    },
    field: {
      json: (f: string) => `„${f}”`,
      ical: (f: string) => f,
      jsonld: (f: string) => `„${f}”`,
      csv: (f: string) => `kolom „${f}”`,
    },
    reasons: {
      required: (field: string) => `het verplichte veld ${field} ontbreekt`,
      missing: (field: string) => `${field} ontbreekt of is leeg`,
      enum: (field: string, allowed: string) => `${field} heeft een onbekende waarde (toegestaan: ${allowed})`,
      url: (field: string) => `${field} moet een webadres zijn dat met http:// of https:// begint`,
      email: (field: string) => `${field} moet een e-mailadres zijn`,
      date: (field: string) => `${field} moet een datum zijn, zoals 2026-04-02 of 2026-04-02T19:30:00+02:00`,
      pattern: (field: string) => `${field} heeft niet de juiste vorm`,
      type: (field: string, type: string) => (field ? `${field} moet ${type} zijn` : `het record moet ${type} zijn`),
      types: TYPES_NL,
      or: 'of',
      additionalProperties: (field: string) => `onbekend veld ${field}`,
      tooLong: (field: string, limit: string) => `${field} is te lang (hoogstens ${limit})`,
      tooShort: (field: string) => `${field} is leeg of te kort`,
      outOfRange: (field: string) => `${field} ligt buiten het toegestane bereik`,
      twice: (field: string) => `${field} noemt iets twee keer`,
      registration: (field: string) => `${field} moet een webadres of een e-mailadres hebben`,
      duplicateId: (id: string) => `het id „${id}” staat al eerder in de feed`,
      unknownProvider: (id: string) => `de aanbieder „${id}” staat niet in de feed en is ook geen bekende aanbieder`,
      invalidDate: (field: string, value: string) => `${field}: „${value}” is geen bestaande datum`,
      endBeforeStart: (field: string) => `${field}: het einde ligt vóór het begin`,
      other: (field: string, keyword: string) => `${field || 'het record'} klopt niet (${keyword})`,
    },
    notes: {
      'not-mapped': (field: string) => `${field} is niet overgenomen: daar is geen plek voor`,
      'unknown-value': (field: string, value: string) => `${field}: „${value}” is niet herkend en weggelaten`,
      'invalid-url': (field: string, value: string) => `${field}: „${value}” is geen http(s)-webadres en is weggelaten`,
      'invalid-email': (field: string, value: string) => `${field}: „${value}” is geen e-mailadres en is weggelaten`,
      'invalid-date': (field: string, value: string) => `${field}: „${value}” is geen leesbare datum; die datum is weggelaten`,
      'invalid-number': (field: string, value: string) => `${field}: „${value}” is geen getal en is weggelaten`,
      default: (field: string, value: string) => `${field} stond niet in het bestand; de standaardwaarde van de feed is gebruikt (${value})`,
      'fallback-format': (field: string) => `geen werkvorm herkend in ${field}: „overig”`,
      'recurrence-limited': (_field: string, value: string) => `de herhaling is ingekort tot ${value} data (hoogstens 100, tot twee jaar vooruit)`,
      'floating-time': (field: string) => `${field} heeft geen tijdzone en is gelezen als Nederlandse tijd`,
      'unknown-timezone': (field: string, value: string) => `${field}: tijdzone „${value}” is onbekend; gelezen als Nederlandse tijd`,
      'provider-derived': (_field: string, value: string) => `geen aanbieder genoemd; aangenomen: „${value}”`,
      'too-long': (field: string, value: string) => `${field} is ingekort tot ${value} tekens`,
      'markup-removed': (field: string) => `${field}: HTML-opmaak is weggehaald, alleen de tekst is overgenomen`,
      grouped: (_field: string, value: string) => `${value} gebeurtenissen of regels met dezelfde titel en hetzelfde id of webadres zijn samengevoegd tot één aanbod met meerdere data`,
      conflict: (field: string, value: string) => `${field}: een latere regel zegt „${value}”; de waarde van de eerste regel is gebruikt`,
      'status-unmapped': (field: string, value: string) => `${field}: status „${value}” is niet over te nemen`,
      'unknown-column': (field: string) => `${field} wordt niet gelezen`,
      'skipped-items': (_field: string, value: string) => `overgeslagen: ${value}`,
      'windows-1252': () => 'het bestand is niet in UTF-8 opgeslagen en is gelezen als Windows-1252 (zoals Excel CSV opslaat)',
    },
    offers: (n: number) => (n === 1 ? '1 aanbieding' : `${String(n)} aanbiedingen`),
    summary: (total: string, parts: string) => `${total}: ${parts}.`,
    counted: (n: number, outcome: string) => `${String(n)} ${outcome}`,
    none: 'Er staan geen aanbiedingen in de feed.',
    withNotes: (n: number) => (n === 1 ? '1 met opmerkingen' : `${String(n)} met opmerkingen`),
    and: 'en',
    verdictOk: 'De feed is bruikbaar.',
    verdictRejected: (n: number) =>
      `${n === 1 ? '1 aanbieding is' : `${String(n)} aanbiedingen zijn`} afgewezen: herstel ${n === 1 ? 'die' : 'ze'} in het bestand en controleer opnieuw.`,
    verdictFailed: (reason: string) => `De feed kan niet worden gebruikt: ${reason}.`,
    untitled: '(zonder titel)',
    ourFields: OUR_FIELDS_NL,
  };

/** The shape of this catalogue; its English (`./feed-report.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const feedReportMessages = defineMessages(
  nl,
  () => import('./feed-report.messages.en.js'),
);

export type FeedReportMessages = (typeof feedReportMessages)['nl'];
