/**
 * How the library's knowledge of a document grows: pure functions from a stored record and a
 * RefDocument found in an article to the new record, the reader's corrections, and the citation's
 * sentence clipping. Rules: the reader's correction is never overwritten by a save; what an article
 * prints beats the catalog; the first article to state a fact keeps it (a later article that prints
 * the same counts as agreeing with it, one that prints otherwise changes nothing); a catalog fact
 * only fills a gap.
 */
import type { RefDocument } from '../refs/types';
import {
  FACT_FIELDS, MAX_AGREEING, MAX_SENTENCE_LENGTH, MAX_SENTENCES, MAX_UNDO,
  type DocumentRecord, type Fact, type FactField,
} from './schema';

/** Comparison form of a fact: case, spacing and a leading "về" do not make two facts differ. */
export function sameFact(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/^về\s+/, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** How many saved articles printed an article fact (1 for any other kind). */
export function agreeing(f: Fact | undefined): number {
  return f?.from === 'article' ? 1 + (f.also?.length ?? 0) : 0;
}

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
  rec.locality ??= doc.locality;
  for (const f of FACT_FIELDS) {
    const value = doc[f];
    // A fact the page showed from the library (or the reader's correction) is the library's
    // already: saving it again as this article's own would make one description several articles'.
    if (!value || doc.sources[f] === 'library') continue;
    const known = rec[f] !== undefined;
    const had = rec.facts[f];
    if (doc.sources[f] === 'reader') {
      // The reader picked this document on the page (its term is their word): kept as theirs. A
      // correction the page only showed from the library is there already.
      if (doc.chosenFrom && f === 'term' && had?.from !== 'reader') { rec[f] = value; rec.facts[f] = { from: 'reader', at: seen.at }; }
      continue;
    }
    let fact: Fact;
    if (doc.sources[f] === 'catalog') {
      if (known) continue; // a catalog fact never replaces anything the library already has
      fact = { from: 'catalog', source: doc.catalog?.source ?? '', confidence: doc.catalog?.confidence ?? 'medium' };
    } else {
      if (had?.from === 'reader') continue; // the reader's word stands
      if (known && had?.from === 'article') {
        // Printing the same adds a voice; printing otherwise (a re-saved article that changed) takes its voice back.
        rec.facts[f] = sameFact(rec[f]!, value) ? agree(had, seen.articleUrl) : dropVoice(had, seen.articleUrl);
        continue;
      }
      fact = { from: 'article', ...(seen.articleUrl ? { articleUrl: seen.articleUrl } : {}), at: seen.at };
    }
    rec[f] = value;
    rec.facts[f] = fact;
  }
  if (cited) rec.lastCited = seen.at;
  return defined(rec);
}

/** An article fact with one more saved article agreeing (the same article saved again is not one more). */
function agree(f: Extract<Fact, { from: 'article' }>, url: string | undefined): Fact {
  if (!url || url === f.articleUrl || f.also?.includes(url) || (f.also?.length ?? 0) >= MAX_AGREEING) return f;
  return { ...f, also: [...(f.also ?? []), url] };
}

/**
 * An article fact without `url`'s voice: an article deleted, re-saved without the document, or now
 * printing something else. The fact stays (the library learned it) and, while other articles agree,
 * one of them holds it; only the count of agreeing articles — its rank — goes down.
 */
export function dropVoice(f: Fact, url: string | undefined): Fact {
  if (f.from !== 'article' || !url) return f;
  const also = (f.also ?? []).filter((u) => u !== url);
  if (f.articleUrl === url && also.length) return defined({ ...f, articleUrl: also[0], also: also.length > 1 ? also.slice(1) : undefined });
  return defined({ ...f, also: also.length ? also : undefined });
}

/** A record without `url`'s voice in any of its facts (see dropVoice). Pure. */
export function withoutVoice(rec: DocumentRecord, url: string): DocumentRecord {
  const facts = { ...rec.facts };
  for (const f of FACT_FIELDS) if (facts[f]) facts[f] = dropVoice(facts[f]!, url);
  return { ...rec, facts };
}

