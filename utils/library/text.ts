/**
 * Words for search: the reference engine's fold (case, every diacritic, đ → d; one folded code unit
 * per original one except dropped combining marks, with a map back) cut into runs of letters and digits.
 * Index, query and highlighting all go through here, so a word the index found is a word the
 * highlighter finds, at offsets of the original string.
 */
import { fold } from '../refs/normalize';

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Longer words are cut to this many characters (in the index and the query alike): URLs and
 *  garbage would bloat the vocabulary, and a 32-character prefix is as selective as the whole. */
export const MAX_WORD = 32;

/** Per BMP code unit: 0 not yet asked, 1 part of words (a letter or digit of any script), 2 not.
 *  Filled as characters are met: testing all 65 536 up front cost ~15 ms when the options page opened. */
const wordChars = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: number): boolean {
  let v = wordChars[c];
  if (!v) v = wordChars[c] = c >= 0xd800 && c < 0xe000 ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Calls `fn(start, end)` for each word of an already folded string; stops when it returns false. */
export function eachWord(folded: string, fn: (start: number, end: number) => boolean | void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    while (i < n && isWordChar(folded.charCodeAt(i))) i++;
    if (fn(start, i) === false) return;
  }
}

/** The folded words of a string, cut to MAX_WORD, in order (with repeats). */
export function words(s: string): string[] {
  const f = fold(s).text;
  const out: string[] = [];
  eachWord(f, (a, b) => { out.push(f.slice(a, Math.min(b, a + MAX_WORD))); });
  return out;
}

/** What a query asks for: words, each matched as a whole word or, for the word being typed, as a prefix. */
export interface QueryWord {
  word: string;
  prefix: boolean;
}

/**
 * The words of a query, without repeats. Every word must match a whole word, except the last one
 * while it is being typed (no space after it): it matches words it begins, so results follow the
 * typing. Numbers always match whole ("18" must not find "180": document numbers are what people type).
 */
export function parseQuery(query: string): QueryWord[] {
  const list = words(query);
  const typing = list.length > 0 && !/[\s,.;:!?)\]}"'»”]$/u.test(query);
  const out: QueryWord[] = [];
  list.forEach((word, i) => {
    const prefix = typing && i === list.length - 1 && !/^\d+$/.test(word);
    const same = out.find((q) => q.word === word);
    if (same) same.prefix &&= prefix;
    else out.push({ word, prefix });
  });
  return out;
}

/**
 * The query's pairs of neighbouring words, as the index keeps them ("tinh gọn bộ máy" → "tinh gon",
 * "gon bo", "bo may"); neighbours across spaces only. The last pair matches as a prefix while its
 * second word is being typed, as parseQuery's last word does.
 */
export function queryPairs(query: string): QueryWord[] {
  const f = fold(query).text;
  const list: Array<{ word: string; start: number; end: number }> = [];
  eachWord(f, (a, b) => { list.push({ word: f.slice(a, Math.min(b, a + MAX_WORD)), start: a, end: b }); });
  const typing = list.length > 0 && !/[\s,.;:!?)\]}"'»”]$/u.test(query);
  const out: QueryWord[] = [];
  for (let i = 1; i < list.length; i++) {
    if (!/^ +$/.test(f.slice(list[i - 1].end, list[i].start))) continue;
    const word = `${list[i - 1].word} ${list[i].word}`;
    const prefix = typing && i === list.length - 1 && !/^\d+$/.test(list[i].word);
    if (!out.some((p) => p.word === word)) out.push({ word, prefix });
  }
  return out;
}

/**
 * Word pairs are kept by bucket, not by pair: a library of real articles holds millions of distinct
 * pairs (Vietnamese writes a word as several syllables), far too many lists to keep and to store.
 * 2^18 buckets: an article's ~1 000 pairs fill a given bucket by chance 0.4% of the time, and a
 * phrase of three words or more needs two such chances at once.
 */
export const PAIR_BUCKETS = 1 << 18;

/** The bucket of a folded pair ("tinh gon"), as the postings' key (FNV-1a). */
export function pairKey(pair: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < pair.length; i++) {
    h ^= pair.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % PAIR_BUCKETS).toString(36);
}

/** Does the folded word `w` (cut to MAX_WORD) match the query word? */
export function matches(w: string, q: QueryWord): boolean {
  return q.prefix ? w.startsWith(q.word) : w === q.word;
}

/**
 * Where the query's words are in the ORIGINAL string `s`: whole words, trailing combining marks
 * included, so `s.slice(start, end)` is the printed word. At most `max` spans; `found` gets the
 * indexes of the query words seen.
 */
export function findSpans(s: string, query: readonly QueryWord[], max = Infinity, found?: Set<number>): Span[] {
  const spans: Span[] = [];
  if (!query.length || !s || max <= 0) return spans;
  const f = fold(s);
  eachWord(f.text, (a, b) => {
    const w = f.text.slice(a, Math.min(b, a + MAX_WORD));
    let hit = false;
    query.forEach((q, i) => {
      if (matches(w, q)) { hit = true; found?.add(i); }
    });
    if (hit) spans.push({ start: f.orig(a), end: f.orig(b) });
    return spans.length < max;
  });
  return spans;
}
