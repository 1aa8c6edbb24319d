/**
 * Associations' own offer, as a JSON feed in the published schema
 * (data/schema/offerings.schema.json). Loading never throws into the host
 * page: a feed that cannot be used comes back as `error`; records that do not
 * fit the schema come back in `rejected` with their path and reason, and
 * every valid record is kept.
 */
import type { Offering, OfferingFeedInfo, Provider } from './generated/types.js';
import type { ValidateFunction, ValidationError } from './generated/validate-function.js';

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

/** Why a whole feed could not be used. */
export type FeedErrorCode =
  | 'feed-network' // fetch failed (offline, DNS, CORS, blocked by CSP)
  | 'feed-http' // the server answered with a non-2xx status
  | 'feed-timeout' // no complete answer within the time limit
  | 'feed-too-large' // larger than the size limit
  | 'feed-not-json' // the body is not JSON (or truncated)
  | 'feed-shape'; // JSON, but not `{ "offerings": [...] }` (or a bare array)

export interface FeedError {
  readonly code: FeedErrorCode;
  /** HTTP status for `feed-http`. */
  readonly status?: number;
  /** Technical detail for logs (not for display). */
  readonly detail?: string;
}

/** One reason why a record was skipped (an Ajv error, or our own check). */
export interface FeedRecordProblem {
  /** JSON pointer inside the record, e.g. `/url` or `/formats/0`; `""` for the record itself. */
  readonly path: string;
  /** `required`, `enum`, `pattern`, `type`, `additionalProperties`, …, or `duplicate-id` / `unknown-provider`. */
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RejectedRecord {
  /** `offerings` or `providers`. */
  readonly list: 'offerings' | 'providers';
  /** Position in that list (0-based). */
  readonly index: number;
  /** The record's id when it has a readable one. */
  readonly id?: string;
  /** The record's title when it has a readable one. */
  readonly title?: string;
  readonly problems: readonly FeedRecordProblem[];
}

export interface FeedResult {
  readonly offerings: readonly Offering[];
  readonly providers: readonly Provider[];
  readonly rejected: readonly RejectedRecord[];
  readonly info?: OfferingFeedInfo;
  readonly error?: FeedError;
}

export interface FeedOptions {
  /** Give up after this many milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many characters (default 20 MB). */
  readonly maxLength?: number;
  /** Provider ids a record may name besides the feed's own (normally the corpus providers). */
  readonly knownProviders?: Iterable<string>;
  /** Cancels the request (e.g. when the element is removed or `src` changes). */
  readonly signal?: AbortSignal;
  /** Resolves a relative URL (default: the document's base URL). */
  readonly baseUrl?: string | URL;
}

const EMPTY: Omit<FeedResult, 'error'> = { offerings: [], providers: [], rejected: [] };

/**
 * Loads and checks a feed. `source` is a URL (absolute or relative), or the
 * already-parsed JSON (e.g. from an inline `<script type="application/json">`).
 */
export async function loadOfferingsFeed(source: unknown, options: FeedOptions = {}): Promise<FeedResult> {
  if (typeof source === 'string' || source instanceof URL) {
    const fetched = await fetchFeed(source, options);
    if ('error' in fetched) return { ...EMPTY, error: fetched.error };
    return checkFeed(fetched.json, options);
  }
  return checkFeed(source, options);
}

async function fetchFeed(
  source: string | URL,
  { timeoutMs = 10_000, maxLength = 20_000_000, signal, baseUrl }: FeedOptions,
): Promise<{ json: unknown } | { error: FeedError }> {
  let url: URL;
  try {
    url = new URL(source, baseUrl ?? document.baseURI);
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
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { error: { code: 'feed-http', status: response.status } };
    const text = await response.text();
    if (text.length > maxLength) return { error: { code: 'feed-too-large', detail: `${text.length} characters` } };
    try {
      return { json: JSON.parse(text) as unknown };
    } catch (e) {
      return { error: { code: 'feed-not-json', detail: String(e) } };
    }
  } catch (e) {
    return { error: { code: state.timedOut ? 'feed-timeout' : 'feed-network', detail: String(e) } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readable(x: unknown): string | undefined {
  return typeof x === 'string' && x.length > 0 && x.length <= 200 ? x : undefined;
}

function toProblems(errors: readonly ValidationError[] | null | undefined): FeedRecordProblem[] {
  return (errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params }));
}

/** Why one offering cannot be shown (empty: it can). */
function recordProblems(
  { validateOffering }: Validators,
  o: unknown,
  seen: ReadonlySet<string>,
  known: ReadonlySet<string>,
): FeedRecordProblem[] {
  if (!validateOffering(o)) return toProblems(validateOffering.errors);
  const offering = o as Offering;
  if (seen.has(offering.id)) return [{ path: '/id', keyword: 'duplicate-id', params: { id: offering.id } }];
  if (offering.provider !== null && known.size > 0 && !known.has(offering.provider)) {
    return [{ path: '/provider', keyword: 'unknown-provider', params: { provider: offering.provider } }];
  }
  return [];
}

/** Checks already-parsed feed JSON record by record. */
export async function checkFeed(json: unknown, options: Pick<FeedOptions, 'knownProviders'> = {}): Promise<FeedResult> {
  const top = Array.isArray(json) ? { offerings: json } : json;
  if (!isRecord(top) || !Array.isArray(top['offerings'])) {
    return { ...EMPTY, error: { code: 'feed-shape', detail: 'expected { "offerings": [ … ] }' } };
  }
  const rejected: RejectedRecord[] = [];
  const v = await loadValidators();
  const { validateProvider } = v;

  const providers: Provider[] = [];
  const rawProviders: unknown[] = Array.isArray(top['providers']) ? top['providers'] : [];
  rawProviders.forEach((p, index) => {
    if (validateProvider(p)) providers.push(p as Provider);
    else
      rejected.push({
        list: 'providers',
        index,
        ...(isRecord(p) && readable(p['id']) ? { id: readable(p['id']) } : {}),
        ...(isRecord(p) && readable(p['name']) ? { title: readable(p['name']) } : {}),
        problems: toProblems(validateProvider.errors),
      });
  });

  const known = new Set([...(options.knownProviders ?? []), ...providers.map((p) => p.id)]);
  const seen = new Set<string>();
  const offerings: Offering[] = [];
  (top['offerings'] as unknown[]).forEach((o, index) => {
    const id = isRecord(o) ? readable(o['id']) : undefined;
    const title = isRecord(o) ? readable(o['title']) : undefined;
    const problems = recordProblems(v, o, seen, known);
    if (problems.length) {
      rejected.push({ list: 'offerings', index, ...(id ? { id } : {}), ...(title ? { title } : {}), problems });
      return;
    }
    const offering = o as Offering;
    seen.add(offering.id);
    offerings.push(offering);
  });

  const info = isRecord(top['feed']) ? (top['feed'] as unknown as OfferingFeedInfo) : undefined;
  return { offerings, providers, rejected, ...(info ? { info } : {}) };
}
