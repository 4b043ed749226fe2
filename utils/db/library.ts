/**
 * The reader's library: saved articles, the documents they cite and what is known about them.
 * For extension pages and the background only (a content script would open the page's database).
 * Every operation is one IndexedDB transaction; a write either happens whole or not at all.
 */
import { openDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { RefDocument } from '../refs/types';
import { ChangeLog, logChange, readSearchState, writeSearchSnapshot, type LogTx, type SearchState } from './changes';
import { LibraryError, toLibraryError } from './errors';
import { clipSentences, defined, mergeDocument, withoutVoice } from './knowledge';
import {
  DB_NAME, DB_VERSION, citationIdOf, docIdOf,
  type ArticleRecord, type CitationRecord, type DocumentRecord, type LibrarySchema, type SearchSnapshotRecord,
} from './schema';
import { newestPage } from './newest-page';
import { runUpgrades } from './upgrades';

type Store = StoreNames<LibrarySchema>;
/** The stores the search index reads: a write to any of them is logged (./changes.ts). */
const CONTENT: readonly Store[] = ['articles', 'documents', 'citations'];
type Tx<S extends Store, M extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, S[], M>;
type DocumentsStore = IDBPObjectStore<LibrarySchema, Store[], 'documents', IDBTransactionMode>;

/** A transaction over every store, as Library.transaction hands it to bulk work (utils/library). */
export type LibraryTransaction<M extends IDBTransactionMode = IDBTransactionMode> = Tx<Store, M>;

export interface SaveInput {
  article: {
    url: string; title: string; site: string; author?: string; published?: string;
    lead?: string; text: string; lang?: string; tags?: string[];
  };
  documents: Array<{ doc: RefDocument; sentences: string[]; mentions: number }>;
}

export interface SaveResult {
  status: 'created' | 'updated';
  savedAt: string;
  updatedAt: string;
}

export interface SavedStatus {
  savedAt: string;
  updatedAt: string;
}

/** A document with the number of saved articles citing it. */
export interface KnownDocument {
  doc: DocumentRecord;
  citedIn: number;
}

/** An article without its text, for lists; `documents` = how many documents it cites. */
export type ArticleSummary = Omit<ArticleRecord, 'text'> & { documents: number };

export type CitationView = CitationRecord & { articleTitle: string; site: string; published?: string };

/** What deleteArticle removed, for restoreArticle (undo). `documents` as they were before the delete. */
export interface ArticleSnapshot {
  article: ArticleRecord;
  citations: CitationRecord[];
  documents: DocumentRecord[];
}

const byNewest = (a?: string, b?: string) => (b ?? '').localeCompare(a ?? '');

/**
 * The record id a RefDocument belongs to. With a term: `key@term` (`|organisation` for a local
 * document). Without one it joins the only record of that key and organisation, if there is exactly
 * one (it is that document as far as anyone can tell); with none or several it stays under its bare
 * key rather than guess a term.
 */
async function resolveDocId(documents: DocumentsStore, doc: RefDocument): Promise<string> {
  const exact = docIdOf(doc.key, doc.term, doc.locality);
  if (doc.term) return exact;
  // Of one organisation only: another province's document of this key is another document.
  const here = (await documents.index('byKey').getAll(doc.key)).filter((r) => (r.locality ?? '') === (doc.locality ?? ''));
  return here.length === 1 ? here[0].id : exact;
}

/**
 * After citations of `docIds` were removed: a document no saved article cites any more is kept only
 * if starred; the others get lastCited from the citations left. Returns the ids of the documents removed.
 */
function hasReaderFact(doc: DocumentRecord): boolean {
  return Object.values(doc.facts ?? {}).some((f) => f?.from === 'reader');
}

/**
 * Where the reader put this article's citations: a record whose term is the reader's (a term
 * correction, a split, a pick) keeps the article's citation of that key on a later save, whatever
 * term the article prints — by key and organisation.
 */
async function readerPlaced(tx: Tx<Store, 'readwrite'>, articleUrl: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const c of await tx.objectStore('citations').index('byArticle').getAll(articleUrl)) {
    const rec = await tx.objectStore('documents').get(c.docId);
    if (rec?.facts.term?.from === 'reader') out.set(`${rec.key}|${rec.locality ?? ''}`, rec.id);
  }
  return out;
}

