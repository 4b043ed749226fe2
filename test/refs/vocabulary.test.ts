import { describe, expect, it } from 'vitest';
import { issuerName } from '../../utils/refs/vocabulary';

describe('issuerName: issuer codes in words', () => {
  it.each([
    ['TW', 'Trung ương Đảng'],
    ['BTCTW', 'Ban Tổ chức Trung ương'],
    ['UBKTTW', 'Ủy ban Kiểm tra Trung ương'],
    ['QUTW', 'Quân ủy Trung ương'],
    ['HU', 'Huyện ủy'],
    ['TTg', 'Thủ tướng Chính phủ'],
    ['CP', 'Chính phủ'],
    ['QH15', 'Quốc hội'],
    ['UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
    ['XYZ', undefined],
    [undefined, undefined],
  ])('%s → %s', (code, want) => {
    expect(issuerName(code)).toBe(want);
  });
});
