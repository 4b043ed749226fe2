/**
 * VanKien's reference engine: finds references to Communist Party of Vietnam documents (and, as a
 * separate class, state legal documents) in plain text. A pure pipeline, no DOM or browser API:
 *   normalize (fold, keep an offset map) → match (candidates) → resolve (short forms, issuers,
 *   plenums) → enrich (the bundled catalog).
 * Never throws on page text; offsets are UTF-16 code units into the string given.
 */
import { enrichAll } from './catalog';
import { Context } from './context';
import { findCandidates } from './match';
import { Localities } from './locality';
import { MERGER_2025, mergedAway } from './provinces';
import { lastPart, parseKey } from './keys';
import { fold, joinSoftBreaks } from './normalize';
import { settleOpenMentions, type OpenMention } from './open-mentions';
import { SplitBySubject, sameSubject } from './split-by-subject';
import { resolve, type ResolvedItem } from './resolve';
import { CLAUSE, SENTENCE, stopAfter, type Stops } from './sentence';
import type { ExtractOptions, ExtractResult, Mention, RefDocument } from './types';
import { TYPE_NAMES, TYPE_WORDS, romanToInt, termOfDate, termsOfYear } from './vocabulary';

export type { ExtractOptions, ExtractResult, Mention, RefDocument, CatalogFacts } from './types';
export { keyId, catalogEntries } from './catalog';
export { formatKey, parseKey, type KeyKind, type KeyParts } from './keys';

/** Cheap check before the full pipeline: does the text contain anything worth folding? */
// (Fullwidth digits fold to digits too; a plenum in words, "the Fourth Plenum of the Twelfth Party
// Central Committee", "the ninth Party Central Committee's fifth meeting", "the fifth plenary meeting's
// Resolution", has neither digit nor numeral: its "plenum", "plenary" or "meeting" is the cue.)
const PREFILTER = /[\dIVXL\uff10-\uff19]|[Pp]len(?:um|ary)|PLEN|[Mm]eeting/;

