/**
 * What the hover card shows for one mention: the document's facts (from the article, else from the
 * catalog, marked as such) and the sentence around this mention. Pure data: the card renders it as
 * text nodes only.
 */
import type { ExtractResult, RefDocument } from '../refs';
import type { OtherFact } from '../refs/types';
import { formatDate } from '../format-date';
import { parseKey } from '../refs/keys';
import { sourceRank } from '../refs/source-rank';
import { quoteAround, type Quote } from './sentence';
import { whyMatched } from './why';

export interface CardField {
  label: string;
  value: string;
  /** The value comes from VanKien's catalog, not from this article. */
  fromCatalog?: boolean;
  /** The catalog marks this fact as less certain. */
  lowConfidence?: boolean;
  /** Learned from an article the reader saved earlier. */
  fromLibrary?: boolean;
  /** The reader's own correction, made in the library, or (`chosen`) their pick among the candidates. */
  fromReader?: boolean;
  chosen?: boolean;
  /** Known from the site the page is on (a provincial paper's own organisation), not the text. */
  fromSite?: boolean;
  /** What other sources say instead (a saved article's description): shown beside, never instead. */
  others?: Array<{ value: string; from: OtherFact['from'] | 'sources' }>;
}

export interface CardModel {
  key: string;
  party: boolean;
  heading: string;
  fields: CardField[];
  sentence: string;
  /** The same sentence in parts, the mention set apart. */
  quote: Quote;
  /** Catalog entries that could be the document when the text does not settle which, most likely
   *  first: offered as a guess, never shown as the document's facts. */
  candidates: CardCandidate[];
  /** The candidates are a guess (nothing in the text decides). */
  guess: boolean;
  /** The reader picked this document among the candidates (undoable). */
  chosen: boolean;
  /** First catalog source (kept for older callers). */
  source?: string;
  /** Where the catalog's facts come from: pages the reader can open. */
  sources: Array<{ url: string; host: string }>;
  /** Why this catalog entry (the engine's reasons, in English). */
  decidedBy: string[];
  /** The same in the reader's words, for the catalog's facts: empty when none is shown. */
  why: string[];
  /** A plenum-named resolution the catalog ties to a numbered one. */
  numbered?: string;
  /** Relations the catalog records (replaces, reviews …). */
  relations: Array<{ rel: string; key: string }>;
  mentionCount: number;
  /** Other documents named by the same span (a list: "Nghị quyết 66 và 68"). */
  alsoNamed: string[];
  /** Other documents of the article this mention may name, the text not deciding (Mention.maybe):
   *  a line each, heading then what tells them apart. */
  maybe: string[];
  /** How many articles in the reader's library cite the document. */
  citedInSaved: number;
}

export interface CardCandidate {
  key: string;
  numbered?: string;
  body: string | null;
  term: string | null;
  date: string | null;
  title: string | null;
  confidence: 'high' | 'medium';
  source?: string;
  /** The source's host, the link's label. */
  host?: string;
}

export type Lang = 'vi' | 'en';

function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; }
}

const LABELS: Record<Lang, Record<string, string>> = {
  vi: { locality: 'Tổ chức đảng', symbol: 'Số, ký hiệu', body: 'Cơ quan ban hành', term: 'Khóa', date: 'Ngày ban hành', title: 'Trích yếu', state: 'Văn bản nhà nước', party: 'Văn bản của Đảng', plenum: 'Hội nghị Trung ương', congress: 'Đại hội', plenumMet: 'Hội nghị họp', congressMet: 'Đại hội họp' },
  en: { locality: 'Party organisation', symbol: 'Number', body: 'Issued by', term: 'Term', date: 'Date', title: 'Subject', state: 'State document', party: 'Party document', plenum: 'Central Committee plenum', congress: 'Congress', plenumMet: 'Plenum met', congressMet: 'Congress met' },
};

/** A reader's name for the document: "Nghị quyết Hội nghị Trung ương 4 khóa XII", not "NQ-HNTW4-XII". */
export function headingOf(doc: RefDocument, lang: Lang): string {
  const L = LABELS[lang];
  const term = doc.term ? (lang === 'vi' ? ` khóa ${doc.term}` : `, term ${doc.term}`) : '';
  const kind = parseKey(doc.key)?.kind;
  if (kind === 'plenum') {
    return lang === 'vi' ? `${doc.typeName} ${L.plenum} ${doc.plenum ?? ''}${term}`.trim() : `${L.plenum} ${doc.plenum ?? ''} resolution${term}`;
  }
  if (kind === 'local-congress') {
    // "Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX": a local congress names its organisation.
    if (lang === 'en') return `Resolution of Congress ${doc.term ?? ''} of ${doc.locality ?? 'a local Party organisation'}`.replace('  ', ' ');
    return `${doc.typeName} Đại hội ${doc.locality ?? 'Đảng bộ'}${doc.term ? ` lần thứ ${doc.term}` : ''}`;
  }
  if (kind === 'congress') return `${doc.typeName} ${L.congress}${doc.term ? ` ${doc.term}` : ''}`;
  return `${doc.typeName} ${doc.number ? (lang === 'vi' ? 'số ' : 'No. ') + doc.key : doc.key}`;
}

/** One line that tells a document from its same-numbered sibling: heading, issuer or organisation, term, date, subject. */
function describe(doc: RefDocument, lang: Lang): string {
  const term = doc.term && (lang === 'vi' ? `khóa ${doc.term}` : `term ${doc.term}`);
  return [headingOf(doc, lang), doc.locality ?? doc.body, term, doc.date && formatDate(doc.date, lang), doc.title]
    .filter(Boolean).join(' · ');
}

