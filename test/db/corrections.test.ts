import { describe, expect, it } from 'vitest';
import {
  MAX_UNDO, checkCorrection, correctDocument, correctRecord, mergeDocuments, mergeRecords, splitDocument, undoCorrection, undoDepth,
  type DocumentRecord,
} from '../../utils/db';
import { exportJson, importJson } from '../../utils/library';
import { chooseCandidate } from '../../utils/page/choice';
import { article, cite, freshLibrary, ref, tick } from './helpers';

const A = 'https://nhandan.vn/a.html';
const B = 'https://tuoitre.vn/b.html';
const C = 'https://thanhnien.vn/c.html';

describe('checkCorrection: what the reader types is checked per field', () => {
  const ROWS: Array<[string, Parameters<typeof checkCorrection>[0], string, { value: string } | { error: RegExp }]> = [
    ['a subject, spaces tidied', 'title', '  về   đổi mới  ', { value: 'về đổi mới' }],
    ['a term in lower case', 'term', 'xiii', { value: 'XIII' }],
    ['a term in Arabic numerals', 'term', '13', { error: /Roman/ }],
    ['a date', 'date', '2017-10-25', { value: '2017-10-25' }],
    ['a date in Vietnamese order', 'date', '25/10/2017', { error: /yyyy-mm-dd/ }],
    ['month 13', 'date', '2017-13-01', { error: /yyyy-mm-dd/ }],
    ['nothing', 'body', '   ', { error: /empty/ }],
    ['a subject too long', 'title', 'x'.repeat(501), { error: /longer than 500/ }],
  ];
  it.each(ROWS)('%s', (_n, field, raw, want) => {
    const got = checkCorrection(field, raw);
    if ('value' in want) expect(got).toEqual(want);
    else expect('error' in got && got.error).toMatch(want.error);
  });
});

