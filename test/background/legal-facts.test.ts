import { describe, expect, it } from 'vitest';
import { applyLegalMeta, pageDocument } from '../../utils/background/legal-facts';
import { extractReferences } from '../../utils/refs';

const TEXT = 'Số: 05-NQ/TW\nNGHỊ QUYẾT về công tác cán bộ. Thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 và Kết luận số 40-KL/TW, Hội nghị thống nhất như sau.';

describe('a legal database\'s table fills the gaps of the page\'s own document, and only of that one', () => {
  it.each([
    ['number as printed', { number: '05-NQ/TW', date: '2026-03-02', issuer: 'Ban Chấp hành Trung ương' }, '2026-03-02', 'Ban Chấp hành Trung ương'],
    ['number in other case and spacing; a known issuer in capitals, by its name', { number: '05 - nq/tw', date: '2026-03-02', issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG' }, '2026-03-02', 'Ban Chấp hành Trung ương'],
    ['an issuer the engine does not know, in capitals: sentence case', { number: '05-NQ/TW', date: '2026-03-02', issuer: 'HỌC VIỆN CHÍNH TRỊ' }, '2026-03-02', 'Học viện chính trị'],
  ])('%s', (_n, meta, date, body) => {
    const r = extractReferences(TEXT, { catalog: false });
    applyLegalMeta(r, meta);
    const own = r.documents.find((d) => d.key === '05-NQ/TW')!;
    expect([own.date, own.sources.date, own.body, own.sources.body]).toEqual([date, 'site', body, 'site']);
    // A cited document is not the page's: its own date (printed) stands, the others get nothing.
    const cited = r.documents.find((d) => d.key === '26-NQ/TW')!;
    expect([cited.date, cited.sources.date]).toEqual(['2018-05-19', 'text']);
    expect(r.documents.find((d) => d.key === '40-KL/TW')!.sources.date).toBeUndefined();
  });

  it('a date of issue other than the catalog entry\'s: that entry was another document, none of its facts stay', () => {
    const r = extractReferences('Số: 18-NQ/TW\nNGHỊ QUYẾT của Ban Chấp hành Trung ương về chính sách đất đai.');
    const own = r.documents.find((d) => d.key === '18-NQ/TW')!;
    Object.assign(own, { term: 'XII', date: '2017-10-25', title: 'Một số vấn đề về bộ máy', catalog: { key: '18-NQ/TW' } });
    Object.assign(own.sources, { term: 'catalog', date: 'catalog', title: 'catalog' });
    applyLegalMeta(r, { number: '18-NQ/TW', date: '2022-06-16' });
    expect([own.date, own.sources.date, own.term, own.title, own.catalog]).toEqual(['2022-06-16', 'site', undefined, undefined, undefined]);
  });

  it('the page\'s table outranks the library, which stays beside it', () => {
    const r = extractReferences(TEXT, { catalog: false });
    const own = r.documents.find((d) => d.key === '05-NQ/TW')!;
    own.date = '2026-01-01'; own.sources.date = 'reader';
    applyLegalMeta(r, { number: '05-NQ/TW', date: '2026-03-02' });
    expect([own.date, own.sources.date, own.others?.date]).toEqual(['2026-03-02', 'site', [{ value: '2026-01-01', from: 'reader' }]]);
  });

  it('two documents of that number in the text: neither is taken for the page\'s own', () => {
    const r = extractReferences(TEXT, { catalog: false });
    const own = r.documents.find((d) => d.key === '05-NQ/TW')!;
    r.documents.push({ ...structuredClone(own), term: 'XII', sources: { term: 'text' } }); // an older 05-NQ/TW cited too
    expect(pageDocument(r, { number: '05-NQ/TW' })).toBeUndefined();
    applyLegalMeta(r, { number: '05-NQ/TW', date: '2026-03-02' });
    expect(r.documents.filter((d) => d.key === '05-NQ/TW').map((d) => d.sources.date)).toEqual([undefined, undefined]);
  });

  it('no number, or a number the text does not cite: nothing changes', () => {
    const r = extractReferences(TEXT, { catalog: false });
    const before = JSON.stringify(r);
    applyLegalMeta(r, { date: '2026-03-02' });
    applyLegalMeta(r, { number: '99-NQ/TW', date: '2026-03-02' });
    applyLegalMeta(r, undefined);
    expect(JSON.stringify(r)).toBe(before);
    expect(pageDocument(r, { number: '99-NQ/TW' })).toBeUndefined();
  });
});
