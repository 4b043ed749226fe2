import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../utils/db';
import { createSearchIndex, type SearchFilters, type SearchHit, type SearchIndex } from '../../utils/library';
import { PAIR_BUCKETS, pairKey, parseQuery, queryPairs, words } from '../../utils/library/text';
import { foldPhrase } from '../../utils/refs/normalize';
import { article, cite, fixtureLibrary, freshLibrary, freshName, ref, URLS } from './helpers';

const { a1, a2, a3, a4, a5, a6, a7 } = URLS;

let lib: Library;
let index: SearchIndex;
// One library for the read-only tests (helpers' freshLibrary closes after each test).
beforeAll(async () => {
  lib = await openLibrary(freshName());
  await fixtureLibrary(lib);
  index = await createSearchIndex(lib);
});
afterAll(() => { index.destroy(); lib.close(); });

const urls = (hits: SearchHit[]) => hits.map((h) => h.url);
const all = (q: string, f?: SearchFilters) => index.search(q, f, { limit: 100 });

/** Every span is a whole printed word whose folded form the query asked for. */
function expectSpansMatch(text: string, spans: Array<{ start: number; end: number }>, query: string) {
  const q = parseQuery(query);
  for (const s of spans) {
    const printed = text.slice(s.start, s.end);
    const w = words(printed);
    expect(w, `span "${printed}" of "${text}"`).toHaveLength(1);
    expect(q.some((x) => (x.prefix ? w[0].startsWith(x.word) : w[0] === x.word)), printed).toBe(true);
    // Whole words: the characters around the span are not letters.
    expect(/[\p{L}\p{N}]/u.test(text.charAt(s.start - 1))).toBe(false);
    expect(/[\p{L}\p{N}\p{M}]/u.test(text.charAt(s.end))).toBe(false);
  }
}

describe('search: words', () => {
  const cases: Array<[string, string, string[]]> = [
    ['without diacritics', 'nghi quyet 18', [a1, a7]],
    ['upper case with diacritics, same result', 'NGHỊ QUYẾT 18', [a1, a7]],
    ['a number matches whole only ("18" is not "180")', '18', [a1, a7]],
    ['đ = d', 'dot pha', [a2]],
    ['đ = d, the other way round', 'đột phá', [a2]],
    ['capitals', 'ĐỘT PHÁ', [a2]],
    ['tones ignored: "dang" finds "Đảng"', 'dang', [a1]],
    ['text only', 'da nang', [a3]],
    ['citation sentence only', 'phai', [a1]],
    ['NFD text is found by NFC queries', 'chính sách cán bộ', [a4]],
    ['every word must match (AND)', 'tinh gon khoa hoc', []],
    ['the word being typed matches as a prefix', 'chuyển đổ', [a2]],
    ['a finished word (space after it) matches whole only', 'chuyen do ', []],
    ['a word nowhere', 'xylophone', []],
    ['punctuation only is an empty query: every article', '— / ,', [a7, a6, a5, a4, a3, a2, a1]],
  ];
  it.each(cases)('%s: %j', async (_label, query, expected) => {
    const r = await all(query);
    expect(urls(r.hits)).toEqual(expected);
    expect(r.total).toBe(expected.length);
    for (const h of r.hits) {
      expectSpansMatch(h.title, h.titleSpans, query);
      if (h.lead) expectSpansMatch(h.lead, h.leadSpans, query);
      for (const s of h.sentences) expectSpansMatch(s.text, s.spans, query);
      if (h.snippet) expectSpansMatch(h.snippet.text, h.snippet.spans, query);
    }
  });

  it('says which fields matched', async () => {
    const fields = async (q: string) => Object.fromEntries((await all(q)).hits.map((h) => [h.url, h.fields]));
    expect(await fields('phai')).toEqual({ [a1]: ['sentence'] });
    expect(await fields('da nang')).toEqual({ [a3]: ['text'] });
    expect((await fields('nghi quyet 18'))[a1]).toEqual(['title', 'lead', 'sentence', 'text']);
  });
});