export function extractReferences(text: string, options: ExtractOptions = {}): ExtractResult {
  const result: ExtractResult = { documents: [], mentions: [] };
  if (typeof text !== 'string' || !PREFILTER.test(text)) return result;
  // A sentence wrapped across lines is read whole (the same length: offsets are the page's); the
  // mentions' own text is the page's.
  const page = text;
  text = joinSoftBreaks(text);
  const f = fold(text, { ascii: true });
  const ctx = new Context(f, text, options.articleDate);
  const resolved = resolve(findCandidates(f, text), f, ctx);

  const localities = new Localities(f, text, options.locality);
  // Only texts that say "lần lượt" / "respectively" pay for this.
  if (/lan luot|respectively/.test(f.text)) localities.respectively(resolved.filter((r) => r.party).map((r) => ({ key: r.key, start: r.cand.start })));
  // Documents by key and, for local ones, organisation: two provinces' "NQ-ĐHĐB-XX" are two documents.
  const byKey = new Map<string, number>();
  // One mention per span and key. Items of one candidate (its span) are adjacent, and candidates
  // never share a span, so the keys of the current candidate are all there is to compare with
  // (and a candidate of one item has nothing to compare).
  const sameNumbered = new SameNumbered();
  const bySubject = new SplitBySubject();
  /** Per key: the document "của nhiệm kỳ trước" named. */
  const earlier = new Map<string, number>();
  /** Such a document, and the one of its number it is said to precede (null: the article's term). */
  const earlierThan = new Map<RefDocument, RefDocument | null>();
  const open: Array<OpenMention & { r: ResolvedItem }> = [];
  let lastCand: unknown = null;
  const keysOfCand = new Set<string>();
  // Indexed: for…of makes an iterator result per mention until optimised, and a page's one call may not be.
  for (let k = 0; k < resolved.length; k++) {
    const r = resolved[k];
    if (!r.party && options.state === false) continue;
    if (r.cand.items.length > 1) {
      if (r.cand !== lastCand) { lastCand = r.cand; keysOfCand.clear(); }
      if (keysOfCand.has(r.key)) continue;
      keysOfCand.add(r.key);
    }
    // Invisible characters (zero-width, soft hyphen, direction marks) are never at a span's ends.
    let start = f.orig(r.cand.start), end = f.orig(r.cand.end);
    while (end > start + 1 && invisible(text.charCodeAt(end - 1))) end--;
    while (start < end - 1 && invisible(text.charCodeAt(start))) start++;

    let loc = !r.party ? undefined
      : r.coref ? localities.ofShort(r.key, r.cand.start, r.cand.end, r.coref) : localities.of(r.key, r.cand.start, r.cand.end);
    // A province merged away on 1 July 2025 has no documents after: one dated later is another
    // province's (the text's "Tỉnh ủy" is the merged one's), not the one a sentence before named.
    const afterMerger = !!r.facts.date && r.facts.date >= MERGER_2025;
    if (loc && afterMerger && mergedAway(loc.name)) loc = undefined;
    const id = loc ? `${r.key}|${loc.name}` : r.key;
    // A mention whose organisation the text does not say joins the one document of its key, if one.
    let di = byKey.get(id) ?? (loc ? byKey.get(r.key) : undefined);
    // (Never one dated after the merger with one of the merged-away province's: two documents.)
    const joined = di !== undefined ? result.documents[di] : undefined;
    if (joined && ((afterMerger && joined.locality && mergedAway(joined.locality))
      || (loc && mergedAway(loc.name) && joined.date && joined.date >= MERGER_2025))) di = undefined;
    // "… cần phân biệt với Nghị quyết 18 về đất đai": the text says this is another document.
    const contrast = di !== undefined ? contrasted(f.text, r.cand.start, r.cand.end) : null;
    if (contrast === 'strict' || (contrast === 'loose' && sameSentenceAs(text, result, di!, f.orig(r.cand.start), SENTENCE))) di = undefined;
    // "Chỉ thị 35 của nhiệm kỳ trước": the number's document of the term before the article's —
    // another than the one cited, unless that one already is of an earlier term; one such document
    // however often the text says so.
    if (contrast === 'earlier' && !ofEarlierTerm(result.documents[di!], options.articleDate)) di = earlier.get(id);
    if (di !== undefined && loc && result.documents[di].locality && result.documents[di].locality !== loc.name) di = undefined;
    di = sameNumbered.pick(di, id, r.facts.term, r.item.year ?? r.facts.year ?? r.facts.date?.slice(0, 4), result.documents,
      (d) => sameSentenceAs(text, result, d, start, SENTENCE));
    // Of the same-numbered documents it may be, the one its own words name.
    const named = di !== undefined && sameNumbered.open.length
      ? namedByMention([di, ...sameNumbered.open], r, contrast, f.text, result.documents, options.articleDate) : undefined;
    if (named !== undefined) { di = named; sameNumbered.open = NONE; }
    const split = di !== undefined && !sameNumbered.open.length ? bySubject.pick(id, di, r, result.documents, sameSentenceAs(text, result, di, start)) : { di, others: NONE };
    di = split.di;
    if (di === undefined) {
      di = result.documents.push(newDocument(r)) - 1;
      // "… của nhiệm kỳ trước": of the term before the one cited (or the article's), once the catalog knows it.
      if (contrast === 'earlier') earlierThan.set(result.documents[di], result.documents[byKey.get(id) ?? -1] ?? null);
      if (!byKey.has(r.key)) byKey.set(r.key, di);
      if (split.split) bySubject.add(id, di);
      if (contrast === 'earlier') earlier.set(id, di);
    }
    if (loc && !result.documents[di].locality) {
      result.documents[di].locality = loc.name;
      result.documents[di].sources.locality = loc.from;
    }
    if (loc) byKey.set(id, di);
    const doc = result.documents[di];
    const mention: Mention = { start, end, key: r.key, text: page.slice(start, end), form: r.cand.form, doc: di };
    const index = result.mentions.push(mention) - 1;
    doc.mentions.push(index);
    if (sameNumbered.open.length) mention.maybe = [...sameNumbered.open];
    else if (split.others.length) mention.maybe = split.others.filter((d) => d !== di);
    // Left open: its own facts wait until it is settled (open-mentions.ts).
    if (r.alsoKeys && !mention.maybe) open.push({ mention, index, keys: r.alsoKeys, title: r.facts.title, date: r.facts.date, r });
    else textFacts(doc, r);
    sameNumbered.saw(id, di, doc);
  }
  // Once every document is made: the other citation may come after the short form.
  for (const o of settleOpenMentions(open, result.documents, (k) => byKey.get(k))) textFacts(result.documents[o.mention.doc], o.r);
  if (options.catalog !== false) enrichAll(result, text, options.articleDate, f, earlierThan);
  return result;
}

