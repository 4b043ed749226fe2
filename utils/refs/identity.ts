/**
 * Stage 4a: which catalog entry a document is. Numbers restart every term, so one key can name two
 * documents (18-NQ/TW of 2017 on the apparatus, of 2022 on land). Evidence, strongest first
 * (../shared/docs/party-documents.md §12): the term and date the text prints; the subject it prints
 * against each candidate's subject; the words around the mentions; elapsed time it states ("sau 8 năm
 * thực hiện") against each candidate's date; documents cited beside it that the catalog relates to
 * one candidate; the article's date only as a weak prior. When nothing decides, the document is
 * ambiguous: the candidates are offered, most likely first, as a guess — never one confident answer,
 * never the facts of two candidates mixed.
 */
import type { CatalogFacts, RefDocument } from './types';
import { fold, type Folded } from './normalize';
import { STOP, contentWords, syllables } from './subject-words';
import { englishTopics, topicsShared } from './en-topics';
import { intToRoman, romanToInt, termOfDate } from './vocabulary';
import { stopAfter, stopBefore } from './sentence';

/** How many of a document's mentions (the first ones) the words around it are read from. */
export const SPANS_READ = 12;

export interface IdentityEnv {
  /** The original text and the spans of this document's mentions in it (only the first SPANS_READ are read). */
  text: string;
  spans: Array<{ start: number; end: number }>;
  /** Comparison ids (keyId) of every document the text cites. */
  citedIds: ReadonlySet<string>;
  keyId: (key: string) => string;
  articleDate?: string;
  /** The text already folded (the engine has it): no second fold of the windows. */
  folded?: Folded;
}

export interface Identity {
  /** The entry the evidence settles, if any. */
  pick?: CatalogFacts;
  /** Ranked candidates when nothing settles it (one entry alone may still be only a guess). */
  candidates: CatalogFacts[];
  /** What decided, in words a reader can check: "term XII in the text", "subject". */
  decidedBy: string[];
}

function bigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}


/** Share of the printed subject's word pairs found in the candidate's subject (Vietnamese or English):
 *  pairs, because a Vietnamese word is mostly two syllables and single syllables match anything. */
/** An entry's subject folded, computed once per entry (the catalog lives as long as the worker). */
const folded = new WeakMap<CatalogFacts, string>();
function foldedTitle(e: CatalogFacts): string {
  let f = folded.get(e);
  if (f === undefined) folded.set(e, (f = fold(e.title ?? '', { ascii: true }).text));
  return f;
}

/** A year ending a short subject: " năm 2022". */
// Only after a short topic ("về đất đai năm 2022"): "đến năm 2030", "nhiệm vụ năm 2026" are targets.
const SUBJECT_YEAR = /^(?:\S+\s+){0,2}\S+(?<!\s(?:đến|tới|vụ|hoạch|hội|đoạn|từ|to|by))\s+năm\s+((?:19|20)\d\d)$/u;
/** A subject that names another document by its number ("… thực hiện Nghị quyết số 18-NQ/TW …"). */
const EMBEDS_CITATION = /(?:Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn)(?: số)? \d{1,4}-[A-ZĐa-zđ]+\/[A-ZĐ]+/u;
const isEnglish = (s: string): boolean => /^[\x20-\x7e\u2018\u2019\u201c\u201d]*$/.test(s);

function subjectAgreement(printed: string, e: CatalogFacts): number | null {
  const p = new Set(bigrams(syllables(printed).filter((w) => w !== 've')));
  if (p.size < 1) return null;
  const c = new Set([...bigrams(syllables(e.title ?? '')), ...bigrams(syllables(e.titleEn ?? ''))]);
  if (!c.size) return null;
  if (isEnglish(printed) && !e.titleEn) return null; // nothing to compare an English subject with
  let n = 0;
  for (const b of p) if (c.has(b)) n++;
  return n / p.size;
}

