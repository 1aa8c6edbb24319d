/**
 * A feed report in words a publisher understands: the data layer reports
 * each problem as a JSON pointer, a keyword and parameters (`/url`,
 * `pattern`), each conversion note as a code, a field and a value; these
 * functions turn them into one sentence in the interface language, naming
 * the field as the publisher's file names it (`kolom „datum”`, `DTSTART`,
 * `„startDate”`). Values from the feed end up as text, never as markup.
 * Plain functions (no DOM), so the command line uses them too.
 */
import type { ConversionNote, FeedFailure, FeedFormat, FeedRecordProblem, FeedRecordReport, FeedReport } from '../data/index.js';
import type { Locale } from './localize.js';
import { feedReportMessages } from './feed-report.messages.js';

/** `/cost/kind` → `cost.kind`, `/formats/0` → `formats[0]`. */
export function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, seg) => (/^\d+$/.test(seg) ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return x === undefined ? '' : JSON.stringify(x);
}

/** A field as the publisher's format names it. */
function field(name: string, format: FeedFormat, locale: Locale): string {
  return name ? feedReportMessages[locale].field[format](name) : '';
}

/** One reason why a record was skipped, as a sentence fragment. */
export function describeProblem(problem: FeedRecordProblem, locale: Locale, format: FeedFormat = 'json'): string {
  const r = feedReportMessages[locale].reasons;
  const path = fieldName(problem.path);
  const own = problem.sourceField;
  const f = (sub = path) => field(own ?? sub, own ? format : 'json', locale);
  const p = problem.params;
  switch (problem.keyword) {
    case 'required': {
      const missing = str(p['missingProperty']);
      return own ? r.missing(f()) : r.required(field(path ? `${path}.${missing}` : missing, 'json', locale));
    }
    case 'enum': {
      const allowed = Array.isArray(p['allowedValues']) ? (p['allowedValues'] as unknown[]).slice(0, 20).map(str).join(', ') : '';
      return r.enum(f(), allowed);
    }
    case 'pattern':
      if (/(^|\.)(url)$/.test(path)) return r.url(f());
      if (/(^|\.)email$/.test(path)) return r.email(f());
      if (/(start|end|deadline|updated)$/.test(path)) return r.date(f());
      return r.pattern(f());
    case 'type': {
      const types = (Array.isArray(p['type']) ? (p['type'] as unknown[]).map(str) : str(p['type']).split(','))
        .map((t) => r.types[t] ?? t)
        .join(` ${r.or} `);
      return r.type(path ? f() : '', types);
    }
    case 'additionalProperties': {
      const extra = str(p['additionalProperty']);
      return r.additionalProperties(field(path ? `${path}.${extra}` : extra, 'json', locale));
    }
    case 'maxLength':
    case 'maxItems':
      return r.tooLong(f(), str(p['limit']));
    case 'minLength':
    case 'minItems':
      return r.tooShort(f());
    case 'minimum':
    case 'maximum':
      return r.outOfRange(f());
    case 'uniqueItems':
      return r.twice(f());
    case 'anyOf':
      return /registration$/.test(path) ? r.registration(f()) : r.other(f(), problem.keyword);
    case 'duplicate-id':
      return r.duplicateId(str(p['id']));
    case 'unknown-provider':
      return r.unknownProvider(str(p['provider']));
    case 'invalid-date':
      return r.invalidDate(f(), str(p['value']));
    case 'end-before-start':
      return r.endBeforeStart(f());
    default:
      return r.other(f(), problem.keyword);
  }
}