describe('search: highlights and snippets', () => {
  it('title spans map back to the original strings exactly, NFD marks included', async () => {
    const [hit] = (await all('nghi dinh 178 chinh sach')).hits;
    expect(hit.url).toBe(a4);
    expect(hit.titleSpans.map((s) => hit.title.slice(s.start, s.end))).toEqual(
      ['Nghị', 'định', '178', 'chính', 'sách'].map((w) => w.normalize('NFD')),
    );
    const [first] = (await all('NGHI QUYET 18')).hits;
    expect(first.titleSpans.map((s) => first.title.slice(s.start, s.end))).toEqual(['Nghị', 'quyết', '18']);
    expect(first.leadSpans.map((s) => first.lead!.slice(s.start, s.end))).toEqual(['18']);
  });

  it('a sentence match carries its document and position; the snippet is around the first match', async () => {
    const [hit] = (await all('phai')).hits;
    // The sentence is the snippet, so it is not quoted again under it.
    expect(hit.snippet).toMatchObject({
      field: 'sentence', docId: '18-NQ/TW@XII', offset: 0, cutBefore: false, cutAfter: false,
      text: 'Theo nghị quyết, bộ máy phải tinh gọn, hoạt động hiệu lực, hiệu quả.', spans: [{ start: 24, end: 28 }],
    });
    expect(hit.sentences).toEqual([]);
    const [text] = (await all('da nang')).hits;
    expect(text.snippet!.field).toBe('text');
    expect(text.snippet!.spans.map((s) => text.snippet!.text.slice(s.start, s.end))).toEqual(['Đà', 'Nẵng']);
  });

  it('a sentence citing two documents is quoted once, and never again under the snippet made of it', async () => {
    const l = await freshLibrary();
    const both = 'Tỉnh quán triệt Nghị quyết 18 và Kết luận 40 về tinh gọn bộ máy.';
    const other = 'Huyện rà soát đề án tinh gọn bộ máy trước tháng 6.';
    await l.saveArticle({
      article: article('https://nhandan.vn/hai.html'),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' }), [both]), cite(ref('40-KL/TW', { term: 'XIII' }), [both, other])],
    });
    const ix = await createSearchIndex(l);
    const [hit] = (await ix.search('tinh gọn bộ máy')).hits;
    ix.destroy();
    const quoted = [hit.snippet!.text, ...hit.sentences.map((x) => x.text)];
    expect(quoted).toEqual([both, other]);
  });

  it('a long text gets an excerpt cut at spaces, with the spans shifted into it', async () => {
    const l = await freshLibrary();
    const filler = 'lời mở đầu rất dài '.repeat(40);
    await l.saveArticle({ article: article('https://nhandan.vn/dai.html', { text: `${filler}Đà Nẵng phát triển. ${filler}` }), documents: [] });
    const ix = await createSearchIndex(l);
    const [hit] = (await ix.search('đà nẵng')).hits;
    ix.destroy();
    const s = hit.snippet!;
    expect(s).toMatchObject({ field: 'text', cutBefore: true, cutAfter: true });
    expect(s.text.length).toBeLessThanOrEqual(200);
    expect(s.text.startsWith(' ') || s.text.endsWith(' ')).toBe(false);
    expect(s.spans.map((x) => s.text.slice(x.start, x.end))).toEqual(['Đà', 'Nẵng']);
    expect(s.offset).toBeGreaterThan(0);
  });
});

describe('search: filters', () => {
  const cases: Array<[SearchFilters, string[]]> = [
    [{ type: 'KL' }, [a3]],
    [{ type: ['KL', 'NĐ'] }, [a4, a3]],
    [{ party: false }, [a4, a3]],
    [{ party: true }, [a3, a2, a1]],
    [{ starred: true }, [a2]],
    [{ term: 'XII' }, [a1]],
    [{ year: 2024 }, [a4, a2]],
    [{ site: 'nhandan.vn' }, [a5, a1]],
    [{ issuer: 'CP' }, [a4, a3]],
    // Document filters hold for one document: a3 cites a KL (term XIII) and a state NQ.
    [{ type: 'NQ', party: false }, [a3]],
    [{ type: 'KL', term: 'XII' }, []],
    [{ publishedYear: 2025 }, [a4, a3, a2, a1]],
    [{ site: 'nhandan.vn', party: true }, [a1]],
  ];
  it.each(cases)('%j', async (filters, expected) => {
    expect(urls((await all('', filters)).hits)).toEqual(expected);
  });

  it('combine with the query', async () => {
    expect(urls((await all('nghi', { party: false })).hits)).toEqual([a4]);
    expect(urls((await all('nghi quyet', { site: 'nhandan.vn' })).hits).sort()).toEqual([a1, a5].sort());
  });

  it('filterValues lists what the filters can take, with article counts', () => {
    const v = index.filterValues();
    expect(v.type).toEqual([
      { value: 'NQ', name: 'Nghị quyết', articles: 3 }, { value: 'KL', name: 'Kết luận', articles: 1 },
      { value: 'NĐ', name: 'Nghị định', articles: 1 },
    ]);
    expect(v.term.map((t) => t.value)).toEqual(['XIII', 'XII']);
    expect(v.year.map((t) => t.value)).toEqual([2025, 2024, 2017]);
    expect(v.party).toEqual({ party: 3, state: 2 });
    expect(v.starred).toBe(1);
    expect(v.site.find((s) => s.value === 'nhandan.vn')!.articles).toBe(2);
  });
});

