/**
 * The inverted index: for each folded word, the articles it appears in and in which fields.
 * Kept compact because it is what stays in memory for the full text (the text itself does not):
 * each list is a byte buffer of varints, one per article, encoding (gap from the previous article
 * number) × 16 + field bits. Article numbers only grow (a re-indexed article takes a new number),
 * so lists are append-only and gaps are small for common words (one byte each).
 */

/** Field bits of a posting. */
export const TITLE = 1, LEAD = 2, SENTENCE = 4, TEXT = 8;

class List {
  bytes: Uint8Array<ArrayBufferLike> = new Uint8Array(4);
  length = 0;
  last = -1;
  count = 0;

  push(ord: number, mask: number): void {
    let v = (ord - this.last) * 16 + mask; // gap ≥ 1; < 2^31 × 16 stays exact in a double
    this.last = ord;
    this.count++;
    if (this.length + 6 > this.bytes.length) { // a view restored from a snapshot always lands here
      const grown = new Uint8Array(Math.max(8, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    while (v >= 128) {
      this.bytes[this.length++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }

  forEach(fn: (ord: number, mask: number) => void): void {
    const b = this.bytes;
    let ord = -1;
    for (let i = 0; i < this.length;) {
      let v = 0, mul = 1, byte: number;
      do {
        byte = b[i++];
        v += (byte & 127) * mul;
        mul *= 128;
      } while (byte & 128);
      ord += Math.floor(v / 16);
      fn(ord, v % 16);
    }
  }

  /** Trim the spare capacity once a list stops growing (after a full build). */
  shrink(): void {
    if (this.bytes.length > this.length + 8) this.bytes = this.bytes.slice(0, this.length);
  }
}

/** The lists as plain arrays, for the persisted index (./snapshot.ts): one byte buffer, ends by word. */
export interface PostingsData {
  words: string[];
  counts: Uint32Array;
  lasts: Int32Array;
  ends: Uint32Array;
  bytes: Uint8Array;
}

export class Postings {
  private lists = new Map<string, List>();
  /** The words in sorted order, for prefix lookups by binary search; new words wait in `fresh`
   *  until the next lookup (inserting each at once would make a full build quadratic). */
  private sortedWords: string[] = [];
  private fresh: string[] = [];
  /** Lists as stored (fromData): a word's list is made from them when first asked for, so that
   *  loading a stored index does not build hundreds of thousands of lists nobody reads. */
  private stored: PostingsData | null = null;
  /** Postings stored, live or not: a cost measure for the statistics. */
  size = 0;

  /** The list of `w`, made from the stored lists on first use. */
  private list(w: string): List | undefined {
    const known = this.lists.get(w);
    if (known || !this.stored) return known;
    const d = this.stored, i = lowerBound(d.words, w);
    if (d.words[i] !== w) return undefined;
    const list = new List();
    const start = i ? d.ends[i - 1] : 0;
    // A view exactly as long as the list: a push copies it out before writing (List.push).
    list.bytes = d.bytes.subarray(start, d.ends[i]);
    list.length = d.ends[i] - start;
    list.count = d.counts[i];
    list.last = d.lasts[i];
    this.lists.set(w, list);
    return list;
  }

  /** Record that article `ord` has these words (word → field bits). `ord` must exceed every earlier one. */
  add(ord: number, words: Map<string, number>): void {
    for (const [w, mask] of words) {
      let list = this.list(w);
      if (!list) {
        list = new List();
        this.lists.set(w, list);
        this.fresh.push(w);
      }
      list.push(ord, mask);
      this.size++;
    }
  }

  private get sorted(): string[] {
    if (this.fresh.length > 64) {
      this.sortedWords = this.sortedWords.concat(this.fresh).sort(); // code-unit order, as lowerBound's `<`
    } else {
      for (const w of this.fresh) this.sortedWords.splice(lowerBound(this.sortedWords, w), 0, w);
    }
    this.fresh.length = 0;
    return this.sortedWords;
  }

  /** The words equal to `word`, or beginning with it when `prefix`. */
  wordsFor(word: string, prefix: boolean): string[] {
    if (!prefix) return this.list(word) ? [word] : [];
    const out: string[] = [];
    const sorted = this.sorted;
    for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i].startsWith(word); i++) out.push(sorted[i]);
    return out;
  }

  count(word: string): number {
    return this.list(word)?.count ?? 0;
  }

  forEach(word: string, fn: (ord: number, mask: number) => void): void {
    this.list(word)?.forEach(fn);
  }

  /** A copy keeping only live articles, renumbered by `renumber` (old number → new, −1 = dropped). */
  compacted(renumber: Int32Array): Postings {
    const next = new Postings();
    for (const w of this.sorted) {
      const list = new List();
      this.list(w)!.forEach((ord, mask) => {
        if (renumber[ord] >= 0) list.push(renumber[ord], mask);
      });
      if (!list.count) continue;
      list.shrink();
      next.lists.set(w, list);
      next.sortedWords.push(w);
      next.size += list.count;
    }
    return next;
  }

  shrink(): void {
    for (const list of this.lists.values()) list.shrink();
  }

  get vocabulary(): number {
    return this.sortedWords.length + this.fresh.length;
  }

  /** Bytes held by the lists (without the words and the map). */
  get bytes(): number {
    let n = this.stored?.bytes.length ?? 0;
    for (const list of this.lists.values()) if (list.bytes.buffer !== this.stored?.bytes.buffer) n += list.bytes.length;
    return n;
  }

  toData(): PostingsData {
    const words = this.sorted.slice();
    const counts = new Uint32Array(words.length), lasts = new Int32Array(words.length), ends = new Uint32Array(words.length);
    const lists = words.map((w) => this.list(w)!);
    let total = 0;
    for (const l of lists) total += l.length;
    const bytes = new Uint8Array(total);
    let at = 0;
    lists.forEach((list, i) => {
      bytes.set(list.bytes.subarray(0, list.length), at);
      at += list.length;
      counts[i] = list.count;
      lasts[i] = list.last;
      ends[i] = at;
    });
    return { words, counts, lasts, ends, bytes };
  }

  /** Postings over `d` (checked by the caller), its lists made as they are asked for. */
  static fromData(d: PostingsData): Postings {
    const p = new Postings();
    p.stored = d;
    p.sortedWords = d.words.slice();
    for (let i = 0; i < d.counts.length; i++) p.size += d.counts[i];
    return p;
  }
}

function lowerBound(a: readonly string[], x: string): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