/**
 * Numbers restart every term: "Nghị quyết số 18-NQ/TW … khóa XII" and, further on, "Nghị quyết số
 * 18-NQ/TW … khóa XIII" are two documents, and neither may lend the other its facts. A mention whose
 * term (printed, or from its date) differs from its key's document gets a document of its own; one
 * that prints no term goes with the one of its key the text cited last.
 */
const NONE: readonly number[] = Object.freeze([]);

class SameNumbered {
  /** Per key (and organisation): the document of each term, and the last one cited. */
  private readonly byTerm = new Map<string, Map<string, number>>();
  private readonly last = new Map<string, number>();
  private readonly byYear = new Map<string, Map<string, number>>();

  /** After `pick`: the other documents a mention that printed no term may name (the one it got is the last cited). */
  open: readonly number[] = NONE;

  /** `inSentence(d)`: document `d` was last cited in this mention's sentence. */
  pick(di: number | undefined, id: string, term: string | undefined, year: string | undefined, docs: RefDocument[], inSentence: (d: number) => boolean): number | undefined {
    // Shared when empty: asked at every mention, and a new array each time is garbage.
    this.open = NONE;
    // "Chỉ thị 01-CT/TW năm 2021 … Chỉ thị 01-CT/TW năm 2026": a year other than its document's is
    // another document, even where both years are a congress's and say no term.
    const have = di !== undefined ? docs[di].year ?? docs[di].date?.slice(0, 4) : undefined;
    if (have && year && have !== year) return this.byYear.get(id)?.get(year);
    // "Chỉ thị 01-CT/TW năm 2021 … Chỉ thị 01-CT/TW … của Bộ Chính trị khóa XIV": a term its
    // document's year cannot have.
    if (have && term && !docs[di!].term && !termsOfYear(have).includes(term)) return this.byTerm.get(id)?.get(term);
    const terms = this.byTerm.get(id);
    if (di === undefined || !terms) return di;
    if (!term && year && terms.size > 1) {
      // "Nghị quyết 19 năm 2022", "Nghị quyết 19/2022": the one of that year, when the text dated one so.
      for (const d of terms.values()) if (docs[d].date?.startsWith(year)) return d;
    }
    if (!term && terms.size > 1) {
      const all = [...new Set(terms.values())];
      let pick = this.last.get(id) ?? di;
      // Unless cited in this very sentence, the last one is only an aside when the text cites another
      // of the number three times or more, and at least twice as often ("… Nghị quyết 15-NQ/TW năm 2000" in an article on the
      // 2022 one): that one, the article's own, is the likelier.
      if (!inSentence(pick)) {
        const main = all.reduce((a, b) => (docs[b].mentions.length > docs[a].mentions.length ? b : a), pick);
        if (docs[main].mentions.length >= 3 && docs[main].mentions.length >= 2 * docs[pick].mentions.length) pick = main;
      }
      this.open = all.filter((d) => d !== pick);
      return pick;
    }
    if (!term) return di;
    const own = docs[di].term;
    return own && own !== term ? terms.get(term) : di;
  }

