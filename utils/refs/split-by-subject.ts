/**
 * One number, two subjects: "Nghị quyết 18 về đất đai và Nghị quyết 18 về sắp xếp bộ máy là hai văn
 * bản khác nhau". Where a mention prints a subject sharing no word with the one its document already
 * has, and the catalog's documents of that key fit the two subjects one each, it is the other
 * document: merged, the card would show one's subject for the other. A later mention printing neither goes with the
 * first, and the others are offered beside it (Mention.maybe).
 */
import { catalogEntries } from './catalog';
import { congressOf, foldedTitle } from './identity-around';
import { englishTopics, isEnglish, topicsShared } from './en-topics';
import { formatKey, parseKey } from './keys';
import { STOP, contentWords, syllables } from './subject-words';
import type { ResolvedItem } from './resolve';
import type { RefDocument } from './types';


export function shares(a: string, b: string): boolean {
  const wa = contentWords(a);
  for (const w of contentWords(b)) if (wa.has(w)) return true;
  return false;
}

/** Do two subjects say the same thing? A word pair in common ("kinh tế" and "kinh tế tập thể"), or
 *  one's words all in the other. One syllable is not enough: "kinh tế tập thể" and "y tế" share "tế". */
export function sameSubject(a: string, b: string): boolean {
  const wa = syllables(a), wb = syllables(b);
  const pairs = new Set(wa.slice(1).map((w, i) => `${wa[i]} ${w}`));
  if (wb.slice(1).some((w, i) => pairs.has(`${wb[i]} ${w}`))) return true;
  // Every syllable but the empty ones, short ones too ("y tế" is not within "kinh tế tập thể").
  const ca = new Set(wa.filter((w) => !STOP.has(w))), cb = new Set(wb.filter((w) => !STOP.has(w)));
  const within = (x: Set<string>, y: Set<string>) => x.size > 0 && [...x].every((w) => y.has(w));
  return within(ca, cb) || within(cb, ca);
}

const NONE: readonly number[] = Object.freeze([]);

/** The documents the catalog knows by this key; a key without its issuer ("18-NQ"), the central ones. */
function documentsOf(key: string) {
  const k = parseKey(key);
  return catalogEntries(k?.kind === 'party' && !k.issuer ? formatKey({ ...k, issuer: 'TW' }) : key);
}


/** Index of the one catalog entry whose subject shares the most words with `title`, or -1. A
 *  Congress the title names keeps only the entries naming it ("… tiến tới Đại hội XIV"); an English
 *  title is compared by the topics it names. */
function bestEntry(entries: ReturnType<typeof documentsOf>, title: string): number {
  const congress = congressOf(title);
  const named = (e: (typeof entries)[number]) => !congress || congressOf(e.title ?? '') === congress;
  const en = isEnglish(title) ? englishTopics(title) : null;
  const w = contentWords(title);
  const scores = entries.map((e) => {
    if (!named(e)) return 0;
    if (en) return en.length ? topicsShared(en, foldedTitle(e)) : 0;
    let n = 0;
    for (const x of contentWords(e.title ?? '')) if (w.has(x)) n++;
    return n;
  });
  const best = Math.max(0, ...scores);
  return best > 0 && scores.filter((x) => x === best).length === 1 ? scores.indexOf(best) : -1;
}

/** The one catalog entry of a year (or term) printed with a mention, or -1. */
function entryOf(entries: ReturnType<typeof documentsOf>, year: string | undefined, term: string | undefined): number {
  const fits = entries.map((e, i) => ((year ? e.date?.startsWith(year) : e.term === term) ? i : -1)).filter((i) => i >= 0);
  return fits.length === 1 ? fits[0] : -1;
}

/** A mention printing only a year or term ("Chỉ thị 35 năm 2019") whose catalog entry is not the one
 *  its document's printed subject names ("Chỉ thị 35 … tiến tới Đại hội XIV"): another document. */
