/**
 * Stage 4: facts about central party documents from the bundled catalog
 * (../shared/data/catalog.json, each entry with its source and confidence).
 * Numbers restart every term, so (key, term) identifies an entry and key alone may not:
 * an entry is picked only when the term or date agrees or it is the only one; otherwise the
 * document gets the candidates. What the article says always wins over the catalog.
 */
import { officialCut, officialEnd, officialTail, officialTailByWords, officialTailPurpose } from './official-tail';
import raw from './catalog.json';
import type { CatalogFacts, CatalogMeeting, CatalogSource, ExtractResult, RefDocument, Term } from './types';
import { DATE_SLACK_DAYS, SPANS_READ, identify, misprinted } from './identity';
import { formatKey, parseKey } from './keys';
import { TERMS, intToRoman, romanToInt, termOfDate } from './vocabulary';
import { fold, type Folded } from './normalize';
import { namesOf } from './identity-around';

type RawEntry = Omit<CatalogFacts, 'confidence'> & {
  confidence: string;
  kind?: string;
  start?: string | null;
  end?: string | null;
  sources?: CatalogSource[];
};

/** Comparison form of a key: case, Đ/D, TƯ/TW and zero padding do not matter. */
export function keyId(key: string): string {
  return key.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/TƯ/g, 'TW')
    .replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
}

let index: Map<string, CatalogFacts[]> | null = null;

/** The meeting that adopted a document: its plenum (by number and term), or the congress of a
 *  congress resolution. */
function meetingKeyOf(e: RawEntry): string | null {
  const k = parseKey(e.key);
  if (k?.kind === 'plenum' && k.term) return `HNTW${k.plenum}-${k.term}`;
  if (k?.kind === 'congress') return `ĐH-${k.term}`;
  return e.plenum && e.term ? `HNTW${e.plenum}-${e.term}` : null;
}

function load(): Map<string, CatalogFacts[]> {
  const meetings = new Map<string, { entry: RawEntry; meeting: CatalogMeeting }>();
  for (const e of raw as RawEntry[]) {
    if (e.kind !== 'plenum' && e.kind !== 'congress') continue;
    meetings.set(e.key, { entry: e, meeting: { kind: e.kind, key: e.key, start: e.start ?? null, end: e.end ?? null, sources: e.sources ?? [] } });
  }
  const m = new Map<string, CatalogFacts[]>();
  const add = (facts: CatalogFacts) => {
    const id = keyId(facts.key);
    m.set(id, [...(m.get(id) ?? []), facts]);
  };
  const named = new Set<string>();
  for (const e of raw as RawEntry[]) {
    if (e.kind && e.kind !== 'document') continue;
    const { kind: _kind, start: _start, end: _end, ...doc } = e;
    const meetingKey = meetingKeyOf(e);
    const meeting = meetingKey ? meetings.get(meetingKey)?.meeting : undefined;
    const k = parseKey(e.key);
    if (k?.kind === 'plenum' && k.code === 'NQ') named.add(e.key);
    add({ ...doc, confidence: e.confidence === 'high' ? 'high' : 'medium', ...(meeting ? { meeting } : {}) });
  }
  // A plenum the news names ("Nghị quyết Trung ương 8 khóa VIII") whose resolution the catalog does
  // not describe: what is known is the meeting itself — its term and the days it met, no subject.
  for (const { entry, meeting } of meetings.values()) {
    const n = /^HNTW(\d+)-([IVX]+)$/.exec(entry.key);
    if (!n) continue;
    const key = formatKey({ kind: 'plenum', code: 'NQ', plenum: Number(n[1]), term: n[2] });
    if (named.has(key)) continue;
    add({
      key, type: 'Nghị quyết', body: 'Ban Chấp hành Trung ương', term: n[2] as Term, date: null, title: null,
      plenum: Number(n[1]), source: meeting.sources[0]?.url ?? '', sources: meeting.sources,
      confidence: entry.confidence === 'high' ? 'high' : 'medium', meeting,
    });
  }
  relateBack(m);
  return m;
}

