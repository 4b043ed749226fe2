/** The library's storage (IndexedDB through idb), for extension pages and the background only. */
export { openLibrary, Library, settleDocuments } from './library';
export { LibraryConnection, within } from './connection';
export { latestCitingDates } from './citing-dates';
export { correctDocument, undoCorrection, mergeDocuments, splitDocument, type CorrectionResult } from './corrections';
export type {
  LibraryTransaction, SaveInput, SaveResult, SavedStatus, KnownDocument, ArticleSummary, CitationView, ArticleSnapshot,
} from './library';
export { LibraryError, toLibraryError, type LibraryErrorKind } from './errors';
export {
  DB_NAME, DB_VERSION, FACT_FIELDS, MAX_SENTENCES, MAX_SENTENCE_LENGTH, docIdOf, keyOfDocId, citationIdOf, MAX_UNDO, MAX_AGREEING,
  type ArticleRecord, type DocumentRecord, type CitationRecord, type Fact, type FactField,
  type LibrarySchema, type SchemaV1, type DocumentRecordV1, type ChangeRecord, type SearchSnapshotRecord,
} from './schema';
export { ChangeLog, MAX_LOGGED_URLS, type SearchState } from './changes';
export { createV1, runUpgrades, splitByProvince } from './upgrades';
export {
  mergeRecords, sameFact, agreeing, checkCorrection, correctRecord, undoRecord, undoDepth, CORRECTABLE,
} from './knowledge';