/** The problems that say most: Ajv reports each branch of an `anyOf` too; those are left out when the `anyOf` itself is there. */
export function mainProblems(problems: readonly FeedRecordProblem[]): FeedRecordProblem[] {
  const anyOf = problems.filter((p) => p.keyword === 'anyOf').map((p) => p.path);
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.keyword !== 'anyOf' && anyOf.some((a) => p.path.startsWith(a) && p.keyword === 'required')) return false;
    const key = `${p.path}|${p.keyword}|${JSON.stringify(p.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One conversion note as a sentence fragment. */
export function describeNote(note: ConversionNote, locale: Locale, format: FeedFormat = 'json'): string {
  const m = feedReportMessages[locale];
  const name = note.code === 'default' ? (m.ourFields[note.field ?? ''] ?? note.field ?? '') : field(note.field ?? '', format, locale);
  return m.notes[note.code](name, note.value ?? '');
}

/** Why a feed could not be used, as a sentence fragment (`de server antwoordde met foutcode 404`). */
export function describeFailure(failure: FeedFailure, locale: Locale): string {
  const m = feedReportMessages[locale];
  const text = m.failures[failure.code](failure.status, failure.format ? m.formatName(failure.format) : undefined);
  return failure.line ? `${text} (${m.atLine(failure.line)})` : text;
}

/** Which record: `Regel 5`, `Gebeurtenis 3 (regel 40)`, `Item 2`, `Aanbieding 1`. */
export function recordLabel(record: Pick<FeedRecordReport, 'list' | 'index' | 'line'>, format: FeedFormat, locale: Locale): string {
  const m = feedReportMessages[locale];
  switch (format) {
    case 'csv':
      return record.line ? `${m.record.csv()} ${String(record.line)}` : m.record.jsonld(record.index);
    case 'ical':
      return record.line ? `${m.record.ical(record.index)} (${m.atLine(record.line)})` : m.record.ical(record.index);
    case 'jsonld':
      return m.record.jsonld(record.index);
    case 'json':
      return m.record.json(record.list, record.index);
  }
}

/** `geaccepteerd` / `omgezet` / `afgewezen`. */
export function outcomeName(outcome: FeedRecordReport['outcome'], locale: Locale): string {
  return feedReportMessages[locale].outcome[outcome];
}

/** `iCalendar`, `CSV`, … */
export function formatLabel(format: FeedFormat, locale: Locale): string {
  return feedReportMessages[locale].formatName(format);
}

/** The offer records of a report (a JSON feed's providers are records too, but not offers). */
export function offerRecords(report: Pick<FeedReport, 'records'>): FeedRecordReport[] {
  return report.records.filter((r) => r.list === 'offerings');
}

/** `8 aanbiedingen: 7 omgezet (2 met opmerkingen) en 1 afgewezen.` */
export function summarize(report: Pick<FeedReport, 'records'>, locale: Locale): string {
  const m = feedReportMessages[locale];
  const records = offerRecords(report);
  if (!records.length) return m.none;
  const parts = (['accepted', 'converted', 'rejected'] as const)
    .map((outcome) => {
      const these = records.filter((r) => r.outcome === outcome);
      if (!these.length) return '';
      const noted = outcome === 'rejected' ? 0 : these.filter((r) => r.notes.length).length;
      return `${m.counted(these.length, m.outcome[outcome])}${noted ? ` (${m.withNotes(noted)})` : ''}`;
    })
    .filter(Boolean);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${m.and} ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
  return m.summary(m.offers(records.length), joined);
}

/** The verdict: usable, some records rejected, or not usable at all. */
export function verdict(report: Pick<FeedReport, 'records' | 'error'>, locale: Locale): { ok: boolean; text: string } {
  const m = feedReportMessages[locale];
  if (report.error) return { ok: false, text: m.verdictFailed(describeFailure(report.error, locale)) };
  const rejected = offerRecords(report).filter((r) => r.outcome === 'rejected').length + report.records.filter((r) => r.list === 'providers' && r.outcome === 'rejected').length;
  return rejected ? { ok: false, text: m.verdictRejected(rejected) } : { ok: true, text: m.verdictOk };
}

/** A record's title, or "(zonder titel)". */
export function recordTitle(record: Pick<FeedRecordReport, 'title'>, locale: Locale): string {
  return record.title ?? feedReportMessages[locale].untitled;
}
