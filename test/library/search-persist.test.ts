import { openDB } from 'idb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { correctDocument, mergeDocuments, splitDocument, type Library, type LibrarySchema } from '../../utils/db';
import { LOG_LIMITS, LOG_TAIL } from '../../utils/db/changes';
import { createSearchIndex, exportJson, importJson, type SearchFilters, type SearchIndex } from '../../utils/library';
import { fromSnapshot, SNAPSHOT_FORMAT, toSnapshot, unpackSnapshot } from '../../utils/library/snapshot';
import { Corpus } from '../../utils/library/corpus';
import { article, cite, fixtureLibrary, freshLibrary, freshName, ref, track, URLS } from './helpers';

const QUERIES = ['', 'nghi quyet', 'nghị quyết 18', '18-NQ/TW', 'khoa hoc', 'tinh gon bo may', 'da nang', 'bài mới', 'phai', 'title of'];
const FILTERS: SearchFilters[] = [{}, { type: 'NQ' }, { party: true, term: 'XIII' }, { starred: true }, { site: 'nhandan.vn' }, { publishedYear: 2025 }];

/** Everything a reader can see of an index: every query × filter, with hits, scores and fields. */
async function answers(index: SearchIndex) {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    for (const f of FILTERS) {
      const r = await index.search(q, f, { limit: 50 });
      out.push([q, f, r.total, r.hits.map((h) => [h.url, h.score, h.fields, [...h.documents].sort()])]);
    }
  }
  return { out, size: index.size, filters: index.filterValues() };
}

/** What a rebuild from the articles says now. */
async function rebuilt(lib: Library) {
  const fresh = await createSearchIndex(lib);
  await fresh.refresh();
  const a = await answers(fresh);
  fresh.destroy();
  return a;
}

/** A library with the fixture articles and a persisted index of them. */
async function persisted(): Promise<Library> {
  const lib = await freshLibrary();
  await fixtureLibrary(lib);
  const index = await createSearchIndex(lib);
  expect(index.openedFrom).toBe('rebuild');
  await index.persist();
  index.destroy();
  return lib;
}

const A = URLS.a1, NEW = 'https://baomoi.example/bai-moi-99.html';

// Each write the library knows, made after the snapshot: the index opened next from the snapshot and
// the log must answer exactly as one rebuilt from every article.
const WRITES: Array<[name: string, write: (lib: Library) => Promise<unknown>]> = [
  ['a new article saved', (lib) => lib.saveArticle({
    article: article(NEW, { title: 'Bài mới về tinh gọn bộ máy', text: 'Khoa học và tinh gọn bộ máy.' }),
    documents: [cite(ref('18-NQ/TW', { term: 'XII' }))],
  })],
  ['an article re-saved with other words and citations', (lib) => lib.saveArticle({
    article: article(A, { title: 'Đà Nẵng khoa học', text: 'Chỉ còn chữ khác.' }),
    documents: [cite(ref('57-NQ/TW', { term: 'XIII' }))],
  })],
  ['an article deleted', (lib) => lib.deleteArticle(A)],
  ['an article deleted and restored', async (lib) => lib.restoreArticle((await lib.deleteArticle(A))!)],
  ['a document starred', (lib) => lib.setStarred('57-NQ/TW@XIII', true)],
  ['a term corrected (the citations move to another record)', (lib) => correctDocument(lib, '18-NQ/TW@XII', 'term', 'XIII')],
  ['a record split', (lib) => splitDocument(lib, '18-NQ/TW@XII', [A], 'XIII')],
  ['two records merged', async (lib) => {
    await lib.saveArticle({ article: article(NEW), documents: [cite(ref('18-NQ/TW', { term: 'XIII' }))] });
    return mergeDocuments(lib, '18-NQ/TW@XIII', '18-NQ/TW@XII');
  }],
  ['tags set', (lib) => lib.setTags(A, ['đọc lại'])],
  ['a backup imported', async (lib) => {
    const other = await freshLibrary();
    await other.saveArticle({ article: article(NEW, { title: 'Từ bản sao lưu khoa học' }), documents: [cite(ref('57-NQ/TW', { term: 'XIII' }))] });
    return importJson(lib, await exportJson(other));
  }],
];

