import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { article, CATALOG_57, cite, freshLibrary, ref, tick } from './helpers';

const A = 'https://nhandan.vn/a';
const B = 'https://tuoitre.vn/b';
const C = 'https://vnexpress.net/c';

describe('documents and what the library learns', () => {
  it('the same document cited by two articles is one record cited in 2; each article teaches what it prints', async () => {
    const lib = await freshLibrary();
    // Article A names the document only: the catalog supplies term, date and title.
    const a = await lib.saveArticle({ article: article(A), documents: [cite(ref('57-NQ/TW', { body: 'Bộ Chính trị' }, CATALOG_57))] });
    let [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.doc.id).toBe('57-NQ/TW@XIII');
    expect(k.doc.facts).toEqual({
      body: { from: 'article', articleUrl: A, at: a.savedAt },
      term: { from: 'catalog', source: CATALOG_57.source, confidence: 'high' },
      date: { from: 'catalog', source: CATALOG_57.source, confidence: 'high' },
      title: { from: 'catalog', source: CATALOG_57.source, confidence: 'high' },
    });
    await tick();
    // Article B prints the date and its own wording of the title: text beats the catalog.
    const b = await lib.saveArticle({
      article: article(B),
      documents: [cite(ref('57-NQ/TW', { term: 'XIII', date: '2024-12-22', title: 'về đột phá khoa học' }, CATALOG_57))],
    });
    [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.citedIn).toBe(2);
    expect(k.doc).toMatchObject({ title: 'về đột phá khoa học', date: '2024-12-22', term: 'XIII', body: 'Bộ Chính trị', firstSeen: a.savedAt, lastCited: b.updatedAt });
    expect(k.doc.facts).toEqual({
      body: { from: 'article', articleUrl: A, at: a.savedAt },
      term: { from: 'article', articleUrl: B, at: b.savedAt },
      date: { from: 'article', articleUrl: B, at: b.savedAt },
      title: { from: 'article', articleUrl: B, at: b.savedAt },
    });
    await tick();
    // Article C only has catalog facts and a different printed title: neither overwrites what articles taught.
    await lib.saveArticle({ article: article(C), documents: [cite(ref('57-NQ/TW', { title: 'một tiêu đề khác' }, { ...CATALOG_57, date: '2024-12-23' }))] });
    [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.citedIn).toBe(3);
    expect(k.doc).toMatchObject({ title: 'về đột phá khoa học', date: '2024-12-22' });
    expect(k.doc.facts.title).toEqual({ from: 'article', articleUrl: B, at: b.savedAt });
  });

  it('a catalog fact fills a gap but never replaces an article fact', async () => {
    const lib = await freshLibrary();
    const a = await lib.saveArticle({ article: article(A), documents: [cite(ref('57-NQ/TW', { term: 'XIII', title: 'về khoa học' }))] });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('57-NQ/TW', {}, { ...CATALOG_57, title: 'Catalog title' }))] });
    const [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.doc.title).toBe('về khoa học');
    expect(k.doc.facts.title).toEqual({ from: 'article', articleUrl: A, at: a.savedAt });
    expect(k.doc.date).toBe(CATALOG_57.date); // the gap is filled
    expect(k.doc.facts.date).toEqual({ from: 'catalog', source: CATALOG_57.source, confidence: 'high' });
  });

  it('a fact the page showed from the library is not saved again as the new article\'s own', async () => {
    const lib = await freshLibrary();
    const a = await lib.saveArticle({ article: article(A), documents: [cite(ref('57-NQ/TW', { term: 'XIII', title: 'về khoa học' }))] });
    // Page B showed that title from the library (source 'library'): saving B must not make it B's.
    const shown = ref('57-NQ/TW', { term: 'XIII', title: 'về khoa học' });
    shown.sources.title = 'library';
    await lib.saveArticle({ article: article(B), documents: [cite(shown)] });
    const [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.citedIn).toBe(2);
    expect(k.doc.facts.title).toEqual({ from: 'article', articleUrl: A, at: a.savedAt });
  });

  it('with the real engine: an article printing the facts upgrades catalog knowledge to article knowledge', async () => {
    const lib = await freshLibrary();
    const short = 'Nghị quyết 57-NQ/TW của Bộ Chính trị là đột phá.';
    const full = 'Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.';
    const save = (url: string, text: string) => lib.saveArticle({
      article: article(url, { text }),
      documents: extractReferences(text).documents.map((d) => cite(d, [text], d.mentions.length)),
    });
    await save(A, short);
    expect((await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')![0].doc.facts.date).toMatchObject({ from: 'catalog' });
    const b = await save(B, full);
    const [k] = (await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!;
    expect(k.citedIn).toBe(2);
    expect(k.doc.facts.date).toEqual({ from: 'article', articleUrl: B, at: b.savedAt });
    expect(k.doc.title).toBe('đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
  });

  it('the same key in two terms stays two documents', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII', date: '2017-10-25' }))] });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XIII', date: '2022-06-16' }))] });
    await lib.saveArticle({ article: article(C), documents: [cite(ref('18-NQ/TW', { term: 'XIII' }))] });
    const known = (await lib.knowledge(['18-NQ/TW', '18-NQ/TW', 'unknown-key'])).get('18-NQ/TW')!;
    expect(known.map((k) => [k.doc.id, k.doc.date, k.citedIn])).toEqual([
      ['18-NQ/TW@XIII', '2022-06-16', 2],
      ['18-NQ/TW@XII', '2017-10-25', 1],
    ]);
    expect((await lib.knowledge(['unknown-key'])).size).toBe(0);
  });

  it('a termless document joins the only record of its key, stays apart when there are several or none', async () => {
    const lib = await freshLibrary();
    // None yet: it is kept under its bare key.
    await lib.saveArticle({ article: article(A), documents: [cite(ref('35-KL/TW'))] });
    expect((await lib.listDocuments()).map((d) => d.doc.id)).toEqual(['35-KL/TW']);

    // Exactly one record of the key: joins it and teaches it what it prints.
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await lib.saveArticle({ article: article(C), documents: [cite(ref('18-NQ/TW', { body: 'Ban Chấp hành Trung ương' }))] });
    let known = (await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')!;
    expect(known.map((k) => [k.doc.id, k.citedIn, k.doc.body])).toEqual([['18-NQ/TW@XII', 2, 'Ban Chấp hành Trung ương']]);

    // Two records of the key: a termless mention stays under the bare key.
    await lib.saveArticle({ article: article('https://a.vn/4'), documents: [cite(ref('18-NQ/TW', { term: 'XIII' }))] });
    await lib.saveArticle({ article: article('https://a.vn/5'), documents: [cite(ref('18-NQ/TW', { title: 'về gì đó' }))] });
    known = (await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')!;
    expect(known.map((k) => k.doc.id).sort()).toEqual(['18-NQ/TW', '18-NQ/TW@XII', '18-NQ/TW@XIII']);
    expect(known.find((k) => k.doc.id === '18-NQ/TW@XII')!.doc.title).toBeUndefined();
  });
});

