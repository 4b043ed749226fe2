/**
 * A ranked article as the options page shows it: where the query's words are, as spans of the
 * original strings (so the page can wrap exactly the printed words), and a snippet around the
 * first match of the field that holds most of the query. Built only for the page of results shown,
 * from the records read back from the database.
 */
import type { ArticleRecord, CitationRecord } from '../db';
import type { ArticleEntry } from './corpus';
import { findSpans, type QueryWord, type Span } from './text';

export type SearchField = 'title' | 'lead' | 'sentence' | 'text';

export interface SentenceMatch {
  docId: string;
  /** Index of the sentence in the citation's `sentences`. */
  index: number;
  text: string;
  spans: Span[];
}

export interface Snippet {
  field: Exclude<SearchField, 'title'>;
  /** For a sentence: the document it cites. */
  docId?: string;
  /** An excerpt of the field, as printed. */
  text: string;
  /** Where the excerpt starts in the field: cut before (true) means the UI shows an ellipsis. */
  offset: number;
  cutBefore: boolean;
  cutAfter: boolean;
  /** The query's words in the excerpt (offsets into `text`). */
  spans: Span[];
}

export interface SearchHit {
  url: string;
  title: string;
  site: string;
  published?: string;
  savedAt: string;
  updatedAt: string;
  score: number;
  /** The fields where at least one of the query's words is. */
  fields: SearchField[];
  titleSpans: Span[];
  lead?: string;
  leadSpans: Span[];
  /** The citation sentences holding a query word. */
  sentences: SentenceMatch[];
  snippet: Snippet | null;
  /** Ids of the documents the article cites. */
  documents: string[];
}

export const SNIPPET_LENGTH = 200;
/** Text spans looked for in a long article: enough for any snippet, bounded for a huge text. */
const MAX_TEXT_SPANS = 64;

/** An excerpt of about `length` characters around spans[0], cut at spaces, with the spans inside it. */
export function snippetOf(source: string, spans: readonly Span[], field: Snippet['field'], docId?: string, length = SNIPPET_LENGTH): Snippet {
  const first = spans[0];
  let start = 0;
  if (first && first.start > length / 4) {
    // Some context before the match, starting at a word (or at the match when the word before is huge).
    const space = source.indexOf(' ', first.start - Math.floor(length / 4));
    start = space >= 0 && space < first.start ? space + 1 : first.start;
  }
  let end = Math.min(source.length, start + length);
  if (first && end < first.end) end = first.end; // a very long word is shown whole
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  const inside = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ start: s.start - start, end: s.end - start }));
  return {
    field, ...(docId !== undefined ? { docId } : {}), text: source.slice(start, end), offset: start,
    cutBefore: start > 0, cutAfter: end < source.length, spans: inside,
  };
}

const NONE: ReadonlySet<string> = new Set();

/** The hit for `entry`; `record` and `citations` as read now (what is shown is as stored now, should
 *  the index not have been told of a change yet). `named`: the ids of the documents the query names. */
export function buildHit(
  entry: ArticleEntry, score: number, fields: SearchField[], documents: string[], query: readonly QueryWord[],
  record: ArticleRecord, citations: readonly CitationRecord[], named: ReadonlySet<string> = NONE,
): SearchHit {
  const hit: SearchHit = {
    url: entry.url, title: record.title, site: record.site, savedAt: record.savedAt, updatedAt: record.updatedAt,
    ...(record.published !== undefined ? { published: record.published } : {}),
    score, fields, titleSpans: findSpans(record.title, query), leadSpans: [], sentences: [], snippet: null, documents,
  };
  // Snippet candidates in order of preference; the first holding the most distinct query words wins.
  const options: Array<{ found: number; make: () => Snippet; sentence?: SentenceMatch }> = [];
  if (record.lead !== undefined) {
    const found = new Set<number>();
    const lead = record.lead;
    hit.lead = lead;
    hit.leadSpans = findSpans(lead, query, Infinity, found);
    options.push({ found: found.size, make: () => snippetOf(lead, hit.leadSpans, 'lead') });
  }
  // A query that names a document ("18-NQ/TW", "nghị quyết 18") is answered by the sentences that cite
  // it, whatever words they share with the query, and by none of the other documents' sentences.
  const quoted = named.size ? citations.filter((c) => named.has(c.docId)) : citations;
  // A sentence citing two documents is stored with each: it is one sentence to the reader.
  const seen = new Set<string>();
  for (const c of [...quoted].sort((a, b) => (a.docId < b.docId ? -1 : 1))) {
    c.sentences.forEach((text, index) => {
      if (seen.has(text)) return;
      seen.add(text);
      const found = new Set<number>();
      const spans = findSpans(text, query, Infinity, found);
      if (!spans.length && !named.size) return;
      const sentence = { docId: c.docId, index, text, spans };
      hit.sentences.push(sentence);
      options.push({ found: named.size ? query.length : found.size, make: () => snippetOf(text, spans, 'sentence', c.docId), sentence });
    });
  }
  const most = () => options.reduce((m, o) => Math.max(m, o.found), 0);
  // The text is scanned only when the shorter fields do not already hold every word.
  if (fields.includes('text') && most() < query.length) {
    const found = new Set<number>();
    const spans = findSpans(record.text, query, MAX_TEXT_SPANS, found);
    options.push({ found: found.size, make: () => snippetOf(record.text, spans, 'text') });
  }
  const best = options.find((o) => o.found > 0 && o.found === most());
  if (best) hit.snippet = best.make();
  else if (record.lead || record.text) hit.snippet = snippetOf(record.lead || record.text, [], record.lead ? 'lead' : 'text');
  // The snippet's own sentence is not quoted a second time under it.
  if (best?.sentence) hit.sentences = hit.sentences.filter((x) => x !== best.sentence);
  return hit;
}
