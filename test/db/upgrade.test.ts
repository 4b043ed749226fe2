import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import {
  createV1, DB_VERSION, LibraryError, openLibrary, runUpgrades,
  type ArticleRecord, type CitationRecord, type DocumentRecord, type DocumentRecordV1, type LibrarySchema, type SchemaV1,
} from '../../utils/db';
import { dump, freshName, track } from './helpers';

const A = 'https://nhandan.vn/a';
const B = 'https://tuoitre.vn/b';
const T1 = '2024-01-01T08:00:00.000Z';
const T2 = '2024-02-01T08:00:00.000Z';

const articles: ArticleRecord[] = [
  { url: A, title: 'Bài A', site: 'nhandan.vn', published: '2023-12-31', savedAt: T1, updatedAt: T1, text: 'Văn bản A', tags: ['đất đai'], lang: 'vi' },
  { url: B, title: 'Bài B', site: 'tuoitre.vn', author: 'N.V.', savedAt: T2, updatedAt: T2, lead: 'Sa pô', text: 'Văn bản B', tags: [] },
];
const documents: DocumentRecordV1[] = [
  {
    id: '18-NQ/TW@XIII', key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết', number: '18', issuer: 'TW',
    body: 'Ban Chấp hành Trung ương', term: 'XIII', date: '2022-06-16', title: 'về đất đai',
    sources: { body: 'text', term: 'text', date: 'catalog', title: 'text' },
    catalogSource: { source: 'https://example.vn/18', confidence: 'high' },
    firstSeen: T1, lastCited: T2,
  },
  {
    id: '35-KL/TW', key: '35-KL/TW', party: true, partyFlag: 1, type: 'KL', typeName: 'Kết luận', number: '35', issuer: 'TW',
    title: 'về nhân sự', sources: { title: 'catalog' }, firstSeen: T2, lastCited: T2,
  },
  { id: '01/NQ-CP', key: '01/NQ-CP', party: false, partyFlag: 0, type: 'NQ', typeName: 'Nghị quyết', issuer: 'CP', sources: {}, firstSeen: T1, lastCited: T1 },
];
const citations: CitationRecord[] = [
  { id: `${A}|18-NQ/TW@XIII`, articleUrl: A, docId: '18-NQ/TW@XIII', mentions: 2, sentences: ['Câu một.'], savedAt: T1 },
  { id: `${B}|18-NQ/TW@XIII`, articleUrl: B, docId: '18-NQ/TW@XIII', mentions: 1, sentences: ['Câu hai.'], savedAt: T2 },
  { id: `${B}|35-KL/TW`, articleUrl: B, docId: '35-KL/TW', mentions: 1, sentences: [], savedAt: T2 },
  { id: `${A}|01/NQ-CP`, articleUrl: A, docId: '01/NQ-CP', mentions: 4, sentences: ['Câu ba.'], savedAt: T1 },
];

/** A version-1 database as the first release left it. */
async function makeV1(name: string): Promise<void> {
  const db = await openDB<SchemaV1>(name, 1, { upgrade: createV1 });
  const tx = db.transaction(['articles', 'documents', 'citations'], 'readwrite');
  for (const a of articles) await tx.objectStore('articles').put(a);
  for (const d of documents) await tx.objectStore('documents').put(d);
  for (const c of citations) await tx.objectStore('citations').put(c);
  await tx.done;
  db.close();
}

