import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000);
}

const PIECES = [
  'Nghị quyết số ', 'Kết luận ', 'Chỉ thị', ' số ', '18', '-', 'NQ', '/', 'TW', 'TƯ', 'T.Ư', ' khóa ', 'XII', '12',
  'Trung ương ', 'Đại hội ', 'lần thứ ', ', ', ' và ', '(', ')', '\n', '\u00a0', '\u200b', '\u0301', '\u0323',
  '\ud83d\ude00', '\ud800', '\udc00', 'của Bộ Chính trị', 'về việc ', '2024', 'NĐ-CP', 'QH15', 'Resolution No. ', '57',
  'Hội nghị ', 'Ban Chấp hành Trung ương ', '–', 'ĐẢNG', 'Số: ', '"', '“', '”', '.', ';', 'abc ', 'xyz',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

describe('extractReferences on random text', () => {
  it('reports spans that are inside the text and equal to the printed mention', () => {
    const r = rng(7);
    for (let round = 0; round < 400; round++) {
      const text = randomText(r, 5 + Math.floor(r() * 120));
      const res = extractReferences(text);
      let prev = 0;
      for (const m of res.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThan(m.end);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(prev);
        prev = m.start;
        expect(res.documents[m.doc].key).toBe(m.key);
      }
      for (const d of res.documents) for (const i of d.mentions) expect(res.mentions[i].key).toBe(d.key);
    }
  });

  it('finds a full citation placed anywhere between sentences, however the text around it is spelt', () => {
    const r = rng(11);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(r() * 300);
      const cite = `Nghị quyết số ${n}-NQ/TW`;
      const before = randomText(r, Math.floor(r() * 20)), after = randomText(r, Math.floor(r() * 20));
      const text = `${before}. ${cite}. ${after}`;
      const at = before.length + 2;
      const res = extractReferences(text);
      const hit = res.mentions.find((m) => m.start === at);
      expect(hit?.key, text).toBe(`${String(n).padStart(2, '0')}-NQ/TW`);
      expect(hit?.end).toBe(at + cite.length);
    }
  });

  it('keeps offsets right in NFD text, where folding drops the combining marks', () => {
    const nfc = 'Ở tỉnh, Nghị quyết số 18-NQ/TW và Kết luận 40 của Bộ Chính trị được phổ biến.';
    const nfd = nfc.normalize('NFD');
    const res = extractReferences(nfd);
    expect(res.mentions.map((m) => m.text.normalize('NFC'))).toEqual(['Nghị quyết số 18-NQ/TW', 'Kết luận 40']);
    for (const m of res.mentions) expect(nfd.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('adversarial input', () => {
  // Speed on these is measured by `npm run bench:extract`; here only that they never throw and stay sane.
  const cases: Array<[string, string]> = [
    ['100 000 × "Nghị quyết số "', 'Nghị quyết số '.repeat(100_000) + '1'],
    ['1 MB of digits and dashes', '1-2/3-4 5--6//7 '.repeat(65_000)],
    ['every combining mark', 'a' + Array.from({ length: 0x370 - 0x300 }, (_, i) => String.fromCharCode(0x300 + i)).join('').repeat(2000) + ' 18-NQ/TW'],
    ['lone surrogates', '\ud800Nghị quyết 18\udc00 \udfff18-NQ/TW\ud800'.repeat(2000)],
    ['one huge list', 'Nghị quyết 1' + ', 2'.repeat(100_000)],
    ['one huge plenum list', 'Nghị quyết Hội nghị lần thứ 1' + ' và 2'.repeat(50_000)],
    ['a million spaces', 'Nghị quyết' + ' '.repeat(1_000_000) + '18-NQ/TW'],
    ['symbols back to back', '18-NQ/TW'.repeat(50_000)],
    ['one plenum, endless terms', 'Nghị quyết Trung ương 4 khóa XI' + ', XII'.repeat(50_000)],
    ['type words glued to the word before', 'xNghị quyết 5 '.repeat(30_000)],
    ['endless tight list of symbols', 'Nghị quyết 1-NQ/TW' + ',2-NQ/TW'.repeat(40_000)],
    ['not a string', undefined as unknown as string],
  ];
  it.each(cases)('%s', (_name, text) => {
    const res = extractReferences(text);
    for (const m of res.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
