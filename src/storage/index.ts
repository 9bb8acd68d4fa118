/** Public API of Margin's storage layer. */
export {
  clearAll,
  createAnnotationRepository,
  deleteAnnotation,
  ensureSchema,
  estimateUsage,
  getAnnotation,
  listAllAnnotations,
  listAnnotations,
  listOverview,
  putAnnotation,
  putAnnotations,
  rebuildSummaries,
  refreshSummaries,
  replaceAnnotation,
  requestPersistence,
  SCHEMA_VERSION,
  type AnnotationRepository,
  type NotesOverview,
  type PersistenceResult,
  type PutOptions,
  type ReadResult,
  type RepositoryOptions,
  type SchemaReport,
  type StoredRecord,
  type UnreadableRecord,
  type UsageEstimate,
} from './annotations';
export {
  announceChange,
  CHANNEL_NAME,
  createChangeChannel,
  onRemoteChange,
  type AnnotationChange,
  type ChangeChannel,
  type ChangeKind,
} from './channel';
export {
  allAnnotationsKeyRange,
  ANNOTATION_KEY_PREFIX,
  annotationKey,
  annotationStore,
  articleKeyPrefix,
  articleKeyRange,
  parseAnnotationKey,
  prefsStore,
  SCHEMA_KEY,
} from './db';
export { staleSummaries, summarize, type ArticleSummary } from './summaries';
export { isStorageError, STORAGE_ERROR_MESSAGES, StorageError, toStorageError, type StorageErrorKind } from './errors';
export { deletePreference, getPreference, setPreference } from './prefs';
