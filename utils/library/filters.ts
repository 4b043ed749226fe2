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
    (!published || (!!e.published && published.has(Number(e.published.slice(0, 4))))) &&
    (!ok || e.docs.some((d) => ok[d] === 1));
}

/** What the filters can take among the indexed articles, with the number of articles for each. */
export function filterValuesOf(corpus: Corpus): FilterValues {
  const count = <K>(m: Map<K, number>, k: K | undefined) => { if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1); };
  const type = new Map<string, number>(), typeName = new Map<string, string>(), issuer = new Map<string, number>();
  const term = new Map<string, number>(), year = new Map<number, number>(), site = new Map<string, number>();
  let party = 0, state = 0, starred = 0;
  for (const e of corpus.entries) {
    if (!e) continue;
    count(site, e.site);
    const docs = e.docs.map((d) => corpus.docs[d]);
    // Each value counts an article once, however many of its documents have it.
    for (const t of new Set(docs.map((d) => d.type))) count(type, t);
    for (const d of docs) typeName.set(d.type, d.typeName);
    for (const v of new Set(docs.map((d) => d.issuer))) count(issuer, v);
    for (const v of new Set(docs.map((d) => d.term))) count(term, v);
    for (const v of new Set(docs.map((d) => d.year))) count(year, v);
    if (docs.some((d) => d.party)) party++;
    if (docs.some((d) => !d.party)) state++;
    if (docs.some((d) => d.starred)) starred++;
  }
  const list = <K>(m: Map<K, number>) => [...m].map(([value, articles]) => ({ value, articles }))
    .sort((a, b) => b.articles - a.articles || (a.value < b.value ? -1 : 1));
  return {
    type: list(type).map((t) => ({ ...t, name: typeName.get(t.value) ?? t.value })),
    issuer: list(issuer), term: list(term), year: list(year).sort((a, b) => b.value - a.value), site: list(site),
    party: { party, state }, starred,
  };
}
