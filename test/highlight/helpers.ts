import type { HighlightItem, HighlightKind } from '../../utils/highlight';
import type { TextMap } from '../../utils/highlight';

/** Replaces the body with trusted test markup and returns a container element. */
export function mount(html: string): HTMLElement {
  document.body.innerHTML = `<main id="root">${html}</main>`;
  return document.getElementById('root')!;
}

/** An item for the n-th occurrence (0-based) of `needle` in the collected text. */
export function itemFor(map: TextMap, needle: string, id: number, kind: HighlightKind = 'party', nth = 0): HighlightItem {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = map.text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in collected text ${JSON.stringify(map.text)}`);
  return { id, start, end: start + needle.length, kind };
}

/** Small deterministic PRNG (mulberry32) so property tests are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
