/**
 * The search index as a record IndexedDB can keep (utils/db/changes.ts says when it is written and
 * what it covers). Columns of plain arrays and one byte buffer rather than an object per article:
 * they clone in and out of the database several times faster. What comes back is checked whole —
 * a snapshot that does not fit is dropped and the index rebuilt, never half used.
 */
import { Corpus, type ArticleEntry, type DocEntry } from './corpus';
import { Postings, type PostingsData } from './postings';

/** Bump when the corpus, the postings or the folding change: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 3;

/** Columns of strings joined by NUL: one long string clones many times faster than 10 000 short ones. */
const SEP = '\u0000';

interface SnapshotData {
  /** Each column: one value per article, joined by SEP ("" for an article without a publication date). */
  urls: string;
  titles: string;
  sites: string;
  published: string;
  savedAt: string;
  updatedAt: string;
  articles: number;
  /** Article i cites docList[docEnds[i − 1] … docEnds[i]). */
  docEnds: Uint32Array;
  docList: Uint32Array;
  docs: DocEntry[];
  postings: PostingsData;
  pairs: PostingsData;
}

export function toSnapshot(corpus: Corpus): SnapshotData {
  if (corpus.dead) corpus.compact();
  const live = corpus.entries as ArticleEntry[];
  const docEnds = new Uint32Array(live.length);
  let n = 0;
  live.forEach((e, i) => { n += e.docs.length; docEnds[i] = n; });
  const docList = new Uint32Array(n);
  let at = 0;
  for (const e of live) for (const d of e.docs) docList[at++] = d;
  const column = (f: (e: ArticleEntry) => string | undefined) => live.map((e) => f(e) ?? '').join(SEP);
  return {
    urls: column((e) => e.url), titles: column((e) => e.title), sites: column((e) => e.site), published: column((e) => e.published),
    savedAt: column((e) => e.savedAt), updatedAt: column((e) => e.updatedAt),
    articles: live.length, docEnds, docList, docs: corpus.docs, postings: corpus.postings.toData(),
    pairs: corpus.pairs.toData(),
  };
}

/** A column's values, or null when it does not hold exactly `n` (a value holding SEP would show here). */
function split(x: unknown, n: number): string[] | null {
  if (typeof x !== 'string') return null;
  const out = n ? x.split(SEP) : [];
  return out.length === n ? out : null;
}

function isDoc(d: unknown): d is DocEntry {
  const x = d as DocEntry;
  return !!x && typeof x.id === 'string' && typeof x.key === 'string' && typeof x.type === 'string' && typeof x.party === 'boolean' && typeof x.starred === 'boolean';
}

/** Does `p` hold lists that decode inside their buffer? Checks the shape, not every byte. */
function isPostings(p: unknown, articles: number): p is PostingsData {
  const x = p as PostingsData;
  if (!x || !Array.isArray(x.words) || !(x.counts instanceof Uint32Array) || !(x.lasts instanceof Int32Array) ||
    !(x.ends instanceof Uint32Array) || !(x.bytes instanceof Uint8Array)) return false;
  const n = x.words.length;
  if (x.counts.length !== n || x.lasts.length !== n || x.ends.length !== n) return false;
  for (let i = 0, prev = 0; i < n; i++) {
    if (typeof x.words[i] !== 'string' || (i && !(x.words[i - 1] < x.words[i]))) return false;
    if (x.ends[i] < prev || x.lasts[i] >= articles || x.counts[i] > x.ends[i] - prev) return false;
    prev = x.ends[i];
  }
  return !n || x.ends[n - 1] === x.bytes.length;
}

/** The corpus a snapshot holds, or null when `data` is not one this version wrote whole. */
export function fromSnapshot(data: unknown): Corpus | null {
  const d = data as SnapshotData;
  if (!d || typeof d.articles !== 'number') return null;
  const n = d.articles;
  const [urls, titles, sites, published, savedAt, updatedAt] =
    [d.urls, d.titles, d.sites, d.published, d.savedAt, d.updatedAt].map((c) => split(c, n));
  if (!urls || !titles || !sites || !published || !savedAt || !updatedAt) return null;
  if (!(d.docEnds instanceof Uint32Array) || d.docEnds.length !== n || !(d.docList instanceof Uint32Array)) return null;
  if (n && d.docEnds[n - 1] !== d.docList.length) return null;
  if (!Array.isArray(d.docs) || !d.docs.every(isDoc) || d.docList.some((x) => x >= d.docs.length)) return null;
  if (!isPostings(d.postings, n) || !isPostings(d.pairs, n)) return null;

  const corpus = new Corpus();
  d.docs.forEach((doc, i) => { corpus.docs.push(doc); corpus.docById.set(doc.id, i); });
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (d.docEnds[i] < start) return null;
    const entry: ArticleEntry = {
      url: urls[i], title: titles[i], site: sites[i], savedAt: savedAt[i], updatedAt: updatedAt[i],
      docs: Array.from(d.docList.subarray(start, d.docEnds[i])),
    };
    if (published[i]) entry.published = published[i];
    start = d.docEnds[i];
    corpus.entries.push(entry);
    corpus.byUrl.set(entry.url, i);
  }
  if (corpus.byUrl.size !== n) return null; // a URL twice
  corpus.postings = Postings.fromData(d.postings);
  corpus.pairs = Postings.fromData(d.pairs);
  return corpus;
}
