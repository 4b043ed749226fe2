/**
 * Which fact the reader is shown, per field, when the page, the catalog and the library disagree.
 * From strongest to weakest: what the current page prints → the reader's own correction → a `high`
 * catalog entry → a fact several saved articles agree on → a `medium` catalog entry → a fact from
 * a single saved article. A weaker source never overwrites a stronger one; where it disagrees it is
 * kept beside the fact ("other sources say …"). Facts of two candidate documents are never combined.
 */
import { agreeing, sameFact as same } from '../db/knowledge';
import type { DocumentRecord, Fact, KnownDocument } from '../db';
import { forgetCatalogEntry } from '../refs/forget';
import { sentenceCaseIfCapitals } from '../refs/subject';
import type { CatalogFacts, OtherFact, RefDocument } from '../refs/types';

const FIELDS = ['body', 'term', 'date', 'title'] as const;
type Field = (typeof FIELDS)[number];

/** Rank of a source in the order above (higher wins); the page's own text is above them all. */
export function rankOf(source: { from: 'text' } | { from: 'catalog'; confidence: 'high' | 'medium' } | Fact): number {
  switch (source.from) {
    case 'text': return 6;
    case 'reader': return 5;
    case 'catalog': return source.confidence === 'high' ? 4 : 2;
    case 'article': return agreeing(source) > 1 ? 3 : 1;
  }
}

/** The saved record that is this very document, or none when the library's records do not say. */
export function recordFor(d: RefDocument, records: readonly KnownDocument[]): KnownDocument | undefined {
  // An ambiguous document is one of several: the library's record of one of them is not its record.
  if (d.candidates?.length && !d.catalog) return undefined;
  // Two provinces' documents of one key are two documents; an unplaced one is neither of the placed.
  const here = records.filter((r) => (r.doc.locality ?? '') === (d.locality ?? ''));
  const byTerm = d.term ? here.filter((r) => r.doc.term === d.term) : [];
  if (byTerm.length === 1) return byTerm[0];
  if (here.length !== 1) return undefined;
  const only = here[0];
  // Two documents the text shows to be different are never taken for one (a term or date the
  // catalog filled in is no such evidence: there the ranks below decide).
  if (d.term && d.sources.term === 'text' && only.doc.term && only.doc.term !== d.term) return undefined;
  if (d.date && d.sources.date === 'text' && only.doc.date && only.doc.date !== d.date) return undefined;
  return only;
}

/** Rank of what the page shows for a field before the library is asked. */
function pageRank(d: RefDocument, f: Field): number {
  const src = d.sources[f];
  if (src === 'catalog') return rankOf({ from: 'catalog', confidence: d.catalog?.confidence ?? 'medium' });
  // 'site': printed by the page itself (a legal database's table of the document it shows).
  return src === 'text' || src === 'site' ? 6 : 0;
}

/**
 * The term and the date say which document it is. When the record's differ from what the page took
 * from the catalog, only one of them can be right: the record's, if its source outranks the
 * catalog's — then every fact the page took from that catalog entry goes with it (they are another
 * document's) — else the record is not this document. Returns false when the record does not apply.
 */
function settleIdentity(d: RefDocument, rec: DocumentRecord): boolean {
  let outranked = false;
  for (const f of ['term', 'date'] as const) {
    const mine = rec[f], fact = rec.facts?.[f];
    if (!d[f] || !mine || same(d[f]!, mine)) continue;
    if (!fact || fact.from === 'catalog' || rankOf(fact) <= pageRank(d, f)) return false;
    outranked = true;
  }
  if (outranked) {
    forgetCatalogEntry(d);
    delete d.candidates;
    d.decidedBy = ['the library\'s record, as the reader or several saved articles say'];
  }
  return true;
}

/** Applies what the library knows to a document found on a page. Mutates `d`. */
export function applyKnowledge(d: RefDocument, records: readonly KnownDocument[]): void {
  const rec = recordFor(d, records);
  if (!rec || !settleIdentity(d, rec.doc)) return;
  d.citedInSaved = rec.citedIn;
  for (const f of FIELDS) {
    const value = rec.doc[f];
    const fact = rec.doc.facts?.[f];
    // Catalog facts the page has anyway, from the bundled catalog it was built with.
    if (!value || !fact || fact.from === 'catalog') continue;
    const from = fact.from === 'reader' ? 'reader' : 'library';
    const shown = d[f];
    if (!shown) {
      d[f] = value;
      d.sources[f] = from;
    } else if (same(shown, value)) {
      continue;
    } else if (rankOf(fact) > pageRank(d, f)) {
      // The library's fact outranks the page's (the reader's correction, or several articles over a
      // medium catalog entry): shown, and what it outranks stays beside it.
      addOther(d, f, shown, d.sources[f] === 'catalog' ? 'catalog' : 'text');
      d[f] = value;
      d.sources[f] = from;
    } else {
      addOther(d, f, value, from);
    }
  }
}

function addOther(d: RefDocument, f: Field, value: string, from: OtherFact['from']): void {
  const others = (d.others ??= {});
  const list = (others[f] ??= []);
  if (!list.some((o) => same(o.value, value))) list.push({ value, from });
}

/** A library record as shown in the options page and its exports: the same precedence as on pages. */
export interface ShownRecord {
  /** The record with each field's strongest fact. */
  doc: DocumentRecord;
  /** Per field, where the shown fact comes from. */
  from: Partial<Record<Field, 'article' | 'catalog' | 'reader'>>;
  /** Per field, what a weaker source says instead, and which source that is. */
  others: Partial<Record<Field, Array<{ value: string; from: 'article' | 'catalog' | 'reader' }>>>;
}

/**
 * The facts of a saved document as the reader should see them outside a page: per field, the
 * record's fact against the catalog entry of this very document (same term, or the catalog's only
 * one) by the ranks above; the loser stays beside the winner.
 */
export function shownRecord(rec: DocumentRecord, entries: readonly CatalogFacts[]): ShownRecord {
  const ofTerm = rec.term ? entries.filter((e) => e.term === rec.term) : entries;
  const entry = rec.locality ? undefined : ofTerm.length === 1 ? ofTerm[0] : undefined;
  const doc: DocumentRecord = { ...rec };
  const from: ShownRecord['from'] = {};
  const others: ShownRecord['others'] = {};
  for (const f of FIELDS) {
    const mine = rec[f];
    const fact = rec.facts?.[f];
    const theirs = entry?.[f] ?? undefined;
    if (mine) from[f] = fact?.from === 'catalog' ? 'catalog' : fact?.from === 'reader' ? 'reader' : 'article';
    if (!theirs || fact?.from === 'catalog') continue;
    if (!mine) { doc[f] = theirs; from[f] = 'catalog'; continue; }
    if (same(mine, theirs)) continue;
    const catalogRank = rankOf({ from: 'catalog', confidence: entry!.confidence });
    if (fact && rankOf(fact) > catalogRank) { others[f] = [{ value: theirs, from: 'catalog' }]; continue; }
    doc[f] = theirs;
    from[f] = 'catalog';
    others[f] = [{ value: mine, from: fact?.from === 'reader' ? 'reader' : 'article' }];
  }
  // Records saved before subjects were tidied may still hold one printed in capitals.
  if (doc.title) doc.title = sentenceCaseIfCapitals(doc.title);
  return { doc, from, others };
}