/** Each entry learns which entries' relations name it ("132-KL/TW continues 36-CT/TW"): a document
 *  cited beside one that names it is likelier that one (identity.ts). */
function relateBack(m: Map<string, CatalogFacts[]>): void {
  for (const list of m.values()) {
    // A key of several documents ("12-KL/TW" of 2011 and of 2021): which one a text cites is not known here.
    if (list.length !== 1) continue;
    const [e] = list;
    for (const r of e.relations ?? []) {
      const target = (m.get(keyId(r.key)) ?? []).find((t) => t.term === r.term);
      if (target && !(target.relatedFrom ??= []).some((x) => x.key === e.key)) target.relatedFrom.push({ key: e.key, date: e.date });
    }
  }
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
/** `earlierThan`: a document the text says is "của nhiệm kỳ trước", and the one of its number it
 *  precedes (null: the article's own term). */
export function enrichAll(result: ExtractResult, text: string, articleDate?: string, folded?: Folded,
  earlierThan?: ReadonlyMap<RefDocument, RefDocument | null>): void {
  const citedIds = new Set(result.documents.map((d) => keyId(d.key)));
  // A short form with no issuer ("Theo Kết luận 121, … tổng kết Nghị quyết 18") may be the central one
  // a candidate is related to: as evidence of which same-numbered document is meant, not as its key.
  for (const d of result.documents) {
    const k = d.party ? parseKey(d.key) : null;
    if (k?.kind === 'party' && !k.issuer) citedIds.add(keyId(formatKey({ ...k, issuer: 'TW' })));
  }
  const env = { text, mentions: result.mentions, citedIds, articleDate, folded, earlierThan };
  for (const d of result.documents) if (d.party) numberedNotPlenum(d, result, env);
  const printed = new Map(result.documents.map((d) => [d, d.sources.title === 'text' ? d.title : undefined]));
  for (const d of result.documents) if (d.party) enrich(d, env);
  notTwice(result.documents);
  listsOwnSubjects(result);
  endsWithEmbedded(result.documents, printed);
}

/**
 * "… về Chương trình hành động … thực hiện Nghị quyết số 08-NQ/TW … về phát triển du lịch trở thành
 * ngành kinh tế mũi nhọn, phấn đấu đến năm 2030": a subject that ends with another document's, as read,
 * ends where that one's does once the catalog has cut that one's short at its official end — where what
 * was cut is a clause after a comma.
 */
function endsWithEmbedded(docs: RefDocument[], printed: ReadonlyMap<RefDocument, string | undefined>): void {
  for (const inner of docs) {
    const was = printed.get(inner);
    if (!was || inner.sources.title !== 'text' || !inner.title || inner.title === was || !was.startsWith(inner.title)) continue;
    const dropped = was.slice(inner.title.length);
    // (Only a clause after a comma that says what the work aims at: "…, phấn đấu …", "…, tạo …". The
    // plan's own scope stays the plan's: "… trên địa bàn xã", "…, giai đoạn 2025 - 2030".)
    if (!/^\s*,\s*(?:phấn đấu|tạo|góp phần|nhằm|để|với mục tiêu|hướng tới|đồng thời|qua đó|từ đó)\s/u.test(dropped)) continue;
    for (const outer of docs) {
      const own = printed.get(outer);
      if (outer === inner || !own || outer.title !== own || own.length <= was.length || !own.endsWith(was)) continue;
      outer.title = own.slice(0, own.length - dropped.length);
    }
  }
}

/**
 * "Nghị quyết 43-NQ/TW, 45-NQ/TW … về xây dựng và phát triển thành phố Đà Nẵng, thành phố Hải Phòng …":
 * a subject printed once after a list is the list's. Where the item it was read for is settled and
 * the subject names a place that item's official subject does not but another item's does, the item
 * shows its own official subject; the printed one stays beside it, as the text's.
 */
function listsOwnSubjects(result: ExtractResult): void {
  const bySpan = new Map<string, RefDocument[]>();
  for (const d of result.documents) {
    const m = result.mentions[d.mentions[0]];
    if (!d.party || !m) continue;
    const k = `${m.start}:${m.end}`;
    const list = bySpan.get(k);
    if (list) list.push(d); else bySpan.set(k, [d]);
  }
  for (const items of bySpan.values()) {
    if (items.length < 2) continue;
    for (const d of items) {
      const own = d.catalog?.title;
      if (!own || d.sources.title !== 'text' || !d.title) continue;
      const mine = fold(own, { ascii: true }).text;
      const others = items.filter((o) => o !== d && o.catalog?.title).map((o) => fold(o.catalog!.title!, { ascii: true }).text);
      const theirs = namesOf(d.title, true).filter((n) => !mine.includes(n) && others.some((t) => t.includes(n)));
      if (!theirs.length) continue;
      ((d.others ??= {}).title ??= []).push({ value: d.title, from: 'text' });
      d.title = own;
      d.sources.title = 'catalog';
    }
  }
}

/** Two documents of the text are two because the text says so (a contrast, two subjects, two years):
 *  never one catalog entry. The later one gives it up, and is offered the other entries. */
function notTwice(docs: RefDocument[]): void {
  const seen = new Set<CatalogFacts>();
  for (const d of docs) {
    if (!d.catalog) continue;
    if (!seen.has(d.catalog)) { seen.add(d.catalog); continue; }
    const taken = d.catalog;
    for (const f of ['body', 'term', 'date', 'title'] as const) {
      if (d.sources[f] === 'catalog') { delete d[f]; delete d.sources[f]; }
    }
    delete d.catalog;
    const rest = catalogEntries(d.key).filter((e) => e !== taken && !seen.has(e));
    if (rest.length) d.candidates = rest;
    d.decidedBy = [`not ${taken.key} ${taken.term ?? ''}: another document of this text is that one`];
  }
  // Nor offered as what another document of the text may be ("Chỉ thị 35 của nhiệm kỳ trước" beside
  // "Chỉ thị số 35-CT/TW ngày 14/6/2024"): the candidates left.
  for (const d of docs) {
    if (d.catalog || !d.candidates?.some((e) => seen.has(e))) continue;
    const rest = d.candidates.filter((e) => !seen.has(e));
    if (!rest.length) continue;
    d.candidates = rest;
    d.decidedBy = [...(d.decidedBy ?? []), 'another document of this text is the other one'];
  }
}

/** "Resolution 10 of the 12th Party Central Committee on the private sector": English prints a
 *  plenum's resolution and a numbered one alike (match.ts reads a small number as the plenum's). Where
 *  the subject printed is the numbered resolution's of that term and none of that plenum's, it is that one. */
function numberedNotPlenum(doc: RefDocument, result: ExtractResult, env: EnrichEnv): void {
  const k = parseKey(doc.key);
  const first = result.mentions[doc.mentions[0]];
  if (k?.kind !== 'plenum' || !k.term || doc.sources.title !== 'text' || !first || !EN_NUMBERED_FORM.test(first.text)) return;
  const numbered = catalogEntries(`${k.plenum}-NQ/TW`).filter((e) => e.term === k.term);
  if (!numbered.length || result.documents.some((o) => o !== doc && keyId(o.key) === keyId(numbered[0].key))) return;
  const id = identify({ ...doc, plenum: undefined }, [...catalogEntries(doc.key), ...numbered], {
    text: env.text, spans: spansOf(doc, env), citedIds: env.citedIds, keyId, articleDate: env.articleDate, folded: env.folded,
  });
  if (!id.pick || !numbered.includes(id.pick) || !id.decidedBy.includes('subject printed in the text')) return;
  doc.key = id.pick.key;
  doc.number = id.pick.key.split('-')[0];
  delete doc.plenum;
  for (const m of doc.mentions) result.mentions[m].key = doc.key;
}
const EN_NUMBERED_FORM = /^resolution +(?:no\.? *)?\d{1,2} +of +the/i;

export interface EnrichEnv {
  text: string;
  /** Every mention of the text (the document's own are found through `doc.mentions`). */
  mentions: ReadonlyArray<{ start: number; end: number; form?: string }>;
  /** Comparison ids (keyId) of every document the text cites. */
  citedIds: ReadonlySet<string>;
  articleDate?: string;
  folded?: Folded;
  earlierThan?: ReadonlyMap<RefDocument, RefDocument | null>;
}

/** The spans of the document's first mentions, as many as identify reads: a document of a text
 *  made of references has tens of thousands, and every one of them copied is garbage. */
function spansOf(doc: RefDocument, env: EnrichEnv): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < doc.mentions.length && out.length < SPANS_READ; k++) {
    const m = env.mentions[doc.mentions[k]];
    if (m) out.push(m);
  }
  return out;
}