describe('upgrade from version 1', () => {
  it('keeps every article, document and citation, and backfills the version-2 fields and indexes', async () => {
    const name = freshName();
    await makeV1(name);
    const lib = track(await openLibrary(name));

    // Nothing lost.
    for (const a of articles) expect(await lib.getArticle(a.url)).toEqual(a);
    const cites = await lib.citationsOf('18-NQ/TW@XIII');
    expect(cites.map(({ articleTitle: _t, site: _s, published: _p, ...c }) => c)).toEqual([citations[1], citations[0]]);
    expect((await lib.listArticles()).map((a) => [a.url, a.documents])).toEqual([[B, 2], [A, 2]]);

    // Documents: `sources` became `facts` with provenance; text facts go to the first citing article.
    const all = await lib.listDocuments();
    expect(all.map((d) => [d.doc.id, d.citedIn])).toEqual([['18-NQ/TW@XIII', 2], ['35-KL/TW', 1], ['01/NQ-CP', 1]]);
    const [nq18, kl35, state] = all.map((d) => d.doc);
    const { sources: _s, catalogSource: _c, ...kept18 } = documents[0];
    expect(nq18).toEqual({
      ...kept18, starred: false,
      facts: {
        body: { from: 'article', articleUrl: A, at: T1 },
        term: { from: 'article', articleUrl: A, at: T1 },
        date: { from: 'catalog', source: 'https://example.vn/18', confidence: 'high' },
        title: { from: 'article', articleUrl: A, at: T1 },
      },
    });
    expect(kl35.facts).toEqual({ title: { from: 'catalog', source: '', confidence: 'medium' } });
    expect(state).toMatchObject({ starred: false, facts: {} });
    for (const d of [nq18, kl35, state]) expect(d).not.toHaveProperty('sources');

    // The new indexes work.
    expect((await lib.listDocuments({ type: 'KL' })).map((d) => d.doc.id)).toEqual(['35-KL/TW']);
    expect(await lib.listDocuments({ starred: true })).toEqual([]);
    await lib.setStarred('01/NQ-CP', true);
    expect((await lib.listDocuments({ starred: true })).map((d) => d.doc.id)).toEqual(['01/NQ-CP']);
    lib.close();

    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.transaction('documents').store.indexNames].sort()).toEqual(['byKey', 'byLastCited', 'byParty', 'byStarred', 'byType']);
    raw.close();
  });

  it('a new database is created at the current version through every step', async () => {
    const name = freshName();
    track(await openLibrary(name)).close();
    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['articles', 'changes', 'citations', 'documents', 'snapshots']);
    raw.close();
  });

  it('a failed upgrade is rolled back: the database stays at version 1 with its data', async () => {
    const name = freshName();
    await makeV1(name);
    const before = await dump(name);
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementationOnce(() => { throw new Error('disk on fire'); });
    const err = await openLibrary(name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).kind).toBe('version');
    expect((err as LibraryError).message).toMatch(/disk on fire/);
    expect(await dump(name)).toEqual(before);
    expect(before.version).toBe(1);
    vi.restoreAllMocks();
    // The next open succeeds.
    const lib = track(await openLibrary(name));
    expect((await lib.listDocuments()).length).toBe(3);
  });
});

/** A version-2 database, made by the real steps up to 2, then filled. */
async function makeV2(name: string, fill: { articles: ArticleRecord[]; documents: DocumentRecord[]; citations: CitationRecord[] }): Promise<void> {
  const db = await openDB<LibrarySchema>(name, 2, { upgrade: (d, old, _n, tx) => void runUpgrades(d, old, tx, 2) });
  const tx = db.transaction(['articles', 'documents', 'citations'], 'readwrite');
  for (const a of fill.articles) await tx.objectStore('articles').put(a);
  for (const d of fill.documents) await tx.objectStore('documents').put(d);
  for (const c of fill.citations) await tx.objectStore('citations').put(c);
  await tx.done;
  db.close();
}

