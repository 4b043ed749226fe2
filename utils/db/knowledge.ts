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
    if (!value) continue;
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
