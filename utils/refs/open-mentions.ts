/**
 * Short forms the text leaves open ("Chỉ thị 05" after both 05-CT/TW and 05-CT/TU): the nearest
 * citation is only the likelier. What the short form prints itself may settle it — its subject
 * shares the words of one document's, or its date is one's — and then it is that document's, with
 * nothing left open. Otherwise it stays the likelier one's with the others offered (Mention.maybe),
 * and what it prints goes to neither: facts of an undecided mention would mix two documents.
 */
import type { Mention, RefDocument } from './types';
import { contentWords } from './subject-words';

export interface OpenMention {
  mention: Mention;
  /** Index of the mention in the result. */
  index: number;
  /** The other keys its type and number have in the text. */
  keys: string[];
  /** What it prints itself. */
  title?: string;
  date?: string;
}


/** Words shared with `title`, as a share of the shorter of the two: a short form often prints a
 *  shortened subject, or runs on into its sentence. */
function overlap(printed: Set<string>, title: string | undefined): number {
  if (!title || !printed.size) return 0;
  const t = contentWords(title);
  let n = 0;
  for (const w of printed) if (t.has(w)) n++;
  return t.size ? n / Math.min(printed.size, t.size) : 0;
}

/** The document among `docs` that the mention's own facts point to, if exactly one. */
function settledBy(open: OpenMention, docs: RefDocument[], ids: number[]): number | undefined {
  if (open.date) {
    const same = ids.filter((d) => docs[d].date === open.date);
    if (same.length === 1) return same[0];
  }
  if (!open.title) return undefined;
  const printed = contentWords(open.title);
  const scores = ids.map((d) => overlap(printed, docs[d].title));
  const best = Math.max(...scores);
  if (best < 0.5 || scores.filter((s) => s === best).length > 1) return undefined;
  return ids[scores.indexOf(best)];
}

/** Moves mention `index` from one document to another, keeping each document's mentions in text order. */
function move(docs: RefDocument[], m: Mention, index: number, to: number): void {
  const from = docs[m.doc].mentions;
  from.splice(from.indexOf(index), 1);
  const list = docs[to].mentions;
  let k = list.length;
  while (k > 0 && list[k - 1] > index) k--;
  list.splice(k, 0, index);
  m.doc = to;
  m.key = docs[to].key;
}

/**
 * Settle or mark every open mention, once all documents exist (the other citation may come after
 * the short form). `docOf` gives the document of a key. Returns the mentions settled, whose printed
 * facts the caller gives to their document.
 */
export function settleOpenMentions<T extends OpenMention>(open: T[], docs: RefDocument[], docOf: (key: string) => number | undefined): T[] {
  const settled: T[] = [];
  for (const o of open) {
    const others = o.keys.map(docOf).filter((d): d is number => d !== undefined && d !== o.mention.doc);
    if (!others.length) { settled.push(o); continue; }
    const ids = [o.mention.doc, ...others];
    const pick = settledBy(o, docs, ids);
    if (pick === undefined) { o.mention.maybe = others; continue; }
    if (pick !== o.mention.doc) move(docs, o.mention, o.index, pick);
    settled.push(o);
  }
  return settled;
}