describe('persisted search index', () => {
  it('opens from its snapshot, answering as the index it was', async () => {
    const lib = await persisted();
    const expected = await rebuilt(lib);
    const index = await createSearchIndex(lib);
    expect(index.openedFrom).toBe('snapshot');
    expect(await answers(index)).toEqual(expected);
    // The snapshot's lists are views of one buffer: growing one must not write into its neighbour.
    await lib.saveArticle({ article: article(NEW, { title: 'nghị quyết khoa học tinh gọn' }), documents: [] });
    await index.sync();
    expect(await answers(index)).toEqual(await rebuilt(lib));
    index.destroy();
  });

  it.each(WRITES)('catches up after a write elsewhere: %s', async (_name, write) => {
    const lib = await persisted();
    const open = await createSearchIndex(lib); // a page open while the write happens
    await write(lib);
    const expected = await rebuilt(lib);
    const next = await createSearchIndex(lib);
    expect(next.openedFrom).toBe('snapshot');
    expect(await answers(next)).toEqual(expected);
    await open.sync();
    expect(await answers(open)).toEqual(expected);
    open.destroy();
    next.destroy();
  });

  it('a write that does not say what it changed makes the next open rebuild', async () => {
    const lib = await persisted();
    await lib.transaction('readwrite', async (tx) => {
      const a = (await tx.objectStore('articles').get(A))!;
      await tx.objectStore('articles').put({ ...a, title: 'Tiêu đề sửa tay về xylophone' });
    });
    const index = await createSearchIndex(lib);
    expect(index.openedFrom).toBe('rebuild');
    expect((await index.search('xylophone')).hits.map((h) => h.url)).toEqual([A]);
    index.destroy();
  });

  it('a write that fails logs nothing', async () => {
    const lib = await persisted();
    const before = await lib.searchState();
    await expect(lib.transaction('readwrite', async (tx, log) => {
      log.article(A);
      await tx.objectStore('articles').delete(A);
      throw new Error('changed my mind');
    })).rejects.toThrow();
    const after = await lib.searchState();
    expect(after.changes).toEqual([]);
    expect(after.last).toBe(before.last);
    expect(await lib.getArticle(A)).not.toBeNull();
  });

  it('a write around the library (another program) is caught by the count and rebuilt', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    await fixtureLibrary(lib);
    const first = await createSearchIndex(lib);
    await first.persist();
    first.destroy();
    lib.close();
    const raw = await openDB<LibrarySchema>(name);
    await raw.delete('articles', A);
    raw.close();
    const again = track(await (await import('../../utils/db')).openLibrary(name));
    const index = await createSearchIndex(again, { verifyAfterMs: 0 });
    await index.verifying;
    expect(index.openedFrom).toBe('rebuild');
    expect(index.size).toBe(6);
    expect((await index.search('', {}, { limit: 10 })).hits.map((h) => h.url)).not.toContain(A);
    index.destroy();
  });

  it('a snapshot that does not fit is rebuilt, never used', async () => {
    const lib = await persisted();
    const { seq } = (await lib.searchState()).snapshot!;
    const good = (await unpackSnapshot((await lib.searchState()).snapshot!.data)) as ReturnType<typeof toSnapshot>;
    expect(fromSnapshot(good)?.size).toBe(7); // the stored one, read back, fits
    const bad: unknown[] = [
      null, 'text', { ...good, urls: { ...good.urls, text: good.urls.text.slice(1) } }, { ...good, urls: { ...good.urls, ends: good.urls.ends.slice(1) } },
      { ...good, articles: good.articles + 1 }, { ...good, docList: [1, 2] },
      { ...good, postings: { ...good.postings, ends: good.postings.ends.slice(1) } },
      { ...good, postings: { ...good.postings, words: [...good.postings.words].reverse() } },
      { ...good, urls: { text: good.urls.ends.reduce((t) => t + 'x', ''), ends: good.urls.ends.map((_, i) => i + 1) } },
      { ...good, urls: { text: good.urls.text, ends: good.urls.ends.map((e, i, all) => (i === 1 ? all[2] : i === 2 ? all[1] : e)) } },
    ];
    for (const data of bad) {
      expect(fromSnapshot(data)).toBeNull();
      await lib.saveSearchSnapshot({ id: 'search', format: SNAPSHOT_FORMAT, seq: seq + 1, savedAt: '', data });
      const index = await createSearchIndex(lib);
      expect(index.openedFrom).toBe('rebuild');
      expect(index.size).toBe(7);
      index.destroy();
    }
    // Another format (an older version's): rebuilt too.
    await lib.saveSearchSnapshot({ id: 'search', format: SNAPSHOT_FORMAT + 1, seq: seq + 2, savedAt: '', data: good });
    const other = await createSearchIndex(lib);
    expect(other.openedFrom).toBe('rebuild');
    other.destroy();
  });

  it('the previous format (6, titles and dates kept whole) is read, not rebuilt, and written again as this one', async () => {
    const lib = await persisted();
    const { seq } = (await lib.searchState()).snapshot!;
    const now = (await unpackSnapshot((await lib.searchState()).snapshot!.data)) as ReturnType<typeof toSnapshot>;
    // As format 6 stored it: a column of publication dates ("" for none) instead of years, and columns since dropped.
    const column = (values: string[]) => ({ text: values.join(''), ends: Uint32Array.from(values.reduce<number[]>((a, v) => [...a, (a.at(-1) ?? 0) + v.length], [])) });
    const dates = Array.from(now.years, (y) => (y ? `${y}-05-01` : ''));
    const { years: _years, ...rest } = now;
    const six = { ...rest, published: column(dates), titles: column(dates.map(() => 'x')), updatedAt: column(dates.map(() => '2025-01-01T00:00:00.000Z')) };
    await lib.saveSearchSnapshot({ id: 'search', format: 6, seq: seq + 1, savedAt: '', data: six });
    const index = await createSearchIndex(lib);
    expect(index.openedFrom).toBe('snapshot');
    expect(await answers(index)).toEqual(await rebuilt(lib));
    await index.persist();
    index.destroy();
    expect((await lib.searchState()).snapshot!.format).toBe(SNAPSHOT_FORMAT);
  });

  it('an index older than the pruned log reloads the newer snapshot', async () => {
    const lib = await persisted();
    const old = await createSearchIndex(lib);
    await lib.saveArticle({ article: article(NEW, { title: 'Khoa học mới' }), documents: [] });
    // More changes than the log keeps behind a snapshot (each re-reads an article, changing nothing).
    for (let i = 0; i <= LOG_TAIL; i++) await lib.transaction('readwrite', async (_tx, log) => log.article(A));
    const other = await createSearchIndex(lib); // another page: applies the changes and writes a snapshot
    await other.persist();
    const state = await lib.searchState();
    expect(state.pruned).toBeGreaterThan(0);
    expect(state.changes).toEqual([]);
    await old.sync();
    expect(await answers(old)).toEqual(await rebuilt(lib));
    old.destroy();
    other.destroy();
  });

  it('an older snapshot, or one of the same change, never replaces the one stored', async () => {
    const lib = await persisted();
    const stored = (await lib.searchState()).snapshot!;
    expect(await lib.saveSearchSnapshot({ ...stored, seq: stored.seq - 1, data: null })).toBe(false);
    expect(await lib.saveSearchSnapshot({ ...stored, data: null })).toBe(false);
    expect((await lib.searchState()).snapshot!.data).not.toBeNull();
  });

  it('a snapshot that did not fit is replaced by the rebuilt one, whatever change it claimed', async () => {
    const lib = await persisted();
    const { seq } = (await lib.searchState()).snapshot!;
    await lib.saveSearchSnapshot({ id: 'search', format: SNAPSHOT_FORMAT, seq: seq + 100, savedAt: '', data: 'garbage' });
    const index = await createSearchIndex(lib);
    expect(index.openedFrom).toBe('rebuild');
    await index.persist();
    index.destroy();
    const again = await createSearchIndex(lib);
    expect(again.openedFrom).toBe('snapshot');
    again.destroy();
  });

  it('a search while an update empties its page\'s slots still answers whole', async () => {
    const lib = await persisted();
    const index = await createSearchIndex(lib);
    const asked = index.search('nghi quyet', {}, { limit: 10 });
    // Re-saved elsewhere and applied while the search reads its page of records.
    await lib.saveArticle({ article: article(A, { title: 'Nghị quyết mới' }), documents: [] });
    const [r] = await Promise.all([asked, index.sync()]);
    expect(r.hits.length).toBeGreaterThan(0);
    index.destroy();
  });

  it('destroy leaves no timer behind: nothing is written after it', async () => {
    const lib = await persisted();
    const index = await createSearchIndex(lib, { verifyAfterMs: 50 });
    await lib.saveArticle({ article: article(NEW, { title: 'Sau khi đóng' }), documents: [] });
    const syncing = index.sync(); // changes the index: a write would follow in 2 s
    index.destroy();
    await syncing;
    const before = (await lib.searchState()).snapshot!.savedAt;
    await new Promise((r) => setTimeout(r, 2300));
    expect((await lib.searchState()).snapshot!.savedAt).toBe(before);
  });

  it('any character in a title or site survives the round trip (NUL included)', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(NEW, { title: 'Tiêu đề\u0000lạ về khoa học', site: 'a\u0000b' }), documents: [] });
    const first = await createSearchIndex(lib);
    await first.persist();
    first.destroy();
    const index = await createSearchIndex(lib);
    expect(index.openedFrom).toBe('snapshot');
    expect((await index.search('khoa hoc')).hits.map((h) => h.url)).toEqual([NEW]);
    expect(index.filterValues().site.map((x) => x.value)).toEqual(['a\u0000b']);
    index.destroy();
  });

  it('deleted slots are stored as they are: no compaction on every write', async () => {
    const lib = await persisted();
    const index = await createSearchIndex(lib);
    await lib.deleteArticle(A);
    await index.sync();
    await index.persist();
    index.destroy();
    const data = (await lib.searchState()).snapshot!.data as ReturnType<typeof toSnapshot>;
    expect(data.articles).toBe(7); // six live, one tombstone
    const again = await createSearchIndex(lib);
    expect(again.openedFrom).toBe('snapshot');
    expect(again.size).toBe(6);
    expect(await answers(again)).toEqual(await rebuilt(lib));
    again.destroy();
  });

  it('the log stays bounded while no page stores an index, and a far-behind index goes with it', async () => {
    const saved = { ...LOG_LIMITS };
    Object.assign(LOG_LIMITS, { checkEvery: 20, maxBehind: 60 });
    onTestFinished(() => { Object.assign(LOG_LIMITS, saved); });
    const { checkEvery: LOG_CHECK_EVERY, maxBehind: MAX_LOG_BEHIND } = LOG_LIMITS;
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const touch = () => lib.transaction('readwrite', async (_tx, log) => log.article(A));
    // No stored index: the rows are dropped at each check.
    while ((await lib.searchState()).last < LOG_CHECK_EVERY) await touch();
    let state = await lib.searchState();
    expect(state.changes).toEqual([]);
    expect(state.pruned).toBe(LOG_CHECK_EVERY);
    // A stored index, then more changes than it may fall behind: it is dropped, and the next open rebuilds.
    const index = await createSearchIndex(lib);
    await index.persist();
    index.destroy();
    const stored = (await lib.searchState()).snapshot!.seq;
    while ((await lib.searchState()).last < stored + MAX_LOG_BEHIND + LOG_CHECK_EVERY) await touch();
    state = await lib.searchState();
    expect(state.snapshot).toBeNull();
    expect(state.changes.length).toBeLessThan(LOG_CHECK_EVERY);
    const next = await createSearchIndex(lib);
    expect(next.openedFrom).toBe('rebuild');
    expect(next.size).toBe(7);
    next.destroy();
  });

  it('the lists\' buffers are stored as Blobs (read back off the main thread)', async () => {
    const lib = await persisted();
    const data = (await lib.searchState()).snapshot!.data as { postings: { bytes: unknown }; pairs: { bytes: unknown } };
    expect(data.postings.bytes).toBeInstanceOf(Blob);
    expect(data.pairs.bytes).toBeInstanceOf(Blob);
  });

  it('an empty corpus round-trips', () => {
    const back = fromSnapshot(structuredClone(toSnapshot(new Corpus())));
    expect(back?.size).toBe(0);
  });
});
