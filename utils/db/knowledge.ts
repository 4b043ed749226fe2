/**
 * How the library's knowledge of a document grows: pure functions from a stored record and a
 * RefDocument found in an article to the new record, plus the citation's sentence clipping.
 * Rules: what an article prints beats the catalog; the first article to state a fact keeps it (a
 * later article does not overwrite it); a catalog fact only fills a gap.
 */
import type { RefDocument } from '../refs/types';
import {
  FACT_FIELDS, MAX_SENTENCE_LENGTH, MAX_SENTENCES,
  type DocumentRecord, type Fact,
} from './schema';

/** Where the RefDocument was seen: a saved article (`articleUrl`) or an unsaved page, and when. */
export interface Sighting {
  articleUrl?: string;
  at: string;
}

/** Drop undefined properties so records stay clean (IndexedDB would store them as present). */
export function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** A new or updated document record. `cited` says whether the sighting is a citation (sets lastCited). */
export function mergeDocument(prev: DocumentRecord | undefined, doc: RefDocument, id: string, seen: Sighting, cited: boolean): DocumentRecord {
  const rec: DocumentRecord = prev
    ? { ...prev, facts: { ...prev.facts } }
    : {
      id, key: doc.key, party: doc.party, partyFlag: doc.party ? 1 : 0, type: doc.type, typeName: doc.typeName,
      facts: {}, starred: false, firstSeen: seen.at,
    };
  rec.number ??= doc.number;
  rec.issuer ??= doc.issuer;
  rec.plenum ??= doc.plenum;
  for (const f of FACT_FIELDS) {
    const value = doc[f];
    // A fact the page showed from the library is the library's already: saving it again as this
    // article's own would turn one article's description into several articles' agreement.
    if (!value || doc.sources[f] === 'library') continue;
    const known = rec[f] !== undefined;
    let fact: Fact;
    if (doc.sources[f] === 'catalog') {
      if (known) continue; // a catalog fact never replaces anything the library already has
      fact = { from: 'catalog', source: doc.catalog?.source ?? '', confidence: doc.catalog?.confidence ?? 'medium' };
    } else {
      if (known && rec.facts[f]?.from === 'article') continue;
      fact = { from: 'article', ...(seen.articleUrl ? { articleUrl: seen.articleUrl } : {}), at: seen.at };
    }
    rec[f] = value;
    rec.facts[f] = fact;
  }
  if (cited) rec.lastCited = seen.at;
  return defined(rec);
}

/** Trimmed, distinct, non-empty sentences, at most MAX_SENTENCES of at most MAX_SENTENCE_LENGTH. */
export function clipSentences(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of sentences) {
    let s = raw.replace(/\s+/g, ' ').trim();
    if (!s) continue;
    if (s.length > MAX_SENTENCE_LENGTH) s = s.slice(0, MAX_SENTENCE_LENGTH - 1).replace(/[\uD800-\uDBFF]$/, '') + '…';
    if (!out.includes(s)) out.push(s);
    if (out.length === MAX_SENTENCES) break;
  }
  return out;
}

/** How strong a fact's provenance is: printed in an article > catalog > none recorded. */
const strength = (f?: Fact) => (f?.from === 'article' ? 2 : f?.from === 'catalog' ? 1 : 0);

/**
 * Two records of one document (same id) from two libraries, merged by the rules above: per field,
 * an article's fact beats the catalog's; of two articles' facts the earlier one stays; otherwise
 * `local` keeps what it has and `other` only fills gaps. Starred if either is (since the earlier
 * starring); first seen and last cited span both. Neither argument is changed.
 */
export function mergeRecords(local: DocumentRecord, other: DocumentRecord): DocumentRecord {
  const rec: DocumentRecord = { ...local, facts: { ...local.facts } };
  rec.number ??= other.number;
  rec.issuer ??= other.issuer;
  rec.plenum ??= other.plenum;
  for (const f of FACT_FIELDS) {
    if (other[f] === undefined) continue;
    const mine = rec.facts[f], theirs = other.facts[f];
    const take = rec[f] === undefined || strength(theirs) > strength(mine) ||
      (mine?.from === 'article' && theirs?.from === 'article' && theirs.at < mine.at);
    if (!take) continue;
    rec[f] = other[f];
    if (theirs) rec.facts[f] = { ...theirs };
    else delete rec.facts[f];
  }
  if (other.firstSeen < rec.firstSeen) rec.firstSeen = other.firstSeen;
  if (other.lastCited && (!rec.lastCited || other.lastCited > rec.lastCited)) rec.lastCited = other.lastCited;
  if (other.starred) {
    rec.starred = true;
    if (other.starredAt && (!rec.starredAt || other.starredAt < rec.starredAt)) rec.starredAt = other.starredAt;
  }
  return defined(rec);
}