describe('the reader\'s corrections in the library', () => {
  it('win over what saves bring later, are marked as the reader\'s, and undo in turn', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'sắp xếp đơn vị sự nghiệp' }))] });
    const r1 = await correctDocument(lib, '18-NQ/TW@XII', 'title', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy');
    expect(r1.status).toBe('done');
    await tick();
    const r2 = await correctDocument(lib, '18-NQ/TW@XII', 'title', 'Tinh gọn bộ máy');
    expect(r2.status === 'done' && r2.record.facts.title).toMatchObject({ from: 'reader' });

    // A later article printing another subject changes nothing the reader said.
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'một cách gọi khác' }))] });
    const [known] = (await lib.knowledge(['18-NQ/TW'])).get('18-NQ/TW')!;
    expect([known.doc.title, known.doc.facts.title?.from, known.citedIn]).toEqual(['Tinh gọn bộ máy', 'reader', 2]);

    // Undo, twice: back to the first article's subject and its source.
    await undoCorrection(lib, '18-NQ/TW@XII', 'title');
    const back = await undoCorrection(lib, '18-NQ/TW@XII', 'title');
    expect(back.status === 'done' && [back.record.title, back.record.facts.title]).toEqual(['sắp xếp đơn vị sự nghiệp', { from: 'article', articleUrl: A, at: expect.any(String) }]);
    expect((await undoCorrection(lib, '18-NQ/TW@XII', 'title')).status).toBe('missing');
  });

  it('undo of a field that was empty empties it again; a correction of a record that is gone is refused', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('35-KL/TW', { term: 'XIII' }))] });
    await correctDocument(lib, '35-KL/TW@XIII', 'date', '2022-05-05');
    const back = await undoCorrection(lib, '35-KL/TW@XIII', 'date');
    expect(back.status === 'done' && back.record).not.toHaveProperty('date');
    expect(back.status === 'done' && back.record.facts).not.toHaveProperty('date');
    expect(await correctDocument(lib, 'nope', 'title', 'x')).toEqual({ status: 'missing' });
    expect(await correctDocument(lib, '35-KL/TW@XIII', 'term', '13')).toMatchObject({ status: 'invalid' });
  });

  it('correcting the term moves the record and its citations to the document\'s identity', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { title: 'về đất đai' }), ['Câu A.'], 2)] });
    const r = await correctDocument(lib, '18-NQ/TW', 'term', 'XIII');
    expect(r.status === 'done' && r.record.id).toBe('18-NQ/TW@XIII');
    expect((await lib.listDocuments()).map((d) => [d.doc.id, d.citedIn])).toEqual([['18-NQ/TW@XIII', 1]]);
    expect((await lib.citationsOf('18-NQ/TW@XIII')).map((c) => [c.articleUrl, c.mentions, c.sentences])).toEqual([[A, 2, ['Câu A.']]]);
    // Undone: back under the bare key.
    const back = await undoCorrection(lib, '18-NQ/TW@XIII', 'term');
    expect(back.status === 'done' && back.record.id).toBe('18-NQ/TW');
    expect((await lib.citationsOf('18-NQ/TW')).length).toBe(1);
  });

  it('a term that names a document the library has is not merged silently; merging is asked for and adds up', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }), ['Câu A.'])] });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { title: 'sắp xếp bộ máy' }), ['Câu B.'])] });
    // B's termless mention joined the only record; a third article with another term makes a second one.
    await lib.saveArticle({ article: article(C), documents: [cite(ref('18-NQ/TW', { term: 'XIII' }), ['Câu C.'])] });
    expect(await correctDocument(lib, '18-NQ/TW@XIII', 'term', 'XII')).toEqual({ status: 'exists', id: '18-NQ/TW@XII' });
    expect((await lib.listDocuments()).length).toBe(2);

    const merged = await mergeDocuments(lib, '18-NQ/TW@XIII', '18-NQ/TW@XII');
    expect(merged.status === 'done' && [merged.record.id, merged.record.term]).toEqual(['18-NQ/TW@XII', 'XII']);
    expect((await lib.listDocuments()).map((d) => [d.doc.id, d.citedIn])).toEqual([['18-NQ/TW@XII', 3]]);
    expect(await mergeDocuments(lib, '18-NQ/TW@XII', '18-NQ/TW@XII')).toMatchObject({ status: 'invalid' });
  });

  it('a record that folded two documents is split: the chosen articles move to the other one, with what they taught', async () => {
    const lib = await freshLibrary();
    // Three articles without a term: one record. B's is in fact the land resolution of term XIII.
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { title: 'về sắp xếp bộ máy' }), ['Câu A.'])] });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW'), ['Câu B.'])] });
    await lib.saveArticle({ article: article(C), documents: [cite(ref('18-NQ/TW'), ['Câu C.'])] });
    expect((await lib.listDocuments()).map((d) => [d.doc.id, d.citedIn])).toEqual([['18-NQ/TW', 3]]);
    expect(await splitDocument(lib, '18-NQ/TW', [B], '13')).toMatchObject({ status: 'invalid' });
    expect(await splitDocument(lib, '18-NQ/TW', [], 'XIII')).toMatchObject({ status: 'invalid' });
    const r = await splitDocument(lib, '18-NQ/TW', [B], 'xiii');
    expect(r.status === 'done' && r.record).toMatchObject({ id: '18-NQ/TW@XIII', term: 'XIII', facts: { term: { from: 'reader' } } });
    expect(r.status === 'done' && r.record.title).toBeUndefined(); // A's subject stays with A's record
    const docs = new Map((await lib.listDocuments()).map((d) => [d.doc.id, d]));
    expect([docs.get('18-NQ/TW')?.citedIn, docs.get('18-NQ/TW@XIII')?.citedIn]).toEqual([2, 1]);
    expect(docs.get('18-NQ/TW')?.doc.title).toBe('về sắp xếp bộ máy');
    expect((await lib.citationsOf('18-NQ/TW@XIII')).map((c) => [c.articleUrl, c.sentences])).toEqual([[B, ['Câu B.']]]);
    // Moving every article away leaves no empty record behind.
    await splitDocument(lib, '18-NQ/TW', [A, C], 'XII');
    expect((await lib.listDocuments()).map((d) => d.doc.id).sort()).toEqual(['18-NQ/TW@XII', '18-NQ/TW@XIII']);
  });

  it('two organisations\' documents of one number are never merged', async () => {
    const lib = await freshLibrary();
    const local = (locality: string) => ({ ...ref('NQ-ĐHĐB-XVI'), locality, sources: { locality: 'site' as const } });
    await lib.saveArticle({ article: article(A), documents: [cite(local('Đảng bộ tỉnh Lào Cai'))] });
    await lib.saveArticle({ article: article(B), documents: [cite(local('Đảng bộ thành phố Cần Thơ'))] });
    const ids = (await lib.listDocuments()).map((d) => d.doc.id).sort();
    expect(ids).toEqual(['NQ-ĐHĐB-XVI|Đảng bộ thành phố Cần Thơ', 'NQ-ĐHĐB-XVI|Đảng bộ tỉnh Lào Cai']);
    expect(await mergeDocuments(lib, ids[0], ids[1])).toMatchObject({ status: 'invalid' });
  });

  it('saving the article again keeps its citation where the reader put it, and the corrections with it', async () => {
    const lib = await freshLibrary();
    const save = (url: string, doc = ref('18-NQ/TW', { term: 'XII', title: 'cách gọi của bài' })) => lib.saveArticle({ article: article(url), documents: [cite(doc)] });
    await save(A);
    await correctDocument(lib, '18-NQ/TW@XII', 'term', 'XIII');
    await correctDocument(lib, '18-NQ/TW@XIII', 'title', 'Tên bạn đọc sửa');
    await save(A); // the article still prints "khóa XII"
    const docs = (await lib.listDocuments()).map((d) => [d.doc.id, d.doc.title, d.citedIn]);
    expect(docs).toEqual([['18-NQ/TW@XIII', 'Tên bạn đọc sửa', 1]]);
    // A split moves one article; saving that one again keeps it on the document it was moved to.
    await save(B, ref('05-CT/TW'));
    await save(C, ref('05-CT/TW'));
    await splitDocument(lib, '05-CT/TW', [B], 'XII');
    await save(B, ref('05-CT/TW'));
    const split = new Map((await lib.listDocuments()).map((d) => [d.doc.id, d.citedIn]));
    expect([split.get('05-CT/TW'), split.get('05-CT/TW@XII')]).toEqual([1, 1]);
  });

  it('a record the reader corrected stays when no saved article cites it any more', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('35-KL/TW', { term: 'XIII' }))] });
    await correctDocument(lib, '35-KL/TW@XIII', 'title', 'Về công tác nhân sự');
    await lib.deleteArticle(A);
    expect((await lib.listDocuments()).map((d) => [d.doc.id, d.doc.title, d.citedIn])).toEqual([['35-KL/TW@XIII', 'Về công tác nhân sự', 0]]);
  });

  it('splitting into a document the article already cites adds the two citations up', async () => {
    const lib = await freshLibrary();
    // One article names 18-NQ/TW with its term three times and once without.
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XIII' }), ['Câu có khóa.'], 3)] });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await lib.transaction('readwrite', async (tx) => {
      // A termless citation of A on the bare record (the library had two records, so it stayed bare).
      await tx.objectStore('documents').put({ id: '18-NQ/TW', key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết', facts: {}, starred: false, firstSeen: 'T' });
      await tx.objectStore('citations').put({ id: `${A}|18-NQ/TW`, articleUrl: A, docId: '18-NQ/TW', mentions: 1, sentences: ['Câu không khóa.'], savedAt: 'T' });
    });
    await splitDocument(lib, '18-NQ/TW', [A], 'XIII');
    const [c] = await lib.citationsOf('18-NQ/TW@XIII');
    expect([c.mentions, c.sentences]).toEqual([4, ['Câu có khóa.', 'Câu không khóa.']]);
  });

  it('records of different keys are never merged', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('19-NQ/TW', { term: 'XII' }))] });
    expect(await mergeDocuments(lib, '18-NQ/TW@XII', '19-NQ/TW@XII')).toMatchObject({ status: 'invalid' });
    expect((await lib.listDocuments()).length).toBe(2);
  });

  it('survive export and import, and win over the other library\'s facts', async () => {
    const mine = await freshLibrary();
    await mine.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'cách gọi của bài A' }))] });
    await correctDocument(mine, '18-NQ/TW@XII', 'title', 'Tên đúng');
    const file = await exportJson(mine);

    const theirs = await freshLibrary();
    await theirs.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'cách gọi của bài B' }))] });
    await importJson(theirs, file);
    const [rec] = (await theirs.listDocuments()).map((d) => d.doc);
    expect([rec.title, rec.facts.title?.from]).toEqual(['Tên đúng', 'reader']);
    // And it can still be undone there.
    const back = await undoCorrection(theirs, '18-NQ/TW@XII', 'title');
    expect(back.status === 'done' && back.record.title).toBe('cách gọi của bài A');
  });
});

