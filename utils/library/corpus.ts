/**
 * What the search index keeps in memory: per article what ranking and filtering need (not the
 * text, not the lead, not the sentences: those are read back from the database for the page of
 * results shown), the documents' filterable facts, and the word postings of every field.
 */
import type { ArticleRecord, CitationRecord, DocumentRecord } from '../db';
import { fold } from '../refs/normalize';
import { LEAD, Postings, SENTENCE, TEXT, TITLE } from './postings';
import { eachWord, MAX_WORD, pairKey } from './text';

/** What ranking and filtering need of an article; what a hit shows is read from the database. */
export interface ArticleEntry {
  url: string;
  site: string;
  /** The year it was published, when known (the year filter). */
  publishedYear?: number;
  /** Ties in ranking go to the newest save. */
  savedAt: string;
  /** Numbers of the documents cited (indexes into Corpus.docs). */
  docs: number[];
}

export interface DocEntry {
  id: string;
  key: string;
  type: string;
  typeName: string;
  issuer?: string;
  term?: string;
  year?: number;
  party: boolean;
  starred: boolean;
}

function docEntry(d: DocumentRecord): DocEntry {
  const year = d.date && /^\d{4}/.test(d.date) ? Number(d.date.slice(0, 4)) : undefined;
  return { id: d.id, key: d.key, type: d.type, typeName: d.typeName, issuer: d.issuer, term: d.term, year, party: d.party, starred: d.starred };
}

/**
 * Add `s`'s words to `into`, and its pairs of neighbouring words ("tinh gon", "gon bo", "bo may")
 * to `pairs`, with the field bit `mask`. Neighbours only across spaces: "tinh gọn, bộ máy" is no phrase.
 */
function addWords(into: Map<string, number>, pairs: Map<string, number>, s: string | undefined, mask: number): void {
  if (!s) return;
  const f = fold(s).text;
  let prev = '', prevEnd = -1;
  eachWord(f, (a, b) => {
    const w = f.slice(a, Math.min(b, a + MAX_WORD));
    into.set(w, (into.get(w) ?? 0) | mask);
    if (prevEnd >= 0 && isSpaces(f, prevEnd, a)) {
      const pair = pairKey(`${prev} ${w}`);
      pairs.set(pair, (pairs.get(pair) ?? 0) | mask);
    }
    prev = w;
    prevEnd = b;
  });
}

function isSpaces(f: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (f.charCodeAt(i) !== 0x20) return false;
  return true;
}

export class Corpus {
  /** By article number; undefined once deleted or re-indexed (a tombstone until compaction). */
  entries: Array<ArticleEntry | undefined> = [];
  byUrl = new Map<string, number>();
  docs: DocEntry[] = [];
  docById = new Map<string, number>();
  postings = new Postings();
  /** Postings of neighbouring word pairs ("tinh gon"), by bucket (text.ts pairKey), for phrase matches. */
  pairs = new Postings();
  dead = 0;

  get size(): number {
    return this.byUrl.size;
  }

  /** Add or replace a document's facts (starring changes them without any article being saved). */
  putDocument(d: DocumentRecord): number {
    const known = this.docById.get(d.id);
    if (known !== undefined) {
      this.docs[known] = docEntry(d);
      return known;
    }
    this.docs.push(docEntry(d));
    this.docById.set(d.id, this.docs.length - 1);
    return this.docs.length - 1;
  }

  /** Index an article with its citations (replacing an earlier version). Documents must be put first. */
  putArticle(a: ArticleRecord, citations: readonly CitationRecord[]): void {
    this.removeArticle(a.url);
    const found = new Map<string, number>(), pairs = new Map<string, number>();
    addWords(found, pairs, a.title, TITLE);
    addWords(found, pairs, a.lead, LEAD);
    addWords(found, pairs, a.text, TEXT);
    for (const c of citations) for (const s of c.sentences) addWords(found, pairs, s, SENTENCE);
    const docs: number[] = [];
    for (const c of citations) {
      const d = this.docById.get(c.docId);
      if (d !== undefined && !docs.includes(d)) docs.push(d);
    }
    const ord = this.entries.length;
    const year = a.published ? Number(a.published.slice(0, 4)) : NaN;
    this.entries.push({ url: a.url, site: a.site, ...(year > 0 ? { publishedYear: year } : {}), savedAt: a.savedAt, docs });
    this.byUrl.set(a.url, ord);
    this.postings.add(ord, found);
    this.pairs.add(ord, pairs);
  }

  removeArticle(url: string): void {
    const ord = this.byUrl.get(url);
    if (ord === undefined) return;
    this.entries[ord] = undefined;
    this.byUrl.delete(url);
    this.dead++;
    // Tombstones cost a check per posting: renumber once they are a fair share of the lists.
    if (this.dead > 256 && this.dead > this.size / 4) this.compact();
  }

  /** Renumber the live articles 0…n−1 and drop the tombstones' postings. */
  compact(): void {
    const renumber = new Int32Array(this.entries.length).fill(-1);
    const entries: ArticleEntry[] = [];
    this.entries.forEach((e, ord) => {
      if (!e) return;
      renumber[ord] = entries.length;
      this.byUrl.set(e.url, entries.length);
      entries.push(e);
    });
    this.entries = entries;
    this.postings = this.postings.compacted(renumber);
    this.pairs = this.pairs.compacted(renumber);
    this.dead = 0;
  }
}
