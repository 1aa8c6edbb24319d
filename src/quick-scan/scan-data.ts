/**
 * Everything the scan shows, loaded at once when the element connects, so
 * that no request is made while a person answers (see the privacy test).
 */
import {
  actionsFor,
  allRoles,
  allSources,
  allValues,
  corpusOfferings,
  corpusProviders,
  professionalisationLevels,
  quickScanBank,
  valuesByCluster,
  type Action,
  type ClusterValues,
  type CraftLevel,
  type Offering,
  type Provider,
  type QuickScanFile,
  type Role,
  type SourceDocument,
  type Value,
  type ValueId,
} from '../data/index.js';
import { documentMap } from '../shared/citation.js';

export interface ScanData {
  readonly bank: QuickScanFile;
  readonly roles: readonly Role[];
  readonly values: ReadonlyMap<ValueId, Value>;
  /** The 39 value ids in the publication's order (the result code's value alphabet). */
  readonly valueIds: readonly ValueId[];
  readonly valueGroups: readonly ClusterValues[];
  readonly actions: readonly Action[];
  readonly offerings: readonly Offering[];
  readonly providers: ReadonlyMap<string, Provider>;
  readonly levels: readonly CraftLevel[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export async function loadScanData(): Promise<ScanData> {
  const [bank, roles, values, valueGroups, actions, offerings, providers, levels, sources] = await Promise.all([
    quickScanBank(),
    allRoles(),
    allValues(),
    valuesByCluster(),
    actionsFor(),
    corpusOfferings(),
    corpusProviders(),
    professionalisationLevels(),
    allSources(),
  ]);
  return {
    bank,
    roles,
    values: new Map(values.map((v) => [v.id, v])),
    valueIds: values.map((v) => v.id),
    valueGroups,
    actions,
    offerings,
    providers: new Map(providers.map((p) => [p.id, p])),
    levels,
    documents: documentMap(sources),
  };
}
