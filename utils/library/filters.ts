/**
 * The search's filters: on the documents an article cites (held together by one document) and on
 * the article itself, and the values they can take in the library, for the page's menus.
 */
import type { ArticleEntry, Corpus, DocEntry } from './corpus';

type OneOrMany<T> = T | readonly T[];

/**
 * Filters on the articles. Document filters (type … starred) hold together for one cited document:
 * an article passes when it cites at least one document meeting all of them.
 */
export interface SearchFilters {
  /** Document type abbreviation: NQ, KL, CT, QĐ, NĐ … */
  type?: OneOrMany<string>;
  /** Issuer symbol: TW, TU, CP, TTg … */
  issuer?: OneOrMany<string>;
  /** Term: XII, XIII … */
  term?: OneOrMany<string>;
  /** Year of the document's date. */
  year?: OneOrMany<number>;
  /** true: a Party document; false: a state one. */
  party?: boolean;
  starred?: boolean;
  /** The article's site (host). */
  site?: OneOrMany<string>;
  /** Year the article was published (articles without a date are left out). */
  publishedYear?: OneOrMany<number>;
}

/** Values the filters can take in the library as indexed, each with its number of articles. */
export interface FilterValues {
  type: Array<{ value: string; name: string; articles: number }>;
  issuer: Array<{ value: string; articles: number }>;
  term: Array<{ value: string; articles: number }>;
  year: Array<{ value: number; articles: number }>;
  site: Array<{ value: string; articles: number }>;
  party: { party: number; state: number };
  starred: number;
}

const asSet = <T>(v: OneOrMany<T> | undefined): Set<T> | null =>
  v === undefined ? null : new Set(Array.isArray(v) ? (v as readonly T[]) : [v as T]);

/** The article-level predicate for the filters, or null when there are none. */
export function filterOf(f: SearchFilters, docs: readonly DocEntry[]): ((e: ArticleEntry) => boolean) | null {
  const type = asSet(f.type), issuer = asSet(f.issuer), term = asSet(f.term), year = asSet(f.year);
  const site = asSet(f.site), published = asSet(f.publishedYear);
  let docOk: Uint8Array | null = null;
  if (type || issuer || term || year || f.party !== undefined || f.starred !== undefined) {
    const ok = (docOk = new Uint8Array(docs.length));
    docs.forEach((d, i) => {
      ok[i] = Number((!type || type.has(d.type)) && (!issuer || (d.issuer !== undefined && issuer.has(d.issuer))) &&
        (!term || (d.term !== undefined && term.has(d.term))) && (!year || (d.year !== undefined && year.has(d.year))) &&
        (f.party === undefined || d.party === f.party) && (f.starred === undefined || d.starred === f.starred));
    });
  }
  if (!docOk && !site && !published) return null;
  const ok = docOk;
  return (e) => (!site || site.has(e.site)) &&
    (!published || (e.publishedYear !== undefined && published.has(e.publishedYear))) &&
    (!ok || e.docs.some((d) => ok[d] === 1));
}

const DIMENSIONS = ['type', 'issuer', 'term', 'year'] as const;

/**
 * What the filters can take among the indexed articles, with the number of articles for each.
 * Values are numbered once per document and counted with a "last article" stamp per value, not a
 * set per article: at 10 000 articles this runs when the search tab opens.
 */
export function filterValuesOf(corpus: Corpus): FilterValues {
  const docs = corpus.docs;
  const ids = DIMENSIONS.map(() => new Map<string | number, number>());
  const valueOf = DIMENSIONS.map(() => new Int32Array(docs.length));
  const typeName = new Map<string, string>();
  docs.forEach((d, i) => {
    if (!typeName.has(d.type)) typeName.set(d.type, d.typeName);
    DIMENSIONS.forEach((k, j) => {
      const v = d[k];
      if (v === undefined) { valueOf[j][i] = -1; return; }
      let id = ids[j].get(v);
      if (id === undefined) ids[j].set(v, (id = ids[j].size));
      valueOf[j][i] = id;
    });
  });
  const counts = ids.map((m) => new Int32Array(m.size));
  const stamp = ids.map((m) => new Int32Array(m.size).fill(-1));
  const site = new Map<string, number>();
  let party = 0, state = 0, starred = 0;
  corpus.entries.forEach((e, ord) => {
    if (!e) return;
    site.set(e.site, (site.get(e.site) ?? 0) + 1);
    let p = false, s = false, st = false;
    for (const d of e.docs) {
      // Each value counts an article once, however many of its documents have it.
      for (let j = 0; j < DIMENSIONS.length; j++) {
        const v = valueOf[j][d];
        if (v >= 0 && stamp[j][v] !== ord) { stamp[j][v] = ord; counts[j][v]++; }
      }
      const doc = docs[d];
      if (doc.party) p = true; else s = true;
      if (doc.starred) st = true;
    }
    party += Number(p); state += Number(s); starred += Number(st);
  });
  const list = <K>(m: Map<K, number>) => [...m].map(([value, articles]) => ({ value, articles })).filter((x) => x.articles > 0)
    .sort((a, b) => b.articles - a.articles || (a.value < b.value ? -1 : 1));
  const dim = <K>(j: number) => list(new Map([...ids[j]].map(([v, id]) => [v as K, counts[j][id]])));
  return {
    type: dim<string>(0).map((t) => ({ ...t, name: typeName.get(t.value) ?? t.value })),
    issuer: dim<string>(1), term: dim<string>(2), year: dim<number>(3).sort((a, b) => b.value - a.value), site: list(site),
    party: { party, state }, starred,
  };
}
