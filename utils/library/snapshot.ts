/**
 * The search index as a record IndexedDB can keep (utils/db/changes.ts says when it is written and
 * what it covers). Columns — one long string each, with where each value ends — and byte buffers
 * rather than an object per article: they clone in and out of the database several times faster. What comes back is checked whole —
 * a snapshot that does not fit is dropped and the index rebuilt, never half used.
 */
import { Corpus, type ArticleEntry, type DocEntry } from './corpus';
import { Postings, type PostingsData } from './postings';

/** Bump when the corpus, the postings or the folding change: snapshots of other formats are then
 *  rebuilt, but those READABLE lists, which are read and written again in this one. */
export const SNAPSHOT_FORMAT = 7;
/** Formats fromSnapshot still reads: 6 kept titles, dates and every publication date whole (it is
 *  read as 7, keeping the years), so an update does not cost a reader a full rebuild. */
const READABLE = new Set([6, SNAPSHOT_FORMAT]);
export const readsFormat = (format: unknown): boolean => READABLE.has(format as number);

/** One value per article slot, concatenated; value i is text.slice(ends[i − 1], ends[i]). Any
 *  character may stand in a value (no separator to collide with). */
interface Column {
  text: string;
  ends: Uint32Array;
}

interface SnapshotData {
  /** "" for a slot whose article was deleted or re-indexed (a tombstone, as in the corpus). */
  urls: Column;
  sites: Column;
  /** The year each article was published, 0 when unknown. (Titles and other dates are not kept: a
   *  hit shows them as read from the database, and their strings were a third of the record.) */
  years: Uint16Array;
  savedAt: Column;
  articles: number;
  /** Article i cites docList[docEnds[i − 1] … docEnds[i]). */
  docEnds: Uint32Array;
  docList: Uint32Array;
  docs: DocEntry[];
  postings: PostingsData;
  pairs: PostingsData;
}

function columnOf(values: readonly string[]): Column {
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((v, i) => { at += v.length; ends[i] = at; });
  return { text: values.join(''), ends };
}

/** Tombstones stay (their postings are skipped at query time, as in memory): compacting the lists
 *  on every write would cost far more than the corpus's own threshold allows. */
export function toSnapshot(corpus: Corpus): SnapshotData {
  const slots = corpus.entries;
  const docEnds = new Uint32Array(slots.length);
  let n = 0;
  slots.forEach((e, i) => { n += e?.docs.length ?? 0; docEnds[i] = n; });
  const docList = new Uint32Array(n);
  let at = 0;
  for (const e of slots) for (const d of e?.docs ?? []) docList[at++] = d;
  const column = (f: (e: ArticleEntry) => string | undefined) => columnOf(slots.map((e) => (e ? f(e) ?? '' : '')));
  return {
    urls: column((e) => e.url), sites: column((e) => e.site), years: Uint16Array.from(slots, (e) => e?.publishedYear ?? 0),
    savedAt: column((e) => e.savedAt),
    articles: slots.length, docEnds, docList, docs: corpus.docs, postings: corpus.postings.toData(),
    pairs: corpus.pairs.toData(),
  };
}

/** A column's `n` values, or null when it does not hold exactly that many, in order and within its text. */
function split(x: unknown, n: number): string[] | null {
  const c = x as Column;
  if (!c || typeof c.text !== 'string' || !(c.ends instanceof Uint32Array) || c.ends.length !== n) return null;
  const out: string[] = new Array(n);
  for (let i = 0, start = 0; i < n; i++) {
    const end = c.ends[i];
    if (end < start || end > c.text.length) return null;
    out[i] = c.text.slice(start, end);
    start = end;
  }
  return n && c.ends[n - 1] !== c.text.length ? null : out;
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

/**
 * The record as stored: the lists' byte buffers (most of its size) as Blobs. IndexedDB keeps a Blob
 * apart and hands it back unread, to be read off the page's main thread; as typed arrays they were
 * deserialized on it, a third of a second at 10 000 articles of real text.
 */
export function packSnapshot(data: SnapshotData): unknown {
  const pack = (p: PostingsData) => ({ ...p, bytes: new Blob([p.bytes as Uint8Array<ArrayBuffer>]) });
  return { ...data, postings: pack(data.postings), pairs: pack(data.pairs) };
}

/** The snapshot with its buffers read back (a record packSnapshot did not write is returned as it is). */
export async function unpackSnapshot(stored: unknown): Promise<unknown> {
  const d = stored as { postings?: { bytes?: unknown }; pairs?: { bytes?: unknown } } | null;
  if (!d || typeof d !== 'object') return stored;
  const read = async (p: { bytes?: unknown } | undefined) =>
    p && p.bytes instanceof Blob ? { ...p, bytes: new Uint8Array(await p.bytes.arrayBuffer()) } : p;
  const [postings, pairs] = await Promise.all([read(d.postings), read(d.pairs)]);
  return { ...d, postings, pairs };
}

/** Format 6's publication dates ("" for none) as format 7's years, or null when they do not fit. */
function yearsOfFormat6(published: unknown, n: number): Uint16Array | null {
  const dates = split(published, n);
  return dates && Uint16Array.from(dates, (x) => Number(x.slice(0, 4)) || 0);
}

/** The corpus a snapshot holds, or null when `data` is not one this version wrote whole. */
export function fromSnapshot(data: unknown): Corpus | null {
  const d = data as SnapshotData;
  if (!d || typeof d.articles !== 'number') return null;
  const n = d.articles;
  const [urls, sites, savedAt] = [d.urls, d.sites, d.savedAt].map((c) => split(c, n));
  const years = d.years ?? yearsOfFormat6((d as { published?: unknown }).published, n);
  if (!urls || !sites || !savedAt || !(years instanceof Uint16Array) || years.length !== n) return null;
  if (!(d.docEnds instanceof Uint32Array) || d.docEnds.length !== n || !(d.docList instanceof Uint32Array)) return null;
  if (n && d.docEnds[n - 1] !== d.docList.length) return null;
  if (!Array.isArray(d.docs) || !d.docs.every(isDoc) || d.docList.some((x) => x >= d.docs.length)) return null;
  if (!isPostings(d.postings, n) || !isPostings(d.pairs, n)) return null;

  const corpus = new Corpus();
  d.docs.forEach((doc, i) => { corpus.docs.push(doc); corpus.docById.set(doc.id, i); });
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (d.docEnds[i] < start) return null;
    if (!urls[i]) { // a tombstone
      corpus.entries.push(undefined);
      corpus.dead++;
      start = d.docEnds[i];
      continue;
    }
    // A loop, not Array.from(subarray): three times faster over 10 000 articles.
    const docs: number[] = [];
    for (let j = start; j < d.docEnds[i]; j++) docs.push(d.docList[j]);
    const entry: ArticleEntry = { url: urls[i], site: sites[i], savedAt: savedAt[i], docs };
    if (years[i]) entry.publishedYear = years[i];
    start = d.docEnds[i];
    corpus.entries.push(entry);
    corpus.byUrl.set(entry.url, i);
  }
  if (corpus.byUrl.size !== n - corpus.dead) return null; // a URL twice
  corpus.postings = Postings.fromData(d.postings);
  corpus.pairs = Postings.fromData(d.pairs);
  return corpus;
}
