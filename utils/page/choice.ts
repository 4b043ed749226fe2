/**
 * The reader settles a document the text left open: of the candidates the card offers ("the article
 * does not say which — possibly …"), they pick the one it is. The document then is that catalog
 * entry, with the term marked as the reader's (the one fact the choice itself asserts; the others are
 * the catalog's, with its marks). Undone, it is ambiguous again, exactly as the engine left it.
 * Pure: mutates only the document it is given.
 */
import type { RefDocument } from '../refs/types';

const FIELDS = ['body', 'term', 'date', 'title'] as const;

/** What the page itself prints (its text, a legal database's table) is not the choice's to change. */
const kept = (doc: RefDocument, f: (typeof FIELDS)[number]) => doc.sources[f] === 'text' || doc.sources[f] === 'site';

/** Take candidate `index` as the document. False when there is no such candidate. */
export function chooseCandidate(doc: RefDocument, index: number): boolean {
  const candidates = doc.candidates;
  const chosen = candidates?.[index];
  if (!candidates || !chosen) return false;
  doc.chosenFrom = { candidates, ...(doc.decidedBy ? { decidedBy: doc.decidedBy } : {}) };
  delete doc.candidates;
  doc.catalog = chosen;
  for (const f of FIELDS) {
    const v = chosen[f];
    if (!v || kept(doc, f)) continue;
    doc[f] = v;
    doc.sources[f] = f === 'term' ? 'reader' : 'catalog';
  }
  doc.decidedBy = ['the reader chose it among the candidates'];
  return true;
}

/** Undo a choice: the candidates come back, and nothing of the chosen one stays. */
export function undoChoice(doc: RefDocument): boolean {
  const from = doc.chosenFrom;
  if (!from) return false;
  for (const f of FIELDS) {
    if (kept(doc, f)) continue;
    delete doc[f];
    delete doc.sources[f];
  }
  delete doc.catalog;
  delete doc.chosenFrom;
  if (from.decidedBy) doc.decidedBy = from.decidedBy;
  else delete doc.decidedBy;
  doc.candidates = from.candidates;
  return true;
}
