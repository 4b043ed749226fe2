import { describe, expect, it, vi } from 'vitest';
import { LibraryError, type DocumentRecord, type Library } from '../../utils/db';
import { backupOf, exportJson, IMPORT_LIMITS, ImportError, importJson, type ImportErrorReason, type LibraryBackup } from '../../utils/library';
import { article, cite, contents, failPut, fixtureLibrary, freshLibrary, ref, tick, URLS } from './helpers';
import { CATALOG_57 } from '../db/helpers';

const X = 'https://vietnamplus.vn/x.vnp';

/** A small valid backup: one article citing one document, from its own library. */
async function sample(): Promise<LibraryBackup> {
  const lib = await freshLibrary();
  await lib.saveArticle({ article: article(X, { lead: 'Sa pô', author: 'T.H.' }), documents: [cite(ref('66-NQ/TW', { term: 'XIII', title: 'về xây dựng pháp luật' }))] });
  return backupOf(lib);
}

async function refusal(lib: Library, text: string): Promise<ImportError> {
  const e = await importJson(lib, text).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

type Case = [label: string, make: (b: LibraryBackup, text: string) => string, reason: ImportErrorReason, message: RegExp];
const mutate = (fn: (b: any) => void) => (b: LibraryBackup) => {
  const copy = structuredClone(b);
  fn(copy);
  return JSON.stringify(copy);
};

const CASES: Case[] = [
  ['an empty file', () => '  \n', 'empty', /empty/],
  ['not JSON', () => 'Nghị quyết 18', 'not-json', /not valid JSON/],
  ['a truncated file', (_b, t) => t.slice(0, Math.floor(t.length / 2)), 'not-json', /truncated/],
  ['a syntax error, with its line and column', (_b, t) => t.replace('"articles":', '\n  "articles" '), 'not-json', /^line 2, column 14: the file is not valid JSON \(unexpected character "\["\)$/],
  ['a raw control character in a string', (_b, t) => t.replace('"Sa pô"', '"Sa\u0001pô"'), 'not-json', /unexpected control character U\+0001/],
  ['a JSON list', () => '[]', 'format', /not a VanKien library backup/],
  ['another format', mutate((b) => { b.format = 'zotero'; }), 'format', /format is "zotero", expected "vankien-library"/],
  ['a missing format', mutate((b) => { delete b.format; }), 'format', /format is missing/],
  ['a newer version', mutate((b) => { b.version = 3; }), 'version', /version 3 is not supported/],
  ['a correction history deeper than can be undone', mutate((b) => {
    let fact: Record<string, unknown> = { from: 'article', at: '2025-01-01T00:00:00.000Z' };
    for (let i = 0; i < 6; i++) fact = { from: 'reader', at: '2025-01-01T00:00:00.000Z', was: { value: `v${i}`, fact } };
    b.documents[0].facts.title = fact;
  }), 'too-deep', /^documents\[0\]\.facts\.title(\.was\.fact)*\.was: more than 5 corrections to undo/],
  ['an agreeing article that is no web address', mutate((b) => { b.documents[0].facts.title = { from: 'article', at: '2025-01-01T00:00:00.000Z', also: ['javascript:alert(1)'] }; }), 'invalid-url', /facts\.title\.also\[0\]: expected an http\(s\) URL/],
  ['a document id that is not its key, term and organisation', mutate((b) => { b.documents[0].id = `${b.documents[0].key}@XIV`; }), 'invalid-value', /documents\[0\]\.id: expected/],
  ['no articles', mutate((b) => { delete b.articles; }), 'missing-field', /^articles: missing/],
  ['articles not a list', mutate((b) => { b.articles = {}; }), 'wrong-type', /^articles: expected a list, got an object/],
  ['an article without a title', mutate((b) => { delete b.articles[0].title; }), 'missing-field', /^articles\[0\]\.title: missing/],
  ['a number for a title', mutate((b) => { b.articles[0].title = 42; }), 'wrong-type', /^articles\[0\]\.title: expected a string, got 42/],
  ['a null author', mutate((b) => { b.articles[0].author = null; }), 'wrong-type', /^articles\[0\]\.author: expected a string, got null/],
  ['an article that is not an object', mutate((b) => { b.articles[0] = 'x'; }), 'wrong-type', /^articles\[0\]: expected an object/],
  ['a javascript: URL', mutate((b) => { b.articles[0].url = 'javascript:alert(1)'; }), 'invalid-url', /^articles\[0\]\.url: expected an http\(s\) URL/],
  ['an ftp URL in a citation', mutate((b) => { b.citations[0].articleUrl = 'ftp://x.vn/a'; }), 'invalid-url', /^citations\[0\]\.articleUrl/],
  ['a data: URL as a fact source', mutate((b) => { b.documents[0].facts.title = { from: 'catalog', source: 'data:text/html,x', confidence: 'high' }; }), 'invalid-url', /facts\.title\.source/],
  ['an oversized text', mutate((b) => { b.articles[0].text = 'x'.repeat(IMPORT_LIMITS.text + 1); }), 'too-long', /^articles\[0\]\.text: longer than 2000000 characters/],
  ['an oversized sentence', mutate((b) => { b.citations[0].sentences = ['x'.repeat(401)]; }), 'too-long', /^citations\[0\]\.sentences\[0\]: longer than 400/],
  ['too many sentences', mutate((b) => { b.citations[0].sentences = ['a', 'b', 'c', 'd', 'e', 'f']; }), 'too-many', /more than 5 items/],
  ['too many records', mutate((b) => { b.documents = Array.from({ length: IMPORT_LIMITS.records + 1 }, () => ({})); }), 'too-many', /^documents: 200001 records, more than the 200000/],
  ['__proto__ in an article', (_b, t) => t.replace('"url":', '"__proto__":{"polluted":true},"url":'), 'forbidden-key', /^articles\[0\]\.__proto__: the key "__proto__" is not allowed/],
  ['constructor in the facts', mutate((b) => { b.documents[0].facts.constructor = { prototype: {} }; }), 'forbidden-key', /facts\.constructor/],
  ['prototype at the top', mutate((b) => { b.prototype = 1; }), 'forbidden-key', /^prototype/],
  ['absurd nesting', (_b, t) => t.replace('"citations":', `"extra":${'['.repeat(100_000)}1${']'.repeat(100_000)},"citations":`), 'too-deep', /^extra(\[0\])+: nested more than 16 levels/],
  ['a citation of an article not in the file', mutate((b) => { b.citations[0].articleUrl = 'https://nhandan.vn/nowhere'; b.citations[0].id = `https://nhandan.vn/nowhere|${b.citations[0].docId}`; }), 'unknown-reference', /article that is not in the file/],
  ['a citation of a document not in the file', mutate((b) => { b.citations[0].docId = '1-NQ/TW'; b.citations[0].id = `${X}|1-NQ/TW`; }), 'unknown-reference', /document that is not in the file: "1-NQ\/TW"/],
  ['a citation id not made of its article and document', mutate((b) => { b.citations[0].id = 'x'; }), 'invalid-value', /^citations\[0\]\.id/],
  ['the same article twice', mutate((b) => { b.articles.push(b.articles[0]); }), 'duplicate', /^articles\[1\]: ".*" appears twice/],
  ['a date-time that is not one', mutate((b) => { b.articles[0].savedAt = 'yesterday'; }), 'invalid-value', /savedAt: expected a date-time/],
  ['a document id not of its key', mutate((b) => { b.documents[0].id = '99-NQ/TW@XIII'; }), 'invalid-value', /^documents\[0\]\.id/],
  ['party and its index flag disagree', mutate((b) => { b.documents[0].partyFlag = 0; }), 'invalid-value', /partyFlag: expected 1/],
  ['an unknown fact field', mutate((b) => { b.documents[0].facts.colour = { from: 'article', at: b.articles[0].savedAt }; }), 'invalid-value', /facts\.colour: unknown field/],
  ['an unknown fact origin', mutate((b) => { b.documents[0].facts.title.from = 'rumour'; }), 'invalid-value', /facts\.title\.from: expected "article" or "catalog"/],
  ['starred without since when', mutate((b) => { b.documents[0].starred = true; }), 'invalid-value', /starredAt: missing/],
  ['a string for a boolean', mutate((b) => { b.documents[0].starred = 'yes'; }), 'wrong-type', /starred: expected true or false/],
  ['negative mentions', mutate((b) => { b.citations[0].mentions = -1; }), 'invalid-value', /mentions: expected a number from 0/],
  ['fractional mentions', mutate((b) => { b.citations[0].mentions = 1.5; }), 'wrong-type', /mentions: expected a whole number/],
  ['tags not a list', mutate((b) => { b.articles[0].tags = 'a,b'; }), 'wrong-type', /tags: expected a list of strings/],
];

describe('importJson refuses a malformed or hostile file before writing anything', () => {
  it.each(CASES)('%s', async (_label, make, reason, message) => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const before = await contents(lib);
    const b = await sample();
    const e = await refusal(lib, make(b, JSON.stringify(b)));
    expect(e.reason).toBe(reason);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđ]/); // English, for the log; the UI translates the reason
    expect(await contents(lib)).toEqual(before);
  });

  it('prototype pollution does not happen', async () => {
    const lib = await freshLibrary();
    const text = JSON.stringify(await sample()).replace('"url":', '"__proto__":{"polluted":true},"url":');
    await refusal(lib, text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a byte order mark is fine', async () => {
    const lib = await freshLibrary();
    const r = await importJson(lib, '\uFEFF' + JSON.stringify(await sample()));
    expect(r.articles.added).toBe(1);
  });

  it('fields the format does not know are left out, not stored', async () => {
    const lib = await freshLibrary();
    const b: any = await sample();
    b.articles[0].script = '<script>';
    await importJson(lib, JSON.stringify(b));
    expect((await lib.getArticle(X)) as unknown).not.toHaveProperty('script');
  });
});

