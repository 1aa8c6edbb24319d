/**
 * The finder's state in the page URL, so a filtered view can be bookmarked,
 * shared and linked from a council information system or the quick scan.
 *
 * Parameters (fixed names, other widgets link to them):
 *   q          search text
 *   rol        offices            (comma-separated, e.g. `raadslid,griffier`)
 *   vorm       formats
 *   niveau     learning levels    (`macro`, `meso`, `micro`)
 *   waarde     values
 *   aanbieder  providers
 *   wijze      individual / collective (`individueel`, `collectief`)
 *   kosten     cost               (`gratis`, `betaald`, `onbekend`)
 *   wanneer    `deze-maand`, `komende-3-maanden` (default: everything)
 *   waar       `online` and towns (`plaats:den-haag`)
 *   bron       `feed` (the current offer), `onderzoek` (the research's)
 *   doelgroep  `burgerlid`, `fractievolger`, `aspirant-raadslid`
 *   afgelopen  `ja`: also offers whose dates are all past
 *   sort       `relevantie` (default), `datum`, `titel` or `aanbieder`
 *
 * No parameter chooses a feed: feeds come from the embed (or the learning
 * tab's config.json) only.
 *
 * Modes: `query` keeps the parameters in `location.search`; `hash` keeps them
 * after a `?` inside `location.hash` (`#/vinden?rol=raadslid`), so the page's
 * hash router keeps its path. Parameters of the host page that are not ours
 * are kept byte for byte (`shared/url-params.ts`, which also builds the
 * links other widgets make to a finder).
 */
import type { OfferingAudience, OfferingCostKind, OfferingFilters, OfferingFormat, OfferingMode, ProfessionalisationLevel, RoleId, ValueId, WhenBucket } from '../data/index.js';
import { WHEN_BUCKETS, normalizeKey } from '../data/index.js';
import { encodeParam, placeParams, queryPairs } from '../shared/url-params.js';

export type SortKey = 'relevantie' | 'datum' | 'titel' | 'aanbieder';
export const SORT_KEYS: readonly SortKey[] = ['relevantie', 'datum', 'titel', 'aanbieder'];

/** The filters the finder adds to the data's facets: dates, places, source and audience. */
export type ExtraFacet = 'when' | 'where' | 'origin' | 'audiences';
export const EXTRA_FACETS: readonly ExtraFacet[] = ['when', 'where', 'origin', 'audiences'];
export type OriginKey = 'feed' | 'onderzoek';
export const ORIGIN_KEYS: readonly OriginKey[] = ['feed', 'onderzoek'];

export type UrlStateMode = 'query' | 'hash' | 'off';
export const URL_STATE_MODES: readonly UrlStateMode[] = ['query', 'hash', 'off'];

/**
 * What the user chose. `roles: null` means "not chosen": the office preset
 * (the `role` attribute) applies. An explicit empty list means "every office",
 * also when a preset exists.
 */
export interface FinderState {
  readonly query: string;
  readonly roles: readonly RoleId[] | null;
  readonly formats: readonly OfferingFormat[];
  readonly levels: readonly ProfessionalisationLevel[];
  readonly values: readonly ValueId[];
  readonly providers: readonly string[];
  readonly modes: readonly OfferingMode[];
  readonly costs: readonly OfferingCostKind[];
  /** "Wanneer": `alles` (the default) or a window for the next date. */
  readonly when: WhenBucket;
  /** "Waar": `online` and `plaats:…` keys. */
  readonly where: readonly string[];
  readonly origin: readonly OriginKey[];
  readonly audiences: readonly OfferingAudience[];
  /** "Toon ook afgelopen": offers whose dates are all past stay in the list. */
  readonly past: boolean;
  readonly sort: SortKey;
}

export const EMPTY_STATE: FinderState = {
  query: '',
  roles: null,
  formats: [],
  levels: [],
  values: [],
  providers: [],
  modes: [],
  costs: [],
  when: 'alles',
  where: [],
  origin: [],
  audiences: [],
  past: false,
  sort: 'relevantie',
};

/** The filters to search with: the state with the office preset filled in. */
export function effectiveFilters(state: FinderState, presetRoles: readonly RoleId[]): OfferingFilters {
  return {
    query: state.query,
    roles: state.roles ?? presetRoles,
    formats: state.formats,
    levels: state.levels,
    values: state.values,
    providers: state.providers,
    modes: state.modes,
    costs: state.costs,
  };
}

type ListKey = 'roles' | 'formats' | 'levels' | 'values' | 'providers' | 'modes' | 'costs' | 'origin' | 'audiences';

