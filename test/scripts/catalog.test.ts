import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../scripts/catalog/checks';
import { cleanTitle, mergeClaims, modernToneMarks, sourceRank, type Claim } from '../../scripts/catalog/merge';

const doc = (over: Partial<Claim>): Claim => ({
  key: '31-KL/TW', kind: 'document', type: 'Kết luận', body: 'Bộ Chính trị', term: 'XIII', date: '2022-03-10',
  title: 'Tiếp tục thực hiện chính sách thử nghiệm', sources: [{ url: 'https://a.example.vn/1', says: ['title', 'date'] }], ...over,
});

describe('mergeClaims', () => {
  it('two hosts stating the title make an entry high; one host, however many pages, medium', () => {
    const two = mergeClaims([doc({}), doc({ sources: [{ url: 'https://b.example.vn/2', says: ['title'] }] })]).entries[0];
    expect(two.confidence).toBe('high');
    expect(two.sources).toHaveLength(2);
    const one = mergeClaims([doc({}), doc({ sources: [{ url: 'https://a.example.vn/other', says: ['title'] }] })]).entries[0];
    expect(one.confidence).toBe('medium');
  });

  it('sources that disagree on the date: medium, and the conflict is written down, not hidden', () => {
    const { entries } = mergeClaims([
      doc({}), doc({ date: '2022-03-11', sources: [{ url: 'https://b.example.vn/2', says: ['title', 'date'] }] }),
    ]);
    expect(entries[0].confidence).toBe('medium');
    expect(entries[0].note ?? '').toMatch(/sources differ on date/);
  });

  it('the date fewer hosts give is kept as disputed, for the card to show beside the one kept', () => {
    const { entries } = mergeClaims([
      doc({}), doc({ sources: [{ url: 'https://c.example.vn/3', says: ['date'] }] }),
      doc({ date: '2022-03-01', sources: [{ url: 'https://b.example.vn/2', says: ['date'] }] }),
    ]);
    expect(entries[0].date).toBe('2022-03-10');
    expect(entries[0].disputed).toEqual({ date: ['2022-03-01'] });
  });

  it('two hosts that state different titles do not make an entry high', () => {
    const { entries } = mergeClaims([
      doc({}), doc({ title: 'Một số vấn đề về chính sách thử nghiệm', sources: [{ url: 'https://b.example.vn/2', says: ['title'] }] }),
    ]);
    expect(entries[0].confidence).toBe('medium');
    expect(entries[0].disputed).toBeUndefined();
  });

  it('a plenum\'s name stands for each numbered resolution it adopted, beside one known only by the plenum', () => {
    const src = [{ url: 'https://a.example.vn/p', says: ['title', 'date', 'adopted'] }];
    const { entries } = mergeClaims([
      { key: 'HNTW8-XI', kind: 'plenum', term: 'XI', start: '2013-09-30', end: '2013-10-09', adopted: ['29-NQ/TW', 'NQ-HNTW8-XI'], sources: src },
      { key: 'NQ-HNTW8-XI', kind: 'document', type: 'Nghị quyết', term: 'XI', date: '2013-10-25', title: 'Chiến lược bảo vệ Tổ quốc', sources: src },
      { key: '29-NQ/TW', kind: 'document', type: 'Nghị quyết', term: 'XI', date: '2013-11-04', title: 'Đổi mới giáo dục', plenum: 8, sources: src },
      // The same resolution under both names is one, not two.
      { key: 'HNTW4-XI', kind: 'plenum', term: 'XI', adopted: ['12-NQ/TW'], sources: src },
      { key: 'NQ-HNTW4-XI', kind: 'document', type: 'Nghị quyết', term: 'XI', title: 'Xây dựng Đảng hiện nay', sources: src },
      { key: '12-NQ/TW', kind: 'document', type: 'Nghị quyết', term: 'XI', date: '2012-01-16', title: 'Xây dựng Đảng hiện nay', sources: src },
    ]);
    const named = (k: string) => entries.filter((e) => e.key === k).map((e) => e.numbered ?? e.title);
    expect(named('NQ-HNTW8-XI')).toEqual(['Chiến lược bảo vệ Tổ quốc', '29-NQ/TW']);
    // …and it says which: the numbered one, whose date it takes with the sources that give it.
    expect(named('NQ-HNTW4-XI')).toEqual(['12-NQ/TW']);
    const one = entries.find((e) => e.key === 'NQ-HNTW4-XI')!;
    expect([one.title, one.date]).toEqual(['Xây dựng Đảng hiện nay', '2012-01-16']);
  });

  it('offers the party\'s and the state\'s publications first, blogs and shared documents last', () => {
    const { entries } = mergeClaims([doc({ sources: [
      { url: 'http://someone.blogspot.com/post', says: ['title'] },
      { url: 'https://vnexpress.net/a', says: ['title'] },
      { url: 'https://thuvienphapluat.vn/van-ban/x', says: ['title'] },
      { url: 'https://tulieuvankien.dangcongsan.vn/y', says: ['title'] },
    ] })]);
    expect(entries[0].sources.map((s) => new URL(s.url).hostname)).toEqual([
      'tulieuvankien.dangcongsan.vn', 'thuvienphapluat.vn', 'vnexpress.net', 'someone.blogspot.com',
    ]);
  });

  it.each([
    ['https://hanoi.dcs.vn/x', 0], ['https://moj.gov.vn/x', 0], ['http://tuyengiaoangiang.vn/x', 0], ['https://www.nhandan.vn/x', 0],
    ['https://luatvietnam.vn/x', 1], ['https://tuoitre.vn/x', 2], ['https://en.wikipedia.org/wiki/x', 3], ['https://tailieu.vn/doc/x', 3],
  ] as const)('sourceRank(%s) = %i', (url, rank) => {
    expect(sourceRank(url)).toBe(rank);
  });
});

