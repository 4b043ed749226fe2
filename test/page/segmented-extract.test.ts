import { describe, expect, it } from 'vitest';
import { extractSegmented, SEGMENT_CHARS } from '../../utils/page/segmented-extract';
import { extractReferences, type ExtractResult } from '../../utils/refs';

const FILLER = [
  'Buổi sáng, đoàn công tác đi thăm một số mô hình sản xuất nông nghiệp công nghệ cao ở vùng ven đô',
  'Người dân phấn khởi khi con đường liên xã được mở rộng và lắp đèn chiếu sáng trước mùa mưa',
  'Cán bộ xã thường xuyên xuống từng thôn để lắng nghe ý kiến của bà con về giá phân bón',
  'Hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với hai doanh nghiệp chế biến trong vùng',
];

/** A paragraph of invented filler (no reference), about 400 characters. */
const filler = (i: number) => FILLER.map((f, k) => `${f} (đợt ${i}, mục ${k + 1})`).join('. ') + '.';

/**
 * A long article: paragraphs joined by "\n", with extra sentences appended to chosen paragraphs.
 * `at` maps a position in the text (as a fraction of the whole) to the sentence to put there.
 */
function longText(at: Array<[number, string]>, total = 2.6 * SEGMENT_CHARS): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < total) {
    const p = filler(paragraphs.length);
    paragraphs.push(p);
    length += p.length + 1;
  }
  for (const [fraction, sentence] of at) {
    const i = Math.min(paragraphs.length - 1, Math.floor(fraction * paragraphs.length));
    paragraphs[i] += ' ' + sentence;
  }
  return paragraphs.join('\n');
}

/** The segment each offset falls in, as extractSegmented cuts (for checking the setup). */
function segmentOf(text: string, offset: number): number {
  let seg = 0;
  for (let from = 0; from < text.length; seg++) {
    let to = Math.min(text.length, from + SEGMENT_CHARS);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from + SEGMENT_CHARS / 2) to = nl + 1;
    }
    if (offset < to) return seg;
    from = to;
  }
  return seg;
}

const shape = (r: ExtractResult) => r.mentions.map((m) => ({ start: m.start, end: m.end, key: m.key, text: m.text, form: m.form }));

/** Every internal link is consistent: mention.doc ↔ documents[].mentions, keys agree. */
function expectConsistent(r: ExtractResult, text: string): void {
  r.mentions.forEach((m, i) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.documents[m.doc]?.key).toBe(m.key);
    expect(r.documents[m.doc].mentions).toContain(i);
  });
  const keys = r.documents.map((d) => d.key);
  expect(new Set(keys).size).toBe(keys.length); // merged by key
  r.documents.forEach((d, di) => {
    expect(d.mentions.length).toBeGreaterThan(0);
    expect([...d.mentions].sort((a, b) => a - b)).toEqual(d.mentions);
    for (const mi of d.mentions) expect(r.mentions[mi].doc).toBe(di);
  });
}

const noYield = () => Promise.resolve();

describe('extractSegmented: ordinary articles', () => {
  it.each([
    ['a short article', 'Tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị. Sau đó, Nghị quyết 57 được cụ thể hóa bằng Nghị định số 24/2023/NĐ-CP.'],
    ['text without references', 'Hôm nay trời đẹp, người dân đi chợ sớm.'],
    ['empty text', ''],
    ['exactly SEGMENT_CHARS long', ('Tỉnh thực hiện Kết luận số 128-KL/TW. ' + filler(1) + '\n').repeat(1000).slice(0, SEGMENT_CHARS)],
  ])('%s: identical to one extractReferences call, never yields', async (_name, text) => {
    expect(text.length).toBeLessThanOrEqual(SEGMENT_CHARS);
    let yields = 0;
    const r = await extractSegmented(text, {}, async () => { yields++; });
    expect(r).toEqual(extractReferences(text, {}));
    expect(yields).toBe(0);
  });

  it('passes its options through', async () => {
    const text = 'Tỉnh quán triệt Nghị quyết số 18-NQ/TW và áp dụng Nghị định số 24/2023/NĐ-CP.';
    const options = { state: false, articleDate: '2019-01-01' };
    const r = await extractSegmented(text, options, noYield);
    expect(r).toEqual(extractReferences(text, options));
    expect(r.documents.map((d) => d.key)).toEqual(['18-NQ/TW']);
  });
});

