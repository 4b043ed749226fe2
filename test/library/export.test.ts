import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, DOCUMENT_COLUMNS, csvField, exportCslJson, exportCsv, exportJson, importJson, type CslItem } from '../../utils/library';
import { article, cite, contents, fixtureLibrary, freshLibrary, ref, URLS } from './helpers';
import { BACKUP_VERSION, type CslDocument } from '../../utils/library/export';

/** RFC 4180 reader, for checking what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    expect(c, `bare ${JSON.stringify(c)} at ${i}`).not.toMatch(/["\r\n]/);
    field += c; i++;
  }
  expect(field).toBe(''); // every record ends with CRLF
  expect(row).toEqual([]);
  return rows;
}

describe('exportJson', () => {
  it('is a complete versioned backup that imports back exactly', async () => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const text = await exportJson(lib);
    const backup = JSON.parse(text);
    expect(backup).toMatchObject({ format: 'vankien-library', version: BACKUP_VERSION });
    expect(Date.parse(backup.exportedAt)).not.toBeNaN();
    expect(backup.articles).toHaveLength(7);
    expect(backup.documents).toHaveLength(5);
    expect(backup.citations).toHaveLength(5);

    const copy = await freshLibrary();
    const r = await importJson(copy, text);
    expect(r.articles).toEqual({ added: 7, updated: 0, kept: 0, removed: 0 });
    expect(r.documents).toEqual({ added: 5, updated: 0, kept: 0, removed: 0 });
    expect(r.citations).toEqual({ added: 5, updated: 0, kept: 0, removed: 0 });
    const again = JSON.parse(await exportJson(copy));
    expect({ ...again, exportedAt: 0 }).toEqual({ ...backup, exportedAt: 0 });
    expect(await contents(copy)).toEqual(await contents(lib));
  });

  it('an empty library exports an empty backup', async () => {
    const backup = JSON.parse(await exportJson(await freshLibrary()));
    expect(backup).toEqual({ format: 'vankien-library', version: BACKUP_VERSION, exportedAt: backup.exportedAt, articles: [], documents: [], citations: [] });
  });
});

describe('exportCsv', () => {
  it('articles: header, RFC 4180 quoting, BOM, CRLF, one row per article with its document count', async () => {
    const lib = await freshLibrary();
    const url = 'https://nhandan.vn/a,b.html';
    await lib.saveArticle({
      article: article(url, { title: 'Nói "không" với tham nhũng, lãng phí\nphần hai', author: 'Lê Văn Đức', published: '2025-05-18' }),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' })), cite(ref('57-NQ/TW', { term: 'XIII' }))],
    });
    const csv = await exportCsv(lib, 'articles');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"Nói ""không"" với tham nhũng, lãng phí\nphần hai"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...ARTICLE_COLUMNS]);
    const saved = (await lib.getArticle(url))!;
    expect(rows.slice(1)).toEqual([[url, 'Nói "không" với tham nhũng, lãng phí\nphần hai', 'nhandan.vn', 'Lê Văn Đức', '2025-05-18', saved.savedAt, '2', '18-NQ/TW@XII; 57-NQ/TW@XIII']]);
  });

  it('documents: every column, booleans as true/false, absent values empty', async () => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const rows = parseCsv((await exportCsv(lib, 'documents')).slice(1));
    expect(rows[0]).toEqual([...DOCUMENT_COLUMNS]);
    expect(rows).toHaveLength(6);
    const row = Object.fromEntries(rows[0].map((k, i) => [k, rows.find((r) => r[0] === '57-NQ/TW')![i]]));
    // What the record lacks comes from the catalog entry of this very document, and says so.
    expect(row).toMatchObject({ key: '57-NQ/TW', type: 'NQ', typeName: 'Nghị quyết', party: 'true', issuer: 'TW', body: 'Bộ Chính trị', term: 'XIII', date: '2024-12-22', citedIn: '1', starred: 'true' });
    expect(row.title).toMatch(/^Đột phá phát triển khoa học/);
    expect(row.sources).toMatch(/body: catalog/);
    expect(row.sources).toMatch(/title: catalog/);
    expect(rows.find((r) => r[0] === '01/NQ-CP')![3]).toBe('false');
  });

  it('a cell a spreadsheet would run as a formula gets a leading apostrophe', async () => {
    const cases: Array<[string, string]> = [
      ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
      ['+84 912', "'+84 912"],
      ['-1+2', "'-1+2"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\t=1', "'\t=1"],
      ['a=b', 'a=b'],
      ['Nghị quyết', 'Nghị quyết'],
      ['', ''],
    ];
    for (const [value, cell] of cases) expect(csvField(value), value).toBe(cell);
    expect(csvField(-3)).toBe('-3'); // numbers are ours, not a formula
    expect(csvField(undefined)).toBe('');

    const lib = await freshLibrary();
    await lib.saveArticle({ article: article('https://tuoitre.vn/x.htm', { title: '=cmd|"/c calc"!A1', author: '@attacker' }), documents: [] });
    const rows = parseCsv((await exportCsv(lib, 'articles')).slice(1));
    expect(rows[1][1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[1][3]).toBe("'@attacker");
  });
});

describe('exportCslJson', () => {
  const DATE = (d: unknown) => {
    expect(d).toEqual({ 'date-parts': [expect.any(Array)] });
    const [parts] = (d as { 'date-parts': number[][] })['date-parts'];
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(parts.length).toBeLessThanOrEqual(3);
    expect(parts.every((n) => Number.isInteger(n))).toBe(true);
    return parts;
  };

  it('one article-newspaper item per saved article, in the CSL-JSON schema\'s shape', async () => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const all = JSON.parse(await exportCslJson(lib)) as Array<CslItem | CslDocument>;
    expect(Array.isArray(all)).toBe(true);
    const items = all.filter((i): i is CslItem => i.type === 'article-newspaper');
    expect(items).toHaveLength(7);
    const allowed = new Set(['id', 'type', 'title', 'container-title', 'URL', 'issued', 'accessed', 'author', 'abstract', 'language']);
    for (const it of items) {
      for (const k of Object.keys(it)) expect(allowed.has(k), k).toBe(true);
      expect(typeof it.id).toBe('string');
      expect(it.type).toBe('article-newspaper');
      expect(typeof it.title).toBe('string');
      expect(typeof it['container-title']).toBe('string');
      expect(new URL(it.URL).protocol).toBe('https:');
      DATE(it.accessed);
      if (it.issued) DATE(it.issued);
      for (const a of it.author ?? []) expect(Object.keys(a)).toEqual(['literal']);
    }
    const a1 = items.find((i) => i.URL === URLS.a1)!;
    const saved = (await lib.getArticle(URLS.a1))!;
    expect(a1).toEqual({
      id: URLS.a1, type: 'article-newspaper', title: 'Nghị quyết 18-NQ/TW: tinh gọn bộ máy', 'container-title': 'Nhân Dân',
      URL: URLS.a1, issued: { 'date-parts': [[2025, 5, 18]] }, accessed: { 'date-parts': [saved.savedAt.slice(0, 10).split('-').map(Number)] },
      author: [{ literal: 'Minh Anh' }], abstract: 'Sáng 18/5, Bộ Chính trị họp bàn việc sắp xếp.', language: 'vi',
    });
    // No date: no `issued`; an unknown host keeps the host as the container.
    const a5 = items.find((i) => i.URL === URLS.a5)!;
    expect(a5.issued).toBeUndefined();
    expect(a5.author).toBeUndefined();
    const other = await freshLibrary();
    await other.saveArticle({ article: article('https://baomoi.example.vn/x', { published: 'Thứ Hai' }), documents: [] });
    const [x] = JSON.parse(await exportCslJson(other)) as CslItem[];
    expect(x['container-title']).toBe('baomoi.example.vn');
    expect(x.issued).toEqual({ raw: 'Thứ Hai' });
  });

  it('the documents are citable items too, with the facts the reader is shown and where they came from', async () => {
    const lib = await freshLibrary();
    await fixtureLibrary(lib);
    const all = JSON.parse(await exportCslJson(lib)) as Array<CslItem | CslDocument>;
    const docs = all.filter((i): i is CslDocument => i.type !== 'article-newspaper');
    expect(docs.length).toBe((await lib.listDocuments()).length);
    const allowed = new Set(['id', 'type', 'title', 'number', 'authority', 'issued', 'genre', 'note', 'language']);
    for (const d of docs) for (const k of Object.keys(d)) expect(allowed.has(k), k).toBe(true);
    const nq57 = docs.find((d) => d.number === '57-NQ/TW')!;
    expect(nq57).toMatchObject({ id: 'vankien:57-NQ/TW@XIII', type: 'document', genre: 'Nghị quyết', authority: 'Bộ Chính trị', issued: { 'date-parts': [[2024, 12, 22]] } });
    expect(nq57.title).toMatch(/^Nghị quyết 57-NQ\/TW Đột phá phát triển khoa học/);
    expect(nq57.note).toMatch(/khóa XIII; sources: .*title: VanKien catalog/);
    expect(docs.find((d) => d.number === '01/NQ-CP')?.type).toBe('legislation');
  });
});