/** The article no longer says anything of these documents: its agreement with their facts goes. */
async function takeVoice(tx: Tx<Store, 'readwrite'>, docIds: readonly string[], url: string): Promise<void> {
  const documents = tx.objectStore('documents');
  for (const id of new Set(docIds)) {
    const rec = await documents.get(id);
    if (rec) await documents.put(withoutVoice(rec, url));
  }
}

export async function settleDocuments(tx: Tx<Store, 'readwrite'>, docIds: Iterable<string>): Promise<string[]> {
  const documents = tx.objectStore('documents');
  const byDocument = tx.objectStore('citations').index('byDocument');
  const removed: string[] = [];
  for (const id of new Set(docIds)) {
    const doc = await documents.get(id);
    if (!doc) continue;
    const left = await byDocument.getAll(id);
    // A record the reader starred or corrected is theirs: it stays without citations.
    if (!left.length && !doc.starred && !hasReaderFact(doc)) {
      await documents.delete(id);
      removed.push(id);
      continue;
    }
    const lastCited = left.map((c) => c.savedAt).sort(byNewest)[0];
    if (lastCited === doc.lastCited) continue;
    if (lastCited) doc.lastCited = lastCited;
    else delete doc.lastCited;
    await documents.put(doc);
  }
  return removed;
}

export class Library {
  private closed = false;

  constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  /** True once closed, by close() or because a newer version needed the database: open a new Library. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Close the connection (also done when a newer version of the database needs to upgrade). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /**
   * Run `fn` in one transaction. Any failure, thrown before or at commit, aborts the transaction
   * (a synchronous throw from a request method would otherwise let the rest commit) and becomes a
   * LibraryError. `fn` may only await this transaction's requests.
   */
  private async run<S extends Store, M extends IDBTransactionMode, T>(stores: S[], mode: M, fn: (tx: Tx<S, M>, log: ChangeLog) => Promise<T>): Promise<T> {
    if (this.closed) throw new LibraryError('version', 'the connection was closed (a newer version of the database was opened); reload');
    const logged = mode === 'readwrite' && stores.some((s) => CONTENT.includes(s));
    let tx: Tx<S, M>;
    try {
      tx = this.db.transaction(logged ? [...stores, 'changes' as S, 'snapshots' as S] : stores, mode);
    } catch (e) {
      throw toLibraryError(e);
    }
    tx.done.catch(() => {}); // observed below; keeps an abort from surfacing as an unhandled rejection
    try {
      const log = new ChangeLog();
      const result = await fn(tx, log);
      const row = logged ? log.row() : null;
      // Still inside the transaction (only its requests were awaited): the write and its row commit together.
      if (row) await logChange(tx as unknown as LogTx, row);
      await tx.done;
      return result;
    } catch (e) {
      try { tx.abort(); } catch { /* already finished or aborted */ }
      throw toLibraryError(e);
    }
  }

  /**
   * Run `fn` in one transaction over the articles, documents and citations, for the bulk work of
   * utils/library (export, import, generated data) that the methods here do not cover. Same
   * guarantees: a failure aborts the whole transaction and becomes a LibraryError; `fn` may only
   * await this transaction's requests. A readwrite `fn` tells `log` what it changed; one that does
   * not makes the search index rebuild.
   */
  transaction<M extends IDBTransactionMode, T>(mode: M, fn: (tx: LibraryTransaction<M>, log: ChangeLog) => Promise<T>): Promise<T> {
    return this.run(['articles', 'documents', 'citations'], mode, fn);
  }

  /** The persisted search index and the changes it has not seen (see ./changes.ts). */
  searchState(after?: number): Promise<SearchState> {
    return this.run(['snapshots', 'changes'], 'readonly', (tx) => readSearchState(tx, after));
  }

