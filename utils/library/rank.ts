/**
 * Ranking for the library search (./search.ts): every query word required, each scored by the best
 * field it is in; all words in the title, the words as a phrase, and citing the document the query
 * names add more. Pure functions over the in-memory corpus.
 */
import type { Corpus, ArticleEntry } from './corpus';
import { keyMatches, type DocumentQuery } from './doc-query';
import { LEAD, SENTENCE, TEXT, TITLE } from './postings';
import { pairKey, type QueryWord } from './text';

/** What a search cost: postings decoded, and articles holding every word (before filters). */
export interface SearchStats {
  words: number;
  postings: number;
  candidates: number;
}

const WEIGHTS: Array<[number, number]> = [[TITLE, 8], [SENTENCE, 4], [LEAD, 3], [TEXT, 1]];
/** Posting bit added at query time: the word matched whole, not only as a prefix. */
const EXACT = 16;

/** A word's score by its bits (fields | EXACT): its best field, a little for each other field, one for a whole word. */
const WORD_SCORE = Float64Array.from({ length: 32 }, (_, mask) => {
  let best = 0, fields = 0;
  for (const [bit, w] of WEIGHTS) if (mask & bit) { best = Math.max(best, w); fields++; }
  return fields ? best + (fields - 1) * 0.5 + (mask & EXACT ? 1 : 0) : 0;
});

/** A field's weight by bits: the best field's. */
const FIELD_WEIGHT = Float64Array.from({ length: 16 }, (_, mask) => Math.max(0, ...WEIGHTS.filter(([bit]) => mask & bit).map(([, w]) => w)));
/** The query's words as a phrase in one field (every neighbouring pair there): above any scattered match of up to four words. */
const PHRASE_BONUS = 32;

/** Field bits, per article, where every pair of the query is (the phrase, nearly always). */
function phraseFields(corpus: Corpus, pairs: readonly QueryWord[], stats: SearchStats): Uint8Array | null {
  if (!pairs.length) return null;
  const n = corpus.entries.length;
  let all: Uint8Array | null = null;
  // The pair being typed is not known yet: the phrase is the pairs already typed.
  const whole = pairs.filter((p) => !p.prefix);
  if (!whole.length) return null;
  for (const p of whole) {
    const m = new Uint8Array(n);
    const key = pairKey(p.word);
    corpus.pairs.forEach(key, (ord, bits) => { m[ord] |= bits; });
    stats.postings += corpus.pairs.count(key);
    if (all) for (let o = 0; o < n; o++) all[o] &= m[o];
    else all = m;
  }
  return all;
}

/** Plain code-unit order: ISO times sort as strings, and localeCompare would be far slower. */
export const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export interface Ranked {
  ord: number;
  score: number;
  mask: number;
}

/** Rank the corpus's articles for `q` (every word required) that pass the filter; `pairs` as a phrase rank first. */
export function rank(corpus: Corpus, q: readonly QueryWord[], pass: ((e: ArticleEntry) => boolean) | null, stats: SearchStats, pairs: readonly QueryWord[] = []): Ranked[] {
  const ranked: Ranked[] = [];
  if (!q.length) {
    corpus.entries.forEach((e, ord) => {
      if (e && (!pass || pass(e))) ranked.push({ ord, score: 0, mask: 0 });
    });
    stats.candidates = corpus.size;
    return ranked;
  }
  const n = corpus.entries.length;
  const { postings } = corpus;
  // Rarest word first: its articles are the candidates the other words can only narrow.
  const plan = q.map((w) => {
    const ws = postings.wordsFor(w.word, w.prefix);
    return { w, ws, cost: ws.reduce((s, x) => s + postings.count(x), 0) };
  }).sort((a, b) => a.cost - b.cost);
  const masks = plan.map(() => new Uint8Array(n));
  let candidates: number[] | null = null;
  for (let k = 0; k < plan.length && (!candidates || candidates.length); k++) {
    const { w, ws } = plan[k], m = masks[k];
    for (const x of ws) {
      const exact = x === w.word ? EXACT : 0;
      postings.forEach(x, (ord, bits) => { m[ord] |= bits | exact; });
      stats.postings += postings.count(x);
    }
    if (candidates) candidates = candidates.filter((o) => m[o]);
    else {
      candidates = [];
      for (let o = 0; o < n; o++) if (m[o] && corpus.entries[o]) candidates.push(o);
    }
  }
  const found: number[] = candidates ?? [];
  stats.candidates = found.length;
  const together = found.length ? phraseFields(corpus, pairs, stats) : null;
  for (const ord of found) {
    const e = corpus.entries[ord]!;
    if (pass && !pass(e)) continue;
    let score = 0, mask = 0, inTitle = true;
    for (const m of masks) {
      score += WORD_SCORE[m[ord]];
      mask |= m[ord];
      inTitle &&= (m[ord] & TITLE) !== 0;
    }
    if (inTitle) score += 4;
    if (together?.[ord]) score += PHRASE_BONUS + 2 * FIELD_WEIGHT[together[ord]];
    ranked.push({ ord, score, mask });
  }
  return ranked;
}

/** Articles that cite the document a query names come first (above any phrase); a symbol finds only those. */
const CITES_BONUS = 100;

export function rankWithDocument(corpus: Corpus, q: readonly QueryWord[], pairs: readonly QueryWord[], named: DocumentQuery, pass: ((e: ArticleEntry) => boolean) | null, stats: SearchStats): Ranked[] {
  const docs = new Set<number>();
  corpus.docs.forEach((d, i) => { if (keyMatches(d.key, named)) docs.add(i); });
  // The other words of the query still have to be there ("nghị quyết 18 tinh gọn").
  const rest = q.filter((_, i) => !named.used.has(i));
  const citing = rank(corpus, rest, pass, stats).filter((r) => corpus.entries[r.ord]!.docs.some((d) => docs.has(d)));
  // Where the article also has the query's words, they count (and say which fields matched).
  const byWordsAll = rank(corpus, q, pass, stats, pairs);
  const full = new Map(byWordsAll.map((r) => [r.ord, r]));
  for (const r of citing) {
    const w = full.get(r.ord);
    if (w) { r.mask |= w.mask; r.score = Math.max(r.score, w.score); }
    r.score += CITES_BONUS;
  }
  if (named.symbol) {
    stats.candidates = citing.length;
    return citing;
  }
  // Written out in words, the query may also be meant as words: those articles follow.
  const seen = new Set(citing.map((r) => r.ord));
  const byWords = byWordsAll.filter((r) => !seen.has(r.ord));
  stats.candidates = citing.length + byWords.length;
  return [...citing, ...byWords];
}
