/**
 * Messages between the content script, the background and the popup. Every message is a typed,
 * tagged object; `parseMessage` refuses anything else, since any extension page or content script
 * can send to the background, and the content script lives among untrusted pages. Who sends
 * which and what each answers: utils/protocols.ts; sending and serving them: utils/rpc.ts.
 */
import type { RefDocument } from './refs/types';
import type { LegalDocumentMeta } from './article/types';
import { LIMITS } from './limits';

/** What the popup shows about the page in a tab. */
export interface PageSummary {
  status: 'article' | 'not-article' | 'unsupported' | 'scanning';
  /** The page was scanned on the reader's request though it is not a detected article. */
  forced: boolean;
  title?: string;
  site?: string;
  published?: string;
  author?: string;
  canonicalUrl: string;
  /** Where the page was read (the library trusts canonicalUrl only on the same site). */
  pageUrl?: string;
  documents: RefDocument[];
}

/** An article and its citations as the library stores them (utils/db). */
export interface SavePayload {
  article: {
    url: string; title: string; site: string; author?: string; published?: string; lead?: string; text: string; lang?: string;
    /** The address the page was read at (not stored): the background trusts the canonical URL
     *  only when it names the same site. */
    pageUrl?: string;
  };
  documents: Array<{ doc: RefDocument; sentences: string[]; mentions: number }>;
}

/** The content script's answer to 'save-payload': the payload, or why there is nothing to save. */
export type SavePayloadReply =
  | { ok: true; payload: SavePayload }
  | { ok: false; reason: 'not-ready' | 'address-too-long' }
  | { ok: false; reason: 'too-long'; length: number; limit: number };

export type Message =
  /** Content script → background: find the references in an article's text (the engine and its
   *  catalog live in the background, off the page's main thread and out of the content script). */
  /** `locality`: the organisation of the page's site as the page's own detection read it; honoured
   *  only on a test host (elsewhere the background reads it from the sender's address). */
  /** `legal`: on a legal database's page of one document, what its metadata table prints (the
   *  background gives those facts to that document, marked as the site's). */
  /** `card`: the frame has no card code yet; a result with references brings it (injected after
   *  the reply, so the page sends no message of its own for it). The background also sets the
   *  badge from the result, so the page sends no page-status after highlighting. */
  | { type: 'extract'; text: string; articleDate?: string; state: boolean; locality?: string; legal?: LegalDocumentMeta; card?: true }
  /** Content script → background: what this tab's page holds, for the badge (a result's counts come
   *  with the extraction: this says what changed without one, e.g. the page is no longer an article). */
  | { type: 'page-status'; article: boolean; partyDocuments: number; stateDocuments: number }
  /** Content script → background: open the library's page of a document (the card's link; a content
   *  script cannot open an extension page itself). `id`: the record id, or a key. */
  | { type: 'open-library'; id: string }
  /** Content script's first stage → background: this frame may hold an article; load the second
   *  stage into it (utils/page/gate.ts). */
  /** `testSite`: on a test host, the site the page says it stands for (honoured only there). */
  | { type: 'load-page-script'; testSite?: string }
  /** Content script → background: load the hover card's code into this frame (first hover only). */
  | { type: 'load-card' }
  /** Background → content script: a keyboard command. */
  | { type: 'navigate'; direction: 'next' | 'previous' }
  /** → content script: close the card. */
  | { type: 'close-card' }
  /** Popup → content script: the page's summary (PageSummary). */
  | { type: 'get-page' }
  /** Popup → content script: scroll to a document's mention `position` (wrapping) and flash it. */
  | { type: 'focus-document'; key: string; position: number }
  | { type: 'choose-candidate'; key: string; index: number | null }
  /** Popup → content script: scan this page though it is not a detected article. */
  | { type: 'scan-anyway' }
  /** Popup → content script: the article and its citations, ready for the library (SavePayloadReply). */
  | { type: 'save-payload' }
  /** Popup → background: save (or update) the article in the library. */
  | { type: 'save-article'; payload: SavePayload }
  /** Popup → background: is this canonical URL saved, and when? */
  | { type: 'saved-status'; url: string; pageUrl?: string }
  /** Popup → background: star or unstar a document. */
  | { type: 'set-starred'; doc: RefDocument; starred: boolean }
  /** Popup → background: inject the content script into a tab the reader asked to scan. */
  | { type: 'inject'; tabId: number }
  /** Background → open extension pages: the library changed (an article saved, a document starred). */
  | { type: 'library-changed'; url?: string };