/** "8–11/10/2016", "28/6–1/7/1996", or one day when only one is known. */
export function formatMeeting(start: string | null, end: string | null, lang: Lang): string | undefined {
  const a = start ? formatDate(start, lang) : undefined, b = end ? formatDate(end, lang) : undefined;
  if (!a || !b || a === b) return a ?? b;
  if (lang === 'en') return `${a} to ${b}`;
  const [da, ma, ya] = a.split('/'), [, mb, yb] = b.split('/');
  if (ya !== yb) return `${a}–${b}`;
  return ma === mb ? `${da}–${b}` : `${da}/${ma}–${b}`;
}

/** At most three links, strongest first; blogs and shared documents only when nothing better exists. */
function shownSources(doc: RefDocument): Array<{ url: string; host: string }> {
  const all = (doc.catalog?.sources ?? (doc.catalog?.source ? [{ url: doc.catalog.source, says: [] }] : []))
    .filter((s) => /^https?:\/\//.test(s.url))
    .map((s) => ({ url: s.url, host: hostOf(s.url), rank: sourceRank(s.url) }))
    .sort((a, b) => a.rank - b.rank);
  const best = all[0]?.rank ?? 0;
  return all.filter((s) => s.rank < 3 || best === 3).slice(0, 3).map(({ url, host }) => ({ url, host }));
}

function meetingField(doc: RefDocument, L: Record<string, string>, lang: Lang, lowConfidence: boolean): CardField | null {
  const meeting = doc.catalog?.meeting;
  const value = meeting && formatMeeting(meeting.start, meeting.end, lang);
  if (!meeting || !value) return null;
  return { label: meeting.kind === 'plenum' ? L.plenumMet : L.congressMet, value, fromCatalog: true, lowConfidence };
}

export function cardModel(result: ExtractResult, mentionIndex: number, text: string, lang: Lang = 'vi'): CardModel | null {
  const m = result.mentions[mentionIndex];
  const doc = m && result.documents[m.doc];
  if (!doc) return null;
  const L = LABELS[lang];
  const conf = doc.catalog?.confidence === 'medium';
  const field = (label: string, value: string | undefined, name?: 'body' | 'term' | 'date' | 'title' | 'locality'): CardField | null => {
    if (!value) return null;
    const from = name ? doc.sources[name] : undefined;
    const othersOf: Array<{ value: string; from: OtherFact['from'] | 'sources' }> = [...(name && name !== 'locality' ? doc.others?.[name] ?? [] : [])];
    // The catalog's own sources disagree: what the others say is shown with the catalog's fact.
    if (from === 'catalog' && (name === 'body' || name === 'term' || name === 'date')) {
      for (const v of doc.catalog?.disputed?.[name] ?? []) othersOf.push({ value: v, from: 'sources' });
    }
    const others = othersOf.length ? { others: othersOf.map((o) => ({ value: name === 'date' ? formatDate(o.value, lang) ?? o.value : o.value, from: o.from })) } : {};
    if (from === 'library') return { label, value, fromLibrary: true, ...others };
    if (from === 'reader') return { label, value, fromReader: true, ...(name === 'term' && doc.chosenFrom ? { chosen: true } : {}), ...others };
    if (from === 'site') return { label, value, fromSite: true };
    return { label, value, ...(from === 'catalog' ? { fromCatalog: true, lowConfidence: conf } : {}), ...others };
  };
  const quote = quoteAround(text, m.start, m.end);
  const fields = [
    field(L.symbol, doc.number ? doc.key : undefined),
    field(L.body, doc.body, 'body'),
    field(L.locality, doc.number ? doc.locality : undefined, 'locality'),
    field(L.term, doc.term, 'term'),
    field(L.date, doc.date && formatDate(doc.date, lang), 'date'),
    field(L.title, doc.title, 'title'),
    meetingField(doc, L, lang, conf),
  ].filter((f): f is CardField => f !== null);
  return {
    key: doc.key,
    party: doc.party,
    heading: headingOf(doc, lang),
    fields,
    sentence: `${quote.before}${quote.mention}${quote.after}`.trim(),
    quote,
    candidates: (doc.candidates ?? []).map((c) => ({
      key: c.key, numbered: c.numbered, body: c.body, term: c.term, date: c.date ? formatDate(c.date, lang) ?? c.date : null,
      title: c.title ?? c.titleEn ?? null, confidence: c.confidence, source: c.source, host: c.source ? hostOf(c.source) : undefined,
    })),
    guess: !doc.catalog && (doc.candidates?.length ?? 0) > 0,
    chosen: !!doc.chosenFrom,
    source: doc.catalog?.source,
    sources: shownSources(doc),
    decidedBy: doc.decidedBy ?? [],
    why: doc.catalog && !doc.chosenFrom ? whyMatched(doc.decidedBy ?? [], lang) : [],
    numbered: doc.catalog?.numbered,
    relations: (doc.catalog?.relations ?? []).map((r) => ({ rel: r.rel, key: r.key })),
    mentionCount: doc.mentions.length,
    citedInSaved: doc.citedInSaved ?? 0,
    maybe: (m.maybe ?? []).map((d) => result.documents[d]).filter(Boolean).map((d) => describe(d, lang)),
    alsoNamed: result.mentions
      .filter((o) => o !== m && o.start === m.start && o.end === m.end)
      .map((o) => headingOf(result.documents[o.doc], lang)),
  };
}