describe('a document the reader picked among the candidates on a page', () => {
  it('is saved as that document, its term the reader\'s, the rest the catalog\'s; a later save does not undo it', async () => {
    const lib = await freshLibrary();
    const entry = (term: string, date: string) => ({ key: '18-NQ/TW', type: 'Nghị quyết', body: 'Ban Chấp hành Trung ương', term, date, title: `Văn bản khóa ${term}`, source: `https://x.example.vn/${term}`, confidence: 'high' as const });
    const doc = ref('18-NQ/TW');
    doc.candidates = [entry('XIII', '2022-06-16'), entry('XII', '2017-10-25')];
    expect(chooseCandidate(doc, 1)).toBe(true);
    await lib.saveArticle({ article: article(A), documents: [cite(doc)] });
    const [rec] = (await lib.listDocuments()).map((d) => d.doc);
    expect(rec).toMatchObject({ id: '18-NQ/TW@XII', term: 'XII', date: '2017-10-25' });
    expect(rec.facts.term).toMatchObject({ from: 'reader' });
    expect(rec.facts.date).toMatchObject({ from: 'catalog', source: 'https://x.example.vn/XII' });
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const [again] = (await lib.listDocuments()).map((d) => d.doc);
    expect(again.facts.term).toMatchObject({ from: 'reader' });
  });
});