/** URL parameter ↔ state field, in the order they are written. */
const LIST_PARAMS: readonly (readonly [string, ListKey])[] = [
  ['rol', 'roles'],
  ['vorm', 'formats'],
  ['niveau', 'levels'],
  ['waarde', 'values'],
  ['aanbieder', 'providers'],
  ['wijze', 'modes'],
  ['kosten', 'costs'],
  ['bron', 'origin'],
  ['doelgroep', 'audiences'],
];
const PARAM_NAMES = new Set(['q', 'sort', 'wanneer', 'waar', 'afgelopen', ...LIST_PARAMS.map(([p]) => p)]);
const WHERE_KEY = /^(online|plaats:[a-z0-9]+(-[a-z0-9]+)*)$/;

/** Facets whose options are a fixed list (any other value in a URL is dropped), in display order. */
export const CLOSED: Partial<Record<ListKey, readonly string[]>> = {
  levels: ['macro', 'meso', 'micro'],
  modes: ['individueel', 'collectief'],
  costs: ['gratis', 'betaald', 'onbekend'],
  origin: ORIGIN_KEYS,
  audiences: ['burgerlid', 'fractievolger', 'aspirant-raadslid'],
};

const MAX_QUERY = 200;
const MAX_TOKENS = 50;

function tokens(value: string, key: ListKey): string[] {
  const allowed = CLOSED[key];
  const out = new Set<string>();
  for (const raw of value.split(',')) {
    // Ids are kebab-case slugs: case, diacritics and spacing in a hand-typed link do not matter.
    const t = normalizeKey(raw).slice(0, 64);
    if (t && (!allowed || allowed.includes(t))) out.add(t);
    if (out.size >= MAX_TOKENS) break;
  }
  return [...out];
}

/**
 * Reads the state from a raw query string. Unknown parameters are ignored;
 * unknown levels, modes, costs and sort orders are dropped. `rol` present but
 * empty means "every office" (it overrides the preset).
 */
export function parseState(search: string): FinderState {
  const params = new Map(queryPairs(search).map((p) => [p.key, p.value] as const));
  const state: Record<string, unknown> = { ...EMPTY_STATE };
  const q = params.get('q');
  if (q !== undefined) state['query'] = q.slice(0, MAX_QUERY);
  for (const [param, key] of LIST_PARAMS) {
    const value = params.get(param);
    if (value !== undefined) state[key] = tokens(value, key);
  }
  const when = params.get('wanneer');
  if (when && (WHEN_BUCKETS as readonly string[]).includes(when)) state['when'] = when;
  const where = params.get('waar');
  if (where !== undefined) state['where'] = [...new Set(where.split(',').map((w) => w.trim().toLowerCase()))].filter((w) => WHERE_KEY.test(w)).slice(0, MAX_TOKENS);
  if (params.get('afgelopen') === 'ja') state['past'] = true;
  const sort = params.get('sort');
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) state['sort'] = sort;
  return state as unknown as FinderState;
}

/** The state as our query-string pairs (default values are left out). */
function serializeState(state: FinderState): string {
  const out: string[] = [];
  if (state.query.trim()) out.push(`q=${encodeParam(state.query)}`);
  for (const [param, key] of LIST_PARAMS) {
    const list = state[key];
    if (list === null) continue; // roles: follow the preset
    if (list.length || key === 'roles') out.push(`${param}=${list.map(encodeParam).join(',')}`);
  }
  if (state.when !== 'alles') out.push(`wanneer=${state.when}`);
  if (state.where.length) out.push(`waar=${state.where.map(encodeParam).join(',')}`);
  if (state.past) out.push('afgelopen=ja');
  if (state.sort !== 'relevantie') out.push(`sort=${state.sort}`);
  return out.join('&');
}

/** The raw query string that holds the state in this mode (without `?`). */
export function currentSearch(mode: UrlStateMode, loc: Location = location): string {
  if (mode === 'query') return loc.search.replace(/^\?/, '');
  if (mode === 'hash') {
    const i = loc.hash.indexOf('?');
    return i < 0 ? '' : loc.hash.slice(i + 1);
  }
  return '';
}

/** The page URL with `state` written into it (a path + search + hash string). */
function urlWithState(mode: 'query' | 'hash', state: FinderState, loc: Location = location): string {
  return placeParams(loc, serializeState(state), PARAM_NAMES, mode);
}

/**
 * Writes `state` into the URL: `push` adds a history entry (a discrete
 * choice, so Back undoes it), otherwise the current entry is replaced
 * (typing). Does nothing when the URL would not change. Browsers limit how
 * often history may be changed; a refusal is ignored (the view still works).
 */
export function writeState(mode: UrlStateMode, state: FinderState, push: boolean): void {
  if (mode === 'off') return;
  const next = urlWithState(mode, state);
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  try {
    if (push) history.pushState(null, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // SecurityError: too many history changes in a short time.
  }
}

/** Whether two states choose the same (used to ignore our own history entries on popstate). */
export function sameState(a: FinderState, b: FinderState): boolean {
  return serializeState(a) === serializeState(b);
}