describe('importJson merges without duplicates', () => {
  it('importing a library into itself changes nothing', async () => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const before = await contents(lib);
    const r = await importJson(lib, await exportJson(lib));
    expect(r).toEqual({
      articles: { added: 0, updated: 0, kept: 7, removed: 0 },
      documents: { added: 0, updated: 0, kept: 5, removed: 0 },
      citations: { added: 0, updated: 0, kept: 5, removed: 0 },
    });
    expect(await contents(lib)).toEqual(before);
  });

  it('the newer version of an article wins with its citations; documents merge by the knowledge rules; stars add up', async () => {
    const mine = await freshLibrary();
    const theirs = await freshLibrary();
    const A = URLS.a1, B = URLS.a2, C = URLS.a3;
    // Mine: A cites 18 (catalog-only title) and 35; B is newer here.
    await mine.saveArticle({ article: article(A, { title: 'A (mine, old)' }), documents: [cite(ref('57-NQ/TW', {}, CATALOG_57)), cite(ref('35-KL/TW', { term: 'XIII' }))] });
    await tick();
    // Theirs: A saved later, citing 57 with a printed title, no longer 35; B older; C only theirs; 66 starred.
    await theirs.saveArticle({ article: article(B, { title: 'B (theirs, old)' }), documents: [cite(ref('66-NQ/TW', { term: 'XIII' }))] });
    await tick();
    await theirs.saveArticle({ article: article(A, { title: 'A (theirs, new)' }), documents: [cite(ref('57-NQ/TW', { term: 'XIII', title: 'về đột phá khoa học' }, CATALOG_57), ['Câu mới.'])] });
    await theirs.saveArticle({ article: article(C), documents: [cite(ref('66-NQ/TW', { term: 'XIII' }))] });
    await theirs.setStarred('66-NQ/TW@XIII', true);
    await tick();
    await mine.saveArticle({ article: article(B, { title: 'B (mine, new)' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const mineA = (await mine.getArticle(A))!;

    const r = await importJson(mine, await exportJson(theirs));
    expect(r.articles).toEqual({ added: 1, updated: 1, kept: 1, removed: 0 });
    // A's citation of 57 replaced, of 35 dropped; B's (theirs) ignored; C's added.
    expect(r.citations).toEqual({ added: 1, updated: 1, kept: 1, removed: 1 });
    // 57 merged (updated), 66 added, 35 removed (no longer cited, not starred).
    expect(r.documents).toEqual({ added: 1, updated: 1, kept: 0, removed: 1 });

    const a = (await mine.getArticle(A))!;
    expect(a.title).toBe('A (theirs, new)');
    expect(a.savedAt).toBe(mineA.savedAt); // the first save stays the first save
    expect((await mine.getArticle(B))!.title).toBe('B (mine, new)');
    expect((await mine.getArticle(C))).not.toBeNull();

    const docs = new Map((await mine.listDocuments()).map((k) => [k.doc.id, k]));
    expect([...docs.keys()].sort()).toEqual(['18-NQ/TW@XII', '57-NQ/TW@XIII', '66-NQ/TW@XIII']);
    const d57 = docs.get('57-NQ/TW@XIII')!.doc;
    expect(d57.title).toBe('về đột phá khoa học'); // printed in an article beats the catalog
    expect(d57.facts.title).toMatchObject({ from: 'article', articleUrl: A });
    expect(d57.facts.date).toMatchObject({ from: 'catalog' });
    expect(docs.get('66-NQ/TW@XIII')).toMatchObject({ citedIn: 1, doc: { starred: true } });
    expect((await mine.citationsOf('57-NQ/TW@XIII')).map((c) => c.sentences)).toEqual([['Câu mới.']]);

    // Again: nothing new.
    const before = await contents(mine);
    const again = await importJson(mine, await exportJson(theirs));
    expect(again.articles).toEqual({ added: 0, updated: 0, kept: 3, removed: 0 });
    expect(await contents(mine)).toEqual(before);
  });

  it('of two articles\' facts the earlier stays; starred if either is, since the earlier starring', async () => {
    const mine = await freshLibrary();
    const theirs = await freshLibrary();
    await theirs.saveArticle({ article: article(URLS.a2), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'về tinh gọn (theirs, first)' }))] });
    await theirs.setStarred('18-NQ/TW@XII', true);
    await tick();
    await mine.saveArticle({ article: article(URLS.a1), documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'về tinh gọn (mine, later)', body: 'Ban Chấp hành Trung ương' }))] });
    const theirDoc = (await theirs.listDocuments())[0].doc;
    await importJson(mine, await exportJson(theirs));
    const [k] = await mine.listDocuments();
    expect(k.citedIn).toBe(2);
    expect(k.doc).toMatchObject<Partial<DocumentRecord>>({
      title: 'về tinh gọn (theirs, first)', body: 'Ban Chấp hành Trung ương', starred: true, starredAt: theirDoc.starredAt,
      firstSeen: theirDoc.firstSeen,
    });
    expect(k.doc.facts.title).toMatchObject({ articleUrl: URLS.a2 });
    expect(k.doc.facts.body).toMatchObject({ articleUrl: URLS.a1 });
  });

  it('a document of the file that nothing cites and nobody starred is not brought in', async () => {
    const b: any = await sample();
    b.documents.push({ ...b.documents[0], id: '1-NQ/TW@XIII', key: '1-NQ/TW' });
    const lib = await freshLibrary();
    const r = await importJson(lib, JSON.stringify(b));
    expect(r.documents).toEqual({ added: 1, updated: 0, kept: 1, removed: 0 });
    expect((await lib.listDocuments()).map((k) => k.doc.id)).toEqual(['66-NQ/TW@XIII']);
  });
});

