/**
 * Stage 4: facts about central party documents from the bundled catalog
 * (../shared/data/catalog.json, each entry with its source and confidence).
 * Numbers restart every term, so (key, term) identifies an entry and key alone may not:
 * an entry is picked only when the term or date agrees or it is the only one; otherwise the
 * document gets the candidates. What the article says always wins over the catalog.
 */
import raw from './catalog.json';
import type { CatalogFacts, ExtractResult, RefDocument } from './types';
import { identify } from './identity';
import type { Folded } from './normalize';

type RawEntry = Omit<CatalogFacts, 'confidence'> & { confidence: string; kind?: string };

/** Comparison form of a key: case, Đ/D, TƯ/TW and zero padding do not matter. */
export function keyId(key: string): string {
  return key.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/TƯ/g, 'TW')
    .replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
}

let index: Map<string, CatalogFacts[]> | null = null;

function load(): Map<string, CatalogFacts[]> {
  const m = new Map<string, CatalogFacts[]>();
  for (const e of raw as RawEntry[]) {
    if (e.kind && e.kind !== 'document') continue; // plenums and congresses: meetings, not documents
    const facts: CatalogFacts = { ...e, confidence: e.confidence === 'high' ? 'high' : 'medium' };
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

/** Enrich every party document of a result from the catalog (one environment for all of them). */
export function enrichAll(result: ExtractResult, text: string, articleDate?: string, folded?: Folded): void {
  const citedIds = new Set(result.documents.map((d) => keyId(d.key)));
  for (const d of result.documents) if (d.party) enrich(d, { text, mentions: result.mentions, citedIds, articleDate, folded });
}

export interface EnrichEnv {
  text: string;
  /** Every mention of the text (the document's own are found through `doc.mentions`). */
  mentions: ReadonlyArray<{ start: number; end: number }>;
  /** Comparison ids (keyId) of every document the text cites. */
  citedIds: ReadonlySet<string>;
  articleDate?: string;
  folded?: Folded;
}

/** Pick the catalog entry the evidence settles, or offer the candidates. Mutates `doc`; what the
 *  text says is never overwritten. */
export function enrich(doc: RefDocument, env: EnrichEnv): void {
  const all = catalogEntries(doc.key);
  if (!all.length) return;
  const id = identify(doc, all, {
    text: env.text,
    spans: doc.mentions.map((i) => env.mentions[i]).filter(Boolean),
    citedIds: env.citedIds,
    keyId,
    articleDate: env.articleDate,
    folded: env.folded,
  });
  if (!id.pick) {
    if (id.candidates.length) doc.candidates = id.candidates;
    if (id.decidedBy.length) doc.decidedBy = id.decidedBy;
    return;
  }
  const e = id.pick;
  doc.catalog = e;
  doc.decidedBy = id.decidedBy;
  const fill = (field: 'body' | 'term' | 'date' | 'title', value: string | null | undefined) => {
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