/**
 * A short form whose passage names no issuer keeps its key ("57-NQ": the issuer is never borrowed),
 * but the reader may be told which central document it most likely is — as a guess only, never as
 * the document's facts.
 */
function guessIssuer(doc: RefDocument, env: EnrichEnv): void {
  const k = doc.party ? parseKey(doc.key) : null;
  if (k?.kind !== 'party' || k.issuer) return;
  const central = catalogEntries(formatKey({ ...k, issuer: 'TW' }));
  if (!central.length) return;
  const id = identify(doc, central, {
    text: env.text,
    spans: spansOf(doc, env),
    citedIds: env.citedIds,
    keyId,
    articleDate: env.articleDate,
    folded: env.folded,
  });
  const candidates = id.pick ? [id.pick] : id.candidates;
  if (candidates.length) {
    doc.candidates = candidates;
    doc.decidedBy = [`no issuer in the text: the central ${doc.key}/TW is a guess`, ...id.decidedBy];
  }
}

/**
 * "Các Nghị quyết Trung ương 4" with no term: which term's fourth plenum is only a guess, offered
 * from the catalog's resolutions of that plenum of every term, most likely first (the subject
 * printed, the words around it), never shown as the document's facts.
 */
function guessTerm(doc: RefDocument, env: EnrichEnv): void {
  const k = doc.party ? parseKey(doc.key) : null;
  if (k?.kind !== 'plenum' || k.term) return;
  const all = TERMS.flatMap((term) => catalogEntries(formatKey({ ...k, term })));
  if (!all.length) return;
  const id = identify(doc, all, {
    text: env.text, spans: spansOf(doc, env), citedIds: env.citedIds, keyId, articleDate: env.articleDate, folded: env.folded, newestFirst: true,
  });
  // A handful at most: a card is no list of every term's plenum.
  const candidates = id.pick ? [id.pick] : id.candidates.slice(0, 4);
  if (candidates.length) {
    doc.candidates = candidates;
    doc.decidedBy = [`no term in the text: the plenum's resolution of each term is a guess`, ...id.decidedBy];
  }
}