describe('agreement follows the saved articles', () => {
  const doc = (title: string) => ref('18-NQ/TW', { term: 'XII', title });
  const titleFact = async (lib: Awaited<ReturnType<typeof freshLibrary>>) => (await lib.listDocuments())[0].doc.facts.title;

  it('an agreeing article deleted, or re-saved printing otherwise, is no longer counted', async () => {
    const lib = await freshLibrary();
    for (const url of [A, B, C]) await lib.saveArticle({ article: article(url), documents: [cite(doc('về sắp xếp bộ máy'))] });
    expect(await titleFact(lib)).toMatchObject({ articleUrl: A, also: [B, C] });
    await lib.deleteArticle(B);
    expect(await titleFact(lib)).toMatchObject({ articleUrl: A, also: [C] });
    await lib.saveArticle({ article: article(C), documents: [cite(doc('một cách gọi khác'))] });
    expect(await titleFact(lib)).toEqual({ from: 'article', articleUrl: A, at: expect.any(String) });
  });

  it('the article that taught it deleted while others agree: one of them holds it', async () => {
    const lib = await freshLibrary();
    for (const url of [A, B]) await lib.saveArticle({ article: article(url), documents: [cite(doc('về sắp xếp bộ máy'))] });
    await lib.deleteArticle(A);
    const [rec] = (await lib.listDocuments()).map((d) => d.doc);
    expect([rec.title, rec.facts.title]).toEqual(['về sắp xếp bộ máy', { from: 'article', articleUrl: B, at: expect.any(String) }]);
  });
});

describe('correction history and agreement (pure)', () => {
  const base: DocumentRecord = {
    id: '18-NQ/TW@XII', key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết',
    term: 'XII', title: 't0', firstSeen: 'T', starred: false, facts: { title: { from: 'article', at: 'T' } },
  };

  it(`keeps at most ${MAX_UNDO} corrections to undo; the value of the newest always stands`, () => {
    let r = base;
    for (let i = 1; i <= MAX_UNDO + 3; i++) r = correctRecord(r, 'title', `t${i}`, `T${i}`);
    expect(r.title).toBe(`t${MAX_UNDO + 3}`);
    expect(undoDepth(r, 'title')).toBe(MAX_UNDO);
  });

  it('of two corrections of one field from two libraries, the later one wins', () => {
    const early = correctRecord(base, 'title', 'early', '2025-01-01T00:00:00.000Z');
    const late = correctRecord(base, 'title', 'late', '2025-06-01T00:00:00.000Z');
    expect(mergeRecords(early, late).title).toBe('late');
    expect(mergeRecords(late, early).title).toBe('late');
  });

  it('saved articles printing the same fact agree; a re-save of one article is not a second voice', async () => {
    const lib = await freshLibrary();
    const doc = () => ref('18-NQ/TW', { term: 'XII', title: 'về sắp xếp bộ máy' });
    await lib.saveArticle({ article: article(A), documents: [cite(doc())] });
    await lib.saveArticle({ article: article(A), documents: [cite(doc())] });
    let [rec] = (await lib.listDocuments()).map((d) => d.doc);
    expect(rec.facts.title).not.toHaveProperty('also');
    await lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'Về sắp xếp  bộ máy' }))] });
    await lib.saveArticle({ article: article(C), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'một điều khác' }))] });
    [rec] = (await lib.listDocuments()).map((d) => d.doc);
    expect(rec.facts.title).toMatchObject({ from: 'article', articleUrl: A, also: [B] });
    expect(rec.title).toBe('về sắp xếp bộ máy');
  });
});
