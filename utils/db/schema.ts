/**
 * The library's IndexedDB schema: record types of every version and the idb DBSchema types.
 * Version history (steps in ./upgrades.ts):
 *   1 — first release: articles, documents (with the engine's bare `sources` tags), citations.
 *   2 — documents carry a provenance map `facts` (which article or catalog entry a fact came from,
 *       so knowledge learned from saved articles can be told apart from, and preferred to, the
 *       bundled catalog), can be starred, and gain the byType and byStarred indexes.
 *   3 — a local document's identity includes its party organisation (`locality`): records that
 *       folded two provinces' "NQ-ĐHĐB-XX" are split by the province of the papers citing them;
 *       facts can be the reader's own corrections (`from: 'reader'`), and an article's fact
 *       counts the other saved articles that printed the same (`also`).
 * Records are only ever added to a version's shape; old versions' types stay here for the upgrades.
 */
import type { DBSchema } from 'idb';

export const DB_NAME = 'vankien';
export const DB_VERSION = 4;

/** The document fields an article or the catalog can state, each with its provenance. */
export type FactField = 'body' | 'term' | 'date' | 'title';
export const FACT_FIELDS: readonly FactField[] = ['body', 'term', 'date', 'title'];

/** Where the library learned a fact. */
export type Fact =
  /** Printed in an article. `articleUrl` is absent when the page was never saved (a document
   *  starred from an unsaved page) or, for records upgraded from version 1, no citing article was left. */
  | {
    from: 'article'; articleUrl?: string; at: string;
    /** Other saved articles that printed the same value (at most MAX_AGREEING): agreement ranks it higher. */
    also?: string[];
  }
  /** From the catalog bundled with the extension: its source URL and confidence. */
  | { from: 'catalog'; source: string; confidence: 'high' | 'medium' }
  /** The reader's own correction; `was` is what it replaced (absent value: the field was empty), for undo. */
  | { from: 'reader'; at: string; was?: { value?: string; fact?: Fact } };

/** How many agreeing articles a fact lists: beyond a few, more agreement changes nothing. */
export const MAX_AGREEING = 20;

/** How many corrections of one field can be undone in turn (a backup's nesting limit allows 5). */
export const MAX_UNDO = 5;

export interface ArticleRecord {
  /** Canonical URL (link[rel=canonical] → og:url → page URL, without tracking parameters). */
  url: string;
  title: string;
  site: string;
  author?: string;
  /** ISO date or date-time. */
  published?: string;
  /** ISO date-times: first save, last save. */
  savedAt: string;
  updatedAt: string;
  lead?: string;
  /** The article's readable text, kept for search. */
  text: string;
  tags: string[];
  lang?: string;
}

interface DocumentBase {
  /** `key@term` when the term is known, else `key` (see docIdOf). */
  id: string;
  key: string;
  party: boolean;
  /** IndexedDB cannot index booleans: `party` mirrored as 0/1 for the byParty index. */
  partyFlag: 0 | 1;
  type: string;
  typeName: string;
  number?: string;
  issuer?: string;
  body?: string;
  term?: string;
  date?: string;
  title?: string;
  plenum?: number;
  /** A local document's party organisation ("Đảng bộ tỉnh Nghệ An"): part of its identity. Version 3. */
  locality?: string;
  firstSeen: string;
}

export interface DocumentRecordV1 extends DocumentBase {
  /** The engine's tags, as RefDocument.sources: which fields came from the text or the catalog. */
  sources: Partial<Record<FactField, 'text' | 'catalog'>>;
  /** The catalog entry the catalog facts came from. */
  catalogSource?: { source: string; confidence: 'high' | 'medium' };
  lastCited: string;
}

export interface DocumentRecord extends DocumentBase {
  facts: Partial<Record<FactField, Fact>>;
  starred: boolean;
  /** Set only while starred: the byStarred index is sparse (only starred documents, in starring order),
   *  which a boolean could not give (booleans are not IndexedDB keys). */
  starredAt?: string;
  /** When a saved article last cited it; absent when no saved article cites it (starred only). */
  lastCited?: string;
}

export interface CitationRecord {
  /** `${articleUrl}|${docId}`: one record per article and document, so re-saves cannot duplicate. */
  id: string;
  articleUrl: string;
  docId: string;
  /** Number of mentions in the article. */
  mentions: number;
  /** Sentences around the mentions: at most MAX_SENTENCES, each at most MAX_SENTENCE_LENGTH. */
  sentences: string[];
  savedAt: string;
}

export const MAX_SENTENCES = 5;
export const MAX_SENTENCE_LENGTH = 400;

interface ArticlesStore {
  key: string;
  value: ArticleRecord;
  indexes: { bySite: string; bySavedAt: string; byPublished: string };
}

interface CitationsStore {
  key: string;
  value: CitationRecord;
  indexes: { byDocument: string; byArticle: string };
}

export interface SchemaV1 extends DBSchema {
  articles: ArticlesStore;
  documents: {
    key: string;
    value: DocumentRecordV1;
    indexes: { byKey: string; byParty: number; byLastCited: string };
  };
  citations: CitationsStore;
}

/**
 * One write of the library, as the search index needs to hear of it (version 4): written in the
 * same transaction as the write itself, so the persisted index can never miss one. `all`: the write
 * did not say what it changed (the index is rebuilt).
 */
export interface ChangeRecord {
  /** Key generator: the order of writes. */
  seq?: number;
  /** Articles whose record or citations changed (saved, re-saved, deleted, restored, imported). */
  urls?: string[];
  /** Documents' facts or ids changed (corrections, stars, a save creating a record). */
  docs?: true;
  all?: true;
}

/**
 * The search index as last persisted (version 4), with the last change it includes: opening the
 * options page loads it and applies the changes after `seq`, instead of reading every article.
 * `data` is checked by utils/library/snapshot.ts before use (a bad one is rebuilt, never trusted).
 */
export interface SearchSnapshotRecord {
  id: 'search';
  format: number;
  /** Every change up to this one is in the index. */
  seq: number;
  savedAt: string;
  data: unknown;
}

/** Changes up to `seq` were deleted from the log (kept apart from the snapshot: read on every sync). */
export interface PrunedRecord {
  id: 'pruned';
  seq: number;
}

export interface LibrarySchema extends DBSchema {
  articles: ArticlesStore;
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: { byKey: string; byType: string; byParty: number; byLastCited: string; byStarred: string };
  };
  citations: CitationsStore;
  changes: { key: number; value: ChangeRecord };
  snapshots: { key: string; value: SearchSnapshotRecord | PrunedRecord };
}

/**
 * A document's identity: numbers restart every term, so 18-NQ/TW of term XII and of XIII are two
 * documents; and two provinces' "NQ-ĐHĐB-XX" are two documents: `key[@term][|locality]`.
 */
export function docIdOf(key: string, term?: string, locality?: string): string {
  return `${key}${term ? `@${term}` : ''}${locality ? `|${locality}` : ''}`;
}

/** The key a record id starts with (what docIdOf was given), for links that carry an id. */
export function keyOfDocId(id: string): string {
  return id.split('|')[0].split('@')[0];
}

export function citationIdOf(articleUrl: string, docId: string): string {
  return `${articleUrl}|${docId}`;
}
