// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, rangeFor, WrapHighlightEngine } from '../../utils/highlight';
import { rng } from './helpers';

const REFERENCES = [
  'Nghị quyết số 18-NQ/TW',
  'Kết luận số 121-KL/TW',
  'Chỉ thị 35-CT/TW',
  'Nghị định 178/2024/NĐ-CP',
  'Nghị quyết Hội nghị Trung ương 4 khóa XII',
];
const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'u', 'mark', 'small', 'sup'];

/** Builds <p>prefix + reference cut at random points, each piece in random inline markup + suffix</p>. */
function randomParagraph(next: () => number, reference: string): HTMLElement {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const cuts = new Set<number>();
  const cutCount = Math.floor(next() * 6);
  for (let i = 0; i < cutCount; i++) cuts.add(1 + Math.floor(next() * (reference.length - 1)));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), reference.length];

  const p = document.createElement('p');
  p.append(pick(['Theo ', 'Thực hiện ', '', '(']));
  let parent: Element = p;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = document.createTextNode(reference.slice(bounds[k], bounds[k + 1]));
    const r = next();
    if (r < 0.3) {
      p.append(piece); // bare text, possibly adjacent to another bare Text node
      parent = p;
    } else if (r < 0.6 && parent !== p) {
      parent.append(piece); // continue inside the current element
    } else {
      const depth = 1 + Math.floor(next() * 3);
      let outer: Element = p;
      for (let d = 0; d < depth; d++) {
        const el = document.createElement(pick(INLINE_TAGS));
        if (next() < 0.3) el.append(document.createTextNode('')); // empty Text nodes happen too
        outer.append(el);
        outer = el;
      }
      outer.append(piece);
      parent = outer;
    }
  }
  p.append(pick([', cần tinh gọn.', '.', ')', '']));
  return p;
}

describe('property: references split by random inline markup', () => {
  it('collected text contains the reference and its range reads it back; wrapping round-trips', () => {
    const next = rng(20260101);
    for (let trial = 0; trial < 300; trial++) {
      const reference = REFERENCES[trial % REFERENCES.length];
      document.body.innerHTML = '<main id="root"><h2>Tin tức</h2></main>';
      const root = document.getElementById('root')!;
      root.append(randomParagraph(next, reference));
      const html = root.innerHTML;
      const context = `trial ${trial}: ${html}`;

      const map = collectText([root]);
      const start = map.text.indexOf(reference);
      expect(start, context).toBeGreaterThanOrEqual(0);
      expect(rangeFor(map, start, start + reference.length)?.toString(), context).toBe(reference);

      const engine = new WrapHighlightEngine(document);
      engine.add([{ id: 1, start, end: start + reference.length, kind: 'party' }], map);
      expect(engine.rangeOf(1)?.toString(), context).toBe(reference);
      engine.clear();
      expect(root.innerHTML, context).toBe(html);
    }
  });
});
