import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openLibrary, type Library } from '../../utils/db';
import { backupOf, createSearchIndex, exportJson, generateLibrary, importJson, type LibraryBackup, type SearchFilters, type SearchIndex } from '../../utils/library';
import { parseQuery, words } from '../../utils/library/text';
import { article, contents, freshLibrary, freshName } from './helpers';

// A generated library large enough that a wrong index would show, small enough for a unit test;
// the 10 000-article timings are scripts/bench-library.ts's job.
const N = 1500;
let lib: Library;
let backup: LibraryBackup;
let index: SearchIndex;
beforeAll(async () => {
  lib = await openLibrary(freshName());
  const made = await generateLibrary(lib, { articles: N, citationsPerArticle: 5, seed: 42, batch: 400 });
  expect(made).toMatchObject({ articles: N, citations: 5 * N });
  backup = await backupOf(lib);
  index = await createSearchIndex(lib);
}, 60_000);
afterAll(() => { index.destroy(); lib.close(); });

describe('generateLibrary', () => {
  it('makes realistic records that keep the library\'s invariants', () => {
    expect(backup.articles).toHaveLength(N);
    expect(backup.citations).toHaveLength(5 * N);
    expect(backup.documents.length).toBeGreaterThan(150);
    const urls = new Set(backup.articles.map((a) => a.url));
    const byDoc = new Map<string, string[]>();
    for (const c of backup.citations) {
      expect(urls.has(c.articleUrl)).toBe(true);
      expect(c.sentences.length).toBeGreaterThan(0);
      byDoc.set(c.docId, [...(byDoc.get(c.docId) ?? []), c.savedAt]);
    }
    for (const d of backup.documents) {
      const cited = byDoc.get(d.id) ?? [];
      expect(cited.length > 0 || d.starred, d.id).toBe(true);
      expect(d.lastCited).toBe(cited.sort().pop());
      expect(d.id === d.key || d.id === `${d.key}@${d.term}`).toBe(true);
    }
    const a = backup.articles[0];
    expect(a.title).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđơưộệ]/i);
    expect(a.text.length).toBeGreaterThan(800);
    expect(new Set(backup.articles.map((x) => x.site)).size).toBeGreaterThan(10);
    expect(new Set(backup.documents.map((d) => d.type))).toEqual(new Set(['NQ', 'KL', 'CT', 'QĐ', 'HD', 'NĐ']));
    expect(backup.documents.some((d) => d.starred)).toBe(true);
    expect(backup.documents.some((d) => !d.party)).toBe(true);
  });

  it('the same seed gives the same library; one transaction per batch', async () => {
    const other = await freshLibrary();
    const spy = vi.spyOn(other, 'transaction');
    await generateLibrary(other, { articles: 120, seed: 42, batch: 50 });
    expect(spy).toHaveBeenCalledTimes(3);
    const again = await freshLibrary();
    await generateLibrary(again, { articles: 120, seed: 42, batch: 50 });
    expect(await contents(again)).toEqual(await contents(other));
    const different = await freshLibrary();
    await generateLibrary(different, { articles: 120, seed: 43, batch: 50 });
    expect((await contents(different)).articles[0]).not.toEqual((await contents(other)).articles[0]);
  });

  it('exports and imports back exactly', async () => {
    const copy = await freshLibrary();
    await importJson(copy, JSON.stringify(backup));
    const again = JSON.parse(await exportJson(copy));
    expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
  }, 60_000);
});

describe('search over the generated library', () => {
  let scan: { docs: Map<string, LibraryBackup['documents'][number]>; cites: Map<string, LibraryBackup['citations']>; words: Map<string, Set<string>> };
  beforeAll(() => {
    const cites = new Map<string, LibraryBackup['citations']>();
    for (const c of backup.citations) cites.set(c.articleUrl, [...(cites.get(c.articleUrl) ?? []), c]);
    const ws = new Map(backup.articles.map((a) => [a.url, new Set(words(
      [a.title, a.lead ?? '', a.text, ...(cites.get(a.url) ?? []).flatMap((c) => c.sentences)].join(' '),
    ))]));
    scan = { docs: new Map(backup.documents.map((d) => [d.id, d])), cites, words: ws };
  });

  /** The answer by brute force: every record scanned, the same word rules. */
  function expected(query: string, filters: SearchFilters = {}): string[] {
    const q = parseQuery(query);
    const { docs, cites } = scan;
    return backup.articles.filter((a) => {
      const cs = cites.get(a.url) ?? [];
      const ws = scan.words.get(a.url)!;
      if (!q.every((x) => (x.prefix ? [...ws].some((w) => w.startsWith(x.word)) : ws.has(x.word)))) return false;
      if (filters.site && a.site !== filters.site) return false;
      return cs.some((c) => {
        const d = docs.get(c.docId)!;
        return (filters.type === undefined || d.type === filters.type) && (filters.party === undefined || d.party === filters.party) &&
          (filters.term === undefined || d.term === filters.term) && (filters.starred === undefined || d.starred === filters.starred) &&
          (filters.year === undefined || d.date?.slice(0, 4) === String(filters.year));
      });
    }).map((a) => a.url).sort();
  }

  const cases: Array<[string, SearchFilters?]> = [
    ['nghị quyết'], ['nghi quyet', { party: true, term: 'XIII' }], ['chuyển đổi số quốc gia'], ['Đà Nẵng'], ['da nang ket luan'],
    ['tinh gọn bộ máy', { type: 'KL' }], ['bi thu tinh uy'], ['nghị định', { party: false }], ['tham nhung', { starred: true }],
    ['kinh te so 30%'], ['khoa hoc cong ngh'], ['nguyen van an', { site: 'nhandan.vn' }], ['', { year: 2019 }], ['quốc phòng toàn dân'],
  ];
  it.each(cases)('%j %j: the same articles as a full scan', async (query, filters) => {
    const r = await index.search(query, filters, { limit: N });
    const want = expected(query, filters);
    expect(want.length).toBeGreaterThan(0);
    expect(r.total).toBe(want.length);
    expect(r.hits.map((h) => h.url).sort()).toEqual(want);
  });

  it('a rare word visits its own postings only, not the library', async () => {
    const l = await openLibrary(freshName());
    try {
      await generateLibrary(l, { articles: 300, seed: 5 });
      await l.saveArticle({ article: article('https://nhandan.vn/hiem.html', { title: 'Hoa pơlang nở đỏ Tây Nguyên' }), documents: [] });
      const ix = await createSearchIndex(l);
      ix.destroy(); // no write a little later: the library closes at the end of the test
      const one = await ix.search('pơlang');
      expect(one.hits.map((h) => h.url)).toEqual(['https://nhandan.vn/hiem.html']);
      expect(one.stats).toEqual({ words: 1, postings: 1, candidates: 1 });
      // With a common word too: the rare one gives the one candidate; the common one's list is read once.
      const two = await ix.search('hoa pơlang');
      expect(two.total).toBe(1);
      expect(two.stats.candidates).toBe(1);
      expect(two.stats.postings).toBeLessThanOrEqual(1 + 301);
    } finally {
      l.close();
    }
  });
});