function otherByYear(key: string, doc: RefDocument, year: string | undefined, term: string | undefined): boolean {
  if (!doc.title || doc.sources.title !== 'text' || doc.year || doc.date || doc.term || (!year && !term)) return false;
  const entries = documentsOf(key);
  if (entries.length < 2) return false;
  const own = entryOf(entries, year, term), theirs = bestEntry(entries, doc.title);
  return own >= 0 && theirs >= 0 && own !== theirs;
}

/** Two printed subjects that the catalog says are of two of its documents. */
function twoDocuments(key: string, a: string, b: string): boolean {
  const entries = documentsOf(key);
  if (entries.length < 2) return false;
  const x = bestEntry(entries, a), y = bestEntry(entries, b);
  return x >= 0 && y >= 0 && x !== y;
}

/** The entry a mention's own year or term names is not the one the document's printed subject names
 *  ("Nghị quyết 12 … về … Công an nhân dân" and "Nghị quyết 12-NQ/TW khóa XII về doanh nghiệp nhà nước",
 *  when the catalog has the subject of the one and only the term of the other). */
function otherEntry(key: string, printed: string, year: string | undefined, term: string | undefined): boolean {
  if (!year && !term) return false;
  const entries = documentsOf(key);
  if (entries.length < 2) return false;
  const own = entryOf(entries, year, term), theirs = bestEntry(entries, printed);
  return own >= 0 && theirs >= 0 && own !== theirs;
}

export class SplitBySubject {
  /** Per key: the documents split from each other by their subjects, first one first. */
  private readonly docs = new Map<string, number[]>();

  /**
   * The document a mention goes with: `di` unless its own subject says another. `split`: a new
   * document is to be made (the caller makes it and calls `add`). `others`: the documents it may be
   * when it prints no subject.
   */
  pick(id: string, di: number, r: ResolvedItem, all: RefDocument[], sameSentence = false): { di: number | undefined; split?: boolean; others: readonly number[] } {
    const list = this.docs.get(id);
    const title = r.facts.title;
    // One sentence citing one number twice, each time with its own subject ("Nghị quyết 20-NQ/TW về
    // kinh tế tập thể và Nghị quyết 20-NQ/TW ngày 25/10/2017 về y tế"): two documents, whatever date or
    // term one of them prints.
    const doc = all[di];
    // (Not where the catalog knows that number as one document only: "57-NQ/TW về khoa học, công nghệ và
    // 57-NQ/TW về chuyển đổi số" are two wordings of its one subject.)
    if (title && !list && sameSentence && doc.title && doc.sources.title === 'text' && !sameSubject(doc.title, title) && documentsOf(r.key).length !== 1) {
      this.docs.set(id, [di]);
      return { di: undefined, split: true, others: NONE };
    }
    const year = r.item.year ?? r.facts.year ?? r.facts.date?.slice(0, 4);
    if (!title && !list && otherByYear(r.key, doc, year, r.facts.term)) {
      this.docs.set(id, [di]);
      return { di: undefined, split: true, others: NONE };
    }
    if (!title || ((r.facts.term || r.item.year || r.facts.year || r.facts.date) && !list)) {
      // A year or term of its own: still the other document where the catalog says the two subjects are two.
      if (title && doc.title && doc.sources.title === 'text' && !shares(doc.title, title)
        && (twoDocuments(r.key, doc.title, title) || otherEntry(r.key, doc.title, year, r.facts.term))) {
        this.docs.set(id, [di]);
        return { di: undefined, split: true, others: NONE };
      }
      return { di, others: list && !title ? list : NONE };
    }
    if (list) {
      const fit = list.find((d) => all[d].title && shares(all[d].title!, title));
      return fit !== undefined ? { di: fit, others: NONE } : { di: undefined, split: true, others: NONE };
    }
    if (!doc.title || doc.sources.title !== 'text' || shares(doc.title, title) || !twoDocuments(r.key, doc.title, title)) return { di, others: NONE };
    this.docs.set(id, [di]);
    return { di: undefined, split: true, others: NONE };
  }

  add(id: string, di: number): void {
    this.docs.get(id)?.push(di);
  }
}