  saw(id: string, di: number, doc: RefDocument): void {
    this.last.set(id, di);
    const year = doc.year ?? doc.date?.slice(0, 4);
    if (year) {
      let years = this.byYear.get(id);
      if (!years) this.byYear.set(id, (years = new Map()));
      if (!years.has(year)) years.set(year, di);
    }
    if (!doc.term) return;
    let terms = this.byTerm.get(id);
    if (!terms) this.byTerm.set(id, (terms = new Map()));
    if (!terms.has(doc.term)) terms.set(doc.term, di);
  }
}

/** Whether the last mention of document `di` is in the clause (or sentence) of the mention starting at `start`. */
function sameSentenceAs(text: string, result: ExtractResult, di: number, start: number, stops: Stops = CLAUSE): boolean {
  const ms = result.documents[di].mentions;
  const prev = ms.length ? result.mentions[ms[ms.length - 1]] : undefined;
  return !!prev && prev.end <= start && start - prev.end < 400 && stopAfter(text, prev.end, start, stops) < 0;
}

/** Words right before a mention that set it against one cited before (folded). */
const CONTRAST_BEFORE = /(?:phan biet (?:voi|giua)|khong (?:nham|lan)(?: lan)? voi|khac (?:han )?voi|khac han|chu khong phai(?: la)?|khong phai la|distinguished from|confused with|unlike|rather than|different from) +(?:cac +|the +)?$/;
/** Of those, the ones that may set the document against the news rather than another document
 *  ("Khác với Nghị quyết 37, lần này …"): they count only against the number cited in the sentence. */
const CONTRAST_LOOSE = /(?:khac (?:han )?voi|khac han|unlike) +(?:cac +|the +)?$/;

/**
 * Which of the same-numbered documents `ds` a mention's own words name, if they do: "Chỉ thị 35 của
 * nhiệm kỳ trước" the newest of a term before the article's, "Chỉ thị 35 lần này" the newest, "Nghị
 * quyết 18 về đất đai" the one whose subject says the same.
 */
function namedByMention(ds: number[], r: ResolvedItem, contrast: ReturnType<typeof contrasted>, folded: string,
  docs: RefDocument[], articleDate: string | undefined): number | undefined {
  const newest = (xs: number[]) => {
    const at = (d: number) => `${String(termNumber(docs[d])).padStart(2, '0')}|${docs[d].date ?? ''}`;
    const n = xs.reduce((a, b) => (at(b) > at(a) ? b : a));
    return termNumber(docs[n]) > 0 || docs[n].date ? n : undefined;
  };
  if (contrast === 'earlier') {
    const older = ds.filter((d) => ofEarlierTerm(docs[d], articleDate));
    if (older.length) return newest(older);
  }
  if (THIS_TIME.test(folded.slice(r.cand.end, r.cand.end + 10))) return newest(ds);
  if (!r.facts.title) return undefined;
  const fit = ds.filter((d) => docs[d].title && sameSubject(docs[d].title!, r.facts.title!));
  return fit.length === 1 ? fit[0] : undefined;
}

/** A document's term as a number, from its term or its date; 0 when neither says. */
function termNumber(doc: RefDocument): number {
  const term = doc.term ?? (doc.date ? termOfDate(doc.date) : undefined);
  return term ? romanToInt(term) ?? 0 : 0;
}

/** "Chỉ thị 35 lần này" (this time): the newest document of the number the text cites. */
const THIS_TIME = /^ *lan nay(?![a-z])/;

/** "Chỉ thị 35 của nhiệm kỳ trước": the number's document of the term before ("trong nhiệm kỳ trước"
 *  is when it was carried out, not which). */
const EARLIER_TERM_AFTER = /^ *cua +(?:nhiem ky|khoa) +truoc(?![a-z])/;

/** A document the text already dates (or terms) before the article's own term. */
function ofEarlierTerm(doc: RefDocument, articleDate: string | undefined): boolean {
  const term = termNumber(doc), now = articleDate ? romanToInt(termOfDate(articleDate) ?? '') ?? 0 : 0;
  return term > 0 && term < now;
}