describe('extractSegmented: huge pages', () => {
  const sentences: Array<[number, string]> = [
    [0.02, 'Tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị tới toàn bộ cán bộ chủ chốt.'],
    [0.1, 'Đơn vị áp dụng Nghị định số 24/2023/NĐ-CP khi chi trả phụ cấp.'],
    [0.3, 'Lãnh đạo nhắc lại Kết luận số 128-KL/TW và Quy định số 144-QĐ/TW.'],
    [0.45, 'Các chi bộ tiếp tục thực hiện Kết luận số 128-KL/TW trong quý này.'],
    [0.6, 'Đơn vị tiếp tục áp dụng Nghị định số 24/2023/NĐ-CP cho cán bộ cấp xã.'],
    [0.75, 'Quy định số 144-QĐ/TW được nhắc lại ở nhiều cuộc họp chi bộ.'],
    [0.92, 'Sau một năm, Nghị quyết 57 đã mang lại kết quả rõ rệt.'],
  ];
  const text = longText(sentences);

  it('the generated text really spans several segments, with the short form far from its citation', () => {
    expect(text.length).toBeGreaterThan(2 * SEGMENT_CHARS);
    expect(segmentOf(text, text.indexOf('Nghị quyết số 57-NQ/TW'))).toBe(0);
    expect(segmentOf(text, text.indexOf('Nghị quyết 57'))).toBeGreaterThanOrEqual(2);
  });

  it('offsets are right, every link is consistent, and documents are merged by key', async () => {
    const r = await extractSegmented(text, {}, noYield);
    expectConsistent(r, text);
    expect(r.documents.map((d) => d.key).sort()).toEqual(['128-KL/TW', '144-QĐ/TW', '24/2023/NĐ-CP', '57-NQ/TW']);
    const count = (key: string) => r.documents.find((d) => d.key === key)!.mentions.length;
    expect(count('128-KL/TW')).toBe(2);
    expect(count('144-QĐ/TW')).toBe(2);
    expect(count('24/2023/NĐ-CP')).toBe(2);
  });

  it('finds the same mentions as one extractReferences call on the whole text', async () => {
    const whole = extractReferences(text, {});
    const r = await extractSegmented(text, {}, noYield);
    expect(r.mentions).toHaveLength(whole.mentions.length);
    expect(r.mentions).toHaveLength(sentences.reduce((n, [, s]) => n + (s.match(/Nghị|Kết luận|Quy định/g) ?? []).length, 0));
    expect(shape(r)).toEqual(shape(whole));
    expect(r.documents).toEqual(whole.documents);
  });

  it('a short form in a later segment takes the key its full citation settled in an earlier one', async () => {
    const r = await extractSegmented(text, {}, noYield);
    const short = r.mentions.find((m) => m.text === 'Nghị quyết 57')!;
    expect(short).toBeDefined();
    expect(short.form).toBe('short');
    expect(short.key).toBe('57-NQ/TW');
    const doc = r.documents[short.doc];
    expect(doc.key).toBe('57-NQ/TW');
    expect(doc.mentions.map((i) => r.mentions[i].text)).toEqual(['Nghị quyết số 57-NQ/TW', 'Nghị quyết 57']);
    expect(r.documents.some((d) => d.key === '57-NQ')).toBe(false);
  });

  it('a short form in an earlier segment than its citation is re-keyed too', async () => {
    const t = longText([
      [0.05, 'Các địa phương đã triển khai Nghị quyết 68 với nhiều cách làm mới.'],
      [0.9, 'Tỉnh ủy tổng kết Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.'],
    ]);
    expect(segmentOf(t, t.indexOf('Nghị quyết 68'))).toBe(0);
    expect(segmentOf(t, t.indexOf('Nghị quyết số 68-NQ/TW'))).toBeGreaterThanOrEqual(2);
    const r = await extractSegmented(t, {}, noYield);
    expectConsistent(r, t);
    expect(r.mentions.map((m) => [m.text, m.key])).toEqual([
      ['Nghị quyết 68', '68-NQ/TW'],
      ['Nghị quyết số 68-NQ/TW', '68-NQ/TW'],
    ]);
    expect(r.documents).toHaveLength(1);
  });

  it('a short form is not re-keyed when two different documents could be meant', async () => {
    const t = longText([
      [0.05, 'Tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.'],
      [0.5, 'Tỉnh ủy ban hành Nghị quyết số 57-NQ/TU về chuyển đổi số của tỉnh.'],
      [0.95, 'Sau một năm, Nghị quyết 57 đã có kết quả.'],
    ]);
    const r = await extractSegmented(t, {}, noYield);
    expectConsistent(r, t);
    const short = r.mentions.find((m) => m.text === 'Nghị quyết 57');
    expect(short).toBeDefined();
    // "57-NQ/TW from one segment, and only that" does not hold: the short form keeps its own key.
    expect(short!.key).toBe('57-NQ');
    expect(r.documents.map((d) => d.key).sort()).toEqual(['57-NQ', '57-NQ/TU', '57-NQ/TW']);
  });

  it('yields to the caller between segments', async () => {
    const events: string[] = [];
    const r = await extractSegmented(text, {}, async () => { events.push('yield'); });
    const segments = segmentOf(text, text.length - 1) + 1;
    expect(segments).toBeGreaterThanOrEqual(3);
    expect(events.length).toBeGreaterThanOrEqual(segments - 1);
    expect(r.mentions.length).toBeGreaterThan(0);
  });

  it('stops at the next segment boundary when aborted, keeping what it found', async () => {
    const controller = new AbortController();
    const r = await extractSegmented(text, {}, async () => controller.abort(), controller.signal);
    expectConsistent(r, text);
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) expect(segmentOf(text, m.start)).toBe(0);
  });

  it('state documents are left out with state: false', async () => {
    const r = await extractSegmented(text, { state: false }, noYield);
    expectConsistent(r, text);
    expect(r.documents.every((d) => d.party)).toBe(true);
    expect(shape(r)).toEqual(shape(extractReferences(text, { state: false })));
  });

  it('facts printed in one segment complete the document cited bare in another, as in one call', async () => {
    // 18-NQ/TW is in the catalog twice (terms XII and XIII): bare, it is ambiguous; the later
    // citation with its date and term settles it.
    const t = longText([
      [0.05, 'Đơn vị tiếp tục thực hiện Nghị quyết số 18-NQ/TW trong năm nay.'],
      [0.9, 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII cũng được nhắc lại.'],
    ]);
    expect(segmentOf(t, t.indexOf('Nghị quyết số 18-NQ/TW ngày'))).toBeGreaterThanOrEqual(2);
    const whole = extractReferences(t, {});
    expect(whole.documents).toHaveLength(1);
    expect(whole.documents[0]).toMatchObject({ key: '18-NQ/TW', term: 'XII', date: '2017-10-25', catalog: { term: 'XII' } });
    expect(whole.documents[0].candidates).toBeUndefined();
    const r = await extractSegmented(t, {}, noYield);
    expectConsistent(r, t);
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0];
    expect(doc).toMatchObject({ key: '18-NQ/TW', term: 'XII', date: '2017-10-25' });
    // The term is known: the document is the XII entry, not "one of" both.
    expect(doc.candidates).toBeUndefined();
    expect(doc.catalog?.term).toBe('XII');
    expect(r.documents).toEqual(whole.documents);
  });
});
