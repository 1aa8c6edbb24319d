/**
 * Everything one value card shows, gathered from the data API in one pass.
 * The compact card loads only values, clusters, roles and sources; the full
 * card also loads actions, trends and providers (lazy chunks).
 */
import {
  actionsFor,
  allRoles,
  allSources,
  allTrends,
  allValues,
  corpusProviders,
  getCluster,
  getValue,
  preloadData,
  rolesFile,
  sourcesFile,
  clustersFile,
  actionsFile,
  trendsFile,
  providersFile,
  suggestValues,
  type Action,
  type Cluster,
  type Provider,
  type Role,
  type SourceDocument,
  type Trend,
  type Value,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';

/** The office holders of one prioritising office and their three actions for this value. */
export interface RoleActions {
  readonly role: Role;
  readonly actions: readonly Action[];
}

export interface CardData {
  readonly kind: 'card';
  readonly value: Value;
  /** `null` when the text does not state the cluster (weerbaarheid). */
  readonly cluster: Cluster | null;
  /** The other values of the same cluster, in the publication's order. */
  readonly siblings: readonly Value[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
  /** The offices that prioritise the value, in the publication's order. */
  readonly prioritising: readonly Role[];
  /** How many offices the publication names priorities for (Statenleden: none). */
  readonly officesWithPriorities: number;
  /** The office the card is shown for; `undefined` without one (or for an unknown one). */
  readonly role: Role | undefined;
  /** The four priorities of `role` (empty without a role or when the text names none). */
  readonly rolePriorities: readonly Value[];
  /** Full card: the office holder's actions for `role` and this value. */
  readonly roleActions: readonly Action[];
  /** Full card without a (prioritising) role: the actions per prioritising office. */
  readonly perRole: readonly RoleActions[];
  /** Full card: the association's actions, when the value is one of `role`'s priorities. */
  readonly associationActions: readonly Action[];
  /** The associations those actions are addressed to. */
  readonly associations: readonly Provider[];
  readonly trends: ReadonlyMap<string, Trend>;
  /** The values the text says this one can clash with, with the sentence that says so. */
  readonly clashes: readonly { readonly value: Value; readonly source: Value['clashesWith'][number]['source'] }[];
}

export interface UnknownValue {
  readonly kind: 'unknown';
  readonly input: string;
  readonly suggestions: readonly Value[];
}

export interface NoValue {
  readonly kind: 'empty';
}

export type CardState = CardData | UnknownValue | NoValue;

/** Everything the card shows for the value `input` (its id or name) and the office `role`. */
export async function loadCard(input: string, role: Role | undefined, full: boolean): Promise<CardState> {
  if (!input.trim()) return { kind: 'empty' };
  // One round trip for everything the card will ask for below, not three
  // (values.json is asked for at once by getValue).
  preloadData(rolesFile, sourcesFile, clustersFile, ...(full ? [actionsFile, trendsFile, providersFile] : []));
  const value = await getValue(input);
  if (!value) return { kind: 'unknown', input, suggestions: await suggestValues(input) };

  const [values, roles, sources, cluster] = await Promise.all([
    allValues(),
    allRoles(),
    allSources(),
    value.cluster ? getCluster(value.cluster) : Promise.resolve(undefined),
  ]);
  const byId = new Map(values.map((v) => [v.id, v]));
  const rolePriorities = (role?.priorities ?? []).flatMap((id) => byId.get(id) ?? []);
  const prioritised = role?.priorities?.includes(value.id) ?? false;
  const prioritising = roles.filter((r) => value.priorityFor.includes(r.id));

  let roleActions: Action[] = [];
  let perRole: RoleActions[] = [];
  let associationActions: Action[] = [];
  let associations: Provider[] = [];
  let trends = new Map<string, Trend>();
  if (full) {
    const [actions, trendList, providers] = await Promise.all([
      actionsFor({ value: value.id, actor: 'ambtsdrager' }),
      allTrends(),
      corpusProviders(),
    ]);
    trends = new Map(trendList.map((t) => [t.id, t]));
    if (role && prioritised) {
      roleActions = actions.filter((a) => a.role === role.id);
      associationActions = await actionsFor({ role: role.id, actor: 'vereniging' });
      const ids = new Set<string>(associationActions.flatMap((a) => a.associations ?? []));
      associations = [...ids].flatMap((id) => providers.find((p) => p.id === id) ?? []);
    } else {
      perRole = prioritising
        .map((r) => ({ role: r, actions: actions.filter((a) => a.role === r.id) }))
        .filter((g) => g.actions.length > 0);
    }
  }

  return {
    kind: 'card',
    value,
    cluster: cluster ?? null,
    siblings: value.cluster ? values.filter((v) => v.cluster === value.cluster && v.id !== value.id) : [],
    documents: documentMap(sources),
    prioritising,
    officesWithPriorities: roles.filter((r) => r.priorities !== null).length,
    role,
    rolePriorities,
    roleActions,
    perRole,
    associationActions,
    associations,
    trends,
    clashes: value.clashesWith.flatMap((c) => {
      const other = byId.get(c.value);
      return other ? [{ value: other, source: c.source }] : [];
    }),
  };
}