  /** Persist the search index as of change `snapshot.seq`, unless a later one is stored (`replace`: the
   *  stored one did not fit); prunes the log. */
  saveSearchSnapshot(snapshot: SearchSnapshotRecord, replace = false): Promise<boolean> {
    return this.run(['snapshots', 'changes'], 'readwrite', (tx) => writeSearchSnapshot(tx, snapshot, replace));
  }

  /**
   * Save or update an article with the documents it cites, in one transaction: re-saving keeps
   * savedAt and the tags (unless new ones are given) and replaces the article's citations.
   * Concurrent saves of one URL are serialized by IndexedDB, so the second is an update.
   */
  saveArticle(input: SaveInput): Promise<SaveResult> {
    return this.run(['articles', 'documents', 'citations'], 'readwrite', async (tx, log) => {
      const { article: a } = input;
      log.article(a.url);
      log.documents();
      const now = new Date().toISOString();
      const articles = tx.objectStore('articles');
      const documents = tx.objectStore('documents');
      const citations = tx.objectStore('citations');

      const prev = await articles.get(a.url);
      const record: ArticleRecord = defined({
        url: a.url, title: a.title, site: a.site, author: a.author, published: a.published,
        savedAt: prev?.savedAt ?? now, updatedAt: now, lead: a.lead, text: a.text,
        tags: [...(a.tags ?? prev?.tags ?? [])], lang: a.lang,
      });
      await articles.put(record);

      const cited = new Map<string, CitationRecord>();
      const placed = await readerPlaced(tx, a.url);
      for (const { doc, sentences, mentions } of input.documents) {
        const id = placed.get(`${doc.key}|${doc.locality ?? ''}`) ?? await resolveDocId(documents, doc);
        await documents.put(mergeDocument(await documents.get(id), doc, id, { articleUrl: a.url, at: now }, true));
        // Two RefDocuments can land on one record (a termless one joining its key): one citation.
        const before = cited.get(id);
        cited.set(id, {
          id: citationIdOf(a.url, id), articleUrl: a.url, docId: id,
          mentions: (before?.mentions ?? 0) + mentions,
          sentences: clipSentences([...(before?.sentences ?? []), ...sentences]),
          savedAt: now,
        });
      }
      for (const c of cited.values()) await citations.put(c);

      const dropped = (await citations.index('byArticle').getAll(a.url)).filter((c) => !cited.has(c.docId));
      for (const c of dropped) await citations.delete(c.id);
      await takeVoice(tx, dropped.map((c) => c.docId), a.url);
      await settleDocuments(tx, dropped.map((c) => c.docId));

      return { status: prev ? 'updated' : 'created', savedAt: record.savedAt, updatedAt: now };
    });
  }

  savedStatus(url: string): Promise<SavedStatus | null> {
    return this.run(['articles'], 'readonly', async (tx) => {
      const a = await tx.objectStore('articles').get(url);
      return a ? { savedAt: a.savedAt, updatedAt: a.updatedAt } : null;
    });
  }

  /** Replace an article's tags (trimmed, deduplicated, at most 20 of 60 characters); false if not saved. */
  setTags(url: string, tags: readonly string[]): Promise<boolean> {
    const clean = [...new Set(tags.map((t) => t.trim().slice(0, 60)).filter(Boolean))].slice(0, 20);
    return this.run(['articles'], 'readwrite', async (tx, log) => {
      const store = tx.objectStore('articles');
      const a = await store.get(url);
      log.none(); // tags are not searched
      if (!a) return false;
      await store.put({ ...a, tags: clean });
      return true;
    });
  }

  getArticle(url: string): Promise<ArticleRecord | null> {
    return this.run(['articles'], 'readonly', async (tx) => (await tx.objectStore('articles').get(url)) ?? null);
  }

  /** Delete an article and its citations; returns what was removed (for undo), or null if not saved. */
  deleteArticle(url: string): Promise<ArticleSnapshot | null> {
    return this.run(['articles', 'documents', 'citations'], 'readwrite', async (tx, log) => {
      const article = await tx.objectStore('articles').get(url);
      log.none();
      if (!article) return null;
      log.article(url);
      log.documents();
      const citations = await tx.objectStore('citations').index('byArticle').getAll(url);
      const documents: DocumentRecord[] = [];
      for (const c of citations) {
        const d = await tx.objectStore('documents').get(c.docId);
        if (d) documents.push(d);
      }
      for (const c of citations) await tx.objectStore('citations').delete(c.id);
      await tx.objectStore('articles').delete(url);
      await takeVoice(tx, citations.map((c) => c.docId), url);
      await settleDocuments(tx, citations.map((c) => c.docId));
      return { article, citations, documents };
    });
  }

