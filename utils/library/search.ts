/**
 * Search over the library for the options page: one query over titles, leads, texts and citation
 * sentences, folded (case, diacritics, đ = d), every word required, with filters on the cited
 * documents and the site. Ranking and filtering run in memory over the corpus (./corpus.ts); only
 * the page of results shown is read back from the database, for highlights and snippets.
 *
 * The corpus is persisted: opening loads the last snapshot and applies the library's log of changes
 * since (utils/db/changes.ts, written in the same transaction as each change), so a large library is
 * not read again on every visit. No snapshot, a bad one, or a change the log cannot describe: rebuilt.
 */
import type { ChangeRecord, Library } from '../db';
import { Corpus } from './corpus';
import { filterOf, filterValuesOf, type FilterValues, type SearchFilters } from './filters';
import { buildHit, type SearchField, type SearchHit } from './hits';
import { LEAD, SENTENCE, TEXT, TITLE } from './postings';
import { parseQuery, queryPairs, type QueryWord } from './text';
import { documentInQuery, keyMatches } from './doc-query';
import { cmp, rank, rankWithDocument, type SearchStats } from './rank';
import { fromSnapshot, packSnapshot, readsFormat, SNAPSHOT_FORMAT, toSnapshot, unpackSnapshot } from './snapshot';

export type { SearchField, SearchHit, SentenceMatch, Snippet } from './hits';
export type { Span, QueryWord } from './text';
export type { SearchFilters, FilterValues } from './filters';
export type { SearchStats } from './rank';

export interface SearchOptions {
  /** Default 20. */
  limit?: number;
  offset?: number;
}


export interface SearchResult {
  /** Articles matching, in all pages. */
  total: number;
  hits: SearchHit[];
  query: QueryWord[];
  stats: SearchStats;
}

export interface SearchIndex {
  /**
   * Ranked articles: a word found in a title weighs most, then in a citation sentence, a lead, a
   * text; all words in the title add more; the words as a phrase in any field add most (a phrase in
   * the text outranks the words scattered over a title); ties go to the newest save. An empty
   * query lists every article passing the filters, newest first.
   */
  search(query: string, filters?: SearchFilters, options?: SearchOptions): Promise<SearchResult>;
  /** Re-read an article after it was saved, re-saved, deleted or restored (anywhere). */
  articleChanged(url: string): Promise<void>;
  /** Re-read the documents' facts, after starring or unstarring. */
  documentsChanged(): Promise<void>;
  /** Catch up with the library's log of changes (saves elsewhere, imports, corrections). */
  sync(): Promise<void>;
  /** Rebuild everything from the database. */
  refresh(): Promise<void>;
  /** Write the index to the database now (it is also written a little after it changes). */
  persist(): Promise<void>;
  /** How the index was made ready when opened, for benchmarks and tests. */
  readonly openedFrom: 'snapshot' | 'rebuild';
  /** Settles once the index opened from a snapshot was checked against the library (and rebuilt if it missed a write). */
  readonly verifying: Promise<void>;
  /** Stop the pending write. */
  destroy(): void;
  filterValues(): FilterValues;
  /** Articles indexed. */
  readonly size: number;
  /** For benchmarks: words and word pairs known, postings kept and the bytes they take. */
  readonly memory: { vocabulary: number; postings: number; postingBytes: number };
}

const MAX_QUERY_WORDS = 12;
const READ_CHUNK = 500;
/** Changes are written to the database this long after the last one (a burst of saves, one write). */
const PERSIST_DELAY = 2000;
/** After a rebuild (the costly part), once the first search has had the page to itself. */
const REBUILT_PERSIST_DELAY = 400;
/** The first search this soon after the index opened does not read the log again (it was read as
 *  the index opened); a change from elsewhere meanwhile still arrives by 'library-changed'. */
const FRESH_MS = 100;
/** An index opened from a snapshot is checked against the library this long after. */
const VERIFY_AFTER = 5000;

export interface IndexOptions {
  /** ms before the check of an index opened from a snapshot (default VERIFY_AFTER). */
  verifyAfterMs?: number;
}
const FIELD_NAMES: Array<[number, SearchField]> = [[TITLE, 'title'], [LEAD, 'lead'], [SENTENCE, 'sentence'], [TEXT, 'text']];

class Index implements SearchIndex {
  private corpus = new Corpus();
  /** The last logged change the corpus includes. */
  private seq = 0;
  /** Whether the corpus holds changes the stored snapshot does not. */
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;
  openedFrom: 'snapshot' | 'rebuild' = 'rebuild';
  /** The check that follows opening from a snapshot (tests wait for it). */
  verifying: Promise<void> = Promise.resolve();
  /** Updates run one after another, so a rebuild and an article's update cannot interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  /** While a rebuild reads every article (seconds at 10 000), searches answer from the index as is. */
  private rebuilding = false;
  private destroyed = false;
  /** The stored snapshot did not fit: the next one written replaces it whatever its change. */
  private badStored = false;
  /** Until when (performance.now()) the first search may skip reading the log: see FRESH_MS. */
  private freshUntil = 0;