/** A year of issue stated in the words around ("adopted in 2017", "ban hành năm 2024"): weaker than one printed with the number. */
const ISSUED_IN = /(?:(?:adopted|issued|passed|signed|promulgated)(?: +by +(?:the +)?[a-z]+(?: +[a-z]+){0,3}?)? +in +(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) +)?|(?:ban hanh|ra doi|thong qua) +(?:tu +|vao +)?(?:nam +|thang +\d{1,2} *[/.-] *|thang +\d{1,2} +nam +))((?:19|20)\d\d)(?!\d)/g;

/** The distinct years of issue the words around give ("ban hành tháng 9/2026", "adopted in 2017"). */
function yearsIssued(around: string): string[] {
  const out = new Set<string>();
  ISSUED_IN.lastIndex = 0;
  for (let m; (m = ISSUED_IN.exec(around)); ) out.add(m[1]);
  return [...out];
}

/** Words right before a mention saying it was issued lately (folded): "Bộ Chính trị vừa ban hành …". */
const RECENT_BEFORE = /(?:(?<![a-z])(?:vua|moi|vua moi) +(?:duoc +)?(?:ban hanh|thong qua|ky ban hanh)(?: +cac)?|(?:just|newly|recently) +(?:been +)?(?:issued|adopted|promulgated)(?: +the)?|newly issued|(?<![a-z])(?:quy dinh|nghi quyet|ket luan|chi thi|huong dan|quyet dinh) +moi(?: +so)?) *$/;
/** …or right after it: "Kết luận 14 mới …", "Chỉ thị 01-CT/TW mới ban hành", "… mới được … ban hành". */
const RECENT_AFTER = /^ *,? *(?:moi|vua moi|vua)(?![a-z])/;

/** Does the text say, at one of the mentions, that the document was issued lately? Only there: a
 *  "vừa ban hành" of the sentence may be another document's ("vừa ban hành Kết luận … thực hiện Nghị quyết 68"). */
function saysRecent(env: IdentityEnv): boolean {
  for (const s of env.spans.slice(0, SPANS_READ)) {
    const f = env.folded;
    const slice = (a: number, b: number) => (f ? f.text.slice(f.toFolded(a), f.toFolded(b)) : fold(env.text.slice(a, b), { ascii: true }).text);
    const inside = slice(s.start, s.end);
    if (RECENT_BEFORE.test(slice(Math.max(0, s.start - 40), s.start)) || RECENT_AFTER.test(slice(s.end, s.end + 16))
      || /(?<![a-z])moi(?![a-z])/.test(inside)) return true;
  }
  return false;
}

/** Two or more capitalised syllables in a row: a place or a body ("Cần Thơ", "Hải Phòng", "Tây Nguyên"). */
const NAME = /(?<![\p{L}])\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*)+/gu;
/** Names that say nothing about which document: every subject may carry them. */
const COMMON_NAMES = new Set(['viet nam', 'ho chi minh', 'trung uong', 'bo chinh tri', 'ban bi thu', 'quoc hoi', 'chinh phu', 'mat tran to quoc', 'to quoc', 'dang cong san', 'nha nuoc']);

function namesOf(s: string, skipFirst: boolean): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(NAME)) {
    if (skipFirst && m.index === 0) continue; // a subject's first word is capitalised anyway
    const n = fold(m[0], { ascii: true }).text.replace(/-/g, ' ');
    if (!COMMON_NAMES.has(n)) out.push(n);
  }
  return out;
}

/** The subject printed names a place the candidate's subject does not, and the candidate names
 *  another: "… thành phố Cần Thơ đến năm 2030" is not the resolution on Hải Phòng, however many
 *  other words they share. */
function namesAnother(printed: string, e: CatalogFacts): boolean {
  if (!e.title) return false;
  const title = fold(e.title, { ascii: true }).text;
  const ours = namesOf(printed, true).filter((n) => !title.includes(n));
  if (!ours.length) return false;
  const text = fold(printed, { ascii: true }).text;
  return namesOf(e.title, true).some((n) => !text.includes(n));
}

/** The national congress a subject names ("tiến tới Đại hội XIV", "lần thứ XIII", "the 14th National Party Congress"). */
const CONGRESS_IN = /dai hoi (?:dai bieu toan quoc +)?(?:(?:cua dang|dang) +)?(?:lan thu +)?([ivxl]+|\d{1,2})(?![a-z0-9])|(\d{1,2})(?:st|nd|rd|th) +national +(?:party +)?congress/;

