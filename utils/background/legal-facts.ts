/**
 * On a legal database's page of one document, the page's metadata table is that document's own
 * record: its date of issue and issuing body, printed by the page, are facts of the document the
 * text cites under that number (marked as the site's, and saved with the page as their source).
 * Only the document whose key is the page's number gets them; every other reference is untouched.
 */
import type { LegalDocumentMeta } from '../article/types';
import { forgetCatalogEntry } from '../refs/forget';
import { foldText } from '../refs/normalize';
import type { ExtractResult, RefDocument } from '../refs/types';
import { PARTY_BODIES, STATE_BODIES } from '../refs/vocabulary';

/** Number as a comparison key: case, spaces and Đ/D do not make two numbers differ. */
function numberKey(s: string): string {
  return s.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Đ/g, 'D');
}

/**
 * The page's own document among those the engine found, if the page names it by its number and the
 * text holds exactly one document of that number (a page may also cite an older one of another term).
 */
export function pageDocument(result: ExtractResult, meta: LegalDocumentMeta | undefined): RefDocument | undefined {
  if (!meta?.number) return undefined;
  const want = numberKey(meta.number);
  const found = result.documents.filter((d) => numberKey(d.key) === want);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Fill the page's own document's gaps from what the page prints about it. Mutates `result`. The
 * text's own facts stand. A date of issue other than the catalog entry's means the entry was another
 * document of that number: its facts go, not mixed with the page's. Anything else replaced (what the
 * library said) stays beside, as another source's word.
 */
export function applyLegalMeta(result: ExtractResult, meta: LegalDocumentMeta | undefined): void {
  const doc = pageDocument(result, meta);
  if (!doc || !meta) return;
  if (meta.date && doc.sources.date === 'catalog' && doc.date !== meta.date) forgetCatalogEntry(doc);
  const fill = (f: 'date' | 'body', v: string | undefined) => {
    const was = doc.sources[f];
    if (!v || was === 'text' || doc[f] === v) return;
    if (doc[f] && (was === 'library' || was === 'reader')) {
      const others = (doc.others ??= {});
      (others[f] ??= []).push({ value: doc[f]!, from: was });
    }
    doc[f] = v;
    doc.sources[f] = 'site';
  };
  fill('date', meta.date);
  fill('body', meta.issuer && bodyName(meta.issuer));
}



/**
 * The issuer as a reader names it: a body the engine knows by its own name ("BAN CHẤP HÀNH TRUNG
 * ƯƠNG" → "Ban Chấp hành Trung ương"), else as printed, in sentence case when printed in capitals.
 */
function bodyName(printed: string): string {
  const folded = foldText(printed).replace(/\s+/g, ' ').trim();
  const known = [...PARTY_BODIES, ...STATE_BODIES].find(([re]) => { const m = re.exec(folded); return m && m[0].length === folded.length; });
  if (known) return known[2];
  if (printed !== printed.toUpperCase()) return printed;
  const lower = printed.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