  constructor(private readonly library: Library, private readonly options: IndexOptions = {}) {}

  /** Load the snapshot and the changes since, or rebuild. */
  open(): Promise<void> {
    return this.serial(() => this.load());
  }

  private async load(): Promise<void> {
    const state = await this.library.searchState();
    const snap = readsFormat(state.snapshot?.format) ? fromSnapshot(await unpackSnapshot(state.snapshot!.data).catch(() => null)) : null;
    // Rows it needs pruned (the log outgrew it; utils/db/changes.ts) or a change the log cannot describe.
    if (!snap || state.changes.some((c) => c.all) || state.pruned > state.snapshot!.seq) {
      if (state.snapshot && !snap) {
        console.warn('VanKien: the stored search index did not fit; rebuilding it');
        this.badStored = true;
      }
      return this.rebuild(state.last);
    }
    this.corpus = snap;
    this.seq = state.snapshot!.seq;
    await this.apply(state.changes, state.last);
    // An older format read: written again in this one a little later.
    if (state.snapshot!.format !== SNAPSHOT_FORMAT) this.changed();
    this.openedFrom = 'snapshot';
    this.freshUntil = performance.now() + FRESH_MS;
    this.scheduleVerify();
  }

  /**
   * Counting the articles takes IndexedDB a quarter of a second at 10 000, and holds up the reads of
   * the first search meanwhile: an index opened from a snapshot is checked once the page has settled.
   */
  private scheduleVerify(): void {
    clearTimeout(this.verifyTimer);
    if (this.destroyed) return;
    this.verifying = new Promise<void>((done) => {
      this.verifyTimer = setTimeout(() => {
        void this.serial(() => this.verify()).catch((e) => console.warn('VanKien: could not check the search index', e)).finally(done);
      }, this.options.verifyAfterMs ?? VERIFY_AFTER);
    });
  }

  /**
   * A write that went around the log (another version of the code, a hand edit) shows in the count:
   * rebuild. The log is applied first, and a write landing during the count leaves the verdict open.
   */
  private async verify(): Promise<void> {
    await this.catchUp();
    const seq = this.seq;
    const count = await this.library.countArticles();
    if ((await this.library.searchState(seq)).last !== seq) return;
    if (count === this.corpus.size) return;
    console.warn(`VanKien: the stored search index has ${this.corpus.size} articles, the library ${count}; rebuilding it`);
    await this.rebuild(await this.lastChange());
  }

  /** The last change logged so far. */
  private async lastChange(): Promise<number> {
    return (await this.library.searchState(Number.MAX_SAFE_INTEGER)).last;
  }

  /** Re-read what `changes` name; the corpus then includes every change up to `last`. */
  private async apply(changes: readonly ChangeRecord[], last: number): Promise<void> {
    if (changes.some((c) => c.docs)) await this.readDocuments();
    const urls = new Set(changes.flatMap((c) => c.urls ?? []));
    for (const url of urls) await this.readArticle(url);
    if (urls.size || changes.some((c) => c.docs)) this.changed();
    this.seq = last;
  }

  /** `delay`: a rebuild is stored sooner than an update, so a page closed right after its first search keeps it. */
  private changed(delay = PERSIST_DELAY): void {
    this.dirty = true;
    clearTimeout(this.timer);
    if (this.destroyed) return;
    this.timer = setTimeout(() => { void this.persist().catch((e) => console.warn('VanKien: could not store the search index', e)); }, delay);
  }

  persist(): Promise<void> {
    clearTimeout(this.timer);
    return this.serial(async () => {
      if (!this.dirty) return;
      const data = packSnapshot(toSnapshot(this.corpus));
      await this.library.saveSearchSnapshot({ id: 'search', format: SNAPSHOT_FORMAT, seq: this.seq, savedAt: new Date().toISOString(), data }, this.badStored);
      this.dirty = false;
      this.badStored = false;
      // For the browser tests and bench:options: when the next visit can open it from the database.
      globalThis.performance?.mark?.('vankien:index-stored');
    });
  }

  sync(): Promise<void> {
    return this.serial(() => this.catchUp());
  }

  private async catchUp(): Promise<void> {
    const state = await this.library.searchState(this.seq);
    // The log this index would need was pruned by another page's snapshot (which has it all).
    if (state.pruned > this.seq || state.changes.some((c) => c.all)) return this.load();
    await this.apply(state.changes, state.last);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    clearTimeout(this.verifyTimer);
  }

  get size(): number {
    return this.corpus.size;
  }

