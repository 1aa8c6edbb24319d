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
 *   sort       `relevantie` (default), `titel` or `aanbieder`
 *
 * Modes: `query` keeps the parameters in `location.search`; `hash` keeps them
 * after a `?` inside `location.hash` (`#/vinden?rol=raadslid`), so the page's
 * hash router keeps its path. Parameters of the host page that are not ours
 * are kept byte for byte (`shared/url-params.ts`, which also builds the
 * links other widgets make to a finder).
 */
import type { OfferingCostKind, OfferingFilters, OfferingFormat, OfferingMode, ProfessionalisationLevel, RoleId, ValueId } from '../data/index.js';
import { normalizeKey } from '../data/index.js';
import { encodeParam, placeParams, queryPairs } from '../shared/url-params.js';

export type SortKey = 'relevantie' | 'titel' | 'aanbieder';
export const SORT_KEYS: readonly SortKey[] = ['relevantie', 'titel', 'aanbieder'];

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
  sort: 'relevantie',
};

/** The filters to search with: the state with the office preset filled in. */
export function effectiveFilters(state: FinderState, presetRoles: readonly RoleId[]): OfferingFilters {
  return { ...state, roles: state.roles ?? presetRoles };
}

type ListKey = 'roles' | 'formats' | 'levels' | 'values' | 'providers' | 'modes' | 'costs';

/** URL parameter ↔ state field, in the order they are written. */
const LIST_PARAMS: readonly (readonly [string, ListKey])[] = [
  ['rol', 'roles'],
  ['vorm', 'formats'],
  ['niveau', 'levels'],
  ['waarde', 'values'],
  ['aanbieder', 'providers'],
  ['wijze', 'modes'],
  ['kosten', 'costs'],
];
const PARAM_NAMES = new Set(['q', 'sort', ...LIST_PARAMS.map(([p]) => p)]);

/** Facets whose options are a fixed list (any other value in a URL is dropped), in display order. */
export const CLOSED: Partial<Record<ListKey, readonly string[]>> = {
  levels: ['macro', 'meso', 'micro'],
  modes: ['individueel', 'collectief'],
  costs: ['gratis', 'betaald', 'onbekend'],
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