describe('upgrade from version 2', () => {
  // Two provincial papers (their sites say which province) and a national one cite "NQ-ĐHĐB-XX";
  // version 2 kept it as one record.
  const LC = 'https://baolaocai.vn/dai-hoi.html';
  const CT = 'https://baocantho.com.vn/dai-hoi.html';
  const ND = 'https://nhandan.vn/dai-hoi.html';
  const art = (url: string, savedAt: string): ArticleRecord => ({ url, title: url, site: new URL(url).hostname, savedAt, updatedAt: savedAt, text: 'x', tags: [] });
  const folded: DocumentRecord = {
    id: 'NQ-ĐHĐB-XX', key: 'NQ-ĐHĐB-XX', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết',
    body: 'Đại hội Đảng bộ', title: 'phát triển du lịch vùng cao', firstSeen: T1, lastCited: T2, starred: false,
    facts: { body: { from: 'article', articleUrl: LC, at: T1 }, title: { from: 'article', articleUrl: LC, at: T1 } },
  };
  const tu: DocumentRecord = {
    id: '05-NQ/TU', key: '05-NQ/TU', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết', number: '05', issuer: 'TU',
    title: 'về chuyển đổi số', firstSeen: T1, lastCited: T1, starred: true, starredAt: T1,
    facts: { title: { from: 'article', articleUrl: CT, at: T1 } },
  };
  const national: DocumentRecord = {
    id: '18-NQ/TW@XII', key: '18-NQ/TW', party: true, partyFlag: 1, type: 'NQ', typeName: 'Nghị quyết', number: '18', issuer: 'TW',
    term: 'XII', firstSeen: T1, lastCited: T1, starred: false, facts: { term: { from: 'article', articleUrl: CT, at: T1 } },
  };
  const cites: CitationRecord[] = [
    { id: `${LC}|NQ-ĐHĐB-XX`, articleUrl: LC, docId: 'NQ-ĐHĐB-XX', mentions: 2, sentences: ['Lào Cai.'], savedAt: T1 },
    { id: `${CT}|NQ-ĐHĐB-XX`, articleUrl: CT, docId: 'NQ-ĐHĐB-XX', mentions: 1, sentences: ['Cần Thơ.'], savedAt: T2 },
    { id: `${ND}|NQ-ĐHĐB-XX`, articleUrl: ND, docId: 'NQ-ĐHĐB-XX', mentions: 1, sentences: ['Nhân Dân.'], savedAt: T2 },
    { id: `${CT}|05-NQ/TU`, articleUrl: CT, docId: '05-NQ/TU', mentions: 1, sentences: [], savedAt: T1 },
    { id: `${CT}|18-NQ/TW@XII`, articleUrl: CT, docId: '18-NQ/TW@XII', mentions: 1, sentences: [], savedAt: T1 },
  ];
  const fill = { articles: [art(LC, T1), art(CT, T2), art(ND, T2)], documents: [folded, tu, national], citations: cites };
  const LAO_CAI = 'Đảng bộ tỉnh Lào Cai', CAN_THO = 'Đảng bộ thành phố Cần Thơ';

  it('splits a local document folded across provinces by the province of the papers citing it; nothing is lost', async () => {
    const name = freshName();
    await makeV2(name, fill);
    const lib = track(await openLibrary(name));
    const docs = new Map((await lib.listDocuments()).map((k) => [k.doc.id, k]));
    expect([...docs.keys()].sort()).toEqual([
      '05-NQ/TU|' + CAN_THO, '18-NQ/TW@XII', 'NQ-ĐHĐB-XX', 'NQ-ĐHĐB-XX|' + CAN_THO, 'NQ-ĐHĐB-XX|' + LAO_CAI,
    ].sort());
    // Lào Cai's part keeps what its article taught; Cần Thơ's part did not learn that subject.
    expect(docs.get('NQ-ĐHĐB-XX|' + LAO_CAI)!.doc).toMatchObject({ locality: LAO_CAI, title: 'phát triển du lịch vùng cao', lastCited: T1 });
    expect(docs.get('NQ-ĐHĐB-XX|' + CAN_THO)!.doc).toMatchObject({ locality: CAN_THO, lastCited: T2 });
    expect(docs.get('NQ-ĐHĐB-XX|' + CAN_THO)!.doc.title).toBeUndefined();
    // The national paper's citation names no province: it stays on the record as it was.
    expect((await lib.citationsOf('NQ-ĐHĐB-XX')).map((c) => c.articleUrl)).toEqual([ND]);
    expect((await lib.citationsOf('NQ-ĐHĐB-XX|' + LAO_CAI)).map((c) => [c.articleUrl, c.mentions, c.sentences])).toEqual([[LC, 2, ['Lào Cai.']]]);
    // A record of one province only moves whole, star and all; documents of the centre are untouched.
    expect(docs.get('05-NQ/TU|' + CAN_THO)!.doc).toMatchObject({ starred: true, starredAt: T1, title: 'về chuyển đổi số' });
    expect(docs.get('18-NQ/TW@XII')!.doc).toEqual(national);
    // Every citation is still there, each on exactly one record.
    expect((await lib.listArticles()).map((a) => [a.url, a.documents]).sort()).toEqual([[CT, 3], [LC, 1], [ND, 1]].sort());
  });

  it('a fact taught by an article that no longer cites the record goes with every part', async () => {
    const name = freshName();
    const OLD = 'https://baolaocai.vn/old.html';
    const rec = { ...folded, facts: { body: { from: 'article' as const, articleUrl: OLD, at: T1 }, title: { from: 'article' as const, articleUrl: OLD, at: T1 } } };
    await makeV2(name, { articles: [art(LC, T1)], documents: [rec], citations: [cites[0]] });
    const lib = track(await openLibrary(name));
    const [only] = (await lib.listDocuments()).map((d) => d.doc);
    expect(only).toMatchObject({ id: 'NQ-ĐHĐB-XX|' + LAO_CAI, title: 'phát triển du lịch vùng cao', body: 'Đại hội Đảng bộ', facts: rec.facts });
  });

  it('a later save from a provincial paper finds its own province\'s record, not the other one', async () => {
    const name = freshName();
    await makeV2(name, fill);
    const lib = track(await openLibrary(name));
    const doc = { key: 'NQ-ĐHĐB-XX', party: true, type: 'NQ', typeName: 'Nghị quyết', locality: LAO_CAI, sources: { locality: 'site' as const }, mentions: [0] };
    const url = 'https://baolaocai.vn/moi.html';
    await lib.saveArticle({ article: { url, title: 'Mới', site: 'baolaocai.vn', text: 'x' }, documents: [{ doc, sentences: [], mentions: 1 }] });
    expect((await lib.citationsOf('NQ-ĐHĐB-XX|' + LAO_CAI)).map((c) => c.articleUrl).sort()).toEqual([LC, url].sort());
  });
});