function congressOf(s: string): string | undefined {
  const m = CONGRESS_IN.exec(fold(s, { ascii: true }).text);
  if (!m) return undefined;
  const n = m[1] ?? m[2];
  return /^\d+$/.test(n) ? intToRoman(Number(n)) : n.toUpperCase();
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const EN_COUNT = `(\\d{1,2}|${EN_NUMBERS.slice(1).join('|')})`;
// "sau 8 năm thực hiện", "tổng kết 7 năm thực hiện", "seven years of implementing", "Seven years after
// Resolution 18 took effect", "a 10-year review".
const ELAPSED = new RegExp(`(?:sau|qua|hon|gan|tron|tong ket|so ket|danh gia) +(\\d{1,2}) +nam +(?:thuc hien|trien khai|tong ket|so ket)`
  + `|(?<![a-z])${EN_COUNT} +years? +(?:of +(?:implement|carrying)|after|since)|(\\d{1,2})-year +(?:implementation|review)`, 'g');
/** A count as a number: "7", "seven". */
const countOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : EN_NUMBERS.indexOf(s));

/** The folded text around the mentions (overlapping windows merged), at most SPANS_READ of them. */
function foldedAround(env: IdentityEnv): string {
  const ranges: Array<[number, number]> = [];
  for (const s of env.spans.slice(0, SPANS_READ)) {
    const a = Math.max(0, s.start - 260), b = Math.min(env.text.length, s.end + 260);
    const last = ranges[ranges.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b); else ranges.push([a, b]);
  }
  const f = env.folded;
  return ranges.map(([a, b]) => (f ? f.text.slice(f.toFolded(a), f.toFolded(b)) : fold(env.text.slice(a, b), { ascii: true }).text)).join(' . ');
}

/** The clause right after the first mention (to its sentence's end, at most 120 characters): a year
 *  of issue or a Congress said there is this document's, not a neighbour's ("Kết luận 12 … được ban
 *  hành năm 2011 về tiếp tục thực hiện Nghị quyết số 10-NQ/TW"). */
function clauseAfter(env: IdentityEnv): string {
  const s = env.spans[0];
  if (!s) return '';
  const after = env.text.slice(s.end, s.end + 120);
  const stop = /[.;!?\n]/.exec(after);
  return stop ? after.slice(0, stop.index) : after;
}

/** out: excluded; doubt: not excluded, but only evidence the text prints (term, date, year) may settle it. */
interface Scored { e: CatalogFacts; score: number; why: string[]; out?: string; doubt?: string }

/** An entry's subject word pairs, computed once per catalog entry (the catalog lives as long as the worker). */
const entryPairs = new WeakMap<CatalogFacts, string[]>();
function pairsOf(e: CatalogFacts): string[] {
  let p = entryPairs.get(e);
  if (!p) {
    // Consecutive syllables, as they would stand in a text; a pair of two empty words says nothing.
    const pairs = [...bigrams(syllables(e.title ?? '')), ...bigrams(syllables(e.titleEn ?? ''))]
      .filter((b) => b.split(' ').some((w) => w.length > 1 && !STOP.has(w)));
    entryPairs.set(e, (p = [...new Set(pairs)].map((b) => ` ${b} `)));
  }
  return p;
}

/** What one fact printed in the text (its term, date or year) scores: enough to settle a doubt. */
const PRINTED_FACT = 100;

/** "Nghị quyết Trung ương 5 khóa XIII, gồm các nghị quyết về …": the plenum's resolutions together. */
const PLENUM_SET = /^[^.;]{0,24}?(?:gom|bao gom|comprises?|includ(?:es|ing))(?: +co)? +(?:cac|nhung|hai|ba|bon|nam|\d|two|three|four|five|several)(?: +[a-z]+)? +(?:nghi quyet|resolutions)/;

