/**
 * Exports of the library: a complete JSON backup that ./import.ts reads back exactly, CSV tables for
 * spreadsheets and CSL-JSON for reference managers (Zotero). Each returns the file's text.
 */
import type { CatalogFacts } from '../refs/types';
import { loadCatalog } from '../refs/catalog-loader';
import type { ArticleRecord, CitationRecord, DocumentRecord, Library } from '../db';
import { siteFor } from '../article/sites';
import { FACT_FIELDS } from '../db';
import { shownRecord } from './precedence';

export const BACKUP_FORMAT = 'vankien-library';
/** 2: documents may carry `locality`, reader facts (`from: 'reader'`) and agreeing articles (`also`). */
export const BACKUP_VERSION = 2;

export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  /** The file's own version: 1 (before organisations and corrections) is read as well. */
  version: 1 | typeof BACKUP_VERSION;
  exportedAt: string;
  articles: ArticleRecord[];
  documents: DocumentRecord[];
  citations: CitationRecord[];
}

/** Every record as stored, read in one transaction (a consistent snapshot), in key order. */
export function backupOf(library: Library): Promise<LibraryBackup> {
  return library.transaction('readonly', async (tx) => {
    const [articles, documents, citations] = await Promise.all([
      tx.objectStore('articles').getAll(), tx.objectStore('documents').getAll(), tx.objectStore('citations').getAll(),
    ]);
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), articles, documents, citations };
  });
}

export async function exportJson(library: Library): Promise<string> {
  return JSON.stringify(await backupOf(library));
}

/* ---------------------------------------------------------------- CSV */

/**
 * One RFC 4180 field. A value a spreadsheet would run as a formula (starting with = + - @, or a tab
 * or carriage return that some strip first) gets a leading apostrophe: a title like "=HYPERLINK(…)"
 * from a hostile page must stay text.
 */
export function csvField(value: string | number | boolean | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: CRLF line ends, and a byte order mark so Excel reads the Vietnamese as UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined | null>>): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

export const ARTICLE_COLUMNS = ['url', 'title', 'site', 'author', 'published', 'savedAt', 'documents', 'documentIds'] as const;
export const DOCUMENT_COLUMNS = ['key', 'type', 'typeName', 'party', 'issuer', 'body', 'term', 'locality', 'date', 'title', 'citedIn', 'lastCited', 'starred', 'sources'] as const;

/** Per article, the ids (key@term|organisation) of the documents it cites, in one read. */
function documentIdsByArticle(library: Library): Promise<Map<string, string[]>> {
  return library.transaction('readonly', async (tx) => {
    const out = new Map<string, string[]>();
    for (const c of await tx.objectStore('citations').getAll()) out.set(c.articleUrl, [...(out.get(c.articleUrl) ?? []), c.docId]);
    return out;
  });
}

export async function exportCsv(library: Library, table: 'articles' | 'documents'): Promise<string> {
  if (table === 'articles') {
    const [list, ids] = [await library.listArticles(), await documentIdsByArticle(library)];
    return toCsv([ARTICLE_COLUMNS, ...list.map((a) => [a.url, a.title, a.site, a.author, a.published, a.savedAt, a.documents, (ids.get(a.url) ?? []).sort().join('; ')])]);
  }
  const list = await library.listDocuments();
  const { catalogEntries } = await loadCatalog();
  // The facts as the reader sees them (a saved article's loose description gives way to the catalog's
  // entry of the same document), with where each came from and what the weaker source said.
  return toCsv([DOCUMENT_COLUMNS, ...list.map(({ doc, citedIn }) => {
    const { doc: d, from, others } = shownRecord(doc, catalogEntries(doc.key));
    const sources = FACT_FIELDS.filter((f) => from[f]).map((f) => `${f}: ${from[f]}${others[f] ? ` (other: ${others[f]!.map((o) => `${o.value} [${o.from}]`).join(' | ')})` : ''}`).join('; ');
    return [d.key, d.type, d.typeName, d.party, d.issuer, d.body, d.term, d.locality, d.date, d.title, citedIn, d.lastCited, d.starred, sources];
  })]);
}

/* ---------------------------------------------------------------- CSL-JSON */

export interface CslDate {
  'date-parts'?: Array<[number] | [number, number] | [number, number, number]>;
  raw?: string;
}

/** The CSL-JSON item of a saved article (the variables of the CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  URL: string;
  issued?: CslDate;
  accessed: CslDate;
  author?: Array<{ literal: string }>;
  abstract?: string;
  language: string;
}

/** An ISO date's parts as written (a published date keeps the paper's own day, not UTC's). */
export function cslDate(iso: string): CslDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return { raw: iso };
  const parts = [Number(m[1]), ...(m[2] ? [Number(m[2])] : []), ...(m[3] ? [Number(m[3])] : [])];
  return { 'date-parts': [parts as [number, number, number]] };
}

/** The paper's name; on a whole domain (*.gov.vn, any other .vn site) the site's own host, not the
 *  domain's description. */
function containerTitle(site: string, host: string): string {
  const known = siteFor(site) ?? siteFor(host);
  return known && !known.domain ? known.name : site;
}

export function cslItem(a: Omit<ArticleRecord, 'text'>): CslItem {
  let host = a.site;
  try { host = new URL(a.url).hostname; } catch { /* the stored site is the host already */ }
  return {
    id: a.url, type: 'article-newspaper', title: a.title,
    'container-title': containerTitle(a.site, host), URL: a.url,
    ...(a.published ? { issued: cslDate(a.published) } : {}),
    accessed: cslDate(a.savedAt),
    ...(a.author ? { author: [{ literal: a.author }] } : {}),
    ...(a.lead ? { abstract: a.lead } : {}),
    language: a.lang || 'vi',
  };
}

/** The CSL-JSON item of a document in the library, with the facts as the reader sees them. */
export interface CslDocument {
  id: string;
  /** State documents are legislation; party documents have no CSL type of their own. */
  type: 'legislation' | 'document';
  title: string;
  number: string;
  authority?: string;
  issued?: CslDate;
  genre: string;
  note?: string;
  language: 'vi';
}

/** `entries`: the catalog's entries of a key (utils/refs/catalog.ts catalogEntries). */
export function cslDocument(rec: DocumentRecord, entries: (key: string) => CatalogFacts[]): CslDocument {
  const { doc: d, from } = shownRecord(rec, entries(rec.key));
  const said = FACT_FIELDS.filter((f) => from[f]).map((f) => `${f}: ${from[f] === 'reader' ? 'reader' : from[f] === 'catalog' ? 'VanKien catalog' : 'saved article'}`);
  return {
    id: `vankien:${d.id}`, type: d.party ? 'document' : 'legislation',
    title: [`${d.typeName} ${d.key}`, d.title].filter(Boolean).join(' '), number: d.key, genre: d.typeName,
    ...(d.body ? { authority: d.body } : {}),
    ...(d.date ? { issued: cslDate(d.date) } : {}),
    note: [d.term ? `khóa ${d.term}` : '', d.locality ?? '', said.length ? `sources: ${said.join(', ')}` : ''].filter(Boolean).join('; ') || undefined,
    language: 'vi',
  };
}

/** The saved articles and, as citable items of their own, the documents they cite. */
export async function exportCslJson(library: Library): Promise<string> {
  const list = await library.listArticles();
  const docs = await library.listDocuments({ counts: false });
  const { catalogEntries } = await loadCatalog();
  return JSON.stringify([...list.map(cslItem), ...docs.map((k) => cslDocument(k.doc, catalogEntries))], null, 2);
}