/** The subject read from the text, run on through the rest of the official one where the text
 *  prints it (official-tail.ts). True when it did. */
function runOnToOfficial(doc: RefDocument, official: string | null | undefined, env: EnrichEnv): boolean {
  if (!official || !doc.title || doc.sources.title !== 'text') return false;
  const cut = officialEnd(doc.title, official) ?? officialCut(doc.title, official);
  if (cut) { doc.title = cut; return true; }
  for (const span of spansOf(doc, env)) {
    const whole = officialTail(env.text, doc.title, span.end, official) ?? officialTailByWords(env.text, doc.title, span.end, official)
      ?? officialTailPurpose(env.text, doc.title, span.end, official);
    if (whole) { doc.title = whole; return true; }
  }
  return false;
}

/** The text printed two dates for the document and the catalog's is one of them: that one is shown,
 *  the other kept beside it ("Quy định số 213-QĐ/TW, ngày 15/4/2020" and later "Ngày 02/01/2020, Bộ
 *  Chính trị ban hành Quy định số 213-QĐ/TW"). Both are the text's; the catalog only chooses. */
function sideWithTheCatalog(doc: RefDocument, e: CatalogFacts): void {
  const others = doc.others?.date;
  if (!e.date || !doc.date || doc.date === e.date || doc.sources.date !== 'text' || !others) return;
  const k = others.findIndex((o) => o.from === 'text' && o.value === e.date);
  if (k < 0) return;
  others[k] = { value: doc.date, from: 'text' };
  doc.date = e.date;
}