  get memory() {
    const { postings: p, pairs } = this.corpus;
    return { vocabulary: p.vocabulary + pairs.vocabulary, postings: p.size + pairs.size, postingBytes: p.bytes + pairs.bytes };
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => {});
    return run;
  }

  refresh(): Promise<void> {
    return this.serial(async () => this.rebuild(await this.lastChange()));
  }

  /** Read every article; `seq`: the last change logged before the reading began (later ones are applied on the next sync). */
  private async rebuild(seq: number): Promise<void> {
    this.rebuilding = true;
    try {
      await this.readAll(seq);
    } finally {
      this.rebuilding = false;
    }
  }

  /**
   * Read the library in chunks of articles, one transaction each, yielding between them so the page
   * can go on while a large library is indexed. Changes made meanwhile come later from the log.
   */
  private async readAll(seq: number): Promise<void> {
    const next = new Corpus();
    for (const d of await this.allDocuments()) next.putDocument(d);
    let after: string | undefined;
    for (let more = true; more;) {
      more = await this.library.transaction('readonly', async (tx) => {
        const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
        const chunk = await tx.objectStore('articles').getAll(range, READ_CHUNK);
        const byArticle = tx.objectStore('citations').index('byArticle');
        const citations = await Promise.all(chunk.map((a) => byArticle.getAll(a.url)));
        chunk.forEach((a, i) => next.putArticle(a, citations[i]));
        if (chunk.length) after = chunk[chunk.length - 1].url;
        return chunk.length === READ_CHUNK;
      });
      if (more) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    next.postings.shrink();
    next.pairs.shrink();
    this.corpus = next;
    this.seq = seq;
    this.openedFrom = 'rebuild';
    this.changed(REBUILT_PERSIST_DELAY);
  }

  articleChanged(url: string): Promise<void> {
    return this.serial(() => this.readArticle(url).then(() => this.changed()));
  }

  private async readArticle(url: string): Promise<void> {
    const read = await this.library.transaction('readonly', async (tx) => {
      const article = await tx.objectStore('articles').get(url);
      if (!article) return null;
      const citations = await tx.objectStore('citations').index('byArticle').getAll(url);
      const docs = await Promise.all(citations.map((c) => tx.objectStore('documents').get(c.docId)));
      return { article, citations, docs };
    });
    if (!read) return this.corpus.removeArticle(url);
    for (const d of read.docs) if (d) this.corpus.putDocument(d);
    this.corpus.putArticle(read.article, read.citations);
  }

  documentsChanged(): Promise<void> {
    return this.serial(() => this.readDocuments().then(() => this.changed()));
  }

  private async readDocuments(): Promise<void> {
    for (const d of await this.allDocuments()) this.corpus.putDocument(d);
  }

  private allDocuments() {
    return this.library.transaction('readonly', (tx) => tx.objectStore('documents').getAll());
  }

  async search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchResult> {
    const { limit = 20, offset = 0 } = options;
    // Whoever wrote to the library (another tab, the background), the log says so: one small read,
    // after any update under way. Only a full rebuild is not waited for: the index as is answers.
    const fresh = performance.now() < this.freshUntil;
    this.freshUntil = 0;
    if (!this.rebuilding && !fresh) await this.sync();
    const corpus = this.corpus; // a rebuild swaps it: this search keeps the one it started with
    const q = parseQuery(query).slice(0, MAX_QUERY_WORDS);
    const stats: SearchStats = { words: q.length, postings: 0, candidates: 0 };
    const pass = filterOf(filters, corpus.docs);
    const named = documentInQuery(q);
    const namedIds = new Set(named ? corpus.docs.filter((d) => keyMatches(d.key, named)).map((d) => d.id) : []);
    const pairs = q.length > 1 ? queryPairs(query).slice(0, MAX_QUERY_WORDS) : [];
    const ranked = named ? rankWithDocument(corpus, q, pairs, named, pass, stats) : rank(corpus, q, pass, stats, pairs);
    const entries = corpus.entries;
    ranked.sort((a, b) => b.score - a.score || cmp(entries[b.ord]!.savedAt, entries[a.ord]!.savedAt) ||
      cmp(entries[a.ord]!.url, entries[b.ord]!.url));
    const page = ranked.slice(offset, offset + limit);
    // Taken before the read below: an update meanwhile may empty these slots (entries are replaced,
    // never changed in place, so the ones taken stay whole).
    const shown = page.map(({ ord }) => { const e = entries[ord]!; return { e, docs: e.docs.map((d) => corpus.docs[d].id) }; });
    const records = !page.length ? [] : await this.library.transaction('readonly', (tx) => Promise.all(shown.map(async ({ e }) => {
      const [record, citations] = await Promise.all([
        tx.objectStore('articles').get(e.url), tx.objectStore('citations').index('byArticle').getAll(e.url),
      ]);
      return { record: record ?? null, citations };
    })));
    // An article deleted since the index last heard of it is no hit (the next sync drops it).
    const hits: SearchHit[] = [];
    page.forEach(({ score, mask }, i) => {
      const record = records[i].record;
      if (!record) return;
      const fields = FIELD_NAMES.filter(([bit]) => mask & bit).map(([, name]) => name);
      hits.push(buildHit(shown[i].e, score, fields, shown[i].docs, q, record, records[i].citations, namedIds));
    });
    return { total: ranked.length - (page.length - hits.length), hits, query: q, stats };
  }

  filterValues(): FilterValues {
    return filterValuesOf(this.corpus);
  }
}

/** The index of the library: the stored one brought up to date, else built (reads every article once). */
export async function createSearchIndex(library: Library, options?: IndexOptions): Promise<SearchIndex> {
  const index = new Index(library, options);
  await index.open();
  return index;
}