/** 'strict': another document of the number, wherever cited; 'loose': only one cited in its sentence;
 *  'earlier': the number's document of the term before. */
function contrasted(folded: string, start: number, end: number): 'strict' | 'loose' | 'earlier' | null {
  if (EARLIER_TERM_AFTER.test(folded.slice(end, end + 30))) return 'earlier';
  const before = folded.slice(Math.max(0, start - 40), start);
  return !CONTRAST_BEFORE.test(before) ? null : CONTRAST_LOOSE.test(before) ? 'loose' : 'strict';
}

/** The document a resolved item names, as its first mention shows it. */
function newDocument(r: ResolvedItem): RefDocument {
  const it = r.item;
  const k = parseKey(r.key);
  const code = k?.kind === 'party' ? k.code : it.code;
  const typeName = (r.cand.typeWord && !TYPE_WORDS[r.cand.typeWord].english && TYPE_WORDS[r.cand.typeWord].code === code
    ? TYPE_WORDS[r.cand.typeWord].name : TYPE_NAMES[code]) ?? code;
  const doc: RefDocument = {
    key: r.key,
    party: r.party,
    type: code,
    typeName,
    sources: {},
    mentions: [],
  };
  if (k?.kind === 'party' || k?.kind === 'state') doc.number = k.number;
  if (k?.kind === 'party' && k.issuer) doc.issuer = k.issuer;
  else if (!r.party) doc.issuer = lastPart(r.key);
  if (it.plenum) doc.plenum = it.plenum;
  // The year of a number/year short form, or one printed alone after the number or its issuer.
  const year = it.year ?? (r.cand.items[r.cand.items.length - 1] === it ? r.facts.year : undefined);
  if (year && r.party) doc.year = year;
  return doc;
}

/** A fact the text prints, unless an earlier mention already gave one. */
function setFact(doc: RefDocument, field: 'body' | 'term' | 'date' | 'title', v: string | undefined): void {
  if (v && !doc[field]) { doc[field] = v; doc.sources[field] = 'text'; }
}

/** What the words around this mention say of its document. */
function textFacts(doc: RefDocument, r: ResolvedItem): void {
  const body = r.body?.party === doc.party ? r.body : undefined;
  if (r.cand.form === 'plenum' || r.cand.form === 'congress') {
    setFact(doc, 'term', r.item.term);
    setFact(doc, 'body', r.cand.form === 'plenum' ? 'Ban Chấp hành Trung ương' : r.item.congress === 'local' ? 'Đại hội Đảng bộ' : 'Đại hội đại biểu toàn quốc');
  }
  // Facts printed after a list belong to its last item only.
  // The body and term after a list ("Nghị quyết 66 và 68 của Bộ Chính trị") are every item's;
  // a date or title printed after it belongs to its last item only.
  setFact(doc, 'body', body?.body);
  // (A list's terms, one each in order, where there are as many as items.)
  const k = r.facts.terms && r.facts.terms.length === r.cand.items.length ? r.cand.items.indexOf(r.item) : -1;
  setFact(doc, 'term', k >= 0 ? r.facts.terms![k] : r.facts.term);
  if (r.cand.items[r.cand.items.length - 1] === r.item) {
    // A text that dates one document twice, differently: the first stays, the other is kept beside
    // it (the catalog may side with it: catalog.ts).
    const d = r.facts.date;
    if (d && doc.date && doc.date !== d && doc.sources.date === 'text') {
      const others = (doc.others ??= {}).date ??= [];
      if (!others.some((o) => o.value === d)) others.push({ value: d, from: 'text' });
    }
    setFact(doc, 'date', r.facts.date);
    // The fullest subject the text prints: a later mention often gives the whole of what an
    // earlier one shortened.
    // (Not after a range: "Nghị quyết 70–72 về năng lượng, giáo dục và y tế" is what the three are about.)
    // (Nor one of as many parts as the list has items: "Nghị quyết số 27 và 28-NQ/TW về tiền lương và
    // bảo hiểm xã hội" names one subject each, neither whole.)
    // (Nor a congress's resolution: it has no subject of its own — "Nghị quyết Đại hội XIII về phát triển
    // kinh tế" is what of it the sentence is about.)
    const t = r.item.rangeEnd || r.cand.form === 'congress' || partPerItem(r.facts.title, r.cand.items.length) ? undefined : r.facts.title;
    if (t && doc.title && doc.sources.title === 'text' && t.length > doc.title.length && extends_(t, doc.title, PART_TITLED.has(doc))) doc.title = t;
    // A legal database's title line shortens the subject its text then prints after "về": that one replaces it.
    else if (t && doc.title && doc.sources.title === 'text' && LINE_TITLED.has(doc) && !r.facts.titleOfLine) { doc.title = t; LINE_TITLED.delete(doc); }
    if (t && !doc.title && r.facts.titleOfLine) LINE_TITLED.add(doc);
    setFact(doc, 'title', t);
  } else if (consecutive(r.item, r.cand.items[r.cand.items.length - 1])) {
    // "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013": documents numbered one after the other
    // and dated once were issued together; their subjects still differ.
    setFact(doc, 'date', r.facts.date);
  }
  // Its own bracket: "Nghị quyết 66 (về pháp luật), 57 (về …) và 68 (về …)"; its part of "lần lượt về …".
  if (!doc.title && r.item.subject) PART_TITLED.add(doc);
  setFact(doc, 'title', r.item.subject);
}