/** The text dates the document the evidence settles a few days off, or with its digits transposed (a
 *  misprint, or the day the article saw it published): the document's own date is the catalog's, where
 *  its sources agree on it; the article's is kept beside it. */
function preferCatalogDate(doc: RefDocument, e: CatalogFacts): void {
  if (doc.sources.date !== 'text' || !doc.date || !e.date || doc.date === e.date || !dateWellSourced(e)) return;
  const days = Math.abs(Date.parse(doc.date) - Date.parse(e.date)) / 86_400_000;
  // (A year mistyped identifies it but is shown as printed, the catalog's beside it: the gold corpus
  // keeps such a date as the article prints it.)
  const sameYear = doc.date.slice(0, 4) === e.date.slice(0, 4);
  if (!sameYear && misprinted(doc.date, e.date)) {
    ((doc.others ??= {}).date ??= []).push({ value: e.date, from: 'catalog' });
    return;
  }
  if (!(days <= DATE_SLACK_DAYS || (sameYear && misprinted(doc.date, e.date)))) return;
  showCatalogs(doc, 'date', e.date);
}

/** The catalog's date rests on two sources of different hosts, none against it (the entry may be of
 *  medium confidence for another field: a subject no source prints whole). */
function dateWellSourced(e: CatalogFacts): boolean {
  if (e.confidence === 'high') return true;
  if (e.disputed?.date?.length) return false;
  const hosts = new Set((e.sources ?? []).filter((x) => x.says?.includes('date')).map((x) => { try { return new URL(x.url).hostname.replace(/^www\./, ''); } catch { return x.url; } }));
  return hosts.size >= 2;
}

/** The article names another issuer than the document the evidence settles ("Nghị quyết 10-NQ/TW
 *  ngày 3/6/2017 của Bộ Chính trị", a Central Committee resolution): the press confuses the two, two
 *  agreeing sources do not. The catalog's is shown; the article's is kept beside it. */
function preferCatalogBody(doc: RefDocument, e: CatalogFacts): void {
  if (doc.sources.body !== 'text' || !doc.body || !e.body || e.confidence !== 'high') return;
  if (e.body.includes(doc.body) || doc.body.includes(e.body)) return;
  showCatalogs(doc, 'body', e.body);
}

/** The catalog's value shown for `field`, the article's kept beside it. */
/** A printed term its own printed date contradicts ("ngày 28/9/2018 … (khóa XIII)"), the date the
 *  catalog's entry's and in that entry's term: the term misprinted. The catalog's shown, the text's beside. */
function preferCatalogTerm(doc: RefDocument, e: CatalogFacts): void {
  if (doc.sources.term !== 'text' || !doc.term || !e.term || doc.term === e.term) return;
  if (doc.sources.date !== 'text' || !doc.date || doc.date !== e.date || termOfDate(doc.date) !== e.term) return;
  showCatalogs(doc, 'term', e.term);
}

function showCatalogs(doc: RefDocument, field: 'date' | 'body' | 'term', value: string): void {
  ((doc.others ??= {})[field] ??= []).push({ value: doc[field]!, from: 'text' });
  doc[field] = value;
  doc.sources[field] = 'catalog';
}

/** "Chỉ thị 35 của nhiệm kỳ trước": the entries of the term before the one it is said to precede (the
 *  document cited beside it, as the text or the catalog dates it, else the article's); all of them
 *  where that term is unknown or no entry is older. */
