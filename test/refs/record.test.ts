import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

const doc = (text: string, key: string) => {
  const d = extractReferences(text, { catalog: false }).documents.find((x) => x.key === key);
  if (!d) throw new Error(`${key} not found in ${JSON.stringify(text)}`);
  return d;
};

describe('a table of documents printed as text', () => {
  it('every row of a long table reads its columns from the first row', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 1} | ${i + 101}-KH/TU | 0${(i % 9) + 1}/02/2024 | Về việc thứ ${i + 1}`);
    const text = `STT | Số ký hiệu | Ngày ban hành | Trích yếu\n${rows.join('\n')}`;
    const d = doc(text, '150-KH/TU');
    expect([d.date, d.title]).toEqual(['2024-02-05', 'việc thứ 50']);
  });

  it('a table without a first row naming its columns gives no facts, however long', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${i + 1} | ${i + 201}-KH/TU | 05/02/2024 | Về việc ${i}`).join('\n');
    expect(doc(text, '220-KH/TU').date).toBeUndefined();
  });
});

describe('a document\'s record, one labelled line per fact', () => {
  it.each([
    ['date and subject after the symbol', 'Số ký hiệu: 31-NQ/TU\nNgày ban hành: 05/01/2024\nTrích yếu: Về nhiệm vụ năm 2024\nCơ quan ban hành: Tỉnh ủy',
      '31-NQ/TU', '2024-01-05', 'nhiệm vụ năm 2024'],
    ['the name above it, its type word dropped', 'THÔNG TIN VĂN BẢN\nTên văn bản: Kế hoạch triển khai Nghị quyết số 72-NQ/TW\nSố ký hiệu: 32-KH/TU\nNgày ban hành: 28/10/2025',
      '32-KH/TU', '2025-10-28', 'triển khai Nghị quyết số 72-NQ/TW'],
    ['"Số hiệu" and "Ngày ký", in a list', '- Số hiệu: 33-CT/TU\n- Ngày ký: 3.2.2025\n- Về việc: tăng cường phòng cháy, chữa cháy',
      '33-CT/TU', '2025-02-03', 'tăng cường phòng cháy, chữa cháy'],
    ['fields on the symbol\'s own line, after semicolons', 'Số ký hiệu: 36-CT/TU; Ngày ban hành: 14/06/2024; Cơ quan ban hành: Tỉnh ủy; Trích yếu: Về đại hội chi bộ',
      '36-CT/TU', '2024-06-14', 'đại hội chi bộ'],
    ['…after bars, "Số:" and "Ngày:"', 'Số: 37-NQ/TU | Ngày: 10/3/2023 | Cơ quan: Tỉnh ủy | Trích yếu: về du lịch biển đảo',
      '37-NQ/TU', '2023-03-10', 'du lịch biển đảo'],
    ['a row of a table, its columns named by the first row', 'STT | Số, ký hiệu | Ngày ban hành | Trích yếu\n1 | 38-NQ/TU | 05/01/2024 | Về nhiệm vụ năm 2024\n2 | 39-CT/TU | 15/3/2024 | Về phòng cháy',
      '39-CT/TU', '2024-03-15', 'phòng cháy'],
    ['"Trích yếu: Nghị quyết về …": the type word, then "về"', 'Số ký hiệu: 42-NQ/TU\nNgày ban hành: 12/08/2025\nTrích yếu: Nghị quyết về chuyển đổi số',
      '42-NQ/TU', '2025-08-12', 'chuyển đổi số'],
    ['…columns by tabs', 'Số hiệu\tNgày\tTrích yếu\n40-KH/TU\t20/5/2024\tThực hiện Chỉ thị số 35-CT/TW',
      '40-KH/TU', '2024-05-20', 'Thực hiện Chỉ thị số 35-CT/TW'],
  ])('%s', (_n, text, key, date, title) => {
    const d = doc(text, key);
    expect(d.date).toBe(date);
    expect(d.title).toBe(title);
    expect(d.sources).toMatchObject({ date: 'text', title: 'text' });
  });

  it.each([
    ['another block\'s lines (after a blank line) are not its', 'Số ký hiệu: 34-NQ/TU\n\nNgày ban hành: 05/01/2024\nTrích yếu: nhiệm vụ', '34-NQ/TU'],
    ['a symbol in running text is no record', 'Tỉnh ủy ban hành 35-NQ/TU.\nNgày ban hành: 05/01/2024\nTrích yếu: nhiệm vụ', '35-NQ/TU'],
    ['a table whose first row names no symbol column', 'Tên | Điểm | Ngày\n41-NQ/TU | 8 | 05/01/2024', '41-NQ/TU'],
  ])('%s', (_n, text, key) => {
    const d = doc(text, key);
    expect(d.date).toBeUndefined();
    expect(d.title).toBeUndefined();
  });
});
