import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { citationIdOf, docIdOf, openLibrary, type LibrarySchema } from '../../utils/db';
import { extractReferences } from '../../utils/refs';
import { article, cite, freshLibrary, freshName, ref, tick, track } from './helpers';

const A = 'https://nhandan.vn/bai-a.html';
const B = 'https://baochinhphu.vn/bai-b.htm';

async function rawCounts(name: string) {
  const db = track(await openDB<LibrarySchema>(name));
  return { articles: await db.count('articles'), documents: await db.count('documents'), citations: await db.count('citations') };
}

describe('saveArticle', () => {
  it('creates an article with its documents and citations', async () => {
    const lib = await freshLibrary();
    const text = 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về tinh gọn bộ máy.';
    const { documents } = extractReferences(text);
    const res = await lib.saveArticle({
      article: article(A, { text, author: 'P.V.', published: '2025-05-18', lang: 'vi', lead: 'Sa pô' }),
      documents: documents.map((doc) => cite(doc, [text], doc.mentions.length)),
    });
    expect(res.status).toBe('created');
    expect(res.savedAt).toBe(res.updatedAt);
    expect(await lib.savedStatus(A)).toEqual({ savedAt: res.savedAt, updatedAt: res.updatedAt });
    expect(await lib.savedStatus(B)).toBeNull();
    expect(await lib.getArticle(A)).toEqual({
      url: A, title: `Title of ${A}`, site: 'nhandan.vn', author: 'P.V.', published: '2025-05-18', lang: 'vi', lead: 'Sa pô',
      text, tags: [], savedAt: res.savedAt, updatedAt: res.updatedAt,
    });
    const [known] = (await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')!;
    expect(known.citedIn).toBe(1);
    expect(known.doc).toMatchObject({
      id: '18-NQ/TW@XII', key: '18-NQ/TW', party: true, type: 'NQ', number: '18', issuer: 'TW', term: 'XII',
      date: '2017-10-25', starred: false, firstSeen: res.savedAt, lastCited: res.savedAt,
    });
    expect(await lib.citationsOf('18-NQ/TW@XII')).toEqual([{
      id: citationIdOf(A, '18-NQ/TW@XII'), articleUrl: A, docId: '18-NQ/TW@XII', mentions: 1, sentences: [text],
      savedAt: res.savedAt, articleTitle: `Title of ${A}`, site: 'nhandan.vn', published: '2025-05-18',
    }]);
  });

  it('re-saving updates: keeps savedAt and tags, sets updatedAt, replaces the citations', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    const first = await lib.saveArticle({
      article: article(A, { tags: ['cải cách'] }),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('57-NQ/TW', { term: 'XIII' }))],
    });
    await tick();
    const again = await lib.saveArticle({
      article: article(A, { title: 'New title', text: 'New text' }),
      documents: [cite(ref('57-NQ/TW', { term: 'XIII' }), ['Changed sentence.'], 3)],
    });
    expect(again.status).toBe('updated');
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.updatedAt > first.updatedAt).toBe(true);
    const stored = await lib.getArticle(A);
    expect(stored).toMatchObject({ title: 'New title', text: 'New text', tags: ['cải cách'], savedAt: first.savedAt, updatedAt: again.updatedAt });
    // 18-NQ/TW is cited by no saved article any more and is not starred: gone.
    expect(await lib.citationsOf('18-NQ/TW@XII')).toEqual([]);
    expect((await lib.knowledge(['18-NQ/TW'])).has('18-NQ/TW')).toBe(false);
    expect(await lib.citationsOf('57-NQ/TW@XIII')).toMatchObject([{ mentions: 3, sentences: ['Changed sentence.'], savedAt: again.updatedAt }]);
    expect(await rawCounts(name)).toEqual({ articles: 1, documents: 1, citations: 1 });
    // New tags replace the old ones.
    await lib.saveArticle({ article: article(A, { tags: ['x', 'y'] }), documents: [] });
    expect((await lib.getArticle(A))!.tags).toEqual(['x', 'y']);
  });

  it('a document dropped on re-save but cited elsewhere stays, with lastCited from its remaining citations', async () => {
    const lib = await freshLibrary();
    const b = await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await tick();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await lib.saveArticle({ article: article(A), documents: [] });
    const [k] = (await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')!;
    expect(k.citedIn).toBe(1);
    expect(k.doc.lastCited).toBe(b.updatedAt);
  });

  it('two concurrent saves of one article leave one article and no duplicate citations', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    const other = track(await openLibrary(name)); // a second connection, as from another extension page
    const input = {
      article: article(A),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('66-NQ/TW', { term: 'XIII' }))],
    };
    const results = await Promise.all([lib.saveArticle(input), other.saveArticle(input), lib.saveArticle(input)]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'updated', 'updated']);
    expect(new Set(results.map((r) => r.savedAt)).size).toBe(1);
    expect(await rawCounts(name)).toEqual({ articles: 1, documents: 2, citations: 2 });
    expect((await lib.listDocuments()).map((d) => d.citedIn)).toEqual([1, 1]);
  });

  it('clips sentences: at most 5, each at most 400 characters, trimmed and distinct; mentions add up when two documents land on one record', async () => {
    const lib = await freshLibrary();
    const long = 'x'.repeat(1000);
    const many = ['  one  ', 'one', '', 'two', long, 'three', 'four', 'five', 'six'];
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }), many, 4)] });
    const [c] = await lib.citationsOf('18-NQ/TW@XII');
    expect(c.sentences).toEqual(['one', 'two', 'x'.repeat(399) + '…', 'three', 'four']);
    expect(c.sentences.every((s) => s.length <= 400)).toBe(true);

    // A termless RefDocument joins the only record of its key: one citation, mentions summed.
    await lib.saveArticle({
      article: article(B),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' }), ['a'], 2), cite(ref('18-NQ/TW'), ['b'], 1)],
    });
    const cb = (await lib.citationsOf('18-NQ/TW@XII')).find((x) => x.articleUrl === B)!;
    expect(cb).toMatchObject({ mentions: 3, sentences: ['a', 'b'] });
  });
});

