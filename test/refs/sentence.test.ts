import { describe, expect, it } from 'vitest';
import { CLAUSE, SENTENCE, stopAfter, stopBefore } from '../../utils/refs/sentence';

// Our own sentences; `|` marks the position asked about (removed before the call).
const AFTER: Array<[name: string, text: string, stops: typeof CLAUSE, expected: string | null]> = [
  ['a full stop before a space ends the sentence', 'Tỉnh ủy ban |hành Nghị quyết 05. Sau đó', SENTENCE, 'Tỉnh ủy ban hành Nghị quyết 05'],
  ['a point inside a date ends nothing', 'ban |hành ngày 25.10.2017 về y tế. Tiếp', SENTENCE, 'ban hành ngày 25.10.2017 về y tế'],
  ['a point inside "TP.HCM" ends nothing', 'Thành ủy |TP.HCM ban hành! Còn', SENTENCE, 'Thành ủy TP.HCM ban hành'],
  ['a semicolon ends a clause', 'về du |lịch; còn tỉnh B', CLAUSE, 'về du lịch'],
  ['a semicolon does not end a sentence', 'về du |lịch; còn tỉnh B. Hết', SENTENCE, 'về du lịch; còn tỉnh B'],
  ['a line break ends both', 'Tiêu |đề\nNội dung.', SENTENCE, 'Tiêu đề'],
  ['a line break does not end a stretch that may run on from a heading', 'Tiêu |đề\nNội dung. Sau', { lines: false }, 'Tiêu đề\nNội dung'],
  ['a full stop at the end of the text', 'kết |thúc.', SENTENCE, 'kết thúc'],
  ['no stop: none', 'không |có dấu', SENTENCE, null],
];

const BEFORE: Array<[name: string, text: string, stops: typeof CLAUSE, expected: string | null]> = [
  ['the sentence starts after the last full stop', 'Câu trước. Câu này có |mốc', SENTENCE, ' Câu này có '],
  ['a point inside a date starts nothing', 'ngày 25.10.2017 Nghị |quyết', SENTENCE, null],
  ['a clause starts after a semicolon', 'Tỉnh A; còn tỉnh |B', CLAUSE, ' còn tỉnh '],
  ['a line break starts a sentence', 'Tiêu đề\nNội |dung', SENTENCE, 'Nội '],
  ['…but not a stretch that may run on from a heading', 'Tiêu đề\nNội |dung', { lines: false }, null],
];

describe('sentence bounds', () => {
  it.each(AFTER)('after: %s', (_name, marked, stops, expected) => {
    const at = marked.indexOf('|'), text = marked.replace('|', '');
    const end = stopAfter(text, at, text.length, stops);
    expect(end < 0 ? null : text.slice(0, end)).toBe(expected);
  });
  it.each(BEFORE)('before: %s', (_name, marked, stops, expected) => {
    const at = marked.indexOf('|'), text = marked.replace('|', '');
    const start = stopBefore(text, at, 0, stops);
    expect(start < 0 ? null : text.slice(start, at)).toBe(expected);
  });
  it('reads no further than it is told', () => {
    expect(stopAfter('một hai ba. bốn', 0, 5, SENTENCE)).toBe(-1);
    expect(stopBefore('một. hai ba bốn', 14, 6, SENTENCE)).toBe(-1);
  });
  it('a point after an abbreviation ends nothing', () => {
    expect(stopAfter('Resolution No. 18 on land. Next', 0, 31, SENTENCE)).toBe(25);
    expect(stopBefore('Thành ủy TP. Hồ Chí Minh ban hành', 20, 0, SENTENCE)).toBe(-1);
  });
});
