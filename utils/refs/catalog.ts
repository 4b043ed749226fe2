/**
 * Stage 4: facts about central party documents from the bundled catalog
 * (../shared/data/catalog.json, each entry with its source and confidence).
 * Numbers restart every term, so (key, term) identifies an entry and key alone may not:
 * an entry is picked only when the term or date agrees or it is the only one; otherwise the
 * document gets the candidates. What the article says always wins over the catalog.
 */
import raw from './catalog.json';
import type { CatalogFacts, RefDocument } from './types';
import { termOfDate } from './vocabulary';

interface RawEntry {
  key: string; type: string; number: number; issuer: string; body: string;
  term: string | null; date: string | null; title: string; source: string; confidence: string;
}

/** Comparison form of a key: case, Đ/D, TƯ/TW and zero padding do not matter. */
export function keyId(key: string): string {
  return key.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/TƯ/g, 'TW')
    .replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
}

let index: Map<string, CatalogFacts[]> | null = null;

function load(): Map<string, CatalogFacts[]> {
  const m = new Map<string, CatalogFacts[]>();
  for (const e of raw as RawEntry[]) {
    const facts: CatalogFacts = {
      key: e.key, type: e.type, body: e.body, term: e.term, date: e.date, title: e.title, source: e.source,
      confidence: e.confidence === 'high' ? 'high' : 'medium',
    };
    const id = keyId(e.key);
    m.set(id, [...(m.get(id) ?? []), facts]);
  }
  return m;
}

export function catalogEntries(key: string): CatalogFacts[] {
  index ??= load();
  return index.get(keyId(key)) ?? [];
}

/** All catalog entries (for the UI and tests). */
export function catalogSize(): number {
  index ??= load();
  let n = 0;
  for (const v of index.values()) n += v.length;
  return n;
}

/** Pick the catalog entry for a document, or list the candidates. Mutates `doc`. */
export function enrich(doc: RefDocument, articleDate?: string): void {
  const all = catalogEntries(doc.key);
  if (!all.length) return;
  let fit = all;
  if (doc.term) fit = all.filter((e) => e.term === doc.term);
  else if (doc.date) fit = all.filter((e) => e.date === doc.date || (e.term && e.term === termOfDate(doc.date!)));
  else if (all.length > 1 && articleDate) {
    // The most recent entry that predates the article (party-documents.md §12 (3)).
    const before = all.filter((e) => e.date && e.date <= articleDate).sort((a, b) => (a.date! < b.date! ? 1 : -1));
    fit = before.length ? [before[0]] : all;
  }
  if (fit.length !== 1) {
    if (fit.length > 1) doc.candidates = fit;
    return;
  }
  const e = fit[0];
  doc.catalog = e;
  const fill = (field: 'body' | 'term' | 'date' | 'title', value: string | null) => {
    if (value && !doc[field]) {
      doc[field] = value;
      doc.sources[field] = 'catalog';
    }
  };
  fill('body', e.body);
  fill('term', e.term);
  fill('date', e.date);
  fill('title', e.title);
}