describe('importJson is one transaction', () => {
  it.each([1, 2, 5])('a write failing at put #%i leaves the library exactly as it was', async (n) => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const theirs = await freshLibrary();
    await fixtureLibrary(theirs);
    await theirs.saveArticle({ article: article(URLS.a1, { title: 'Changed' }), documents: [cite(ref('99-NQ/TW', { term: 'XIII' }))] });
    await theirs.saveArticle({ article: article(X), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const text = await exportJson(theirs);
    const before = await contents(lib);

    failPut(n, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const e = await refusal(lib, text);
    vi.restoreAllMocks();
    expect(e.reason).toBe('storage');
    expect(e.message).toMatch(/nothing was changed/);
    expect(e.cause).toBeInstanceOf(LibraryError);
    expect((e.cause as LibraryError).kind).toBe('quota');
    expect(await contents(lib)).toEqual(before);

    // The same import succeeds afterwards.
    const r = await importJson(lib, text);
    expect(r.articles).toEqual({ added: 1, updated: 7, kept: 0, removed: 0 }); // theirs were all saved later
  });
});

describe('importJson: a backup from before organisations were told apart', () => {
  it('a version-1 file whose record folds two provinces\' "NQ-ĐHĐB-XX" is split by the papers citing it', async () => {
    const old = await freshLibrary();
    const LC = 'https://baolaocai.vn/dai-hoi.html', CT = 'https://baocantho.com.vn/dai-hoi.html';
    // What a version-1 library held: one record for both, no organisation.
    for (const url of [LC, CT]) await old.saveArticle({ article: article(url), documents: [cite(ref('NQ-ĐHĐB-XX'))] });
    const file = JSON.parse(await exportJson(old));
    expect(file.documents.map((d: { id: string }) => d.id)).toEqual(['NQ-ĐHĐB-XX']);
    file.version = 1;
    const lib = await freshLibrary();
    await importJson(lib, JSON.stringify(file));
    expect((await lib.listDocuments()).map((d) => [d.doc.id, d.citedIn]).sort()).toEqual([
      ['NQ-ĐHĐB-XX|Đảng bộ thành phố Cần Thơ', 1], ['NQ-ĐHĐB-XX|Đảng bộ tỉnh Lào Cai', 1],
    ]);
    // A version-2 file is taken as it is: its records already say their organisation.
    file.version = 2;
    const other = await freshLibrary();
    await importJson(other, JSON.stringify(file));
    expect((await other.listDocuments()).map((d) => d.doc.id)).toEqual(['NQ-ĐHĐB-XX']);
  });
});