  /**
   * Undo a delete. Documents removed with the article come back as they were; documents still
   * present keep what was learned since. False (nothing changed) if the URL was saved again meanwhile.
   */
  restoreArticle(snapshot: ArticleSnapshot): Promise<boolean> {
    return this.run(['articles', 'documents', 'citations'], 'readwrite', async (tx, log) => {
      const articles = tx.objectStore('articles');
      log.none();
      if (await articles.get(snapshot.article.url)) return false;
      log.article(snapshot.article.url);
      log.documents();
      await articles.put(snapshot.article);
      for (const d of snapshot.documents) {
        if (!(await tx.objectStore('documents').get(d.id))) await tx.objectStore('documents').put(d);
      }
      for (const c of snapshot.citations) await tx.objectStore('citations').put(c);
      await settleDocuments(tx, snapshot.citations.map((c) => c.docId));
      return true;
    });
  }

  /**
   * What the library knows about the documents of these keys (those found on a page): every record
   * of each key (several when the key names documents of different terms), most cited first.
   * Keys the library does not know are absent from the map.
   */
  knowledge(keys: readonly string[]): Promise<Map<string, KnownDocument[]>> {
    return this.run(['documents', 'citations'], 'readonly', async (tx) => {
      const byKey = tx.objectStore('documents').index('byKey');
      const byDocument = tx.objectStore('citations').index('byDocument');
      const out = new Map<string, KnownDocument[]>();
      for (const key of new Set(keys)) {
        const docs = await byKey.getAll(key);
        if (!docs.length) continue;
        const known: KnownDocument[] = [];
        for (const doc of docs) known.push({ doc, citedIn: await byDocument.count(doc.id) });
        out.set(key, known.sort((a, b) => b.citedIn - a.citedIn || byNewest(a.doc.lastCited, b.doc.lastCited)));
      }
      return out;
    });
  }

  /**
   * Star or unstar a document, by record id or by a RefDocument from a page (which creates the
   * record when the library does not have it yet). Unstarring a document no saved article cites
   * removes it, as deleting its last article would. Returns the record, or null if none is left.
   */
  setStarred(target: string | RefDocument, starred: boolean): Promise<DocumentRecord | null> {
    return this.run(['articles', 'documents', 'citations'], 'readwrite', async (tx, log) => {
      log.documents();
      const documents = tx.objectStore('documents');
      const now = new Date().toISOString();
      const id = typeof target === 'string' ? target : await resolveDocId(documents, target);
      let doc = await documents.get(id);
      if (!doc) {
        if (typeof target === 'string' || !starred) return null;
        doc = mergeDocument(undefined, target, id, { at: now }, false);
      }
      doc.starred = starred;
      if (starred) doc.starredAt ??= now;
      else delete doc.starredAt;
      await documents.put(doc);
      if (!starred) {
        await settleDocuments(tx, [id]);
        return (await documents.get(id)) ?? null;
      }
      return doc;
    });
  }

