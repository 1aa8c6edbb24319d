/**
 * What `<vk-role-priority-table>` shows, read through the data API and shaped
 * for rendering and for the plain-text copy. Pure functions apart from the
 * loader; no templates here.
 */
import {
  actionsFor,
  allClusters,
  allRoles,
  allSources,
  allValues,
  corpusProviders,
  getRole,
  governmentActions,
  preloadData,
  actionsFile,
  providersFile,
  type Action,
  type Cluster,
  type Provider,
  type Role,
  type RoleId,
  type Source,
  type SourceDocument,
  type Value,
  type ValueId,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';
import type { Office } from '../shared/office.js';
import type { OfficeOrder, ValueOrder } from './role-priority-table.messages.js';

/** A value as the table shows it: its cluster resolved, `null` when the text does not state it. */
export interface ValueEntry {
  readonly id: ValueId;
  readonly name: string;
  readonly cluster: Cluster | null;
}

/** An office and its priority values in table order; `values: null` when the text names none. */
export interface OfficeEntry {
  readonly role: Role;
  readonly values: readonly ValueEntry[] | null;
}

/** A column of the matrix: a value, the offices that prioritise it, its place in the publication. */
export interface MatrixColumn {
  readonly value: ValueEntry;
  readonly offices: readonly RoleId[];
  /** Position in the default order (clusters in the publication's order, unstated cluster last). */
  readonly index: number;
}

export interface MatrixModel {
  readonly kind: 'matrix';
  readonly offices: readonly OfficeEntry[];
  readonly columns: readonly MatrixColumn[];
  /** Clusters that have at least one column, in order; `null` stands for "cluster not stated". */
  readonly clusters: readonly (Cluster | null)[];
  readonly source: Source;
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export interface OfficePriority {
  readonly value: ValueEntry;
  readonly actions: readonly Action[];
}

export interface OfficeModel {
  readonly kind: 'office';
  readonly role: Role;
  /** `null`: the text does not name them (Statenleden). */
  readonly priorities: readonly OfficePriority[] | null;
  /** The association's list (one for all four values), in the publication's order. */
  readonly associationActions: readonly Action[];
  /** The association(s) the list is addressed to (or the office's associations when there is no list). */
  readonly associations: readonly Provider[];
  readonly source: Source;
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export interface CompareRow {
  readonly value: ValueEntry;
  /** The compared offices that prioritise this value, in the comparison's order. */
  readonly offices: readonly RoleId[];
}

export interface CompareModel {
  readonly kind: 'compare';
  readonly offices: readonly OfficeEntry[];
  /** Each value prioritised by at least one compared office, in order of first appearance. */
  readonly rows: readonly CompareRow[];
  /** Office-holder actions per office and value. */
  readonly actions: ReadonlyMap<string, readonly Action[]>;
  /** Entries of `offices` that are no office. */
  readonly unknown: readonly string[];
  /** Ids of all offices, for the message about unknown entries. */
  readonly validIds: readonly string[];
  readonly source: Source;
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export interface GovernmentModel {
  readonly kind: 'government';
  readonly groups: readonly { heading: string; actions: readonly Action[] }[];
  readonly source: Source;
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

/** The office named is unknown: nothing to show but the message. */
export interface UnknownModel {
  readonly kind: 'unknown';
}

export type TableModel = MatrixModel | OfficeModel | CompareModel | GovernmentModel | UnknownModel;

/** What the attributes ask for, before any data is read. */
export type Request =
  | { readonly kind: 'matrix' }
  | { readonly kind: 'government' }
  | { readonly kind: 'office'; readonly office: RoleId }
  | { readonly kind: 'compare'; readonly offices: readonly string[] }
  | { readonly kind: 'unknown' };

const MATRIX_WORDS = ['alle', 'all', 'overzicht', 'overview'];
const GOVERNMENT_WORDS = ['rijksoverheid', 'rijk', 'national-government'];
/** What `office` may say besides an office (normalised): the overview matrix, or the national government. */
export const OFFICE_WORDS: readonly string[] = [...MATRIX_WORDS, ...GOVERNMENT_WORDS];

/** The entries of an `offices` list (comma- or semicolon-separated). */
export function splitOffices(offices: string | undefined): string[] {
  return (offices ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads the mode: `offices` (a comparison) wins over the office (resolved
 * the shared way: `office`, a `role` naming an office, a `<vk-provider>`'s);
 * without either, the overview matrix.
 */
export function requestFor(offices: string | undefined, office: Office): Request {
  const list = splitOffices(offices);
  if (list.length) return { kind: 'compare', offices: list };
  if (office.word) return GOVERNMENT_WORDS.includes(office.word) ? { kind: 'government' } : { kind: 'matrix' };
  if (office.role) return { kind: 'office', office: office.role.id };
  return office.input ? { kind: 'unknown' } : { kind: 'matrix' };
}

/** The longest common heading path of sources from one document (for one citation under a table). */
export function commonSource(sources: readonly Source[]): Source {
  const [first, ...rest] = sources;
  if (!first) throw new Error('commonSource: no sources');
  let parts = first.section.split(' › ');
  for (const s of rest) {
    const other = s.section.split(' › ');
    let i = 0;
    while (i < parts.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return { doc: first.doc, section: parts.join(' › '), quote: first.quote };
}

interface Loaded {
  readonly roles: readonly Role[];
  readonly values: ReadonlyMap<string, ValueEntry>;
  readonly valueOrder: ReadonlyMap<string, number>;
  readonly clusters: readonly Cluster[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

async function loadBasics(): Promise<Loaded> {
  const [roles, values, clusters, sources] = await Promise.all([allRoles(), allValues(), allClusters(), allSources()]);
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const entries = new Map<string, ValueEntry>(
    values.map((v: Value) => [v.id, { id: v.id, name: v.name, cluster: v.cluster ? (clusterById.get(v.cluster) ?? null) : null }]),
  );
  return {
    roles,
    values: entries,
    valueOrder: new Map(values.map((v, i) => [v.id, i])),
    clusters,
    documents: documentMap(sources),
  };
}

function officeEntry(role: Role, values: ReadonlyMap<string, ValueEntry>): OfficeEntry {
  return {
    role,
    values:
      role.priorities?.map((id) => {
        const v = values.get(id);
        if (!v) throw new Error(`roles.json: ${role.id} prioritises unknown value ${id}`);
        return v;
      }) ?? null,
  };
}

async function loadMatrix(): Promise<MatrixModel> {
  const { roles, values, valueOrder, clusters, documents } = await loadBasics();
  const offices = roles.map((r) => officeEntry(r, values));
  const byValue = new Map<ValueId, { value: ValueEntry; offices: RoleId[] }>();
  for (const o of offices)
    for (const value of o.values ?? []) {
      const entry = byValue.get(value.id) ?? { value, offices: [] };
      entry.offices.push(o.role.id);
      byValue.set(value.id, entry);
    }
  const rank = (c: Cluster | null) => (c ? c.order : Number.MAX_SAFE_INTEGER);
  const at = (v: ValueEntry) => valueOrder.get(v.id) ?? 0;
  const columns = [...byValue.values()]
    .sort((a, b) => rank(a.value.cluster) - rank(b.value.cluster) || at(a.value) - at(b.value))
    .map((entry, index) => ({ ...entry, index }));
  const present = new Set(columns.map((c) => c.value.cluster?.id ?? null));
  return {
    kind: 'matrix',
    offices,
    columns,
    clusters: [...clusters.filter((c) => present.has(c.id)), ...(present.has(null) ? [null] : [])],
    source: commonSource(roles.map((r) => r.source)),
    documents,
  };
}

async function loadOffice(role: Role, basics: Loaded): Promise<OfficeModel> {
  const [own, association, providers] = await Promise.all([
    actionsFor({ role: role.id, actor: 'ambtsdrager' }),
    actionsFor({ role: role.id, actor: 'vereniging' }),
    corpusProviders(),
  ]);
  const entry = officeEntry(role, basics.values);
  const ids = association[0]?.associations ?? role.associations;
  const associations = ids.flatMap((id) => providers.find((p) => p.id === id) ?? []);
  return {
    kind: 'office',
    role,
    priorities: entry.values?.map((value) => ({ value, actions: own.filter((a) => a.value === value.id) })) ?? null,
    associationActions: association,
    associations,
    source: commonSource([role.source, ...own.map((a) => a.source)]),
    documents: basics.documents,
  };
}

async function loadCompare(inputs: readonly string[], basics: Loaded): Promise<CompareModel> {
  const chosen: Role[] = [];
  const unknown: string[] = [];
  const found = await Promise.all(inputs.map(async (input) => ({ input, role: await getRole(input) })));
  for (const { input, role } of found) {
    if (!role) unknown.push(input);
    else if (!chosen.includes(role)) chosen.push(role);
  }
  const offices = chosen.map((r) => officeEntry(r, basics.values));
  const own = (await Promise.all(chosen.map((r) => actionsFor({ role: r.id, actor: 'ambtsdrager' })))).flat();
  const actions = new Map<string, Action[]>();
  for (const a of own) {
    if (!a.role || !a.value) continue;
    const key = actionKey(a.role, a.value);
    actions.set(key, [...(actions.get(key) ?? []), a]);
  }
  const rows = new Map<ValueId, { value: ValueEntry; offices: RoleId[] }>();
  for (const o of offices)
    for (const v of o.values ?? []) {
      const row = rows.get(v.id) ?? { value: v, offices: [] };
      row.offices.push(o.role.id);
      rows.set(v.id, row);
    }
  return {
    kind: 'compare',
    offices,
    rows: [...rows.values()],
    actions,
    unknown,
    validIds: basics.roles.map((r) => r.id),
    source: commonSource(chosen.length ? chosen.map((r) => r.source) : basics.roles.map((r) => r.source)),
    documents: basics.documents,
  };
}

/** The key of {@link CompareModel.actions}. */
export function actionKey(role: RoleId, value: ValueId): string {
  return `${role}/${value}`;
}

async function loadGovernment(basics: Loaded): Promise<GovernmentModel> {
  const groups = await governmentActions();
  return {
    kind: 'government',
    groups,
    source: commonSource(groups.flatMap((g) => g.actions.map((a) => a.source))),
    documents: basics.documents,
  };
}

/** Loads (lazily, through the data API) everything one mode needs. */
export async function loadModel(request: Request): Promise<TableModel> {
  if (request.kind === 'unknown') return { kind: 'unknown' };
  if (request.kind === 'matrix') return loadMatrix();
  // The actions and associations in the same round trip as the basics (loadBasics asks for those at once).
  preloadData(actionsFile, providersFile);
  const basics = await loadBasics();
  switch (request.kind) {
    case 'government':
      return loadGovernment(basics);
    case 'compare':
      return loadCompare(request.offices, basics);
    case 'office': {
      const role = await getRole(request.office);
      return role ? loadOffice(role, basics) : { kind: 'unknown' };
    }
  }
}

/** Rows of the matrix in the chosen order (names compared in the interface language). */
export function orderOffices(
  offices: readonly OfficeEntry[],
  order: OfficeOrder,
  name: (role: Role) => string,
  locale: string,
): OfficeEntry[] {
  if (order === 'publication') return [...offices];
  const collator = new Intl.Collator(locale);
  const sign = order === 'name-asc' ? 1 : -1;
  return [...offices].sort((a, b) => sign * collator.compare(name(a.role), name(b.role)));
}

/** Columns of the matrix in the chosen order and filtered to one cluster (`''` all, `'none'` the unstated one). */
export function orderColumns(columns: readonly MatrixColumn[], order: ValueOrder, cluster: string): MatrixColumn[] {
  const shown = columns.filter((c) => !cluster || (c.value.cluster?.id ?? 'none') === cluster);
  if (order === 'cluster') return shown;
  const sign = order === 'count-desc' ? -1 : 1;
  return shown.sort((a, b) => sign * (a.offices.length - b.offices.length) || a.index - b.index);
}

/** Runs of adjacent columns in the same cluster: the column-group header cells. */
export function clusterRuns(columns: readonly MatrixColumn[]): { cluster: Cluster | null; columns: MatrixColumn[] }[] {
  const runs: { cluster: Cluster | null; columns: MatrixColumn[] }[] = [];
  for (const c of columns) {
    const last = runs.at(-1);
    if (last && last.cluster?.id === c.value.cluster?.id) last.columns.push(c);
    else runs.push({ cluster: c.value.cluster, columns: [c] });
  }
  return runs;
}
