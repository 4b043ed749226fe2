import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

const doc = (text: string, key: string) => {
  const d = extractReferences(text, { catalog: false }).documents.find((x) => x.key === key);
  if (!d) throw new Error(`${key} not found in ${JSON.stringify(text)}`);
  return d;
};

describe('a document\'s record, one labelled line per fact', () => {
  it.each([
    ['date and subject after the symbol', 'Số ký hiệu: 31-NQ/TU\nNgày ban hành: 05/01/2024\nTrích yếu: Về nhiệm vụ năm 2024\nCơ quan ban hành: Tỉnh ủy',
      '31-NQ/TU', '2024-01-05', 'nhiệm vụ năm 2024'],
    ['the name above it, its type word dropped', 'THÔNG TIN VĂN BẢN\nTên văn bản: Kế hoạch triển khai Nghị quyết số 72-NQ/TW\nSố ký hiệu: 32-KH/TU\nNgày ban hành: 28/10/2025',
      '32-KH/TU', '2025-10-28', 'triển khai Nghị quyết số 72-NQ/TW'],
    ['"Số hiệu" and "Ngày ký", in a list', '- Số hiệu: 33-CT/TU\n- Ngày ký: 3.2.2025\n- Về việc: tăng cường phòng cháy, chữa cháy',
      '33-CT/TU', '2025-02-03', 'tăng cường phòng cháy, chữa cháy'],
  ])('%s', (_n, text, key, date, title) => {
    const d = doc(text, key);
    expect(d.date).toBe(date);
    expect(d.title).toBe(title);
    expect(d.sources).toMatchObject({ date: 'text', title: 'text' });
  });

  it.each([
    ['another block\'s lines (after a blank line) are not its', 'Số ký hiệu: 34-NQ/TU\n\nNgày ban hành: 05/01/2024\nTrích yếu: nhiệm vụ', '34-NQ/TU'],
    ['a symbol in running text is no record', 'Tỉnh ủy ban hành 35-NQ/TU.\nNgày ban hành: 05/01/2024\nTrích yếu: nhiệm vụ', '35-NQ/TU'],
  ])('%s', (_n, text, key) => {
    const d = doc(text, key);
    expect(d.date).toBeUndefined();
    expect(d.title).toBeUndefined();
  });
});
