/**
 * Lazy loading of the data files. Each file is its own chunk in every build
 * (rollup and Vite split on dynamic import; the single-file script inlines
 * them), so a widget downloads only the files it asks for, once per page.
 */
import type {
  ActionsFile,
  CardsFile,
  ClustersFile,
  CraftFile,
  OfferingsFile,
  ProvidersFile,
  QuickScanFile,
  RolesFile,
  SourcesFile,
  TrendsFile,
  ValuesFile,
} from './generated/types.js';

type Loader<T> = () => Promise<T>;

function once<T>(load: () => Promise<{ default: unknown }>): Loader<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load().then((m) => m.default as T));
}

export const loadSources = once<SourcesFile>(() => import('../../data/sources.json'));
export const loadClusters = once<ClustersFile>(() => import('../../data/clusters.json'));
export const loadValues = once<ValuesFile>(() => import('../../data/values.json'));
export const loadRoles = once<RolesFile>(() => import('../../data/roles.json'));
export const loadActions = once<ActionsFile>(() => import('../../data/actions.json'));
export const loadTrends = once<TrendsFile>(() => import('../../data/trends.json'));
export const loadProviders = once<ProvidersFile>(() => import('../../data/providers.json'));
export const loadOfferings = once<OfferingsFile>(() => import('../../data/offerings.json'));
export const loadCraft = once<CraftFile>(() => import('../../data/craft.json'));
export const loadCards = once<CardsFile>(() => import('../../data/cards.json'));
export const loadQuickScan = once<QuickScanFile>(() => import('../../data/quick-scan.json'));

/** A data file, as `preloadData` takes it: one of the loaders above. */
export type DataFile = () => Promise<unknown>;

/**
 * Starts loading these files now, all at once, so a widget that will need
 * them in steps (the value, then its actions) waits for one round trip
 * instead of several. Failures are left for the real call to report.
 *
 * It takes the loaders themselves, not names: a table from names to loaders
 * would put every data file into every single-file script, since the bundler
 * cannot tell which names are used.
 */
export function preloadData(...files: readonly DataFile[]): void {
  for (const file of files) file().catch(() => undefined);
}