describe('search: ranking and pages', () => {
  it('a title match outranks a text match; a phrase in the title outranks scattered words', async () => {
    expect(urls((await all('khoa hoc')).hits)).toEqual([a2, a6]);
    const r = await all('nghi quyet 18');
    expect(urls(r.hits)).toEqual([a1, a7]);
    expect(r.hits[0].score).toBeGreaterThan(r.hits[1].score);
  });

  it('the query as a phrase, anywhere, outranks its words scattered, even in a title', async () => {
    const l = await freshLibrary();
    const [phrase, scattered, broken] = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];
    await l.saveArticle({ article: article(phrase, { title: 'Hội nghị cán bộ', text: 'Tỉnh quyết tâm tinh gọn bộ máy trong năm nay.' }), documents: [] });
    await l.saveArticle({ article: article(scattered, { title: 'Máy móc gọn nhẹ cho bộ phận tinh chế', text: 'Không liên quan.' }), documents: [] });
    await l.saveArticle({ article: article(broken, { title: 'Ghi chép', text: 'Phải tinh gọn, bộ máy nào cũng vậy.' }), documents: [] });
    const idx = await createSearchIndex(l);
    for (const q of ['tinh gọn bộ máy', 'TINH GON BO MAY ', 'tinh gon bo ma']) {
      const r = await idx.search(q, {}, { limit: 10 });
      expect(urls(r.hits)[0], q).toBe(phrase);
      expect(urls(r.hits)).toContain(scattered);
    }
    // A comma between the words: no phrase; the title match leads again.
    expect(urls((await idx.search('tinh gon bo may')).hits).indexOf(broken)).toBeGreaterThan(0);
    idx.destroy();
  });

  it('a whole word outranks a prefix; ties go to the newest save', async () => {
    // "nghi" typed, both in titles: the whole "Nghị" of a4 before the prefix of "nghiên" of a6, saved later.
    const r = urls((await all('nghi')).hits);
    expect(r.indexOf(a4)).toBeLessThan(r.indexOf(a6));
    const ranked = urls((await all('')).hits);
    expect(ranked).toEqual([a7, a6, a5, a4, a3, a2, a1]);
  });

  it('limit and offset page through the same order; total counts every match', async () => {
    const full = urls((await all('')).hits);
    const p1 = await index.search('', {}, { limit: 3 });
    const p2 = await index.search('', {}, { limit: 3, offset: 3 });
    expect(p1.total).toBe(7);
    expect([...urls(p1.hits), ...urls(p2.hits)]).toEqual(full.slice(0, 6));
    expect((await index.search('', {}, { offset: 50 })).hits).toEqual([]);
  });

  it('only the postings of the query words are visited', async () => {
    const r = await all('phai');
    expect(r.stats).toEqual({ words: 1, postings: 1, candidates: 1 });
  });
});