/** The longest article text accepted for extraction (characters): far above any real page. */
export const MAX_TEXT = LIMITS.extractText;
const MAX_DOCS = LIMITS.documents;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= LIMITS.mentions;
const isStr = (s: unknown, max: number): s is string => typeof s === 'string' && s.length <= max;
const optStr = (s: unknown, max: number) => s === undefined || isStr(s, max);
const isObj = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o);

/** A RefDocument as the engine makes it; anything else (or oversized) is refused. */
export function isRefDocument(d: unknown): d is RefDocument {
  if (!isObj(d)) return false;
  return isStr(d.key, 200) && d.key.length > 0 && typeof d.party === 'boolean' && isStr(d.type, 20) && isStr(d.typeName, 100) &&
    optStr(d.number, 20) && optStr(d.issuer, 40) && optStr(d.body, 300) && optStr(d.term, 10) && optStr(d.date, 30) &&
    optStr(d.title, 1000) && optStr(d.locality, LIMITS.short) && isSources(d.sources) &&
    Array.isArray(d.mentions) && d.mentions.length <= LIMITS.mentions &&
    (d.chosenFrom === undefined || (isObj(d.chosenFrom) && Array.isArray(d.chosenFrom.candidates)));
}

const SOURCE_FIELDS = new Set(['body', 'term', 'date', 'title', 'locality']);
const SOURCE_VALUES = new Set(['text', 'catalog', 'library', 'reader', 'site']);

/** Where each fact came from: a source of a known kind per known field ('reader' makes the reader's facts). */
function isSources(s: unknown): boolean {
  return isObj(s) && Object.entries(s).every(([k, v]) => SOURCE_FIELDS.has(k) && SOURCE_VALUES.has(v as string));
}

function isSavePayload(p: unknown): p is SavePayload {
  if (!isObj(p) || !isObj(p.article) || !Array.isArray(p.documents) || p.documents.length > MAX_DOCS) return false;
  const a = p.article;
  const articleOk = isStr(a.url, LIMITS.url) && /^https?:\/\//.test(a.url) && isStr(a.title, LIMITS.title) && isStr(a.site, LIMITS.short) &&
    optStr(a.author, LIMITS.short) && optStr(a.published, 40) && optStr(a.lead, LIMITS.lead) && isStr(a.text, LIMITS.articleText) &&
    optStr(a.lang, 10) && optStr(a.pageUrl, LIMITS.url);
  return articleOk && p.documents.every((e) => isObj(e) && isRefDocument(e.doc) && isCount(e.mentions) &&
    Array.isArray(e.sentences) && e.sentences.length <= 50 && e.sentences.every((s) => isStr(s, 2000)));
}

/** A legal page's own metadata, copied field by field: short strings, a date as yyyy-mm-dd.
 *  Anything else is left out (the text is still read). */
function legalMetaOf(l: unknown): LegalDocumentMeta | undefined {
  if (!isObj(l)) return undefined;
  const out: LegalDocumentMeta = {};
  for (const k of ['number', 'typeName', 'issuer', 'signer'] as const) {
    const v = l[k];
    if (typeof v === 'string' && v && v.length <= LIMITS.short) out[k] = v;
  }
  if (typeof l.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(l.date)) out.date = l.date;
  return Object.keys(out).length ? out : undefined;
}

const withLegal = (l: unknown) => { const legal = legalMetaOf(l); return legal ? { legal } : {}; };

/**
 * A raw message as one of VanKien's, checked field by field; null for anything else. One validator
 * per direction: the page script carries only what it answers (the popup's and the background's
 * requests to a page), not the background's validators of saves and extraction requests.
 */