/** What the reader may correct, and the form each value must have. */
export const CORRECTABLE: Record<FactField, { check: RegExp; max: number }> = {
  body: { check: /\S/, max: 200 },
  term: { check: /^[IVXLC]+$/, max: 10 },
  date: { check: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, max: 10 },
  title: { check: /\S/, max: 500 },
};

/** The value the reader typed, cleaned, or an error in words when it cannot be a value of that field. */
export function checkCorrection(field: FactField, raw: string): { value: string } | { error: string } {
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const rule = CORRECTABLE[field];
  const v = field === 'term' ? value.toUpperCase() : value;
  if (!v) return { error: 'empty' };
  if (v.length > rule.max) return { error: `longer than ${rule.max} characters` };
  if (!rule.check.test(v)) return { error: field === 'term' ? 'a term is a Roman numeral (XIII)' : field === 'date' ? 'a date is yyyy-mm-dd' : 'invalid' };
  return { value: v };
}

/** Corrections that can be undone in turn under a field's fact. */
function depth(f: Fact | undefined): number {
  return f?.from === 'reader' && f.was ? 1 + depth(f.was.fact) : 0;
}

/** The correction chain cut after `keep` undoable steps: the next one keeps its value, not its history. */
function trimUndo(f: Fact, keep: number): Fact {
  if (f.from !== 'reader' || !f.was) return f;
  if (keep <= 0) return { from: 'reader', at: f.at };
  return { ...f, was: defined({ value: f.was.value, fact: f.was.fact && trimUndo(f.was.fact, keep - 1) }) };
}

/** The record with the reader's value for `field`, remembering what it replaced. Pure. */
export function correctRecord(rec: DocumentRecord, field: FactField, value: string, at: string): DocumentRecord {
  const was = defined({ value: rec[field], fact: rec.facts[field] });
  const fact = trimUndo({ from: 'reader', at, was }, MAX_UNDO);
  return { ...rec, [field]: value, facts: { ...rec.facts, [field]: fact } };
}

/** The record with the reader's last correction of `field` undone, or null when it has none. Pure. */
export function undoRecord(rec: DocumentRecord, field: FactField): DocumentRecord | null {
  const fact = rec.facts[field];
  // A correction without `was` is one the undo history let go of.
  if (fact?.from !== 'reader' || !fact.was) return null;
  const out: DocumentRecord = { ...rec, facts: { ...rec.facts } };
  if (fact.was.value === undefined) delete out[field];
  else out[field] = fact.was.value;
  if (fact.was.fact) out.facts[field] = fact.was.fact;
  else delete out.facts[field];
  return out;
}

/** How many corrections of a field can be undone in turn. */
export const undoDepth = (rec: DocumentRecord, field: FactField) => depth(rec.facts[field]);

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

/** How strong a fact's provenance is: the reader's > printed in an article > catalog > none recorded. */
const strength = (f?: Fact) => (f?.from === 'reader' ? 3 : f?.from === 'article' ? 2 : f?.from === 'catalog' ? 1 : 0);

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
  rec.locality ??= other.locality;
  for (const f of FACT_FIELDS) {
    if (other[f] === undefined) continue;
    const mine = rec.facts[f], theirs = other.facts[f];
    if (mine?.from === 'article' && theirs?.from === 'article' && sameFact(rec[f] ?? '', other[f]!)) {
      // One fact two libraries learned: the earlier article keeps it, every other one agrees.
      const [first, second] = theirs.at < mine.at ? [theirs, mine] : [mine, theirs];
      const urls = [second.articleUrl, ...(first.also ?? []), ...(second.also ?? [])]
        .filter((u, i, all): u is string => !!u && u !== first.articleUrl && all.indexOf(u) === i).slice(0, MAX_AGREEING);
      rec[f] = first === theirs ? other[f] : rec[f];
      rec.facts[f] = defined({ ...first, also: urls.length ? urls : undefined });
      continue;
    }
    const take = rec[f] === undefined || strength(theirs) > strength(mine) ||
      (mine?.from === 'article' && theirs?.from === 'article' && theirs.at < mine.at) ||
      (mine?.from === 'reader' && theirs?.from === 'reader' && theirs.at > mine.at);
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
