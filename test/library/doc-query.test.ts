import { describe, expect, it } from 'vitest';
import { documentInQuery, keyMatches } from '../../utils/library/doc-query';
import { openLibrary } from '../../utils/db';
import { createSearchIndex } from '../../utils/library';
import { parseQuery } from '../../utils/library/text';
import { article, cite, freshName, ref } from './helpers';

describe('documentInQuery', () => {
  it.each([
    ['nghi quyet 18', { number: 18, code: 'NQ', symbol: false }],
    ['Nghị quyết số 18', { number: 18, code: 'NQ', symbol: false }],
    ['18-NQ/TW', { number: 18, code: 'NQ', issuer: 'TW', symbol: true }],
    ['NQ 57', { number: 57, code: 'NQ', symbol: true }],
    ['ket luan 121 tinh gon', { number: 121, code: 'KL', symbol: false }],
    ['Quy định 08-QĐi/TW', { number: 8, code: 'QĐ', issuer: 'TW', symbol: true }],
    ['Resolution 57', { number: 57, code: 'NQ', symbol: false }],
  ])('%s', (query, want) => {
    expect(documentInQuery(parseQuery(query))).toMatchObject(want);
  });

  it.each(['hoi nghi 18 nhiem vu', 'nghi quyet', 'tinh gon bo may', '2025', 'đã 18 năm', 'tt 5 phường'])('no document in "%s"', (query) => {
    expect(documentInQuery(parseQuery(query))).toBeNull();
  });

  it('keys of the named document, whatever their padding, issuer variant or missing issuer', () => {
    const d = documentInQuery(parseQuery('nghi quyet 18'))!;
    expect(['18-NQ/TW', '018-NQ/TW', '18-NQ', '18-NQ/TU'].map((k) => keyMatches(k, d))).toEqual([true, true, true, true]);
    expect(['18-KL/TW', '180-NQ/TW', '18/NQ-CP'].map((k) => keyMatches(k, d))).toEqual([false, false, false]);
    const tw = documentInQuery(parseQuery('18-NQ/TW'))!;
    expect(keyMatches('18-NQ/TU', tw)).toBe(false);
  });
});

describe('search for a document by name', () => {
  it('articles that cite it come first; words that only happen to be there come after; a symbol finds only the citing ones', async () => {
    const lib = await openLibrary(freshName());
    const citing = 'https://nhandan.vn/tong-ket-nghi-quyet-18.html';
    const loose = 'https://baomoi.vn/hoi-nghi-18-nhiem-vu.html';
    // Saved first and with the query's words in its title: ranked by words alone it would lead.
    await lib.saveArticle({
      article: article(loose, { title: 'Hội nghị quyết định 18 nhiệm vụ trọng tâm', text: 'Hội nghị đã quyết định 18 nhiệm vụ trọng tâm cho năm tới, trong đó có NQ và TW.' }),
      documents: [],
    });
    await lib.saveArticle({
      article: article(citing, { title: 'Tỉnh tổng kết công tác sắp xếp bộ máy', text: 'Tỉnh tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW về sắp xếp bộ máy.' }),
      documents: [cite(ref('18-NQ/TW', { term: 'XII' }))],
    });
    const index = await createSearchIndex(lib);
    expect((await index.search('nghi quyet 18')).hits.map((h) => h.url)).toEqual([citing, loose]);
    expect((await index.search('18-NQ/TW')).hits.map((h) => h.url)).toEqual([citing]);
    index.destroy();
    lib.close();
  });

  it('quotes the sentences that cite the document the query names, and none of the other documents\' sentences', async () => {
    const lib = await openLibrary(freshName());
    const url = 'https://nhandan.vn/tinh-so-ket-hai-nghi-quyet.html';
    const own = 'Tỉnh sơ kết 7 năm thực hiện Nghị quyết số 18-NQ/TW về sắp xếp bộ máy.';
    const other = 'Huyện ủy quán triệt Nghị quyết số 25-NQ/TU và Hướng dẫn 16-HD/TW về cải cách hành chính.';
    await lib.saveArticle({
      article: article(url, { title: 'Tỉnh sơ kết hai nghị quyết', text: `${other} ${own}` }),
      documents: [cite(ref('25-NQ/TU'), [other]), cite(ref('18-NQ/TW', { term: 'XII' }), [own])],
    });
    const index = await createSearchIndex(lib);
    for (const query of ['18-NQ/TW', 'nghi quyet 18']) {
      const [hit] = (await index.search(query)).hits;
      const quoted = [hit.snippet?.text, ...hit.sentences.map((x) => x.text)];
      expect(quoted, query).toContain(own);
      expect(quoted, query).not.toContain(other);
    }
    index.destroy();
    lib.close();
  });
});
