/**
 * The typed data API: the only way widgets read the corpus. Every function
 * loads just the data files it needs (lazy chunks) and caches them.
 */
export type {
  Action,
  AgendaLoadRow,
  AgendaLoadTable,
  AssociationId,
  BoundarySpannerRole,
  Card,
  CardAudienceId,
  CardThemeId,
  CivilServantDilemma,
  CivilServantType,
  Cluster,
  ClusterId,
  CraftFile,
  CraftGeneration,
  CraftLevel,
  CraftTopicId,
  DilemmaId,
  Offering,
  OfferingFeedInfo,
  OfferingFormat,
  ProfessionalisationLevel,
  Provenance,
  Provider,
  ReflectionQuestion,
  ReflectionQuestionId,
  SecretaryAttentionCategory,
  QuickScanFile,
  QuickScanItem,
  QuickScanLevelItem,
  QuickScanQuotedText,
  QuickScanValueItem,
  Role,
  RoleId,
  Source,
  SourceDocument,
  SourceId,
  Trend,
  TrendId,
  Value,
  ValueId,
} from './generated/types.js';
export { normalizeKey, foldText } from './normalize.js';
export { allValues, getValue, suggestValues, valuesByCluster, allClusters, getCluster } from './values.js';
export type { ClusterValues } from './values.js';
export { allRoles, getRole, prioritiesFor, rolesPrioritising, actionsFor, governmentActions } from './roles.js';
export type { ActionFilter } from './roles.js';
export { getSource, allSources, resolveCitation, getTrend, allTrends } from './sources.js';
export type { Citation } from './sources.js';
export {
  findOfferings,
  corpusOfferings,
  corpusProviders,
  mergeOfferings,
  matchesFacets,
  FACETS,
  facetValues,
  professionalisationLevels,
  craft,
} from './offerings.js';
export type { OfferingFilters, OfferingFacet, OfferingMode, OfferingCostKind } from './offerings.js';
export {
  conversationCards,
  cardMatches,
  cardTheme,
  cardAudience,
  secretaryCraft,
  CARD_THEMES,
  CARD_GROUPS,
  DRIEHOEK,
} from './cards.js';
export type {
  DeckCard,
  DeckCardKind,
  ReflectionDeckCard,
  DilemmaDeckCard,
  ValueTensionDeckCard,
  CardFilter,
  CraftTopic,
  SecretaryCraft,
} from './cards.js';
export { quickScanBank, quickScanItems, selectScanItems, scannableValues, SCAN_LEVELS } from './quick-scan.js';
export type { ScanSelection } from './quick-scan.js';
export { loadOfferingsFeed, checkFeed } from './feed.js';
export {
  preloadData,
  loadSources as sourcesFile,
  loadClusters as clustersFile,
  loadValues as valuesFile,
  loadRoles as rolesFile,
  loadActions as actionsFile,
  loadTrends as trendsFile,
  loadProviders as providersFile,
  loadCards as cardsFile,
} from './load.js';
export type { FeedResult, FeedError, FeedErrorCode, FeedOptions, RejectedRecord, FeedRecordProblem } from './feed.js';