function namesPlenumSet(doc: RefDocument, env: IdentityEnv): boolean {
  const s = env.spans[0];
  if (!doc.plenum || !doc.key.startsWith('NQ-HNTW') || !s) return false;
  return PLENUM_SET.test(fold(env.text.slice(s.end, s.end + 80), { ascii: true }).text);
}

const PLENUM_NUMBER_WORDS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
// "Hội nghị Trung ương 6 khóa XIII", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"
// (a month or year in brackets between: "(tháng 10/2022)").
const PLENUM_NAMED = /hoi nghi +(?:lan thu +(\d{1,2}|[a-z]+) +(?:ban chap hanh +)?trung uong|(?:ban chap hanh +)?trung uong +(?:dang +)?(?:lan thu +)?(\d{1,2}|[a-z]+))(?: +dang)?(?: *\([^()]{0,24}\))? *,? *khoa +([ivxl]+)(?![a-z])/g;

// Between the plenum and the mention: what it adopted ("… đã ban hành 4 nghị quyết, trong đó có …"),
// nothing that turns to another document ("…, thay thế Nghị quyết 19-NQ/TW").
const ADOPTED_BETWEEN = /^[^.;]{0,60}?(?:ban hanh|thong qua|(?<![a-z])ra|gom|trong do co)(?![a-z])[^.;]{0,120}$/;
const OTHER_DOCUMENT = /thay the|thay cho|khac (?:voi|han)|sua doi|tong ket|so ket|ke thua|thuc hien|trien khai|quan triet/;
// After the mention: "… là hai văn kiện của Hội nghị Trung ương 8 khóa XIII".
const OF_PLENUM_AFTER = /^[^.;]{0,80}?(?:cua|tai|do)\s*$/;

/** The plenums (number and term) said to have adopted the first mentions: named before them with
 *  the verb that governs them, or after them as theirs ("… của Hội nghị …"). Folded text. */
function plenumsNamed(env: IdentityEnv): Array<{ n: number; term: string }> {
  const out: Array<{ n: number; term: string }> = [];
  for (const sp of env.spans.slice(0, 3)) {
    const a = stopBefore(env.text, sp.start, Math.max(0, sp.start - 300)), b = stopAfter(env.text, sp.end, Math.min(env.text.length, sp.end + 200));
    const head = fold(env.text.slice(a < 0 ? Math.max(0, sp.start - 300) : a, sp.start), { ascii: true }).text;
    const tail = fold(env.text.slice(sp.end, b < 0 ? sp.end + 200 : b), { ascii: true }).text;
    const found = (m: RegExpMatchArray) => {
      const w = m[1] ?? m[2];
      const n = /^\d+$/.test(w) ? Number(w) : PLENUM_NUMBER_WORDS[w];
      if (n) out.push({ n, term: m[3].toUpperCase() });
    };
    for (const m of head.matchAll(PLENUM_NAMED)) {
      const between = head.slice(m.index! + m[0].length);
      if (ADOPTED_BETWEEN.test(between) && !OTHER_DOCUMENT.test(between)) found(m);
    }
    for (const m of tail.matchAll(PLENUM_NAMED)) {
      const between = tail.slice(0, m.index);
      if (OF_PLENUM_AFTER.test(between) && !OTHER_DOCUMENT.test(between)) found(m);
    }
  }
  return out;
}

/** Is the first mention the last of a list of documents ("… Nghị quyết 71-NQ/TW và Nghị quyết 72-NQ/TW")? */
function endsList(env: IdentityEnv): boolean {
  const s = env.spans[0];
  if (!s) return false;
  const before = fold(env.text.slice(Math.max(0, s.start - 60), s.start), { ascii: true }).text;
  return /(?:nghi quyet|ket luan|chi thi|quy dinh|huong dan|thong bao|\d+-[a-z]+\/[a-z]+)[^,.;()]{0,30}?(?:,|\s(?:va|and))\s*$/.test(before);
}