describe('search: incremental updates', () => {
  it('follows saves, re-saves, deletes, restores and stars', async () => {
    const l = await freshLibrary();
    await fixtureLibrary(l);
    const ix = await createSearchIndex(l);
    const A = 'https://dantri.com.vn/moi.htm';
    const found = async (q: string, f?: SearchFilters) => urls((await ix.search(q, f, { limit: 100 })).hits);

    await l.saveArticle({ article: article(A, { title: 'Phủ sóng 5G toàn quốc' }), documents: [cite(ref('66-NQ/TW', { term: 'XIII' }))] });
    // Not told: the search reads the library's log of changes first.
    expect(await found('phu song')).toEqual([A]);
    await ix.articleChanged(A); // told as well: nothing changes twice
    expect(await found('phu song')).toEqual([A]);
    expect(await found('', { type: 'NQ', term: 'XIII' })).toContain(A);
    expect(ix.size).toBe(8);

    await l.saveArticle({ article: article(A, { title: 'Mạng di động thế hệ mới' }), documents: [] });
    await ix.articleChanged(A);
    expect(await found('phu song')).toEqual([]);
    expect(await found('di dong')).toEqual([A]);
    expect(await found('', { type: 'NQ', term: 'XIII' })).not.toContain(A);

    const snap = (await l.deleteArticle(a2))!;
    await ix.articleChanged(a2);
    expect(await found('dot pha')).toEqual([]);
    expect(ix.size).toBe(7);
    await l.restoreArticle(snap);
    await ix.articleChanged(a2);
    expect(await found('dot pha')).toEqual([a2]);

    await l.setStarred('18-NQ/TW@XII', true);
    await ix.documentsChanged();
    expect(await found('', { starred: true })).toEqual([a2, a1]);

    // A full refresh gives the same answers as the increments.
    const before = await Promise.all(['', 'nghi', 'di dong'].map((q) => found(q)));
    await ix.refresh();
    expect(await Promise.all(['', 'nghi', 'di dong'].map((q) => found(q)))).toEqual(before);
    ix.destroy();
  });

  it('an article gone between ranking and reading is no hit, and is not counted', async () => {
    const l = await freshLibrary();
    await fixtureLibrary(l);
    const ix = await createSearchIndex(l);
    // Deleted behind the log's back, as if it went in the moment between the two steps of a search.
    await l.transaction('readwrite', async (tx, log) => {
      log.none();
      await tx.objectStore('articles').delete(a3);
    });
    const before = await ix.search('ket luan 126');
    expect(before.hits.map((h) => h.url)).not.toContain(a3);
    expect(before.total).toBe(before.hits.length);
    await ix.articleChanged(a3);
    expect((await ix.search('ket luan 126')).total).toBe(0);
    ix.destroy();
  });
});

describe('query words', () => {
  it('folds, splits on non-letters, drops repeats, cuts long words', () => {
    expect(parseQuery('Nghị quyết 18-NQ/TW')).toEqual([
      { word: 'nghi', prefix: false }, { word: 'quyet', prefix: false }, { word: '18', prefix: false },
      { word: 'nq', prefix: false }, { word: 'tw', prefix: true },
    ]);
    expect(parseQuery('đảng Đảng ')).toEqual([{ word: 'dang', prefix: false }]);
    expect(parseQuery('x'.repeat(100))[0].word).toHaveLength(32);
    expect(foldPhrase('ĐÀ NẴNG')).toBe('da nang');
  });
});

describe('queryPairs', () => {
  const ROWS: Array<[name: string, query: string, pairs: Array<[string, boolean]>]> = [
    ['neighbours, folded', 'Tinh gọn BỘ máy ', [['tinh gon', false], ['gon bo', false], ['bo may', false]]],
    ['the pair being typed is a prefix', 'tinh gon bo ma', [['tinh gon', false], ['gon bo', false], ['bo ma', true]]],
    ['a number typed last matches whole', 'nghi quyet 18', [['nghi quyet', false], ['quyet 18', false]]],
    ['no pair across a comma', 'tinh gọn, bộ máy ', [['tinh gon', false], ['bo may', false]]],
    ['one word: none', 'tinh', []],
    ['a pair typed twice is asked once', 'bo may bo may ', [['bo may', false], ['may bo', false]]],
  ];
  it.each(ROWS)('%s', (_name, query, pairs) => {
    expect(queryPairs(query).map((p) => [p.word, p.prefix])).toEqual(pairs);
  });
});

describe('pairKey', () => {
  it('puts every pair in one of PAIR_BUCKETS buckets, the same one each time, and spreads them', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const k = pairKey(`tu${i} ghep${i * 7}`);
      expect(k).toBe(pairKey(`tu${i} ghep${i * 7}`));
      const n = parseInt(k, 36);
      expect(n >= 0 && n < PAIR_BUCKETS).toBe(true);
      keys.add(k);
    }
    expect(keys.size).toBeGreaterThan(4900); // few collisions among 5 000 pairs in 262 144 buckets
    expect(pairKey('tinh gon')).not.toBe(pairKey('gon tinh'));
  });
});
