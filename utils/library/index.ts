/** The options page's data layer over the library (utils/db): search, export, import, generated data. */
export {
  createSearchIndex,
  type SearchIndex, type SearchFilters, type SearchOptions, type SearchResult, type SearchStats, type FilterValues,
  type SearchHit, type SearchField, type SentenceMatch, type Snippet, type Span, type QueryWord,
} from './search';
export {
  exportJson, exportCsv, exportCslJson, backupOf, cslItem, csvField, toCsv,
  BACKUP_FORMAT, BACKUP_VERSION, ARTICLE_COLUMNS, DOCUMENT_COLUMNS,
  type LibraryBackup, type CslItem, type CslDate,
} from './export';
export {
  importJson, importBackup, parseBackup, ImportError, IMPORT_LIMITS,
  type ImportErrorReason, type ImportResult, type MergeCounts,
} from './import';
export { generateLibrary, type GenerateOptions, type GenerateResult } from './generate';
