import { describe, expect, it } from 'vitest';
import { formatKey, lastPart, parseKey, type KeyParts } from '../../utils/refs/keys';
import { partyKey } from '../../utils/refs/symbols';
import { catalogEntries, extractReferences } from '../../utils/refs';
import raw from '../../utils/refs/catalog.json';

const FORMS: Array<[string, KeyParts]> = [
  ['18-NQ/TW', { kind: 'party', number: '18', code: 'NQ', issuer: 'TW' }],
  ['05-CT/TW', { kind: 'party', number: '05', code: 'CT', issuer: 'TW' }],
  ['445-KL/TU', { kind: 'party', number: '445', code: 'KL', issuer: 'TU' }],
  ['8011-CV/BTCTW', { kind: 'party', number: '8011', code: 'CV', issuer: 'BTCTW' }],
  ['08-QĐi/TW', { kind: 'party', number: '08', code: 'QĐi', issuer: 'TW' }],
  ['03-NQ/HNTW', { kind: 'party', number: '03', code: 'NQ', issuer: 'HNTW' }],
  ['12-NQ/ThU', { kind: 'party', number: '12', code: 'NQ', issuer: 'ThU' }],
  ['12-QĐ/TWĐTN', { kind: 'party', number: '12', code: 'QĐ', issuer: 'TWĐTN' }],
  ['57-NQ', { kind: 'party', number: '57', code: 'NQ' }],
  ['159-TB', { kind: 'party', number: '159', code: 'TB' }],
  ['01/NQ-CP', { kind: 'state', number: '01', symbol: 'NQ-CP' }],
  ['178/2024/NĐ-CP', { kind: 'state', number: '178', year: '2024', symbol: 'NĐ-CP' }],
  ['43/2022/QH15', { kind: 'state', number: '43', year: '2022', symbol: 'QH15' }],
  ['439/QĐ-TTg', { kind: 'state', number: '439', symbol: 'QĐ-TTg' }],
  ['6383/BNV-TCBC', { kind: 'state', number: '6383', symbol: 'BNV-TCBC' }],
  ['646/QĐ/QUTW', { kind: 'state', number: '646', symbol: 'QĐ/QUTW' }],
  ['5/QĐ', { kind: 'state', number: '5', symbol: 'QĐ' }],
  ['NQ-HNTW4-XII', { kind: 'plenum', code: 'NQ', plenum: 4, term: 'XII' }],
  ['KL-HNTW4-XIII', { kind: 'plenum', code: 'KL', plenum: 4, term: 'XIII' }],
  ['NQ-HNTW12-XL', { kind: 'plenum', code: 'NQ', plenum: 12, term: 'XL' }],
  ['NQ-HNTW9', { kind: 'plenum', code: 'NQ', plenum: 9 }],
  ['NQ-ĐH-XIII', { kind: 'congress', term: 'XIII' }],
  ['NQ-ĐHĐB-XX', { kind: 'local-congress', term: 'XX' }],
];

const MALFORMED = [
  '', 'abc', 'NQ', '18', '18-', '18-NQ/', '18-/TW', '18/', '/NQ-CP', '-NQ/TW',
  'NQ-HNTW', 'NQ-HNTW04-XII', 'NQ-HNTW0', 'NQ-HNTW4-', 'NQ-HNTW4-xii', 'NQ-HNTW4-12', 'CT-HNTW4-XII', 'HNTW4-XII',
  'NQ-ĐH-', 'NQ-ĐH-13', 'NQ-ĐHĐB', 'NQ-DH-XIII', 'ĐH-XIII', 'NQ-ĐH-XIII-',
];

describe('document keys', () => {
  it.each(FORMS)('%s', (key, parts) => {
    expect(parseKey(key)).toEqual(parts);
    expect(formatKey(parts)).toBe(key);
    expect(formatKey(parseKey(key)!)).toBe(key);
  });

  it.each(MALFORMED.map((k) => [k]))('%j is no key', (key) => {
    expect(parseKey(key)).toBeNull();
  });

  it('reads back every key of the catalog unchanged', () => {
    for (const e of raw as Array<{ key: string; kind?: string }>) {
      if (e.kind === 'plenum' || e.kind === 'congress') continue; // meetings, not documents
      const parts = parseKey(e.key);
      expect(parts, e.key).not.toBeNull();
      expect(formatKey(parts!)).toBe(e.key);
    }
    expect(catalogEntries('NQ-HNTW4-XII').length).toBeGreaterThan(0);
  });

  it('reads back every key the engine gives', () => {
    const texts = [
      'Nghị quyết số 18-NQ/TW, Nghị định 178/2024/NĐ-CP, Quyết định 439/QĐ-TTg, Nghị quyết Trung ương 4 khóa XII, '
        + 'Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Chỉ thị số 15 của Thủ tướng.',
      'Theo Nghị quyết 57, các địa phương triển khai.',
      'Cán bộ tìm hiểu Chỉ thị 12 rất kỹ.',
      'Kết luận số 445-KL/TU của Tỉnh ủy.',
    ];
    const keys = texts.flatMap((t) => extractReferences(t).documents.map((d) => d.key));
    expect(keys).toEqual(expect.arrayContaining(['18-NQ/TW', '57-NQ', '12-CT', '178/2024/NĐ-CP', '15/CT-TTg', 'NQ-HNTW4-XII', 'NQ-ĐH-XIII', 'NQ-ĐHĐB-XX', '445-KL/TU']));
    for (const k of keys) expect(formatKey(parseKey(k)!), k).toBe(k);
  });

  it('partyKey pads the number and leaves the issuer out when unknown', () => {
    expect(partyKey('5', 'NQ', 'TW')).toBe('05-NQ/TW');
    expect(partyKey('0057', 'NQ')).toBe('57-NQ');
    expect(partyKey('123', 'KL', '')).toBe('123-KL');
  });

  it.each([
    ['15/CT-TTg', 'TTg'], ['43/2022/QH15', 'QH15'], ['6383/BNV-TCBC', 'TCBC'], ['5/QĐ', 'QĐ'], ['12-QĐ/TWĐTN', 'TWĐTN'],
  ])('the last part of %s is %s', (key, part) => {
    expect(lastPart(key)).toBe(part);
  });
});
