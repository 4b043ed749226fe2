import { describe, expect, it } from 'vitest';
import { cardModel, formatMeeting, type CardModel, type Lang } from '../../utils/page/card-model';
import catalog from '../../utils/refs/catalog.json';
import { extractReferences, type ExtractOptions } from '../../utils/refs';

/** The card for the first mention of `needle` (or the n-th mention) in `text`. */
function card(text: string, lang: Lang = 'vi', index = 0, options: ExtractOptions = {}): CardModel {
  const result = extractReferences(text, options);
  const model = cardModel(result, index, text, lang);
  if (!model) throw new Error(`no card for mention ${index} of ${JSON.stringify(text)}`);
  return model;
}

const field = (m: CardModel, label: string) => m.fields.find((f) => f.label === label);

describe('cardModel: facts printed in the article', () => {
  const text = 'Hội nghị nhắc lại Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về tinh gọn bộ máy.';

  it('shows every fact from the text, none marked as from the catalog (vi); the catalog adds only what the text lacks', () => {
    const m = card(text);
    expect(m.key).toBe('18-NQ/TW');
    expect(m.party).toBe(true);
    expect(m.heading).toBe('Nghị quyết số 18-NQ/TW');
    expect(m.fields).toEqual([
      { label: 'Số, ký hiệu', value: '18-NQ/TW' },
      { label: 'Cơ quan ban hành', value: 'Ban Chấp hành Trung ương' },
      { label: 'Khóa', value: 'XII' },
      { label: 'Ngày ban hành', value: '25/10/2017' },
      { label: 'Trích yếu', value: "tinh gọn bộ máy" },
      // Not in the text: the days the plenum met, from the catalog and marked so.
      { label: 'Hội nghị họp', value: '4–11/10/2017', fromCatalog: true, lowConfidence: false },
    ]);
    expect(m.candidates).toEqual([]);
    expect(m.mentionCount).toBe(1);
    expect(m.sentence).toBe(text);
  });

  it('English labels, ISO dates and "No." in the heading (en)', () => {
    const m = card(text, 'en');
    expect(m.heading).toBe('Nghị quyết No. 18-NQ/TW');
    expect(m.fields.map((f) => [f.label, f.value])).toEqual([
      ['Number', '18-NQ/TW'],
      ['Issued by', 'Ban Chấp hành Trung ương'],
      ['Term', 'XII'],
      ['Date', '2017-10-25'],
      ["Subject", "tinh gọn bộ máy"],
      ['Plenum met', '2017-10-04 to 2017-10-11'],
    ]);
  });

  it('a date the catalog\'s sources dispute: the kept one shown, the other beside it as "other sources say"', () => {
    const t = 'Chính sách xã hội theo Nghị quyết số 15-NQ/TW của Ban Chấp hành Trung ương khóa XI.';
    const result = extractReferences(t);
    const doc = result.documents[result.mentions[0].doc];
    expect(doc.sources.date).toBe('catalog');
    doc.catalog = { ...doc.catalog!, date: doc.date!, disputed: { date: ['2012-06-01'] } };
    const date = field(cardModel(result, 0, t, 'vi')!, 'Ngày ban hành')!;
    expect(date.fromCatalog).toBe(true);
    expect(date.others).toEqual([{ value: '1/6/2012', from: 'sources' }]);
    // A date the text prints is the text's: no dispute of the catalog's sources is hung on it.
    const printed = 'Nghị quyết số 15-NQ/TW ngày 10/6/2012 của Ban Chấp hành Trung ương khóa XI.';
    const r2 = extractReferences(printed);
    r2.documents[0].catalog = { ...r2.documents[0].catalog!, disputed: { date: ['2012-06-01'] } };
    expect(field(cardModel(r2, 0, printed, 'vi')!, 'Ngày ban hành')!.others).toBeUndefined();
  });

  it('an issuer the article names against a well-sourced entry: the catalog\'s shown, the article\'s beside it', () => {
    const t = 'Nghị quyết số 10-NQ/TW ngày 3/6/2017 của Bộ Chính trị về kinh tế tư nhân được quán triệt.';
    const body = field(card(t, 'vi', 0, { articleDate: '2025-01-01' }), 'Cơ quan ban hành')!;
    expect([body.value, body.fromCatalog, body.others]).toEqual(['Ban Chấp hành Trung ương', true, [{ value: 'Bộ Chính trị', from: 'text' }]]);
  });

  it.each([
    ['vi', 'Theo Nghị quyết số 18-NQ/TW ngày 25/10/2017, các tỉnh sắp xếp bộ máy.', '2025-03-01', ['khóa XII theo bài', 'bài ghi ngày 25/10/2017', 'lời văn quanh chỗ trích khớp với trích yếu']],
    ['en', 'Theo Nghị quyết số 18-NQ/TW ngày 25/10/2017, các tỉnh sắp xếp bộ máy.', '2025-03-01', ['term XII from the article', 'the article prints the date 2017-10-25', 'the words around it match its subject']],
    // The one weak reason is said as an inference.
    ['vi', 'Các chi bộ bám sát Quy định số 144-QĐ/TW trong quý tới.', '2025-03-01', ['suy ra: danh mục chỉ có một 144-QĐ/TW của khóa XIII, khóa của ngày đăng bài']],
  ] as const)('%s: why the catalog entry was matched, in the reader\'s words', (lang, t, articleDate, why) => {
    const m = cardModel(extractReferences(t, { articleDate }), 0, t, lang)!;
    expect(m.why).toEqual(why);
  });

  it('no reason for a guess: nothing was matched', () => {
    const t = 'Nhiều nơi đã sơ kết Nghị quyết số 18-NQ/TW trong năm nay.';
    const m = cardModel(extractReferences(t, { articleDate: '2025-05-01' }), 0, t, 'vi')!;
    expect(m.guess).toBe(true);
    expect(m.why).toEqual([]);
  });

  it('source links: at most three, strongest first, blogs only when nothing better exists', () => {
    const result = extractReferences(text);
    const doc = result.documents[result.mentions[0].doc];
    const with_ = (urls: string[]) => {
      doc.catalog = { ...doc.catalog!, sources: urls.map((url) => ({ url, says: ['title'] })) };
      return cardModel(result, 0, text, 'vi')!.sources.map((s) => s.host);
    };
    expect(with_(['http://x.blogspot.com/a', 'https://vnexpress.net/b', 'https://thuvienphapluat.vn/c', 'https://hanoi.dcs.vn/d', 'https://tuoitre.vn/e']))
      .toEqual(['hanoi.dcs.vn', 'thuvienphapluat.vn', 'vnexpress.net']);
    expect(with_(['http://x.blogspot.com/a', 'https://vnexpress.net/b'])).toEqual(['vnexpress.net']);
    expect(with_(['http://x.blogspot.com/a'])).toEqual(['x.blogspot.com']); // the only one: still shown
  });

  it('the catalog entry the text settles on is its source', () => {
    expect(card(text).source).toMatch(/^https?:\/\//);
  });
});

describe('cardModel: facts from the catalog', () => {
  it('marks catalog facts (high confidence): fromCatalog, not lowConfidence; the text keeps its own title', () => {
    const m = card('Mọi đảng viên phải thực hiện Quy định số 144-QĐ/TW về chuẩn mực đạo đức.');
    expect(m.heading).toBe('Quy định số 144-QĐ/TW');
    expect(field(m, 'Số, ký hiệu')).toEqual({ label: 'Số, ký hiệu', value: '144-QĐ/TW' });
    expect(field(m, 'Cơ quan ban hành')).toEqual({ label: 'Cơ quan ban hành', value: 'Bộ Chính trị', fromCatalog: true, lowConfidence: false });
    expect(field(m, 'Khóa')).toEqual({ label: 'Khóa', value: 'XIII', fromCatalog: true, lowConfidence: false });
    expect(field(m, 'Ngày ban hành')).toEqual({ label: 'Ngày ban hành', value: '9/5/2024', fromCatalog: true, lowConfidence: false });
    // Printed in the article: wins over the catalog, and is not marked.
    expect(field(m, 'Trích yếu')).toEqual({ label: 'Trích yếu', value: 'chuẩn mực đạo đức' });
    expect(m.source).toMatch(/^https?:\/\//);
  });

  it('marks facts of a medium-confidence catalog entry as low confidence', () => {
    const m = card('Các chi bộ tiếp tục thực hiện nghiêm Kết luận số 128-KL/TW của Bộ Chính trị trong quý này.');
    expect(m.key).toBe('128-KL/TW');
    const fromCatalog = m.fields.filter((f) => f.fromCatalog);
    expect(fromCatalog.map((f) => f.label)).toEqual(['Khóa', 'Ngày ban hành', 'Trích yếu']);
    for (const f of fromCatalog) expect(f.lowConfidence).toBe(true);
    expect(field(m, 'Ngày ban hành')?.value).toBe('7/3/2025');
    expect(field(m, 'Số, ký hiệu')?.fromCatalog).toBeUndefined();
  });

  it('the catalog flags do not depend on the language', () => {
    const vi = card('Theo Quy định số 144-QĐ/TW của Bộ Chính trị, mọi đảng viên phải gương mẫu.', 'vi');
    const en = card('Theo Quy định số 144-QĐ/TW của Bộ Chính trị, mọi đảng viên phải gương mẫu.', 'en');
    expect(en.fields.map((f) => [f.fromCatalog, f.lowConfidence])).toEqual(vi.fields.map((f) => [f.fromCatalog, f.lowConfidence]));
    expect(field(en, 'Date')).toMatchObject({ value: '2024-05-09', fromCatalog: true });
  });

  it('with the catalog off, only what the text says', () => {
    const text = 'Theo Quy định số 144-QĐ/TW, mọi đảng viên phải gương mẫu.';
    const m = cardModel(extractReferences(text, { catalog: false }), 0, text, 'vi')!;
    expect(m.fields).toEqual([{ label: 'Số, ký hiệu', value: '144-QĐ/TW' }]);
    expect(m.source).toBeUndefined();
  });
});

describe('cardModel: ambiguous keys', () => {
  const text = 'Nhiều địa phương đã sơ kết Nghị quyết số 18-NQ/TW trong tháng này.';

  it('a key the catalog has twice, with no term or date: candidates, and no catalog fact', () => {
    const m = card(text);
    expect(m.key).toBe('18-NQ/TW');
    expect(m.candidates).toHaveLength(2);
    expect(m.candidates.map((c) => c.term).sort()).toEqual(['XII', 'XIII']);
    for (const c of m.candidates) {
      expect(c.date).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
      expect(c.title!.length).toBeGreaterThan(10);
      expect(c.source).toMatch(/^https?:\/\//);
    }
    expect(m.fields).toEqual([{ label: 'Số, ký hiệu', value: '18-NQ/TW' }]);
    expect(m.source).toBeUndefined();
  });

  it('the article date settles it: no candidates, the older entry from the catalog', () => {
    const m = card(text, 'vi', 0, { articleDate: '2019-03-01' });
    expect(m.candidates).toEqual([]);
    expect(field(m, 'Khóa')).toMatchObject({ value: 'XII', fromCatalog: true });
    expect(field(m, 'Ngày ban hành')).toMatchObject({ value: '25/10/2017', fromCatalog: true });
  });

  it('the term in the text settles it', () => {
    const m = card('Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XIII về đất đai được triển khai rộng rãi.');
    expect(m.candidates).toEqual([]);
    expect(field(m, 'Khóa')).toEqual({ label: 'Khóa', value: 'XIII' });
    expect(field(m, 'Ngày ban hành')).toMatchObject({ value: '16/6/2022', fromCatalog: true });
  });
});

describe('cardModel: headings', () => {
  it.each([
    // [text, lang, key, heading]
    ['Quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng Đảng.', 'vi', 'NQ-HNTW4-XII', 'Nghị quyết Hội nghị Trung ương 4 khóa XII'],
    ['Quán triệt Nghị quyết Đại hội XIII của Đảng tới từng chi bộ.', 'vi', 'NQ-ĐH-XIII', 'Nghị quyết Đại hội XIII'],
    ['Quán triệt Nghị quyết Đại hội XIII của Đảng tới từng chi bộ.', 'en', 'NQ-ĐH-XIII', 'Nghị quyết Congress XIII'],
    ['Tỉnh áp dụng Nghị định số 24/2023/NĐ-CP khi tính phụ cấp.', 'vi', '24/2023/NĐ-CP', 'Nghị định số 24/2023/NĐ-CP'],
    ['Tỉnh áp dụng Nghị định số 24/2023/NĐ-CP khi tính phụ cấp.', 'en', '24/2023/NĐ-CP', 'Nghị định No. 24/2023/NĐ-CP'],
    ['Ban Bí thư yêu cầu sơ kết Chỉ thị số 35-CT/TW trước tháng 9.', 'vi', '35-CT/TW', 'Chỉ thị số 35-CT/TW'],
    ['Các cấp ủy gắn việc thực hiện với Kết luận số 128-KL/TW của Bộ Chính trị.', 'en', '128-KL/TW', 'Kết luận No. 128-KL/TW'],
  ] as const)('%s (%s) → %s: "%s"', (text, lang, key, heading) => {
    const m = card(text, lang);
    expect(m.key).toBe(key);
    expect(m.heading).toBe(heading);
  });

  it('plenum resolutions name the plenum in the card language', () => {
    const text = 'Quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng Đảng.';
    const en = card(text, 'en');
    expect(en.heading).toContain('Central Committee plenum 4');
    expect(en.heading).toContain('XII');
    const vi = card(text, 'vi');
    expect(vi.fields.map((f) => f.label)).not.toContain('Số, ký hiệu'); // no number, no symbol row
    expect(field(vi, 'Khóa')).toEqual({ label: 'Khóa', value: 'XII' });
    expect(field(vi, 'Cơ quan ban hành')).toEqual({ label: 'Cơ quan ban hành', value: 'Ban Chấp hành Trung ương' });
  });

  it('a state document is not a party document and gets no catalog facts', () => {
    const m = card('Tỉnh áp dụng Nghị định số 24/2023/NĐ-CP khi tính phụ cấp.');
    expect(m.party).toBe(false);
    expect(m.fields).toEqual([{ label: 'Số, ký hiệu', value: '24/2023/NĐ-CP' }]);
    expect(m.candidates).toEqual([]);
  });
});

describe('cardModel: dates', () => {
  it.each([
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII được quán triệt.', '25/10/2017', '2017-10-25'],
    ['Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp được triển khai.', '14/6/2024', '2024-06-14'],
    ['Quy định số 144-QĐ/TW của Bộ Chính trị được phổ biến đến đảng viên.', '9/5/2024', '2024-05-09'], // from the catalog
  ])('%s → vi %s, en %s', (text, vi, en) => {
    expect(field(card(text, 'vi'), 'Ngày ban hành')?.value).toBe(vi);
    expect(field(card(text, 'en'), 'Date')?.value).toBe(en);
  });
});

describe('cardModel: the meeting that adopted a document', () => {
  it.each([
    ['2016-10-08', '2016-10-11', 'vi', '8–11/10/2016'],
    ['1996-06-28', '1996-07-01', 'vi', '28/6–1/7/1996'],
    ['1998-12-28', '1999-01-02', 'vi', '28/12/1998–2/1/1999'],
    ['2011-01-18', null, 'vi', '18/1/2011'],
    [null, '2004-01-13', 'vi', '13/1/2004'],
    ['2016-10-08', '2016-10-11', 'en', '2016-10-08 to 2016-10-11'],
    [null, null, 'vi', undefined],
  ] as const)('%s – %s (%s) → %s', (start, end, lang, want) => {
    expect(formatMeeting(start, end, lang)).toBe(want);
  });

  const meetingOf = (key: string) => (catalog as Array<{ key: string; start?: string | null; end?: string | null }>).find((e) => e.key === key);

  it('a plenum resolution shows the days its plenum met, from the catalog', () => {
    const plenum = meetingOf('HNTW4-XII');
    expect(plenum?.start).toBeTruthy();
    const m = card('Quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng Đảng.');
    expect(field(m, 'Hội nghị họp')).toMatchObject({ value: formatMeeting(plenum!.start!, plenum!.end ?? null, 'vi'), fromCatalog: true });
  });

  it('a plenum the catalog knows only as a meeting: its days, and no subject or date invented', () => {
    const plenum = meetingOf('HNTW9-VIII');
    expect(plenum?.start).toBeTruthy();
    const m = card('Tỉnh tiếp tục thực hiện Nghị quyết Trung ương 9 khóa VIII trong nhiều năm.');
    expect(m.key).toBe('NQ-HNTW9-VIII');
    expect(field(m, 'Hội nghị họp')?.value).toBe(formatMeeting(plenum!.start!, plenum!.end ?? null, 'vi'));
    expect(field(m, 'Ngày ban hành')).toBeUndefined();
    expect(field(m, 'Trích yếu')).toBeUndefined();
  });

  it('a congress resolution shows the days of the congress', () => {
    const congress = meetingOf('ĐH-XIII');
    const m = card('Quán triệt Nghị quyết Đại hội XIII của Đảng tới từng chi bộ.');
    expect(field(m, 'Đại hội họp')?.value).toBe(formatMeeting(congress!.start!, congress!.end ?? null, 'vi'));
  });
});

describe('cardModel: mentions and lists', () => {
  const text = 'Sáng nay, tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị. Các đại biểu cho rằng Nghị quyết 57 là đột phá. Tỉnh cũng áp dụng Nghị định số 24/2023/NĐ-CP.';

  it('the card of each mention carries its own sentence and the document\'s mention count', () => {
    const result = extractReferences(text);
    expect(result.mentions.map((m) => m.key)).toEqual(['57-NQ/TW', '57-NQ/TW', '24/2023/NĐ-CP']);
    const first = cardModel(result, 0, text, 'vi')!;
    const second = cardModel(result, 1, text, 'vi')!;
    const third = cardModel(result, 2, text, 'vi')!;
    expect(first.sentence).toBe('Sáng nay, tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
    expect(second.sentence).toBe('Các đại biểu cho rằng Nghị quyết 57 là đột phá.');
    expect(first.mentionCount).toBe(2);
    expect(second.key).toBe('57-NQ/TW');
    expect(second.heading).toBe('Nghị quyết số 57-NQ/TW');
    expect(third.key).toBe('24/2023/NĐ-CP');
    expect(third.mentionCount).toBe(1);
    expect(third.sentence).toBe('Tỉnh cũng áp dụng Nghị định số 24/2023/NĐ-CP.');
  });

  it('a list span names its other documents in alsoNamed', () => {
    const t = 'Tỉnh quán triệt Nghị quyết 66 và 68 của Bộ Chính trị tới cán bộ chủ chốt.';
    const result = extractReferences(t);
    expect(result.mentions.map((m) => m.key)).toEqual(['66-NQ/TW', '68-NQ/TW']);
    expect(cardModel(result, 0, t, 'vi')!.alsoNamed).toEqual(['Nghị quyết số 68-NQ/TW']);
    expect(cardModel(result, 1, t, 'vi')!.alsoNamed).toEqual(['Nghị quyết số 66-NQ/TW']);
    expect(cardModel(result, 1, t, 'en')!.alsoNamed).toEqual(['Nghị quyết No. 66-NQ/TW']);
    expect(cardModel(extractReferences(text), 0, text, 'vi')!.alsoNamed).toEqual([]);
  });

  it.each([-1, 3, 100, 1.5, Number.NaN])('mention index %s out of range → null', (index) => {
    expect(cardModel(extractReferences(text), index, text, 'vi')).toBeNull();
  });

  it('no mentions at all → null', () => {
    expect(cardModel({ documents: [], mentions: [] }, 0, 'Không có gì.', 'vi')).toBeNull();
  });

  it('the language defaults to Vietnamese', () => {
    const result = extractReferences(text);
    expect(cardModel(result, 0, text)).toEqual(cardModel(result, 0, text, 'vi'));
  });
});

describe('cardModel: local documents', () => {
  it('a local congress resolution is named with its organisation', () => {
    const text = 'Tỉnh triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVII.';
    expect(card(text).heading).toBe('Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII');
    expect(card(text, 'en').heading).toBe('Resolution of Congress XVII of Đảng bộ tỉnh Quảng Trị');
  });

  it('a numbered local document shows its organisation; from the site, it says so', () => {
    const named = card('Tỉnh ủy Yên Bái ban hành Chỉ thị số 17-CT/TU về dư luận xã hội.');
    expect(field(named, 'Tổ chức đảng')).toEqual({ label: 'Tổ chức đảng', value: 'Đảng bộ tỉnh Yên Bái' });
    const text = 'Các cấp ủy thực hiện Nghị quyết số 09-NQ/TU về du lịch.';
    const fromSite = cardModel(extractReferences(text, { locality: 'Đảng bộ tỉnh Lào Cai' }), 0, text, 'vi')!;
    expect(field(fromSite, 'Tổ chức đảng')).toEqual({ label: 'Tổ chức đảng', value: 'Đảng bộ tỉnh Lào Cai', fromSite: true });
  });
});

describe('cardModel: a mention the text leaves open', () => {
  it('offers the other same-numbered document of the article, with what tells them apart', () => {
    const text = 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 10/3/2021 của Tỉnh ủy về cải cách hành chính, huyện đạt kết quả tốt. Chỉ thị 05 đã tạo chuyển biến.';
    const result = extractReferences(text);
    const bare = result.mentions.findIndex((m) => m.text === 'Chỉ thị 05');
    const m = cardModel(result, bare, text, 'vi')!;
    expect(m.key).toBe('05-CT/TU');
    expect(m.maybe).toHaveLength(1);
    expect(m.maybe[0]).toMatch(/^Chỉ thị số 05-CT\/TW · Bộ Chính trị · khóa XII · 15\/5\/2016 · Đẩy mạnh học tập/);
    // A mention the text settles offers nothing.
    expect(cardModel(result, 0, text, 'vi')!.maybe).toEqual([]);
  });
});
