import { describe, expect, it } from 'vitest';
import { FLOORS } from '../../scripts/lib/extract-floors';
import { countMatches } from '../../scripts/lib/extract-bench-core';
import { extractReferences } from '../../utils/refs/index';

// The floors bench:extract divides by must read what the README says they read, or the ratios lie.
const floor = (name: string) => {
  const f = FLOORS.find((x) => x.name === name)!;
  return new RegExp(f.source, f.flags);
};

const SENTENCE = 'Tỉnh ủy triển khai Quyết định số 18-QĐ/TW, Kết luận số 40-KL/TW và Hướng dẫn số 12-HD/TU.';
const FORMS: Array<[string, string]> = [
  ['NFC', SENTENCE],
  ['NFD', SENTENCE.normalize('NFD')],
  ['capitals', SENTENCE.toUpperCase()],
  ['no diacritics', 'Tinh uy trien khai Quyet dinh so 18-QD/TW, Ket luan so 40-KL/TW va Huong dan so 12-HD/TU.'],
  ['lost spaces', 'Tỉnh ủy triển khai Quyếtđịnh số 18-QĐ/TW, Kếtluận số 40-KL/TW và Hướngdẫn số 12-HD/TU.'],
  ['scrambled marks', 'Tỉnh ủy triển khai Qủyết đính số 18-QĐ/TW, Kết lúận số 40-KL/TW và Hứơng dẫn số 12-HD/TU.'],
];

describe('bench:extract floors', () => {
  it.each(FORMS)('"every form" finds the three type words the engine finds, in %s', (_form, text) => {
    expect(extractReferences(text).mentions).toHaveLength(3);
    expect(countMatches(text, floor('every form'))).toBe(3);
  });

  it('the literal floor reads only well-formed NFC text, the 12-word one not NFD nor the other 33 type words', () => {
    const [nfc, nfd, caps, , lost] = FORMS.map(([, t]) => t);
    expect(countMatches(nfc, floor('literal'))).toBe(3);
    expect(countMatches(caps, floor('literal'))).toBe(0);
    expect(countMatches(caps, floor('12 words'))).toBe(3);
    expect(countMatches(nfd, floor('12 words'))).toBe(0);
    expect(countMatches(lost, floor('12 words'))).toBe(3);
    expect(countMatches('Chương trình hành động, Thông tư', floor('12 words'))).toBe(0);
  });

  it('"every form" knows every type word of the engine, English ones included', () => {
    for (const w of ['Chương trình hành động', 'Thông tư liên tịch', 'Pháp lệnh', 'Công điện', 'Official dispatch', 'Guideline']) {
      expect(countMatches(w, floor('every form')), w).toBe(1);
    }
  });
});
