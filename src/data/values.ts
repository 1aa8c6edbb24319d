import { distance } from 'fastest-levenshtein';
import type { Cluster, Value } from './generated/types.js';
import { loadClusters, loadValues } from './load.js';
import { normalizeKey } from './normalize.js';

let byKey: Promise<Map<string, Value>> | undefined;

/** Every value, indexed by its id and by its normalised name. */
function valueIndex(): Promise<Map<string, Value>> {
  return (byKey ??= loadValues().then(({ values }) => {
    const map = new Map<string, Value>();
    for (const v of values) {
      map.set(v.id, v);
      map.set(normalizeKey(v.name), v);
    }
    return map;
  }));
}

/** All 39 values in the publication's order. */
export async function allValues(): Promise<readonly Value[]> {
  return (await loadValues()).values;
}

/**
 * The value with this id or name, case-, diacritics- and spacing-insensitive
 * (`Hiërarchie`, `hierarchie`, `Menselijke maat`); `undefined` if none.
 */
export async function getValue(idOrName: string): Promise<Value | undefined> {
  return (await valueIndex()).get(normalizeKey(idOrName));
}

/**
 * The values whose id or name is closest to `input` (for "Bedoelde je: …?").
 * Prefix matches come first, then by edit distance; at most `limit`, and only
 * plausible ones (distance at most half the input's length, at least 2).
 */
export async function suggestValues(input: string, limit = 3): Promise<Value[]> {
  const key = normalizeKey(input);
  if (!key) return [];
  const values = await allValues();
  const scored = values.map((v) => {
    const keys = [v.id, normalizeKey(v.name)];
    const prefix = keys.some((k) => k.startsWith(key) || key.startsWith(k));
    const d = Math.min(...keys.map((k) => distance(key, k)));
    return { v, score: prefix ? Math.min(d, 1) : d };
  });
  const threshold = Math.max(2, Math.floor(key.length / 2));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.v.name.localeCompare(b.v.name, 'nl'))
    .slice(0, limit)
    .map((s) => s.v);
}

export interface ClusterValues {
  /** The cluster, or `null` for values whose cluster the text does not state. */
  readonly cluster: Cluster | null;
  readonly values: readonly Value[];
}

/**
 * The values grouped by cluster in the publication's cluster order; values
 * whose cluster the text does not give (weerbaarheid) come last, under
 * `cluster: null`, never in a guessed cluster.
 */
export async function valuesByCluster(): Promise<ClusterValues[]> {
  const [{ clusters }, { values }] = await Promise.all([loadClusters(), loadValues()]);
  const ordered = [...clusters].sort((a, b) => a.order - b.order);
  const groups: ClusterValues[] = ordered.map((cluster) => ({
    cluster,
    values: values.filter((v) => v.cluster === cluster.id),
  }));
  const unplaced = values.filter((v) => v.cluster === null);
  if (unplaced.length) groups.push({ cluster: null, values: unplaced });
  return groups;
}

/** All clusters in the publication's order. */
export async function allClusters(): Promise<readonly Cluster[]> {
  return [...(await loadClusters()).clusters].sort((a, b) => a.order - b.order);
}

/** The cluster with this id or name (case- and diacritics-insensitive). */
export async function getCluster(idOrName: string): Promise<Cluster | undefined> {
  const key = normalizeKey(idOrName);
  return (await loadClusters()).clusters.find((c) => c.id === key || normalizeKey(c.name) === key);
}
