/**
 * Why a feed record was skipped, in words a feed maintainer understands. The
 * data layer reports each problem as a JSON pointer, a validation keyword and
 * its parameters (`/url`, `pattern`); this turns them into one sentence in the
 * interface language. Values from the feed end up as text, never as markup.
 */
import type { FeedRecordProblem } from '../data/index.js';
import type { FinderMessages } from './training-finder.messages.js';

/** `/cost/kind` → `cost.kind`, `/formats/0` → `formats[0]`. */
function fieldName(pointer: string): string {
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

/** One problem as a sentence fragment (`„url” moet een webadres zijn …`). */
export function describeProblem(problem: FeedRecordProblem, m: FinderMessages): string {
  const r = m.reasons;
  const field = fieldName(problem.path);
  const p = problem.params;
  switch (problem.keyword) {
    case 'required': {
      const missing = str(p['missingProperty']);
      return r.required(field ? `${field}.${missing}` : missing);
    }
    case 'enum': {
      const allowed = Array.isArray(p['allowedValues']) ? (p['allowedValues'] as unknown[]).slice(0, 20).map(str).join(', ') : '';
      return r.enum(field, allowed);
    }
    case 'pattern':
      return /(^|\.)url$/.test(field) ? r.url(field) : r.pattern(field);
    case 'type': {
      const types = (Array.isArray(p['type']) ? (p['type'] as unknown[]).map(str) : str(p['type']).split(','))
        .map((t) => (r.types as Partial<Record<string, string>>)[t] ?? t)
        .join(` ${r.or} `);
      return r.type(field, types);
    }
    case 'additionalProperties': {
      const extra = str(p['additionalProperty']);
      return r.additionalProperties(field ? `${field}.${extra}` : extra);
    }
    case 'maxLength':
    case 'maxItems':
      return r.tooLong(field, str(p['limit']));
    case 'minLength':
    case 'minItems':
      return r.tooShort(field);
    case 'duplicate-id':
      return r.duplicateId(str(p['id']));
    case 'unknown-provider':
      return r.unknownProvider(str(p['provider']));
    default:
      return r.other(field, problem.keyword);
  }
}
