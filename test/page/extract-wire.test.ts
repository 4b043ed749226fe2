import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { isPackedResult, packResult, unpackResult, type PackedResult } from '../../utils/page/extract-wire';

const TEXT = 'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị. Nghị quyết 57 và Kết luận 40 đi vào cuộc sống; Nghị quyết Trung ương 4 khóa XII vẫn là kim chỉ nam, cùng Nghị định 178/2024/NĐ-CP.';

describe('the engine\'s result on the wire', () => {
  it('packed, cloned as a browser would and unpacked against the text sent, it is the same result', () => {
    const r = extractReferences(TEXT);
    expect(r.mentions.length).toBeGreaterThanOrEqual(5);
    const wire = structuredClone(packResult(r));
    expect(isPackedResult(wire)).toBe(true);
    expect(unpackResult(wire, TEXT)).toEqual(r);
  });

  it('a mention the text leaves open keeps its other documents across the wire', () => {
    const text = 'Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Tỉnh ủy được quán triệt. Chỉ thị 05 đi vào cuộc sống.';
    const r = extractReferences(text);
    expect(r.mentions.some((m) => m.maybe)).toBe(true);
    expect(unpackResult(structuredClone(packResult(r)), text)).toEqual(r);
    const bad = structuredClone(packResult(r));
    bad.mentions.maybe![0][1] = [42];
    expect(() => unpackResult(bad, text)).toThrow(/not documents of the result/);
  });

  it('the mentions travel as numbers and one string, not objects', () => {
    const { mentions } = packResult(extractReferences(TEXT));
    expect(mentions.form).toMatch(/^[fsypc]+$/);
    expect(mentions.start.every((n) => typeof n === 'number')).toBe(true);
  });

  const broken = (f: (p: PackedResult) => void) => { const p = structuredClone(packResult(extractReferences(TEXT))); f(p); return p; };
  it.each([
    ['arrays of different lengths', (p: PackedResult) => { p.mentions.end.pop(); }, false],
    ['no form string', (p: PackedResult) => { (p.mentions as unknown as { form: unknown }).form = null; }, false],
  ])('a reply with %s is not a packed result', (_n, f, ok) => {
    expect(isPackedResult(broken(f))).toBe(ok);
  });

  it.each([
    ['past the end of the text', (p: PackedResult) => { p.mentions.end[0] = TEXT.length + 1; }],
    ['an unknown document', (p: PackedResult) => { p.mentions.doc[0] = 99; }],
    ['an unknown form', (p: PackedResult) => { p.mentions.form = 'x' + p.mentions.form.slice(1); }],
    ['an empty span', (p: PackedResult) => { p.mentions.end[0] = p.mentions.start[0]; }],
  ])('a mention %s is refused with a clear error', (_n, f) => {
    expect(() => unpackResult(broken(f), TEXT)).toThrow(/does not fit the text sent/);
  });
});