describe('deleteArticle and restoreArticle', () => {
  it('deleting removes the article and its citations; documents left uncited survive only if starred', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    await lib.saveArticle({
      article: article(A),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('57-NQ/TW', { term: 'XIII' })), cite(ref('66-NQ/TW', { term: 'XIII' }))],
    });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('66-NQ/TW', { term: 'XIII' }))] });
    await lib.setStarred('57-NQ/TW@XIII', true);

    const snap = await lib.deleteArticle(A);
    expect(snap?.article.url).toBe(A);
    expect(snap?.citations).toHaveLength(3);
    expect(await lib.getArticle(A)).toBeNull();
    expect(await lib.savedStatus(A)).toBeNull();
    const docs = await lib.listDocuments();
    expect(docs.map((d) => [d.doc.id, d.citedIn]).sort()).toEqual([['57-NQ/TW@XIII', 0], ['66-NQ/TW@XIII', 1]]);
    expect(docs.find((d) => d.doc.id === '57-NQ/TW@XIII')!.doc.lastCited).toBeUndefined();
    expect(await rawCounts(name)).toEqual({ articles: 1, documents: 2, citations: 1 });
    expect(await lib.deleteArticle(A)).toBeNull();

    // Undo: everything back as it was.
    expect(await lib.restoreArticle(snap!)).toBe(true);
    expect(await rawCounts(name)).toEqual({ articles: 2, documents: 3, citations: 4 });
    expect((await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')![0].doc).toEqual(snap!.documents.find((d) => d.id === '18-NQ/TW@XII'));
    expect((await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')![0].doc.starred).toBe(true);
  });

  it('restore refuses when the URL was saved again meanwhile', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const snap = (await lib.deleteArticle(A))!;
    await lib.saveArticle({ article: article(A, { title: 'Saved again' }), documents: [] });
    expect(await lib.restoreArticle(snap)).toBe(false);
    expect((await lib.getArticle(A))!.title).toBe('Saved again');
  });
});

