/** Public types of the reference engine. Offsets are UTF-16 code units into the text given. */

export type Term = string; // Roman numeral of the Central Committee / congress term: "XII"

/** Where a fact about a document came from. */
/** library: a saved article's fact; reader: the reader's own correction (both set by the extension). */
export type FactSource = 'text' | 'catalog' | 'library' | 'reader' | 'site';

export interface Mention {
  start: number;
  end: number;
  /** Canonical key (../shared/docs/corpus-format.md): "18-NQ/TW", "NQ-HNTW4-XII", "01/NQ-CP". */
  key: string;
  /** The printed span, `text.slice(start, end)`. */
  text: string;
  /** How the text names the document. */
  form: 'full' | 'short' | 'symbol' | 'plenum' | 'congress';
  /** Index of the document in `ExtractResult.documents`. */
  doc: number;
  /** Other documents of the passage this mention may name: a short form after two same-numbered
   *  citations of different issuers, or a bare number after the same symbol of two terms. `doc`
   *  is the likelier (the one just cited); the card offers these beside it. */
  maybe?: number[];
}

export interface CatalogSource {
  url: string;
  /** The fields this page states: "title", "date", "body", "term" … */
  says: string[];
}

export interface CatalogRelation {
  rel: 'replaces' | 'replacedBy' | 'amends' | 'amendedBy' | 'reviews' | 'reviewedBy' | 'implements' | 'continues';
  key: string;
  term?: string | null;
}

export interface CatalogFacts {
  key: string;
  type: string;
  body: string | null;
  term: Term | null;
  date: string | null;
  /** The official subject (trích yếu) and nothing else, or null when no source gives it. */
  title: string | null;
  /** An English wording of the subject, from an English-language source. */
  titleEn?: string | null;
  /** The plenum that adopted it. */
  plenum?: number | null;
  /** For a plenum-named resolution ("Nghị quyết Trung ương 4 khóa XII"): the numbered one it is. */
  numbered?: string;
  relations?: CatalogRelation[];
  /** The catalog's documents whose relations name this one, where their key names no other document
   *  (built when the catalog loads): cited beside it, they tell which same-numbered one it is. */
  relatedFrom?: Array<{ key: string; date: string | null }>;
  /** First source URL (kept for older readers of the catalog). */
  source: string;
  sources?: CatalogSource[];
  /** high: two sources on different hosts state it and none contradicts the date; else medium. */
  confidence: 'high' | 'medium';
  /** Values of a field that fewer sources state against the one given: shown beside it, never instead. */
  disputed?: Partial<Record<'body' | 'term' | 'date', string[]>>;
  note?: string | null;
  /** The plenum or congress that adopted it, with the days it met (from the catalog's meetings). */
  meeting?: CatalogMeeting;
}

export interface CatalogMeeting {
  kind: 'plenum' | 'congress';
  /** HNTW4-XII, ĐH-XIII */
  key: string;
  start: string | null;
  end: string | null;
  sources: CatalogSource[];
}

export interface RefDocument {
  key: string;
  party: boolean;
  /** Type abbreviation: NQ, KL, CT, QĐ, NĐ … */
  type: string;
  /** Type in words, Vietnamese: "Nghị quyết". */
  typeName: string;
  number?: string;
  /** Issuer symbol after the slash (party) or the issuing part of a state symbol. */
  issuer?: string;
  /** Issuing body in words. */
  body?: string;
  term?: Term;
  /** ISO date yyyy-mm-dd. */
  date?: string;
  title?: string;
  /** For plenum-named resolutions: which plenum. */
  /** The year printed with a number/year short form ("Quy định 80/2022"): tells same-numbered documents apart. */
  year?: string;
  plenum?: number;
  /** For a local document: the party organisation it belongs to ("Đảng bộ tỉnh Bắc Giang"). */
  locality?: string;
  /** Where each fact came from: the text, the catalog, the library, or (locality) the page's site. */
  sources: Partial<Record<'body' | 'term' | 'date' | 'title' | 'locality', FactSource>>;
  /** The catalog entry the document was matched to, when exactly one fits. */
  catalog?: CatalogFacts;
  /** Catalog entries that could be this document when the text does not settle which, most likely
   *  first: a guess offered to the reader, never shown as the answer. */
  candidates?: CatalogFacts[];
  /** Set by the extension when the reader picked this document among the candidates the text left
   *  open: the candidates as they were, so the choice can be undone. */
  chosenFrom?: { candidates: CatalogFacts[]; decidedBy?: string[] };
  /** What settled the catalog entry ("term XII in the text", "subject printed in the text"). */
  decidedBy?: string[];
  mentions: number[];
  /** Set by the extension: how many articles in the reader's library cite this document. */
  citedInSaved?: number;
  /**
   * What weaker sources say where they disagree with the fact shown ("other sources say …"): kept
   * beside it, never merged into it.
   */
  others?: Partial<Record<'body' | 'term' | 'date' | 'title', OtherFact[]>>;
}

/** A fact shown beside the one that won, with where it comes from. */
export interface OtherFact {
  value: string;
  from: 'text' | 'catalog' | 'library' | 'reader';
}

export interface ExtractOptions {
  /** Include state legal documents (party: false). Default true. */
  state?: boolean;
  /** Enrich from the bundled catalog. Default true. */
  catalog?: boolean;
  /** ISO date of the article, used to pick a term when the text gives none. */
  articleDate?: string;
  /** The party organisation whose paper the page is on ("Đảng bộ tỉnh Lào Cai"): the locality of a
   *  provincial document when the text does not name one. */
  locality?: string;
}

export interface ExtractResult {
  documents: RefDocument[];
  mentions: Mention[];
}
