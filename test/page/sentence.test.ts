import { describe, expect, it } from 'vitest';
import { quoteAround, sentenceAround } from '../../utils/page/sentence';

/** sentenceAround for the first occurrence of `needle` in `text`. */
function around(text: string, needle: string, max?: number): string {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${text}`);
  return sentenceAround(text, start, start + needle.length, max);
}

describe('sentenceAround: sentence boundaries', () => {
  it.each([
    ['period before and after',
      'Trời mưa to suốt buổi sáng. Tỉnh quán triệt Nghị quyết số 57-NQ/TW tới cán bộ. Buổi chiều đoàn đi thăm cơ sở.',
      'Nghị quyết số 57-NQ/TW', 'Tỉnh quán triệt Nghị quyết số 57-NQ/TW tới cán bộ.'],
    ['question mark and exclamation mark',
      'Vì sao chậm? Phải làm ngay Kết luận 40 thôi! Mọi người đồng ý.',
      'Kết luận 40', 'Phải làm ngay Kết luận 40 thôi!'],
    ['exclamation before, question after',
      'Thật đáng mừng! Liệu Quy định số 144-QĐ/TW có được làm nghiêm? Còn phải chờ.',
      'Quy định số 144-QĐ/TW', 'Liệu Quy định số 144-QĐ/TW có được làm nghiêm?'],
    ['ellipsis character as a sentence end',
      'Chờ mãi… Rồi Nghị quyết 57 ra đời… Sau đó mọi việc khác hẳn.',
      'Nghị quyết 57', 'Rồi Nghị quyết 57 ra đời…'],
    ['newlines (paragraph breaks) bound the sentence, and are not kept',
      'Đoạn trước không có dấu chấm\nĐoạn có Chỉ thị số 35-CT/TW ở giữa\nĐoạn sau cũng vậy',
      'Chỉ thị số 35-CT/TW', 'Đoạn có Chỉ thị số 35-CT/TW ở giữa'],
    ['a newline before, a period after',
      'Tiêu đề\nCác huyện sơ kết Chỉ thị số 35-CT/TW. Câu sau.',
      'Chỉ thị số 35-CT/TW', 'Các huyện sơ kết Chỉ thị số 35-CT/TW.'],
    ['a period not followed by whitespace is not a boundary (numbers, codes)',
      'Hơn 1.200 cán bộ học Nghị quyết 57 tại 3.5 điểm cầu. Hết.',
      'Nghị quyết 57', 'Hơn 1.200 cán bộ học Nghị quyết 57 tại 3.5 điểm cầu.'],
    ['periods inside the mention do not cut it',
      'Trước đó. Nghị định số 24/2023/NĐ-CP được áp dụng. Sau đó.',
      'Nghị định số 24/2023/NĐ-CP', 'Nghị định số 24/2023/NĐ-CP được áp dụng.'],
    ['the sentence end right after the mention is kept',
      'Mọi việc đã rõ. Tỉnh thực hiện Kết luận số 128-KL/TW. Tiếp theo là phần khác.',
      'Kết luận số 128-KL/TW', 'Tỉnh thực hiện Kết luận số 128-KL/TW.'],
    ['runs of whitespace collapse to one space',
      'Câu đầu.   Tỉnh  quán\ttriệt   Nghị quyết 57   rất   sớm.  Câu cuối.',
      'Nghị quyết 57', 'Tỉnh quán triệt Nghị quyết 57 rất sớm.'],
  ])('%s', (_name, text, needle, expected) => {
    expect(around(text, needle)).toBe(expected);
  });
});

describe('sentenceAround: mention at the edges of the text', () => {
  it.each([
    ['at the very start', 'Nghị quyết số 57-NQ/TW mở đầu bài viết. Câu sau.', 'Nghị quyết số 57-NQ/TW', 'Nghị quyết số 57-NQ/TW mở đầu bài viết.'],
    ['at the very end, no final period', 'Câu trước. Bài viết kết thúc bằng Nghị quyết số 57-NQ/TW', 'Nghị quyết số 57-NQ/TW', 'Bài viết kết thúc bằng Nghị quyết số 57-NQ/TW'],
    ['at the very end, with a final period', 'Câu trước. Bài viết kết thúc bằng Nghị quyết số 57-NQ/TW.', 'Nghị quyết số 57-NQ/TW', 'Bài viết kết thúc bằng Nghị quyết số 57-NQ/TW.'],
    ['the whole text', 'Kết luận 40', 'Kết luận 40', 'Kết luận 40'],
    ['right after a newline at the start', '\nKết luận 40 được ban hành.', 'Kết luận 40', 'Kết luận 40 được ban hành.'],
    ['right before a final newline', 'Đầu bài. Cuối bài là Kết luận 40\n', 'Kết luận 40', 'Cuối bài là Kết luận 40'],
  ])('%s', (_name, text, needle, expected) => {
    expect(around(text, needle)).toBe(expected);
  });
});

describe('sentenceAround: long text is cut with an ellipsis', () => {
  const before = 'rất nhiều chữ không có dấu câu '.repeat(30); // ~930 chars
  const after = ' và còn nhiều chữ nữa không dừng lại'.repeat(30);
  const mention = 'Nghị quyết số 57-NQ/TW';

  it('both sides longer than max: "… " before and " …" after, max chars each side', () => {
    const s = around(before + mention + after, mention);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain(mention);
    // 320 chars each side at most (whitespace collapsed and trimmed), plus the mention and the marks.
    expect(s.length).toBeLessThanOrEqual(320 * 2 + mention.length + 4);
    expect(s.length).toBeGreaterThan(320 + mention.length);
  });

  it('only the side that is cut gets an ellipsis', () => {
    const left = around(before + mention + ' được ban hành.', mention);
    expect(left.startsWith('… ')).toBe(true);
    expect(left.endsWith('được ban hành.')).toBe(true);
    const right = around('Câu trước. Tỉnh triển khai ' + mention + after, mention);
    expect(right.startsWith('Tỉnh triển khai ' + mention)).toBe(true);
    expect(right.endsWith(' …')).toBe(true);
  });

  it('a sentence end within reach wins over the ellipsis', () => {
    const s = around(before + 'Hết câu. Mở đầu ' + mention + ' tiếp theo. ' + after, mention);
    expect(s).toBe('Mở đầu ' + mention + ' tiếp theo.');
  });

  it.each([40, 80, 160])('honours a custom max (%i)', (max) => {
    const s = around(before + mention + after, mention, max);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(2 * max + mention.length + 4);
    expect(s).toContain(mention);
  });

  it('text shorter than max on both sides without any boundary: the whole text, no ellipsis', () => {
    const text = 'Tỉnh quán triệt ' + mention + ' tới cán bộ chủ chốt';
    expect(around(text, mention)).toBe(text);
  });
});

describe('sentenceAround: abbreviations are not sentence ends', () => {
  it.each([
    ['TP. before a city', 'Hôm qua, TP. Hồ Chí Minh triển khai Nghị quyết số 57-NQ/TW rất sớm.', 'Nghị quyết số 57-NQ/TW', 'Hôm qua, TP. Hồ Chí Minh triển khai Nghị quyết số 57-NQ/TW rất sớm.'],
    ['PGS.TS. before a name', 'Theo PGS.TS. Trần Văn B, Kết luận 40 cần làm ngay. Câu sau.', 'Kết luận 40', 'Theo PGS.TS. Trần Văn B, Kết luận 40 cần làm ngay.'],
    ['a real sentence end still cuts', 'Câu trước kết thúc. Chỉ thị số 05-CT/TW được phổ biến.', 'Chỉ thị số 05-CT/TW', 'Chỉ thị số 05-CT/TW được phổ biến.'],
  ])('%s', (_what, text, mention, expected) => {
    const start = text.indexOf(mention);
    expect(sentenceAround(text, start, start + mention.length)).toBe(expected);
  });
});

describe('quoteAround: cut at word boundaries, the mention apart', () => {
  it('cut by length, the quote starts and ends on whole words', () => {
    const words = 'giai đoạn phát triển kinh tế xã hội bền vững ';
    const text = words.repeat(20) + 'Nghị quyết số 57-NQ/TW' + ' ' + words.repeat(20);
    const at = text.indexOf('Nghị quyết');
    const q = quoteAround(text, at, at + 'Nghị quyết số 57-NQ/TW'.length, 60);
    expect(q.mention).toBe('Nghị quyết số 57-NQ/TW');
    expect(q.before.startsWith('… ')).toBe(true);
    expect(q.after.endsWith(' …')).toBe(true);
    const inner = (q.before.slice(2) + q.mention + q.after.slice(0, -2)).trim();
    // Every word of the quote is a whole word of the text.
    for (const w of inner.split(' ')) expect(['giai', 'đoạn', 'phát', 'triển', 'kinh', 'tế', 'xã', 'hội', 'bền', 'vững', 'Nghị', 'quyết', 'số', '57-NQ/TW']).toContain(w);
  });

  it('a whole sentence needs no ellipsis', () => {
    const text = 'Câu trước. Tỉnh quán triệt Nghị quyết 57 trong tháng này. Câu sau.';
    const at = text.indexOf('Nghị quyết 57');
    expect(quoteAround(text, at, at + 13)).toEqual({ before: 'Tỉnh quán triệt ', mention: 'Nghị quyết 57', after: ' trong tháng này.' });
  });
});

