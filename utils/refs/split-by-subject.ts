/**
 * One number, two subjects: "Nghị quyết 18 về đất đai và Nghị quyết 18 về sắp xếp bộ máy là hai văn
 * bản khác nhau". Where a mention prints a subject sharing no word with the one its document already
 * has, and the catalog's documents of that key fit the two subjects one each, it is the other
 * document: merged, the card would show one's subject for the other. A later mention printing neither goes with the
 * first, and the others are offered beside it (Mention.maybe).
 */
import { catalogEntries } from './catalog';
import { formatKey, parseKey } from './keys';
import { contentWords } from './subject-words';
import type { ResolvedItem } from './resolve';
import type { RefDocument } from './types';


function shares(a: string, b: string): boolean {
  const wa = contentWords(a);
  for (const w of contentWords(b)) if (wa.has(w)) return true;
  return false;
}

const NONE: readonly number[] = Object.freeze([]);

/** The documents the catalog knows by this key; a key without its issuer ("18-NQ"), the central ones. */
function documentsOf(key: string) {
  const k = parseKey(key);
  return catalogEntries(k?.kind === 'party' && !k.issuer ? formatKey({ ...k, issuer: 'TW' }) : key);
}

/** Index of the one catalog entry whose subject shares the most words with `title`, or -1. */
function bestEntry(entries: ReturnType<typeof documentsOf>, title: string): number {
  const w = contentWords(title);
  const scores = entries.map((e) => { let n = 0; for (const x of contentWords(e.title ?? '')) if (w.has(x)) n++; return n; });
  const best = Math.max(0, ...scores);
  return best > 0 && scores.filter((x) => x === best).length === 1 ? scores.indexOf(best) : -1;
}

/** Two printed subjects that the catalog says are of two of its documents. */
function twoDocuments(key: string, a: string, b: string): boolean {
  const entries = documentsOf(key);
  if (entries.length < 2) return false;
  const x = bestEntry(entries, a), y = bestEntry(entries, b);
  return x >= 0 && y >= 0 && x !== y;
}

export class SplitBySubject {
  /** Per key: the documents split from each other by their subjects, first one first. */
  private readonly docs = new Map<string, number[]>();

  /**
   * The document a mention goes with: `di` unless its own subject says another. `split`: a new
   * document is to be made (the caller makes it and calls `add`). `others`: the documents it may be
   * when it prints no subject.
   */
  pick(id: string, di: number, r: ResolvedItem, all: RefDocument[]): { di: number | undefined; split?: boolean; others: readonly number[] } {
    const list = this.docs.get(id);
    const title = r.facts.title;
    if (!title || r.facts.term || r.item.year || r.facts.year || r.facts.date) return { di, others: list && !title ? list : NONE };
    if (list) {
      const fit = list.find((d) => all[d].title && shares(all[d].title!, title));
      return fit !== undefined ? { di: fit, others: NONE } : { di: undefined, split: true, others: NONE };
    }
    const doc = all[di];
    if (!doc.title || doc.sources.title !== 'text' || shares(doc.title, title) || !twoDocuments(r.key, doc.title, title)) return { di, others: NONE };
    this.docs.set(id, [di]);
    return { di: undefined, split: true, others: NONE };
  }

  add(id: string, di: number): void {
    this.docs.get(id)?.push(di);
  }
}
