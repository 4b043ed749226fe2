/** TextMeasure gives textLength's numbers (text.ts) while reading only as much text as asked. */
import { describe, expect, it } from 'vitest';
import { collapsedLength, isWsCode, TextMeasure } from '../../utils/article/measure';
import { parseHtml } from './helpers';

// The definitions the layers used before TextMeasure, kept here as the reference.
const WS = /[\s\u00a0\u200b\u200c\u200d\ufeff]+/g;
const textLength = (el: Element) => (el.textContent ?? '').replace(WS, ' ').trim().length;
const linkDensity = (el: Element) => {
  const len = textLength(el);
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += textLength(a);
  return len > 0 ? Math.min(1, links / len) : 0;
};
const proseLength = (el: Element) => {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const tag = t.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    n += (t.nodeValue ?? '').replace(WS, ' ').trim().length;
  }
  return n;
};

let seed = 7;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 0x100000000);
const PIECES = ['a', 'ễ', 'Nghị quyết', '57', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u200c', '\ufeff', '\u3000', '\u2028', '\u180e', '\u0085', '.'];
const randomText = (max: number) => Array.from({ length: Math.floor(rnd() * max) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join('');

describe('collapsedLength', () => {
  it('knows the same whitespace as the WS pattern, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWsCode(c) !== /^[\s\u00a0\u200b\u200c\u200d\ufeff]$/.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
  });

  it('equals replace(WS, " ").trim().length', () => {
    for (const s of ['', ' ', '  ', '\u200b', 'a', ' a ', 'a  b', 'a\u00a0 b', '\n\na\n', 'a\u200bb', ' \u3000 ']) {
      expect(collapsedLength(s), JSON.stringify(s)).toBe(s.replace(WS, ' ').trim().length);
    }
    // Short strings and long ones (over 64 characters) take different paths.
    for (let i = 0; i < 3000; i++) {
      const s = randomText(i % 2 ? 20 : 120);
      expect(collapsedLength(s), JSON.stringify(s)).toBe(s.replace(WS, ' ').trim().length);
    }
  });
});

describe('TextMeasure', () => {
  const TAGS = ['div', 'p', 'span', 'a', 'script', 'style', 'b'];
  function randomTree(doc: Document, depth: number): Element {
    const el = doc.createElement(TAGS[Math.floor(rnd() * TAGS.length)]);
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      if (depth > 0 && rnd() < 0.5) el.appendChild(randomTree(doc, depth - 1));
      else if (rnd() < 0.1) el.appendChild(doc.createComment('comment'));
      else el.appendChild(doc.createTextNode(randomText(rnd() < 0.3 ? 60 : 12)));
    }
    return el;
  }

  it('agrees with textLength, linkDensity and proseLength on random trees, at any bound', () => {
    const doc = parseHtml('<html><body></body></html>');
    for (let i = 0; i < 400; i++) {
      const root = randomTree(doc, 4);
      doc.body.replaceChildren(root);
      const m = new TextMeasure();
      const els = [root, ...root.getElementsByTagName('*')];
      for (const el of els) {
        const len = textLength(el);
        // Bounded questions first, so that later ones resume from partial progress.
        for (const n of [0, 1, Math.floor(len / 2), len, len + 1]) expect(m.atLeast(el, n)).toBe(len >= n);
        expect(m.length(el)).toBe(len);
        expect(m.linkDensity(el)).toBe(linkDensity(el));
        for (const t of [0.3, 0.5, 0.6, 0.7]) expect(new TextMeasure().linkDensityBelow(el, t)).toBe(linkDensity(el) < t);
        const prose = proseLength(el);
        for (const n of [1, prose, prose + 1]) expect(m.proseAtLeast(el, n)).toBe(prose >= n);
      }
    }
  });

  it('stops reading a long element once the bound is reached', () => {
    const doc = parseHtml(`<html><body><div>${'<p>Đoạn văn bản <b>đủ</b> dài để đo.</p>'.repeat(2000)}</div></body></html>`);
    const div = doc.querySelector('div')!;
    const expected = textLength(div);
    let reads = 0;
    const walker = doc.createTreeWalker(div, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const value = t.nodeValue;
      Object.defineProperty(t, 'nodeValue', { get: () => (reads++, value) });
    }
    const m = new TextMeasure();
    expect(m.atLeast(div, 200)).toBe(true);
    expect(reads).toBeLessThan(30);
    expect(m.atLeast(div, 400)).toBe(true);
    expect(reads).toBeLessThan(60);
    expect(m.length(div)).toBe(expected);
    expect(reads).toBe(6000); // each of the 3 × 2 000 text nodes read once
  });
});
