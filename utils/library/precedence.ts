/**
 * Which fact the reader is shown, per field, when the page, the catalog and the library disagree.
 * From strongest to weakest: what the current page prints → the reader's own correction → a `high`
 * catalog entry → a fact several saved articles agree on → a `medium` catalog entry → a fact from
 * a single saved article. A weaker source never overwrites a stronger one; where it disagrees it is
 * kept beside the fact ("other sources say …"). Facts of two candidate documents are never combined.
 *
 * The library today records, per field, the first saved article that printed it: a single
 * article's fact, the weakest rank. (Corrections and agreement counts are not stored yet.)
 */
import type { DocumentRecord, KnownDocument } from '../db';
import type { CatalogFacts, RefDocument } from '../refs/types';

const FIELDS = ['body', 'term', 'date', 'title'] as const;
type Field = (typeof FIELDS)[number];

/** Comparison form of a fact: case, spacing and a leading "về" do not make two facts differ. */
function same(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/^về\s+/, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** The saved record that is this very document, or none when the library's records do not say. */
export function recordFor(d: RefDocument, records: readonly KnownDocument[]): KnownDocument | undefined {
  // An ambiguous document is one of several: the library's record of one of them is not its record.
  if (d.candidates?.length && !d.catalog) return undefined;
  const byTerm = d.term ? records.filter((r) => r.doc.term === d.term) : [];
  if (byTerm.length === 1) return byTerm[0];
  if (records.length !== 1) return undefined;
  const only = records[0];
  // Two documents the text shows to be different are never taken for one.
  if (d.term && only.doc.term && only.doc.term !== d.term) return undefined;
  if (d.date && only.doc.date && only.doc.date !== d.date) return undefined;
  return only;
}

/** Applies what the library knows to a document found on a page. Mutates `d`. */
export function applyKnowledge(d: RefDocument, records: readonly KnownDocument[]): void {
  const rec = recordFor(d, records);
  if (!rec) return;
  d.citedInSaved = rec.citedIn;
  for (const f of FIELDS) {
    const value = rec.doc[f];
    if (!value || rec.doc.facts?.[f]?.from !== 'article') continue; // catalog facts the page has anyway
    const shown = d[f];
    if (!shown) {
      // Nothing stronger says anything: the saved article's fact, marked as such.
      d[f] = value;
      d.sources[f] = 'library';
    } else if (!same(shown, value)) {
      addOther(d, f, value);
    }
  }
}

function addOther(d: RefDocument, f: Field, value: string): void {
  const others = (d.others ??= {});
  const list = (others[f] ??= []);
  if (!list.some((o) => same(o.value, value))) list.push({ value, from: 'library' });
}

/** A library record as shown in the options page and its exports: the same precedence as on pages. */
export interface ShownRecord {
  /** The record with each field's strongest fact. */
  doc: DocumentRecord;
  /** Per field, where the shown fact comes from. */
  from: Partial<Record<Field, 'article' | 'catalog'>>;
  /** Per field, what a weaker source says instead. */
  others: Partial<Record<Field, string[]>>;
}

/**
 * The facts of a saved document as the reader should see them outside a page: a single saved
 * article's description gives way to the catalog entry of this very document (same term, or the
 * catalog's only one), and stays beside it.
 */
export function shownRecord(rec: DocumentRecord, entries: readonly CatalogFacts[]): ShownRecord {
  const ofTerm = rec.term ? entries.filter((e) => e.term === rec.term) : entries;
  const entry = ofTerm.length === 1 ? ofTerm[0] : undefined;
  const doc: DocumentRecord = { ...rec };
  const from: ShownRecord['from'] = {};
  const others: ShownRecord['others'] = {};
  for (const f of FIELDS) {
    const mine = rec[f];
    const theirs = entry?.[f] ?? undefined;
    if (mine) from[f] = rec.facts?.[f]?.from === 'catalog' ? 'catalog' : 'article';
    if (!theirs || rec.facts?.[f]?.from !== 'article') continue;
    if (!mine) { doc[f] = theirs; from[f] = 'catalog'; continue; }
    if (same(mine, theirs)) continue;
    doc[f] = theirs;
    from[f] = 'catalog';
    others[f] = [mine];
  }
  return { doc, from, others };
}
