import type { Action, Role, Value, ValueId } from './generated/types.js';
import { loadActions, loadRoles, loadValues } from './load.js';
import { normalizeKey } from './normalize.js';

/** The eight offices, in the publication's order. */
export async function allRoles(): Promise<readonly Role[]> {
  return (await loadRoles()).roles;
}

/**
 * The office with this id, name, plural or alias (`raadslid`, `Raadsleden`,
 * `gemeenteraadslid`, `dijkgraaf`), case- and diacritics-insensitive.
 */
export async function getRole(idOrName: string): Promise<Role | undefined> {
  const key = normalizeKey(idOrName);
  const { roles } = await loadRoles();
  return roles.find(
    (r) =>
      r.id === key ||
      normalizeKey(r.name) === key ||
      normalizeKey(r.plural) === key ||
      r.nameAliases.some((a) => normalizeKey(a) === key),
  );
}

/**
 * The four priority values of an office in the order of the publication's
 * table; `null` when the text does not name them (Statenleden);
 * `undefined` for an unknown office.
 */
export async function prioritiesFor(role: string): Promise<Value[] | null | undefined> {
  const r = await getRole(role);
  if (!r) return undefined;
  if (!r.priorities) return null;
  const { values } = await loadValues();
  return r.priorities.map((id) => {
    const v = values.find((x) => x.id === id);
    if (!v) throw new Error(`roles.json: ${r.id} prioritises unknown value ${id}`);
    return v;
  });
}

/** The offices that prioritise `value`, in the publication's order. */
export async function rolesPrioritising(value: ValueId): Promise<Role[]> {
  return (await allRoles()).filter((r) => r.priorities?.includes(value));
}

export interface ActionFilter {
  /** Office id or name (a `RoleId`); association actions are filed under the office they serve. */
  readonly role?: string;
  /** Value id or name (a `ValueId`). */
  readonly value?: string;
  /** `ambtsdrager` (the office holder), `vereniging` (the association) or `rijk` (national government). */
  readonly actor?: Action['actor'];
}

/**
 * Courses of action (handelingsperspectieven) matching every given filter,
 * in the publication's order. Association actions have no value (the
 * publication lists them for all four values together), so a `value` filter
 * returns only office-holder actions.
 */
export async function actionsFor(filter: ActionFilter = {}): Promise<Action[]> {
  const { actions } = await loadActions();
  const role = filter.role === undefined ? undefined : ((await getRole(filter.role))?.id ?? null);
  const value = filter.value === undefined ? undefined : normalizeKey(filter.value);
  if (role === null) return [];
  return actions.filter(
    (a) =>
      (filter.actor === undefined || a.actor === filter.actor) &&
      (role === undefined || a.role === role) &&
      (value === undefined || a.value === value),
  );
}

/** The national government's actions, grouped under their headings in order. */
export async function governmentActions(): Promise<{ heading: string; actions: Action[] }[]> {
  const groups = new Map<string, Action[]>();
  for (const a of await actionsFor({ actor: 'rijk' })) {
    const heading = a.heading ?? '';
    groups.set(heading, [...(groups.get(heading) ?? []), a]);
  }
  return [...groups].map(([heading, actions]) => ({ heading, actions }));
}
