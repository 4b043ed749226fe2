import { describe, expect, it } from 'vitest';
import { issuerName, termOfDate } from '../../utils/refs/vocabulary';

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

describe('termOfDate: the Central Committee term a document of that day belongs to', () => {
  it.each([
    ['1981-01-13', 'IV'],
    ['1985-06-01', 'V'],
    ['1988-05-20', 'VI'],
    ['1997-06-18', 'VIII'],
    // Up to a congress's close, the outgoing term's.
    ['2021-01-31', 'XII'],
    ['2021-02-02', 'XIII'],
    ['2026-01-23', 'XIV'],
  ])('%s → khóa %s', (date, term) => {
    expect(termOfDate(date)).toBe(term);
  });
});
