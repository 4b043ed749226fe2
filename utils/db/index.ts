/** The library's storage (IndexedDB through idb), for extension pages and the background only. */
export { openLibrary, Library, settleDocuments } from './library';
export { LibraryConnection, within } from './connection';
export type {
  LibraryTransaction, SaveInput, SaveResult, SavedStatus, KnownDocument, ArticleSummary, CitationView, ArticleSnapshot,
} from './library';
export { LibraryError, toLibraryError, type LibraryErrorKind } from './errors';
export {
  DB_NAME, DB_VERSION, FACT_FIELDS, MAX_SENTENCES, MAX_SENTENCE_LENGTH, docIdOf, citationIdOf,
  type ArticleRecord, type DocumentRecord, type CitationRecord, type Fact, type FactField,
  type LibrarySchema, type SchemaV1, type DocumentRecordV1,
} from './schema';
export { createV1 } from './upgrades';
export { mergeRecords } from './knowledge';