/** "Quy định" or "Quyết định", as the first mention's type word prints it (undefined for a bare symbol). */
function printedQdType(env: IdentityEnv): 'Quy định' | 'Quyết định' | undefined {
  const s = env.spans[0];
  if (!s) return undefined;
  const w = fold(env.text.slice(s.start, s.start + 12), { ascii: true }).text;
  return /^(?:quy dinh|regulation)/.test(w) ? 'Quy định' : /^(?:quyet dinh|decision)/.test(w) ? 'Quyết định' : undefined;
}

export function identify(doc: RefDocument, entries: CatalogFacts[], env: IdentityEnv): Identity {
  if (!entries.length) return { candidates: [], decidedBy: [] };
  // The plenum as the set of what it adopted: no one resolution is meant.
  if (entries.length > 1 && namesPlenumSet(doc, env)) return { candidates: entries.filter((e) => !doc.term || e.term === doc.term), decidedBy: [] };
  // The words around the mentions, folded once and only when some candidate is still open.
  let aroundF: string | null = null;
  let recent: boolean | undefined;
  let issuedYears: string[] | undefined;
  /** The same, one space between words, so a pair is found with one native `includes`. */
  let aroundWords: string | null = null;
  const readAround = () => {
    aroundF = foldedAround(env);
    aroundWords = ` ${aroundF.replace(/[^a-z0-9]+/g, ' ')} `;
  };
  const printedWhole = doc.sources.title === 'text' ? doc.title : undefined;
  // "Nghị quyết 18 về đất đai năm 2022": the year ending a short subject is the document's, not its words.
  const subjectYear = printedWhole ? SUBJECT_YEAR.exec(printedWhole) : null;
  const printed = subjectYear && !doc.year ? printedWhole!.replace(/\s+năm\s+\d{4}$/u, '') : printedWhole;
  const yearPrinted = doc.year ?? (subjectYear ? subjectYear[1] : undefined);
  let nearCongress: string | undefined;
  let plenums: Array<{ n: number; term: string }> | undefined;
  let listTail: boolean | undefined;
  let enTopics: string[][] | undefined;
  const scored: Scored[] = entries.map((e) => ({ e, score: 0, why: [] }));
  // Regulations and decisions share the QĐ/TW numbers: the type word printed tells them apart.
  const typePrinted = printedQdType(env);
  for (const s of scored) {
    const { e } = s;
    if (doc.sources.term === 'text' && doc.term) {
      if (e.term === doc.term) { s.score += 100; s.why.push(`term ${doc.term} in the text`); } else s.out = `term ${doc.term} in the text`;
    }
    if (doc.sources.date === 'text' && doc.date) {
      if (e.date === doc.date) { s.score += 100; s.why.push(`date ${doc.date} in the text`); }
      else if (e.term && e.term !== termOfDate(doc.date)) s.out = `date ${doc.date} in the text`;
    }
    if (yearPrinted && e.date) {
      if (e.date.startsWith(yearPrinted)) { s.score += 100; s.why.push(`year ${yearPrinted} in the text`); } else s.out ??= `year ${yearPrinted} in the text`;
    }
    if (typePrinted && (e.type === 'Quy định' || e.type === 'Quyết định') && e.type !== typePrinted) s.out ??= `a ${e.type}, not the ${typePrinted} the text names`;
    // A plenum's or congress's resolution is news from the day the meeting opens, weeks before it is signed.
    const known = e.meeting?.start ?? e.date;
    if (env.articleDate && known && known > env.articleDate) s.out ??= 'issued after the article';
    if (doc.plenum && e.plenum) {
      if (doc.plenum === e.plenum) { s.score += 30; s.why.push(`plenum ${doc.plenum}`); } else s.out ??= `plenum ${doc.plenum} in the text`;
    }
    const congress = printed ? congressOf(printed) : undefined;
    const theirs = congress && e.title ? congressOf(e.title) : undefined;
    if (congress && theirs && congress !== theirs) s.out ??= `Congress ${congress} named with it`;
    else if (printed && namesAnother(printed, e)) s.out ??= 'the subject printed names another place';
    else if (printed) {
      const a = subjectAgreement(printed, e);
      if (a !== null && a >= 0.5) { s.score += Math.round(120 * a); s.why.push('subject printed in the text'); }
      // An English subject against the Vietnamese one: by the topics it names ("rectification" is
      // "chỉnh đốn"), when its own English wording did not already agree.
      else if (isEnglish(printed) && e.title) {
        enTopics ??= englishTopics(printed);
        const n = enTopics.length ? topicsShared(enTopics, foldedTitle(e)) : 0;
        if (n) { s.score += 30 + 30 * n; s.why.push('subject printed in the text'); }
      }
      // An English subject is a translation, worded as each paper pleases: it may agree, never exclude.
      // A subject about another document ("Tổng kết Nghị quyết số 18-NQ/TW …") is printed by that one's
      // topic as often ("Kết luận 121 về tinh gọn bộ máy"): it may agree, never exclude.
      // A subject printed after a list of documents may be the whole list's ("Nghị quyết 71-NQ/TW và
      // Nghị quyết 72-NQ/TW về giáo dục và y tế"): it may agree, never exclude.
      else if (a !== null && a < 0.2 && syllables(printed).length >= 4 && !isEnglish(printed) && !EMBEDS_CITATION.test(e.title ?? '') && !(listTail ??= endsList(env))) s.out ??= 'subject printed in the text differs';
      // "Nghị quyết 45 … về xây dựng và phát triển thành phố Cần Thơ" against the 45-NQ/TW on
      // intellectuals: a few shared pairs ("xây dựng", "phát triển") do not make it the same document.
      // A short one ("cải cách pháp luật") is the press's shorthand for the official subject, not a doubt.
      else if (a !== null && a < 0.4 && syllables(printed).length >= 6 && !isEnglish(printed) && !EMBEDS_CITATION.test(e.title ?? '')) s.doubt = 'subject printed in the text only partly agrees';
    }
    // "Nghị quyết 45 của Bộ Chính trị" against a Central Committee resolution: the press does confuse the two, so a doubt, not a verdict.
    if (doc.sources.body === 'text' && doc.body && e.body && !e.body.includes(doc.body) && !doc.body.includes(e.body)) s.doubt ??= `issued by ${e.body}, not ${doc.body} as the text says`;
    if (!aroundWords) readAround();
    // "vừa ban hành", "mới ban hành", "just issued": issued lately — not a document of years before
    // the article (in 2026 a new term reuses the numbers of 2021's documents).
    if (env.articleDate && e.date && (recent ??= saysRecent(env))) {
      const days = (Date.parse(env.articleDate) - Date.parse(e.date)) / 86_400_000;
      if (days > 365) s.out ??= `issued lately, the words around say, and the article is of ${env.articleDate.slice(0, 7)}`;
      else if (days >= -7) { s.score += 40; s.why.push('issued lately, as the words around say'); }
    }
    // "… mới được Ban Chấp hành Trung ương ban hành tháng 9/2026": the one year of issue the words
    // around give, when a candidate is of another year, rules it out.
    if (e.date && !doc.year) {
      issuedYears ??= yearsIssued(fold(clauseAfter(env), { ascii: true }).text);
      if (issuedYears.length === 1 && !e.date.startsWith(issuedYears[0])) s.out ??= `issued in ${issuedYears[0]}, the words around say`;
    }
    if (s.out) continue; // excluded: nothing more can bring it back
    // "Chỉ thị 01-CT/TW: Học tập, quán triệt Nghị quyết Đại hội XIV": the Congress named right after
    // the mention is the one whose resolution a candidate's subject is about.
    if (theirs === undefined && e.title && (nearCongress ??= congressOf(clauseAfter(env)) ?? '')) {
      if (congressOf(e.title) === nearCongress) { s.score += 50; s.why.push(`Congress ${nearCongress} named with it, as in its subject`); }
    }
    // "Hội nghị Trung ương 6 khóa XIII đã ban hành Nghị quyết 27-NQ/TW, …": the plenum named beside it
    // is the one that adopted this candidate.
    if (e.plenum && e.term && !doc.plenum) {
      plenums ??= plenumsNamed(env);
      if (plenums.some((p) => p.n === e.plenum && p.term === e.term)) { s.score += 100; s.why.push(`adopted by plenum ${e.plenum} of term ${e.term}, named beside it`); }
    }
    let shared = 0;
    for (const b of pairsOf(e)) if (aroundWords!.includes(b)) shared++;
    if (shared >= 2) { s.score += Math.min(60, 15 * shared); s.why.push('words around the mention'); }
    for (const r of e.relations ?? []) {
      if (env.citedIds.has(env.keyId(r.key)) && env.keyId(r.key) !== env.keyId(doc.key)) {
        s.score += 60; s.why.push(`cited beside ${r.key}`);
      }
    }
    // Weak: the body the text names agrees (only counts where the catalog knows one such document).
    if (entries.length === 1 && doc.sources.body === 'text' && doc.body && e.body && e.body.includes(doc.body)) {
      s.score += 20; s.why.push(`issued by ${doc.body}, as the text says`);
    }
    if (e.date && !doc.year) {
      ISSUED_IN.lastIndex = 0;
      for (let m; (m = ISSUED_IN.exec(aroundF!)); ) {
        if (e.date.startsWith(m[1])) { s.score += 60; s.why.push(`issued in ${m[1]}, as the words around say`); break; }
      }
    }
    if (env.articleDate && e.date) {
      ELAPSED.lastIndex = 0;
      for (let m; (m = ELAPSED.exec(aroundF!)); ) {
        const n = countOf(m[1] ?? m[2] ?? m[3]);
        const years = Number(env.articleDate.slice(0, 4)) - Number(e.date.slice(0, 4));
        if (Math.abs(years - n) <= 1) { s.score += 50; s.why.push(`"${n} năm" before the article`); break; }
      }
    }
  }
  // Only to order the guesses: single words of a short printed subject ("Nghị quyết 18 về đất đai")
  // found in a candidate's subject.
  const words = printed ? contentWords(printed) : null;
  const hint = (e: CatalogFacts) => {
    if (!words?.size) return 0;
    const own = new Set([...syllables(e.title ?? ''), ...syllables(e.titleEn ?? '')]);
    let n = 0;
    for (const w of words) if (own.has(w)) n++;
    return n;
  };
  const live = scored.filter((s) => !s.out).sort((a, b) => b.score - a.score || hint(b.e) - hint(a.e)
    || (env.articleDate ? (b.e.date ?? '').localeCompare(a.e.date ?? '') : 0));
  if (!live.length) return { candidates: [], decidedBy: scored.map((s) => `not ${s.e.key} ${s.e.term ?? ''}: ${s.out}`) };
  const [top, second] = live;
  const excludedStrongly = scored.some((s) => s.out && !/subject/.test(s.out));
  // An article of a later term than the one entry the catalog has: numbers restarted since, and that
  // term may have its own document of the number; the issuer alone no longer settles it.
  const articleTerm = env.articleDate ? termOfDate(env.articleDate) : undefined;
  const laterTerm = !!(articleTerm && top.e.term && (romanToInt(articleTerm) ?? 0) > (romanToInt(top.e.term) ?? 0));
  // The one entry the catalog has, of the article's own term and issued before it: in that term the
  // number names that document alone ("Nghị quyết 57-NQ/TW" in a 2025 article). Weak: only where
  // nothing else counts, and never for a short form, whose issuer is not printed.
  const ofArticleTerm = !second && !top.score && !!articleTerm && top.e.term === articleTerm && !!top.e.date && !!env.articleDate
    && top.e.date <= env.articleDate && doc.key.includes('/');
  if (ofArticleTerm) top.why.push(`the only ${top.e.key} of term ${articleTerm}, the article's`);
  const settles = (!top.doubt || top.score >= PRINTED_FACT) && (second
    ? top.score >= 50 && top.score - second.score >= 40
    : laterTerm ? top.score >= 50 : top.score > 0 || excludedStrongly || ofArticleTerm);
  if (settles) return { pick: top.e, candidates: [], decidedBy: top.why.length ? top.why : scored.filter((s) => s.out).map((s) => `not ${s.e.term ?? s.e.date}: ${s.out}`) };
  return { candidates: live.map((s) => s.e), decidedBy: [] };
}