describe('checkCatalog', () => {
  const build = (...claims: Claim[]) => mergeClaims(claims).entries;

  it('a clean entry has no problem', () => {
    expect(checkCatalog(build(doc({})))).toEqual([]);
  });

  it.each([
    ['a date outside its term', doc({ date: '2019-03-10' }), /falls in term XII/],
    ['a note in the subject', doc({ title: 'Chính sách thử nghiệm (ngày ban hành mâu thuẫn giữa các nguồn)' }), /subject carries a note/],
    ['an impossible date', doc({ date: '2022-02-30' }), /not a real yyyy-mm-dd date/],
    ['no source', doc({ sources: [] }), /needs http\(s\) sources/],
    ['a quote opened and not closed', doc({ title: 'Triển khai phong trào “Thi đua số' }), /opens a quote it does not close/],
  ])('%s is reported', (_name, claim, problem) => {
    expect(checkCatalog(build(claim)).join('\n')).toMatch(problem);
  });

  it.each([
    ['a whole title in quotes loses them', '“Đổi mới căn bản giáo dục”', 'Đổi mới căn bản giáo dục'],
    ['a quote closing one opened inside stays', 'về triển khai phong trào “Bình dân học vụ số”', 'Triển khai phong trào “Bình dân học vụ số”'],
    ['…a straight one too', 'Tiếp tục thực hiện Chỉ thị 05 về "Học tập và làm theo"', 'Tiếp tục thực hiện Chỉ thị 05 về "Học tập và làm theo"'],
    ['a stray closing quote goes', 'Công tác dân vận”', 'Công tác dân vận'],
  ])('the title as cleaned: %s', (_name, raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('the same document twice under two spellings of its key is reported', () => {
    const entries = build(doc({}), doc({ key: '31-KL/TƯ ', title: 'Khác' }));
    // Either merged into one (same identity) or reported: never two silent entries.
    expect(entries.filter((e) => e.kind === 'document').length === 1 || checkCatalog(entries).some((p) => /identity twice/.test(p))).toBe(true);
  });

  it('a congress\'s closing day belongs to the new term as well: the new Politburo signs its first documents that day', () => {
    const congress: Claim = { key: 'ĐH-XIV', kind: 'congress', term: 'XIV', start: '2026-01-19', end: '2026-01-23', sources: [{ url: 'https://a.example.vn/dh', says: ['start', 'end'] }] };
    expect(checkCatalog(build(congress, doc({ key: '01-CT/TW', type: 'Chỉ thị', term: 'XIV', date: '2026-01-23' })))).toEqual([]);
    // The day before is still the old term.
    expect(checkCatalog(build(congress, doc({ key: '01-CT/TW', type: 'Chỉ thị', term: 'XIV', date: '2026-01-22' }))).join('\n')).toMatch(/falls in term XIII/);
  });
});

describe('modernToneMarks: one spelling of the two, as readers write a subject', () => {
  it.each([
    ['tự chuyển hoá', 'tự chuyển hóa'], ['hoà bình', 'hòa bình'], ['khoẻ mạnh', 'khỏe mạnh'], ['thuỷ sản', 'thủy sản'],
    ['Uỷ ban Kiểm tra', 'Ủy ban Kiểm tra'], ['HOÁ CHẤT', 'HÓA CHẤT'], ['xoá đói, giảm nghèo', 'xóa đói, giảm nghèo'],
    // Unchanged: "qu" keeps its mark on the vowel after it; a closed syllable or "oai" has one place only.
    ['quý báu', 'quý báu'], ['quỹ đầu tư', 'quỹ đầu tư'], ['hoạt động', 'hoạt động'], ['khoảng', 'khoảng'],
    ['chuyển đổi', 'chuyển đổi'], ['ngoái', 'ngoái'], ['thuở', 'thuở'], ['thuế', 'thuế'],
  ])('%s → %s', (from, to) => {
    expect(modernToneMarks(from.normalize('NFC'))).toBe(to.normalize('NFC'));
  });
});