describe('queries', () => {
  it('listArticles: newest first, by site, with limit and offset, without the text', async () => {
    const lib = await freshLibrary();
    const urls = ['https://nhandan.vn/1', 'https://vnexpress.net/2', 'https://nhandan.vn/3', 'https://nhandan.vn/4'];
    for (const url of urls) {
      await lib.saveArticle({ article: article(url), documents: url.endsWith('3') ? [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('57-NQ/TW', { term: 'XIII' }))] : [] });
      await tick();
    }
    const all = await lib.listArticles();
    expect(all.map((a) => a.url)).toEqual([...urls].reverse());
    expect(all.every((a) => !('text' in a))).toBe(true);
    expect(all.find((a) => a.url.endsWith('3'))!.documents).toBe(2);
    expect((await lib.listArticles({ limit: 2, offset: 1 })).map((a) => a.url)).toEqual([urls[2], urls[1]]);
    expect((await lib.listArticles({ offset: 10 }))).toEqual([]);
    expect((await lib.listArticles({ limit: 0 }))).toEqual([]);
    expect((await lib.listArticles({ site: 'nhandan.vn' })).map((a) => a.url)).toEqual([urls[3], urls[2], urls[0]]);
    expect((await lib.listArticles({ site: 'nhandan.vn', limit: 1, offset: 1 })).map((a) => a.url)).toEqual([urls[2]]);
    // Re-saving an old article does not move it: the list is by first save.
    await lib.saveArticle({ article: article(urls[0]), documents: [] });
    expect((await lib.listArticles({ limit: 1 }))[0].url).toBe(urls[3]);
  });

  it('listDocuments filters by type, party and starred, with citedIn counts, most recently cited first', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('35-KL/TW', { term: 'XIII' }))] });
    await tick();
    const state = { ...ref('01/NQ-CP'), party: false, type: 'NQ', issuer: 'CP' };
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(state)] });
    await lib.setStarred('35-KL/TW@XIII', true);

    const ids = (l: Array<{ doc: { id: string } }>) => l.map((d) => d.doc.id);
    const all = await lib.listDocuments();
    expect(ids(all)).toEqual(['01/NQ-CP', '18-NQ/TW@XII', '35-KL/TW@XIII']);
    expect(all.map((d) => d.citedIn)).toEqual([1, 2, 1]);
    expect(ids(await lib.listDocuments({ type: 'NQ' }))).toEqual(['01/NQ-CP', '18-NQ/TW@XII']);
    expect(ids(await lib.listDocuments({ type: 'NQ', party: true }))).toEqual(['18-NQ/TW@XII']);
    expect(ids(await lib.listDocuments({ party: false }))).toEqual(['01/NQ-CP']);
    expect(ids(await lib.listDocuments({ party: true }))).toEqual(['18-NQ/TW@XII', '35-KL/TW@XIII']);
    expect(ids(await lib.listDocuments({ starred: true }))).toEqual(['35-KL/TW@XIII']);
    expect(ids(await lib.listDocuments({ starred: false, party: true }))).toEqual(['18-NQ/TW@XII']);
    expect(ids(await lib.listDocuments({ type: 'CT' }))).toEqual([]);
  });

  it('citationsOf: newest first with the articles\' titles', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A, { title: 'Bài A' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await tick();
    await lib.saveArticle({ article: article(B, { title: 'Bài B' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const list = await lib.citationsOf(docIdOf('18-NQ/TW', 'XII'));
    expect(list.map((c) => [c.articleTitle, c.site])).toEqual([['Bài B', 'baochinhphu.vn'], ['Bài A', 'nhandan.vn']]);
    expect(await lib.citationsOf('nothing')).toEqual([]);
  });
});

describe('setTags', () => {
  it('replaces an article\'s tags, cleaned, and refuses an unsaved article', async () => {
    const lib = await freshLibrary();
    const text = 'Kết luận số 40-KL/TW của Bộ Chính trị.';
    const { documents } = extractReferences(text);
    await lib.saveArticle({ article: article(A, { text }), documents: documents.map((doc) => cite(doc, [text], 1)) });
    expect(await lib.setTags(A, [' biên chế ', 'biên chế', '', 'Trung ương'])).toBe(true);
    expect((await lib.getArticle(A))?.tags).toEqual(['biên chế', 'Trung ương']);
    expect((await lib.listArticles())[0].tags).toEqual(['biên chế', 'Trung ương']);
    expect(await lib.setTags(B, ['x'])).toBe(false);
  });
});