describe('starring', () => {
  it('stars and unstars a saved document by id; unstarring keeps a cited document', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const starred = await lib.setStarred('18-NQ/TW@XII', true);
    expect(starred).toMatchObject({ id: '18-NQ/TW@XII', starred: true });
    expect(starred!.starredAt).toBeTypeOf('string');
    expect((await lib.setStarred('18-NQ/TW@XII', true))!.starredAt).toBe(starred!.starredAt); // idempotent
    const unstarred = await lib.setStarred('18-NQ/TW@XII', false);
    expect(unstarred).toMatchObject({ id: '18-NQ/TW@XII', starred: false });
    expect(unstarred).not.toHaveProperty('starredAt');
    expect(await lib.listDocuments({ starred: true })).toEqual([]);
    expect(await lib.setStarred('no-such-id', true)).toBeNull();
  });

  it('starring a RefDocument from an unsaved page creates it; unstarring it (uncited) removes it', async () => {
    const lib = await freshLibrary();
    const doc = ref('57-NQ/TW', { body: 'Bộ Chính trị' }, CATALOG_57);
    const rec = await lib.setStarred(doc, true);
    expect(rec).toMatchObject({ id: '57-NQ/TW@XIII', starred: true, title: CATALOG_57.title, body: 'Bộ Chính trị' });
    expect(rec!.facts.body).toEqual({ from: 'article', at: rec!.firstSeen }); // no saved article to name
    expect(rec).not.toHaveProperty('lastCited');
    expect((await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')).toEqual([{ doc: rec, citedIn: 0 }]);
    expect((await lib.listDocuments({ starred: true })).map((d) => d.doc.id)).toEqual(['57-NQ/TW@XIII']);

    // A later save cites the starred record rather than making another.
    await lib.saveArticle({ article: article(A), documents: [cite(doc)] });
    expect((await lib.knowledge(['57-NQ/TW'])).get('57-NQ/TW')!.map((k) => [k.doc.id, k.doc.starred, k.citedIn])).toEqual([['57-NQ/TW@XIII', true, 1]]);
    await lib.deleteArticle(A);
    expect(await lib.setStarred(doc, false)).toBeNull();
    expect(await lib.listDocuments()).toEqual([]);
    expect(await lib.setStarred(doc, false)).toBeNull(); // unstarring what is not there creates nothing
    expect(await lib.listDocuments()).toEqual([]);
  });

  it('starring by RefDocument keeps what the library already knows', async () => {
    const lib = await freshLibrary();
    const a = await lib.saveArticle({ article: article(A), documents: [cite(ref('57-NQ/TW', { term: 'XIII', title: 'về khoa học' }))] });
    const rec = await lib.setStarred(ref('57-NQ/TW', { term: 'XIII', title: 'other' }), true);
    expect(rec).toMatchObject({ title: 'về khoa học', starred: true, lastCited: a.savedAt });
    expect(rec!.facts.title).toEqual({ from: 'article', articleUrl: A, at: a.savedAt });
  });
});