  /** Saved articles, newest save first, without their text. */
  listArticles(options: { site?: string; limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const { site, limit = Infinity, offset = 0 } = options;
    return this.run(['articles', 'citations'], 'readonly', async (tx) => {
      const articles = tx.objectStore('articles');
      let page: ArticleRecord[] = [];
      if (site !== undefined) {
        const all = await articles.index('bySite').getAll(site);
        page = all.sort((a, b) => byNewest(a.savedAt, b.savedAt)).slice(offset, offset + limit);
      } else if (limit > 0) {
        page = await newestPage(articles.index('bySavedAt'), offset, limit);
      }
      const byArticle = tx.objectStore('citations').index('byArticle');
      // Asked all at once: one round trip for the page, not one per article.
      const counts = await Promise.all(page.map((a) => byArticle.count(a.url)));
      return page.map(({ text: _text, ...rest }, i) => ({ ...rest, documents: counts[i] }));
    });
  }

  /** How many articles the library holds. */
  countArticles(): Promise<number> {
    // Through an index of small keys: counting the store itself reads every article's record (Chromium).
    return this.run(['articles'], 'readonly', (tx) => tx.objectStore('articles').index('bySavedAt').count());
  }

  /**
   * Documents in the library with their citation counts, most recently cited first. Counting reads
   * the citations index once per document: `counts: false` skips it (citedIn is then -1), for a
   * list that must appear at once and gets its counts a moment later.
   */
  listDocuments(filter: { type?: string; party?: boolean; starred?: boolean; counts?: boolean } = {}): Promise<KnownDocument[]> {
    const { type, party, starred, counts = true } = filter;
    return this.run(['documents', 'citations'], 'readonly', async (tx) => {
      const documents = tx.objectStore('documents');
      // The narrowest index first; the other filters apply in memory.
      const docs = starred ? await documents.index('byStarred').getAll()
        : type !== undefined ? await documents.index('byType').getAll(type)
          : party !== undefined ? await documents.index('byParty').getAll(party ? 1 : 0)
            : await documents.getAll();
      const byDocument = tx.objectStore('citations').index('byDocument');
      const out: KnownDocument[] = [];
      for (const doc of docs) {
        if ((type !== undefined && doc.type !== type) || (party !== undefined && doc.party !== party) ||
          (starred !== undefined && doc.starred !== starred)) continue;
        out.push({ doc, citedIn: counts ? await byDocument.count(doc.id) : -1 });
      }
      return out.sort((a, b) => byNewest(a.doc.lastCited ?? a.doc.firstSeen, b.doc.lastCited ?? b.doc.firstSeen) || a.doc.id.localeCompare(b.doc.id));
    });
  }

  /** The citations of a document with their articles' titles, most recent first. */
  citationsOf(docId: string): Promise<CitationView[]> {
    return this.run(['articles', 'citations'], 'readonly', async (tx) => {
      const citations = await tx.objectStore('citations').index('byDocument').getAll(docId);
      const out: CitationView[] = [];
      for (const c of citations) {
        const a = await tx.objectStore('articles').get(c.articleUrl);
        if (a) out.push(defined({ ...c, articleTitle: a.title, site: a.site, published: a.published }));
      }
      return out.sort((a, b) => byNewest(a.savedAt, b.savedAt));
    });
  }
}

/**
 * Open (creating or upgrading) the library. When an older connection elsewhere will not let the
 * upgrade run: calls `onBlocked` and keeps waiting if given, else rejects with LibraryError kind
 * 'blocked'. Rejects with 'version' when the stored database is newer than
 * this code or the upgrade failed ('quota' if it failed for space).
 */
export function openLibrary(name: string = DB_NAME, onBlocked?: () => void): Promise<Library> {
  return new Promise((resolve, reject) => {
    let library: Library | undefined;
    let upgradeError: unknown;
    let gaveUp = false;
    openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        tx.done.catch(() => {}); // an aborted upgrade is reported through openDB's rejection
        runUpgrades(db, oldVersion, tx).catch((e) => {
          upgradeError = e;
          try { tx.abort(); } catch { /* already aborted */ }
        });
      },
      blocked() {
        // With onBlocked the open stays queued and completes once the older connection closes
        // (LibraryConnection tells waiting callers meanwhile); without it the caller gives up.
        if (onBlocked) return onBlocked();
        gaveUp = true;
        reject(new LibraryError('blocked'));
      },
      // A newer version (the extension was updated) wants to upgrade: step aside rather than block it.
      blocking() { library?.close(); },
      terminated() { library?.close(); },
    }).then(
      (db) => {
        if (gaveUp) db.close(); // the caller was already told it is blocked: do not leak the connection
        else resolve((library = new Library(db)));
      },
      (e) => reject(toLibraryError(upgradeError ?? e, 'version')),
    );
  });
}