/** Documents whose subject so far is their part of a list's ("lần lượt về A, B …") or their bracket's:
 *  a later printing of the whole subject that holds those words replaces it. */
const PART_TITLED = new WeakSet<RefDocument>();
/** Documents whose subject so far is a title line's ("Nghị quyết 23-NQ/TW 2018 chính sách …"). */
const LINE_TITLED = new WeakSet<RefDocument>();

/** A subject after a list that is one part per item ("về cán bộ, tiền lương và bảo hiểm xã hội" after three). */
function partPerItem(title: string | undefined, items: number): boolean {
  return items > 1 && !!title && title.split(/\s*[,;]\s*|\s+(?:và|and)\s+/).length === items;
}

/** Two items of one list of the same type numbered at most two apart. */
function consecutive(a: ResolvedItem['item'], b: ResolvedItem['item']): boolean {
  if (a.code !== b.code || !a.number || !b.number) return false;
  const d = Number(b.number) - Number(a.number);
  return d > 0 && d <= 2;
}

/** A longer printing of the same subject: it begins with the shorter one's words, or, where the
 *  shorter is one part of a list's (`part`: "đội ngũ trí thức" of "lần lượt về …"), holds them
 *  ("tiếp tục … vai trò của đội ngũ trí thức …"). Asked at every mention that prints a subject: not a
 *  fold (a page prints its own words alike). */
function extends_(longer: string, shorter: string, part: boolean): boolean {
  const short = shorter.replace(/[ .,;…]+$/, '');
  if (longer.toLowerCase().startsWith(short.toLowerCase())) return true;
  // A part, inside it as printed and as whole words (not a heading's capitals, sentence-cased).
  const at = part ? longer.indexOf(short) : -1;
  if (at >= 0 && !/\p{L}/u.test(longer[at - 1] ?? '') && !/\p{L}/u.test(longer[at + short.length] ?? '')) return true;
  // A headline's shortening by a word or two ("… công tác tư pháp thời gian tới" of "… tư pháp trong
  // thời gian tới"): every word of it, in order, in the later one.
  // (As printed, bar the first word's capital: not a heading's capitals sentence-cased.)
  const a = short.split(/\s+/), b = longer.split(/\s+/);
  if (a.length < 4 || b.length - a.length > 2) return false;
  a[0] = a[0].toLowerCase();
  b[0] = b[0].toLowerCase();
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/** Characters that show nothing (zero-width, soft hyphen, byte-order mark, direction marks). */
function invisible(c: number): boolean {
  // Asked twice per mention: code points, not a pattern.
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

