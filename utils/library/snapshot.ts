/**
 * The search index as a record IndexedDB can keep (utils/db/changes.ts says when it is written and
 * what it covers). Columns of plain arrays and one byte buffer rather than an object per article:
 * they clone in and out of the database several times faster. What comes back is checked whole —
 * a snapshot that does not fit is dropped and the index rebuilt, never half used.
 */
import { Corpus, type ArticleEntry, type DocEntry } from './corpus';
import { Postings, type PostingsData } from './postings';

/** Bump when the corpus, the postings or the folding change: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 1;

interface SnapshotData {
  urls: string[];
  titles: string[];
  sites: string[];
  published: Array<string | null>;
  savedAt: string[];
  updatedAt: string[];
  titleWords: string[];
  /** Article i cites docList[docEnds[i − 1] … docEnds[i]). */
  docEnds: Uint32Array;
  docList: Uint32Array;
  docs: DocEntry[];
  postings: PostingsData;
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
  return {
    urls: live.map((e) => e.url), titles: live.map((e) => e.title), sites: live.map((e) => e.site),
    published: live.map((e) => e.published ?? null), savedAt: live.map((e) => e.savedAt), updatedAt: live.map((e) => e.updatedAt),
    titleWords: live.map((e) => e.titleWords), docEnds, docList, docs: corpus.docs, postings: corpus.postings.toData(),
  };
}

const isStrings = (x: unknown, n: number, nullable = false) =>
  Array.isArray(x) && x.length === n && x.every((s) => typeof s === 'string' || (nullable && s === null));

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
  if (!d || !Array.isArray(d.urls)) return null;
  const n = d.urls.length;
  if (!isStrings(d.urls, n) || !isStrings(d.titles, n) || !isStrings(d.sites, n) || !isStrings(d.published, n, true) ||
    !isStrings(d.savedAt, n) || !isStrings(d.updatedAt, n) || !isStrings(d.titleWords, n)) return null;
  if (!(d.docEnds instanceof Uint32Array) || d.docEnds.length !== n || !(d.docList instanceof Uint32Array)) return null;
  if (n && d.docEnds[n - 1] !== d.docList.length) return null;
  if (!Array.isArray(d.docs) || !d.docs.every(isDoc) || d.docList.some((x) => x >= d.docs.length)) return null;
  if (!isPostings(d.postings, n)) return null;

  const corpus = new Corpus();
  d.docs.forEach((doc, i) => { corpus.docs.push(doc); corpus.docById.set(doc.id, i); });
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (d.docEnds[i] < start) return null;
    const entry: ArticleEntry = {
      url: d.urls[i], title: d.titles[i], site: d.sites[i], savedAt: d.savedAt[i], updatedAt: d.updatedAt[i],
      titleWords: d.titleWords[i], docs: Array.from(d.docList.subarray(start, d.docEnds[i])),
    };
    if (d.published[i] !== null) entry.published = d.published[i]!;
    start = d.docEnds[i];
    corpus.entries.push(entry);
    corpus.byUrl.set(entry.url, i);
  }
  if (corpus.byUrl.size !== n) return null; // a URL twice
  corpus.postings = Postings.fromData(d.postings);
  return corpus;
}
