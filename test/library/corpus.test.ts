import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../utils/db';
import { Corpus } from '../../utils/library/corpus';
import { Postings, TEXT, TITLE } from '../../utils/library/postings';

const T = '2025-01-01T00:00:00.000Z';
const rec = (i: number, text: string): ArticleRecord =>
  ({ url: `https://nhandan.vn/${i}`, title: `Bài ${i}`, site: 'nhandan.vn', savedAt: T, updatedAt: T, text, tags: [] });

/** Articles (by URL) the corpus's postings list for a word. */
function urlsOf(c: Corpus, word: string): string[] {
  const out: string[] = [];
  c.postings.forEach(word, (ord) => { const e = c.entries[ord]; if (e) out.push(e.url); });
  return out.sort();
}

describe('postings', () => {
  it('round-trip article numbers and field bits through the varint lists, large gaps included', () => {
    const p = new Postings();
    const ords = [0, 1, 2, 130, 20_000, 3_000_000, 3_000_001];
    ords.forEach((o, i) => p.add(o, new Map([['x', i % 2 ? TITLE : TEXT | TITLE]])));
    const seen: Array<[number, number]> = [];
    p.forEach('x', (o, m) => seen.push([o, m]));
    expect(seen).toEqual(ords.map((o, i) => [o, i % 2 ? TITLE : TEXT | TITLE]));
    expect(p.count('x')).toBe(ords.length);
  });

  it('find words by prefix, new words included', () => {
    const p = new Postings();
    p.add(0, new Map([['nghi', 1], ['nghien', 1], ['ngo', 1]]));
    expect(p.wordsFor('ngh', true)).toEqual(['nghi', 'nghien']);
    p.add(1, new Map([['nghia', 1]]));
    expect(p.wordsFor('nghi', true)).toEqual(['nghi', 'nghia', 'nghien']);
    expect(p.wordsFor('nghi', false)).toEqual(['nghi']);
    expect(p.wordsFor('x', true)).toEqual([]);
  });
});

describe('corpus', () => {
  it('re-indexing and deleting leave tombstones, compacted once they are many, with the same answers', () => {
    const c = new Corpus();
    for (let i = 0; i < 400; i++) c.putArticle(rec(i, i % 2 ? 'chẵn lẻ' : 'chẵn'), []);
    for (let i = 0; i < 100; i++) c.putArticle(rec(i, 'đổi mới'), []); // re-indexed: new numbers
    expect(c.entries.length).toBe(500);
    // The 257th tombstone (> 256 and > a quarter of the live) compacts; the 43 deletes after it wait.
    for (let i = 100; i < 300; i++) c.removeArticle(rec(i, '').url);
    expect(c.size).toBe(200);
    expect(c.dead).toBe(43);
    expect(c.entries.length).toBe(243);
    expect(urlsOf(c, 'doi')).toEqual(Array.from({ length: 100 }, (_, i) => `https://nhandan.vn/${i}`).sort());
    expect(urlsOf(c, 'le')).toEqual(Array.from({ length: 50 }, (_, k) => `https://nhandan.vn/${301 + 2 * k}`).sort());
    expect(urlsOf(c, 'chan')).toHaveLength(100);
    expect(c.postings.count('chan')).toBe(143); // the 43 tombstones still listed, skipped when read
  });
});
