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
  OfferingAudience,
  OfferingFeedInfo,
  OfferingFormat,
  OfferingSession,
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
  SessionDateTime,
  SessionPlace,
  SessionRegistration,
  SessionStatus,
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
  offeringSearch,
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
export { loadOfferingsFeed, checkFeed, detectFeedFormat, decodeFeed, publishedFeed, MAX_FEED_BYTES, FEED_FORMATS } from './feed.js';
export { loadFeed, readFeed } from './feed-formats.js';
export { loadFeeds, parseFeedSpecs } from './feeds.js';
export { parseFeedList, mergeSources, pageKey } from './merge.js';
export type { FeedSpec, MergedOffer, LoadedFeed, LoadFeedsOptions } from './feeds.js';
export type { OfferOrigin, DuplicateOffer } from './merge.js';
export {
  timedSessions,
  upcomingSessions,
  pastSessions,
  nextSession,
  laterCount,
  allSessionsPast,
  sessionSummary,
  WHEN_BUCKETS,
  matchesWhen,
  whenCounts,
  cityKey,
  whereKeys,
  matchesWhere,
  whereOptions,
  byNextSession,
} from './sessions.js';
export type { TimedSession, SessionSummary, WhenBucket, WhereOption } from './sessions.js';
export { formatMoment, formatSessionDate, formatSessionWhen, formatPlace } from './session-format.js';
export { registrationLink, registrationOpen } from './registration.js';
export type { RegistrationLink } from './registration.js';
export { ZONE, readSessionDate } from './time.js';
export type { SessionMoment } from './time.js';
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
export type {
  FeedResult,
  FeedError,
  FeedErrorCode,
  FeedOptions,
  RejectedRecord,
  FeedRecordProblem,
  FeedReport,
  FeedFailure,
  FeedFailureCode,
  FeedFormat,
  FeedDefaults,
  FeedRecordReport,
  ConversionNote,
  ReadFeedOptions,
} from './feed.js';
export type { CalendarFile, CalendarOptions } from './calendar.js';