function ofTermBefore(all: CatalogFacts[], doc: RefDocument, env: EnrichEnv): CatalogFacts[] {
  if (!env.earlierThan?.has(doc)) return all;
  const cited = env.earlierThan.get(doc);
  const of = (cited && (cited.term ?? (cited.date ? termOfDate(cited.date) : undefined))) ?? (env.articleDate ? termOfDate(env.articleDate) : undefined);
  const now = of ? romanToInt(of) ?? 0 : 0;
  if (!now) return all;
  const before = all.filter((e) => e.term === intToRoman(now - 1));
  const older = before.length ? before : all.filter((e) => (romanToInt(e.term ?? '') ?? now) < now);
  return older.length ? older : all;
}

/** The key's entries; "Quy định 08 của Trung ương" is 08-QĐi/TW when the catalog knows no 08-QĐ/TW:
 *  the press drops the "i" of the Central Committee's regulations. A "Quyết định 05 của Bộ Chính
 *  trị" may as well be the personnel decision 05-QĐNS/TW, numbered apart: both are candidates. */
function entriesOf(doc: RefDocument, env: EnrichEnv): CatalogFacts[] {
  const all = catalogEntries(doc.key);
  const k = parseKey(doc.key);
  if (k?.kind !== 'party' || k.code !== 'QĐ' || k.issuer !== 'TW') return all;
  const shortOnly = doc.mentions.every((i) => env.mentions[i]?.form === 'short');
  const personnelKey = formatKey({ ...k, code: 'QĐNS' });
  // Cited by its own symbol elsewhere in the text: then this one is the other.
  const personnel = doc.typeName === 'Quyết định' && shortOnly && !env.citedIds.has(keyId(personnelKey)) ? catalogEntries(personnelKey) : [];
  if (all.length) return personnel.length ? [...all, ...personnel] : all;
  return personnel.length ? personnel : catalogEntries(formatKey({ ...k, code: 'QĐi' }));
}

/** Pick the catalog entry the evidence settles, or offer the candidates. Mutates `doc`: what the
 *  text says stays, but where the entry settled on shows it read on past its subject (subjectCut) or
 *  names another issuer (preferCatalogBody, the text's kept beside it). */
export function enrich(doc: RefDocument, env: EnrichEnv): void {
  const all = ofTermBefore(entriesOf(doc, env), doc, env);
  if (!all.length) return parseKey(doc.key)?.kind === 'plenum' ? guessTerm(doc, env) : guessIssuer(doc, env);
  const id = identify(doc, all, {
    text: env.text,
    spans: spansOf(doc, env),
    citedIds: env.citedIds,
    keyId,
    articleDate: env.articleDate,
    folded: env.folded,
  });
  // A personnel decision numbered apart is offered, first, never shown under the other one's key.
  if (id.pick && id.pick.key !== doc.key && id.pick.key.includes('-QĐNS/')) {
    id.candidates = [id.pick, ...all.filter((e) => e !== id.pick)];
    id.pick = undefined;
  }
  if (!id.pick) {
    if (id.candidates.length) doc.candidates = id.candidates;
    if (id.decidedBy.length) doc.decidedBy = id.decidedBy;
    // What the text prints is the text's, whichever candidate it is.
    for (const c of id.candidates) if (runOnToOfficial(doc, c.title, env)) break;
    return;
  }
  const e = id.pick;
  if (id.subjectCut && doc.sources.title === 'text') doc.title = id.subjectCut;
  runOnToOfficial(doc, e.title, env);
  sideWithTheCatalog(doc, e);
  doc.catalog = e;
  doc.decidedBy = id.decidedBy;
  const fill = (field: 'body' | 'term' | 'date' | 'title', value: string | null | undefined) => {
    if (value && !doc[field]) {
      doc[field] = value;
      doc.sources[field] = 'catalog';
    }
  };
  preferCatalogBody(doc, e);
  preferCatalogDate(doc, e);
  preferCatalogTerm(doc, e);
  fill('body', e.body);
  fill('term', e.term);
  fill('date', e.date);
  fill('title', e.title);
}