export function parseMessage(m: unknown): Message | null {
  return parseContentMessage(m) ?? parseExtensionMessage(m);
}

/** The requests a page's content script answers (utils/protocols.ts CONTENT_CALLERS). */
export function parseContentMessage(m: unknown): Message | null {
  if (!isObj(m)) return null;
  const o = m;
  switch (o.type) {
    case 'navigate':
      return o.direction === 'next' || o.direction === 'previous' ? { type: 'navigate', direction: o.direction } : null;
    case 'close-card':
    case 'get-page':
    case 'scan-anyway':
    case 'save-payload':
      return { type: o.type };
    case 'choose-candidate':
      return isStr(o.key, 200) && (o.index === null || (Number.isInteger(o.index) && (o.index as number) >= 0 && (o.index as number) < 100))
        ? { type: 'choose-candidate', key: o.key, index: o.index as number | null } : null;
    case 'focus-document':
      return isStr(o.key, 200) && Number.isInteger(o.position) ? { type: 'focus-document', key: o.key, position: o.position as number } : null;
    default:
      return null;
  }
}

/** The requests the background and the extension's pages answer. */
function parseExtensionMessage(m: unknown): Message | null {
  if (!isObj(m)) return null;
  const o = m;
  switch (o.type) {
    case 'extract':
      return isStr(o.text, MAX_TEXT) && typeof o.state === 'boolean' &&
        (o.articleDate === undefined || (typeof o.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(o.articleDate)))
        && (o.locality === undefined || isStr(o.locality, 200))
        && (o.card === undefined || o.card === true)
        ? { type: 'extract', text: o.text, state: o.state, ...(o.articleDate ? { articleDate: o.articleDate.slice(0, 10) } : {}), ...(o.locality ? { locality: o.locality as string } : {}), ...withLegal(o.legal), ...(o.card ? { card: true as const } : {}) }
        : null;
    case 'page-status':
      return typeof o.article === 'boolean' && isCount(o.partyDocuments) && isCount(o.stateDocuments)
        ? { type: 'page-status', article: o.article, partyDocuments: o.partyDocuments, stateDocuments: o.stateDocuments }
        : null;
    case 'open-library':
      return isStr(o.id, 300) && o.id.trim() ? { type: 'open-library', id: o.id } : null;
    case 'save-article':
      return isSavePayload(o.payload) ? { type: 'save-article', payload: o.payload } : null;
    case 'saved-status':
      return isStr(o.url, LIMITS.url) && optStr(o.pageUrl, LIMITS.url)
        ? { type: 'saved-status', url: o.url, ...(typeof o.pageUrl === 'string' ? { pageUrl: o.pageUrl } : {}) }
        : null;
    case 'set-starred':
      return isRefDocument(o.doc) && typeof o.starred === 'boolean' ? { type: 'set-starred', doc: o.doc, starred: o.starred } : null;
    case 'library-changed':
      return o.url === undefined || isStr(o.url, 4096) ? { type: 'library-changed', ...(o.url !== undefined ? { url: o.url as string } : {}) } : null;
    case 'load-card':
      return { type: 'load-card' };
    case 'load-page-script':
      return isStr(o.testSite, 253) && o.testSite ? { type: 'load-page-script', testSite: o.testSite } : { type: 'load-page-script' };
    case 'inject':
      return isCount(o.tabId) ? { type: 'inject', tabId: o.tabId } : null;
    default:
      return null;
  }
}

/** What the badge counts in an extraction result: the one reading of it for the background (which
 *  sets the badge when it answers) and the page (which then knows the badge says so already). */
export function documentCounts(result: { documents: ReadonlyArray<{ party: boolean }> }): { partyDocuments: number; stateDocuments: number } {
  const partyDocuments = result.documents.filter((d) => d.party).length;
  return { partyDocuments, stateDocuments: result.documents.length - partyDocuments };
}

/** The badge text for a count of party documents: nothing for none, "99+" past two digits. */
export function badgeText(partyDocuments: number): string {
  if (partyDocuments <= 0) return '';
  return partyDocuments > 99 ? '99+' : String(partyDocuments);
}
