import type { FeedFailureCode, FeedFormat } from '../data/index.js';
import { FORMAT_NAMES, type Failure, type MessageShape } from './feed-report.messages.js';

const failuresEn: Record<FeedFailureCode, Failure> = {
  'feed-network': () => 'the server cannot be reached, or does not allow loading from this website (the CORS header Access-Control-Allow-Origin is missing)',
  'feed-http': (status) => `the server answered with error code ${String(status ?? '')}`.trim(),
  'feed-timeout': () => 'the server did not answer in time',
  'feed-too-large': () => 'the file is too large (over 20 MB)',
  'feed-not-json': () => 'the file is not valid JSON',
  'feed-shape': (_s, format) =>
    format === 'CSV' ? 'the first line of the CSV file names no “titel” (title) column' : 'the file does not have the shape { "offerings": [ … ] }',
  'feed-unreadable': (_s, format) => `the file is not a readable ${format ?? ''} file`.replace('  ', ' '),
  'feed-unknown-format': () => 'the format was not recognised (expected: JSON, iCalendar, JSON-LD or CSV)',
  'feed-format-unsupported': (_s, format) =>
    `this single-file script reads JSON feeds only, not ${format ?? 'other formats'}; convert the feed to JSON (feed checker or npx vakmanschap-widgets feed convert) or load the widget as an ES module`,
};

/** JSON types in words (keys are Ajv's type names). */
const TYPES_EN: Readonly<Record<string, string>> = { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'yes or no', array: 'a list', object: 'an object', null: 'empty (null)' };
/** Our fields that a feed's defaults fill, in words. */
const OUR_FIELDS_EN: Readonly<Record<string, string>> = { roles: 'offices', audiences: 'audiences', levels: 'levels', formats: 'format', mode: 'learning mode', provider: 'provider' };

/** English of `./feed-report.messages.ts`, loaded the first time a widget shows English. */
export default {
    formatName: (f: FeedFormat) => FORMAT_NAMES[f],
    failures: failuresEn,
    atLine: (line: number) => `line ${String(line)}`,
    outcome: { accepted: 'accepted', converted: 'converted', rejected: 'rejected' },
    record: {
      json: (list: 'offerings' | 'providers', index: number) => `${list === 'offerings' ? 'Offer' : 'Provider'} ${String(index + 1)}`,
      ical: (index: number) => `Event ${String(index + 1)}`,
      jsonld: (index: number) => `Item ${String(index + 1)}`,
      csv: () => 'Line',
    },
    field: {
      json: (f: string) => `“${f}”`,
      ical: (f: string) => f,
      jsonld: (f: string) => `“${f}”`,
      csv: (f: string) => `column “${f}”`,
    },
    reasons: {
      required: (field: string) => `the required field ${field} is missing`,
      missing: (field: string) => `${field} is missing or empty`,
      enum: (field: string, allowed: string) => `${field} has an unknown value (allowed: ${allowed})`,
      url: (field: string) => `${field} must be a web address starting with http:// or https://`,
      email: (field: string) => `${field} must be an e-mail address`,
      date: (field: string) => `${field} must be a date such as 2026-04-02 or 2026-04-02T19:30:00+02:00`,
      pattern: (field: string) => `${field} does not have the right form`,
      type: (field: string, type: string) => (field ? `${field} must be ${type}` : `the record must be ${type}`),
      types: TYPES_EN,
      or: 'or',
      additionalProperties: (field: string) => `unknown field ${field}`,
      tooLong: (field: string, limit: string) => `${field} is too long (at most ${limit})`,
      tooShort: (field: string) => `${field} is empty or too short`,
      outOfRange: (field: string) => `${field} is out of range`,
      twice: (field: string) => `${field} names something twice`,
      registration: (field: string) => `${field} needs a web address or an e-mail address`,
      duplicateId: (id: string) => `the id “${id}” occurs earlier in the feed`,
      unknownProvider: (id: string) => `the provider “${id}” is neither in the feed nor a known provider`,
      invalidDate: (field: string, value: string) => `${field}: “${value}” is not a date that exists`,
      endBeforeStart: (field: string) => `${field}: the end is before the start`,
      other: (field: string, keyword: string) => `${field || 'the record'} is not right (${keyword})`,
    },
    notes: {
      'not-mapped': (field: string) => `${field} was not taken over: there is no place for it`,
      'unknown-value': (field: string, value: string) => `${field}: “${value}” was not recognised and left out`,
      'invalid-url': (field: string, value: string) => `${field}: “${value}” is not an http(s) address and was left out`,
      'invalid-email': (field: string, value: string) => `${field}: “${value}” is not an e-mail address and was left out`,
      'invalid-date': (field: string, value: string) => `${field}: “${value}” is not a readable date; that date was left out`,
      'invalid-number': (field: string, value: string) => `${field}: “${value}” is not a number and was left out`,
      default: (field: string, value: string) => `${field} was not in the file; the feed’s default was used (${value})`,
      'fallback-format': (field: string) => `no format recognised in ${field}: “overig” (other)`,
      'recurrence-limited': (_field: string, value: string) => `the repetition was cut to ${value} dates (at most 100, up to two years ahead)`,
      'floating-time': (field: string) => `${field} has no time zone and was read as Dutch time`,
      'unknown-timezone': (field: string, value: string) => `${field}: time zone “${value}” is unknown; read as Dutch time`,
      'provider-derived': (_field: string, value: string) => `no provider named; assumed: “${value}”`,
      'too-long': (field: string, value: string) => `${field} was cut to ${value} characters`,
      'markup-removed': (field: string) => `${field}: HTML markup was removed, only the text was kept`,
      grouped: (_field: string, value: string) => `${value} events or lines with the same title and id or web address were merged into one offer with several dates`,
      conflict: (field: string, value: string) => `${field}: a later line says “${value}”; the first line’s value was used`,
      'status-unmapped': (field: string, value: string) => `${field}: status “${value}” cannot be taken over`,
      'unknown-column': (field: string) => `${field} is not read`,
      'skipped-items': (_field: string, value: string) => `skipped: ${value}`,
      'windows-1252': () => 'the file is not saved as UTF-8 and was read as Windows-1252 (as Excel saves CSV)',
    },
    offers: (n: number) => (n === 1 ? '1 offer' : `${String(n)} offers`),
    summary: (total: string, parts: string) => `${total}: ${parts}.`,
    counted: (n: number, outcome: string) => `${String(n)} ${outcome}`,
    none: 'There are no offers in the feed.',
    withNotes: (n: number) => `${String(n)} with notes`,
    and: 'and',
    verdictOk: 'The feed can be used.',
    verdictRejected: (n: number) => `${n === 1 ? '1 offer was' : `${String(n)} offers were`} rejected: fix ${n === 1 ? 'it' : 'them'} in the file and check again.`,
    verdictFailed: (reason: string) => `The feed cannot be used: ${reason}.`,
    untitled: '(untitled)',
    ourFields: OUR_FIELDS_EN,
  } satisfies MessageShape;
