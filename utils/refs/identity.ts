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
import { fold } from './normalize';
import { STOP, contentWords, syllables } from './subject-words';
import { SUBJECT_YEAR } from './subject';
import { officialEnd } from './official-tail';
import { isEnglish, topicsShared } from './en-topics';
import { romanToInt, termOfDate, termStart } from './vocabulary';
import { Around, ISSUED_IN, congressOf, foldedTitle, namesOf, namesPlenumSet, printedQdType, type IdentityEnv } from './identity-around';

export { SPANS_READ, type IdentityEnv } from './identity-around';

export interface Identity {
  /** The entry the evidence settles, if any. */
  pick?: CatalogFacts;
  /** Ranked candidates when nothing settles it (one entry alone may still be only a guess). */
  candidates: CatalogFacts[];
  /** What decided, in words a reader can check: "term XII in the text", "subject". */
  decidedBy: string[];
  /** The printed subject read on past its end: where it ends, as the entry picked shows. */
  subjectCut?: string;
}

function bigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}


/** A subject that names another document by its number ("… thực hiện Nghị quyết số 18-NQ/TW …"). */
const EMBEDS_CITATION = /(?:Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn)(?: số)? \d{1,4}-[A-ZĐa-zđ]+\/[A-ZĐ]+/u;
/** Years a subject names ("đến năm 2030", "2021-2025"). */
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The longest part of a printed subject up to one of its commas that agrees with the candidate's (half
 *  its word pairs or more), and how much; none when no such part of two words or more does. */
function agreeingPrefix(printed: string, e: CatalogFacts, after: string): { text: string; a: number } | undefined {
  for (let k = printed.lastIndexOf(', '); k > 0; k = printed.lastIndexOf(', ', k - 1)) {
    const text = printed.slice(0, k);
    // (One word pair agreeing is too little to call the rest another clause: "về khuyến khích, bảo vệ cán
    // bộ dám nghĩ, dám làm được quán triệt" is one subject.)
    if (syllables(text).length < 3) break;
    // Only where what follows is a clause of its own: a capitalised actor ("…, Sở Tài nguyên …"), or
    // a predicate right after what was read ("…, diện mạo các tỉnh … đã thay đổi").
    if (!/^\p{Lu}/u.test(printed.slice(k + 2)) && !NEXT_PREDICATE.test(after)) continue;
    const a = subjectAgreement(text, e);
    if (a !== null && a >= 0.67) return { text, a };
  }
  return undefined;
}

/** A predicate starting right after a subject read on (original text). */
const NEXT_PREDICATE = /^\s*(?:đã|đang|sẽ|vừa|được|đều|cũng|không|chưa|vẫn|từng|ngày càng|có)\s/u;

/** Is every word pair of the printed subject within the first words of the candidate's subject? */
function headAgrees(printed: string, e: CatalogFacts): boolean {
  const p = syllables(printed).filter((w) => w !== 've');
  const head = new Set(bigrams(syllables(e.title ?? '').slice(0, p.length + 4)));
  return p.length >= 2 && bigrams(p).every((b) => head.has(b));
}

/** Share of the printed subject's word pairs found in the candidate's subject (Vietnamese or English):
 *  pairs, because a Vietnamese word is mostly two syllables and single syllables match anything. */
function subjectAgreement(printed: string, e: CatalogFacts): number | null {
  const p = new Set(bigrams(syllables(printed).filter((w) => w !== 've')));
  if (p.size < 1) return null;
  // One language against the same: a Vietnamese subject against the official one, an English one
  // against the catalog's English wording (none: nothing to compare it with).
  const c = new Set(bigrams(syllables((isEnglish(printed) ? e.titleEn : e.title) ?? '')));
  if (!c.size) return null;
  let n = 0;
  for (const b of p) if (c.has(b)) n++;
  return n / p.size;
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

/** out: excluded; doubt: not excluded, but only evidence the text prints (term, date, year) may settle it. */
interface Scored { e: CatalogFacts; score: number; why: string[]; out?: string; doubt?: string; cut?: string }

/** An entry's subject word pairs (Vietnamese, English), computed once per catalog entry (the catalog
 *  lives as long as the worker). */
const entryPairs = new WeakMap<CatalogFacts, [string[], string[]]>();
/** Pairs of a central body's name and its term ("Bộ Chính trị khóa XIV"): a subject may hold them
 *  ("Phân công Ủy viên Bộ Chính trị khóa XIV …"), but they stand beside almost every mention as its
 *  issuer, and say nothing of which document it is. */
const ISSUER_PAIR = /^(?:bo chinh|chinh tri|ban bi|bi thu|ban chap|chap hanh|hanh trung|trung uong|tri khoa|thu khoa|uong khoa|khoa [ivxl]+)$/;
/** Pairs that stand in nearly every text on party work ("đảng viên", "cán bộ", "chi bộ"): shared with a
 *  candidate's subject, they say nothing of which document is meant. */
const PARTY_WORK_PAIR = /^(?:dang vien|can bo|chi bo|dang bo|cap uy)$/;

function pairsOf(e: CatalogFacts): [string[], string[]] {
  let p = entryPairs.get(e);
  if (!p) {
    // Consecutive syllables, as they would stand in a text; a pair of two empty words says nothing.
    const of = (t: string | null | undefined) => [...new Set(bigrams(syllables(t ?? ''))
      .filter((b) => b.split(' ').some((w) => w.length > 1 && !STOP.has(w)) && !ISSUER_PAIR.test(b) && !PARTY_WORK_PAIR.test(b)))].map((b) => ` ${b} `);
    entryPairs.set(e, (p = [of(e.title), of(e.titleEn)]));
  }
  return p;
}

/** When a candidate was issued: its date, or for a plenum's resolution the catalog does not date,
 *  the days its plenum met. */
function issuedOn(e: CatalogFacts): string | null | undefined {
  return e.date ?? e.meeting?.end ?? e.meeting?.start;
}

/** What one fact printed in the text (its term, date or year) scores: enough to settle a doubt. */
const PRINTED_FACT = 100;
/** How far a printed date may be from the catalog's and still be the same document's. */
export const DATE_SLACK_DAYS = 62;

/** What the text prints with a document: its subject (without a year ending a short one), that
 *  year, and the type word of a QĐ number. */
interface Printed { subject?: string; year?: string; subjectYear?: boolean; qdType?: 'Quy định' | 'Quyết định'; congress?: string }

function printedOf(doc: RefDocument, env: IdentityEnv): Printed {
  const whole = doc.sources.title === 'text' ? doc.title : undefined;
  // "Nghị quyết 18 về đất đai năm 2022": the year ending a short subject is the document's, not its words.
  const subjectYear = whole ? SUBJECT_YEAR.exec(whole) : null;
  const subject = subjectYear && !doc.year ? whole!.replace(/\s+năm\s+\d{4}$/u, '') : whole;
  // Regulations and decisions share the QĐ/TW numbers: the type word printed tells them apart.
  return { subject, year: doc.year ?? (subjectYear ? subjectYear[1] : undefined), subjectYear: !doc.year && !!subjectYear, qdType: printedQdType(env), congress: subject ? congressOf(subject) : undefined };
}

/** Two dates of one year, the one the other with its day and month swapped (05/03 and 03/05) or one
 *  digit of the day swapped with one of the month (23/06 and 26/03). */
export function misprinted(a: string, b: string): boolean {
  if (a === b) return false;
  // The same day and month a year off ("November 27, 2002" for 27/11/2001): the year mistyped.
  if (a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1) return true;
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  const dm = (d: string) => d.slice(8, 10) + d.slice(5, 7);
  const x = dm(a), y = dm(b);
  if (x.slice(2) + x.slice(0, 2) === y) return true;
  for (let i = 0; i < 2; i++) for (let j = 2; j < 4; j++) {
    const c = x.split('');
    [c[i], c[j]] = [c[j], c[i]];
    if (c.join('') === y) return true;
  }
  return false;
}

/** Every date the text prints for the document (two mentions may print two). */
function datesPrinted(doc: RefDocument): string[] {
  const others = doc.others?.date?.filter((o) => o.from === 'text').map((o) => o.value) ?? [];
  return doc.date ? [doc.date, ...others] : others;
}

/** The facts the text prints (term, date, year, type, plenum) and the article's date: each agrees or excludes. */
function scorePrinted(s: Scored, doc: RefDocument, p: Printed, entries: CatalogFacts[], env: IdentityEnv): void {
  const { e } = s;
  // A printed term the printed date cannot have ("ngày 28/9/2018 … (khóa XIII)"): one of them is a
  // misprint, and the date (with the subject) says which document; the term excludes none.
  const termMisprinted = doc.sources.term === 'text' && !!doc.term && doc.sources.date === 'text' && !!doc.date
    && !!termOfDate(doc.date) && termOfDate(doc.date) !== doc.term;
  if (doc.sources.term === 'text' && doc.term && !termMisprinted) {
    if (e.term === doc.term) { s.score += 100; s.why.push(`term ${doc.term} in the text`); } else s.out = `term ${doc.term} in the text`;
  }
  if (doc.sources.date === 'text' && doc.date) {
    if (e.date === doc.date) { s.score += 100; s.why.push(`date ${doc.date} in the text`); }
    else if (e.term && e.term !== termOfDate(doc.date)) s.out = `date ${doc.date} in the text`;
    // "Ngày 23/6/2004" for 36-NQ/TW of 26/3/2004: the same year, the day's and month's digits
    // transposed — a misprint, not another document (the catalog's date is shown, the text's beside it).
    else if (e.date && misprinted(doc.date, e.date)) s.why.push(`date ${doc.date} in the text, a misprint of ${e.date}`);
    // A date months away from the entry's is another document's (or one of them is wrong): its
    // subject beside the text's date would mix two documents. Days apart are a misprint or the day
    // it was published.
    else if (e.date && !datesPrinted(doc).some((d) => Math.abs(Date.parse(e.date!) - Date.parse(d)) <= DATE_SLACK_DAYS * 86_400_000)) s.out = `date ${doc.date} in the text`;
  }
  if (p.year && e.date) {
    if (e.date.startsWith(p.year)) { s.score += 100; s.why.push(`year ${p.year} in the text`); }
    // A year closing a short subject may be the subject's own ("về Tết Ất Tỵ năm 2025") or, the
    // article's own year, the sentence's ("… thực hiện Nghị quyết 57 về chuyển đổi số năm 2025"):
    // then a doubt, not a verdict.
    // Nor the article's own year where that year's term cannot have numbered a document so far yet
    // ("kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2026" in January 2026): the
    // year is the plan's or the work's, not the document's.
    else if (!p.subjectYear && env.articleDate?.startsWith(p.year) && doc.key.includes('/') && notYetReached(doc, termOfDate(env.articleDate)!, env.articleDate)) s.doubt ??= `year ${p.year}, the article's, in the text`;
    else if (!p.subjectYear || (!env.articleDate?.startsWith(p.year) && !e.title?.includes(p.year))) s.out ??= `year ${p.year} in the text`;
    else if (!e.title?.includes(p.year)) s.doubt ??= `year ${p.year} closes the subject printed`;
  }
  // (Only where another candidate is of the type printed: the press writes one for the other, and
  // "Quy định số 190-QĐ/TW … ban hành Quy chế bầu cử" is still the one decision of that number.)
  if (p.qdType && (e.type === 'Quy định' || e.type === 'Quyết định') && e.type !== p.qdType) {
    if (entries.some((o) => o.type === p.qdType)) s.out ??= `a ${e.type}, not the ${p.qdType} the text names`;
    else s.doubt ??= `a ${e.type}, not the ${p.qdType} the text names`;
  }
  // A plenum's or congress's resolution is news from the day the meeting opens, weeks before it is signed.
  const known = e.meeting?.start ?? e.date;
  if (env.articleDate && known && known > env.articleDate) s.out ??= 'issued after the article';
  if (doc.plenum && e.plenum) {
    if (doc.plenum === e.plenum) { s.score += 30; s.why.push(`plenum ${doc.plenum}`); } else s.out ??= `plenum ${doc.plenum} in the text`;
  }
  // "Nghị quyết 45 của Bộ Chính trị" against a Central Committee resolution: the press does confuse the two, so a doubt, not a verdict.
  if (doc.sources.body === 'text' && doc.body && e.body && !e.body.includes(doc.body) && !doc.body.includes(e.body)) s.doubt ??= `issued by ${e.body}, not ${doc.body} as the text says`;
}

/** The subject the text prints against the candidate's. */
function scoreSubject(s: Scored, p: Printed, around: Around, entries: CatalogFacts[]): void {
  const { e } = s, printed = p.subject;
  if (!printed) return;
  const theirs = p.congress && e.title ? congressOf(e.title) : undefined;
  if (p.congress && theirs && p.congress !== theirs) { s.out ??= `Congress ${p.congress} named with it`; return; }
  // "… towards the 14th National Party Congress": the one whose subject names that Congress.
  if (p.congress && theirs === p.congress) { s.score += 50; s.why.push(`Congress ${p.congress} named in its subject, as in the text`); }
  // Names compare within one language: an English subject's capitals ("Resolution No. 18", "Party
  // Central Committee") are not places a Vietnamese subject leaves out.
  if (!isEnglish(printed) && namesAnother(printed, e)) { s.out ??= 'the subject printed names another place'; return; }
  // "… development orientations to 2030" is not the subject "… thời kỳ 2001-2010": the years a
  // subject names, where the candidate's names years and none of them.
  const years = printed.match(YEARS);
  const own = years && e.title ? e.title.match(YEARS) : null;
  if (years && own && years.every((y) => !own.includes(y))) { s.out ??= 'the subject printed names other years'; return; }
  // (Less in English: a translation adds the targets it reads, "… by 2020", whatever the topic.)
  if (years && own && years.every((y) => own.includes(y))) { s.score += isEnglish(printed) ? 20 : 40; s.why.push('the years its subject names'); }
  // An English subject against the catalog's English wordings only where every candidate has one:
  // else the one that has would win for that alone. Topics compare them all alike — all with an
  // official Vietnamese subject; one without is compared by its English wording, or not at all.
  let a = isEnglish(printed) && !entries.every((o) => o.titleEn) && e.title ? null : subjectAgreement(printed, e);
  // A subject read on past its end into the sentence's next clause ("… về kinh tế tư nhân, Sở Tài
  // nguyên và Môi trường rút ngắn …"): the part up to a comma that agrees is the subject.
  // (Never where the whole subject printed agrees with some candidate: it is then that one's own.)
  let cutScore = 1;
  // The official subject printed whole, word for word, then the sentence going on ("việc miễn nhiệm,
  // từ chức đối với cán bộ khi bị kỷ luật, có trên 2/3 số phiếu …"): it agrees.
  // (Never where the whole subject printed agrees with some candidate: it is then that one's own.)
  const agreesWithOne = a !== null && a < 0.5 && entries.some((o) => (subjectAgreement(printed, o) ?? 0) >= 0.5);
  if (a !== null && a < 0.5 && !agreesWithOne && e.title && officialEnd(printed, e.title)) a = 1;
  else if (a !== null && a < 0.5 && !agreesWithOne) {
    const cut = agreeingPrefix(printed, e, around.afterSubject(printed));
    if (cut) { a = cut.a; s.cut = cut.text; cutScore = 0.8; }
  }
  if (a !== null && a >= 0.5) {
    s.score += Math.round(120 * a * cutScore); s.why.push('subject printed in the text');
    // The press shortens a subject to its head ("về công nghiệp hóa"), not to the purpose clause at its
    // end ("…, đáp ứng yêu cầu công nghiệp hóa, …"): agreeing with the head counts more.
    if (a === 1 && headAgrees(printed, e)) s.score += 40;
    return;
  }
  // An English subject against the Vietnamese one: by the topics it names ("rectification" is
  // "chỉnh đốn"), when its own English wording did not already agree. A translation, worded as each
  // paper pleases: it may agree, never exclude.
  if (isEnglish(printed)) {
    if (!e.title) return;
    const topics = around.enTopics(printed);
    const n = topics.length ? topicsShared(topics, foldedTitle(e)) : 0;
    if (n) { s.score += 30 + 30 * n; s.why.push('subject printed in the text'); }
    return;
  }
  if (a === null) return;
  // A Vietnamese subject in the press's shorthand ("Nghị quyết 18 về đất đai" for "… quản lý và sử
  // dụng đất …"): by the topic it names, where that tells the candidates apart. It may agree, never exclude.
  if (a < 0.5 && e.title && entries.length > 1 && topicsApart(around.viTopics(printed), e, entries)) {
    s.score += 60; s.why.push('subject printed in the text, by its topic');
  }
  const n = syllables(printed).length;
  // A subject about another document ("Tổng kết Nghị quyết số 18-NQ/TW …") is printed by that one's
  // topic as often ("Kết luận 121 về tinh gọn bộ máy"): it may agree, and exclude only when a long
  // one shares next to nothing with it, the other document's topic included.
  if (EMBEDS_CITATION.test(e.title ?? '')) {
    if (a < 0.1 && n >= 10 && !around.listTail) s.out ??= 'subject printed in the text differs';
    return;
  }
  // A subject printed after a list of documents may be the whole list's ("Nghị quyết 71-NQ/TW và
  // Nghị quyết 72-NQ/TW về giáo dục và y tế"): it may agree, never exclude.
  // Nor a subject printed after a citation that stands in another document's subject: it may be that one's.
  if (a < 0.2 && n >= 4 && !around.listTail && !around.embedded) s.out ??= 'subject printed in the text differs';
  // "Nghị quyết 45 … về xây dựng và phát triển thành phố Cần Thơ" against the 45-NQ/TW on
  // intellectuals: a few shared pairs ("xây dựng", "phát triển") do not make it the same document.
  // A short one ("cải cách pháp luật") is the press's shorthand for the official subject, not a doubt.
  else if (a < 0.4 && n >= 6) s.doubt = 'subject printed in the text only partly agrees';
}

/** What the words around say of when it was issued: lately, or in one year. Either may exclude. */
function scoreWhen(s: Scored, doc: RefDocument, env: IdentityEnv, around: Around): void {
  const { e } = s;
  // "vừa ban hành", "mới ban hành", "just issued": issued lately — not a document of years before
  // the article (in 2026 a new term reuses the numbers of 2021's documents).
  const issued = issuedOn(e);
  if (env.articleDate && issued && around.recent) {
    const days = (Date.parse(env.articleDate) - Date.parse(issued)) / 86_400_000;
    if (days > 365) s.out ??= `issued lately, the words around say, and the article is of ${env.articleDate.slice(0, 7)}`;
    else if (days >= -7) { s.score += 40; s.why.push('issued lately, as the words around say'); }
  }
  // "… mới được Ban Chấp hành Trung ương ban hành tháng 9/2026": the one year of issue the words
  // around give, when a candidate is of another year, rules it out.
  if (e.date && !doc.year) {
    const years = around.issuedYears;
    if (years.length === 1 && !e.date.startsWith(years[0])) s.out ??= `issued in ${years[0]}, the words around say`;
  }
}

/** How many of `topics` the candidate's subject names, where that is more than some other candidate's
 *  does (so they tell the candidates apart); 0 otherwise. */
function topicsApart(topics: string[][], e: CatalogFacts, entries: CatalogFacts[]): number {
  if (!topics.length) return 0;
  const share = (x: CatalogFacts) => (x.title ? topicsShared(topics, foldedTitle(x)) : 0);
  const n = share(e);
  return n > Math.min(...entries.map(share)) ? n : 0;
}

/** Evidence that can only agree: the meeting and Congress named beside it, the words and documents
 *  around it, the body, a year of issue or the years elapsed the words around state. */
function scoreAround(s: Scored, doc: RefDocument, p: Printed, entries: CatalogFacts[], env: IdentityEnv, around: Around): void {
  const { e } = s;
  // "Chỉ thị 01-CT/TW: Học tập, quán triệt Nghị quyết Đại hội XIV": the Congress named right after
  // the mention is the one whose resolution a candidate's subject is about.
  if (!(p.congress && e.title && congressOf(e.title)) && e.title && around.nearCongress) {
    if (congressOf(e.title) === around.nearCongress) { s.score += 50; s.why.push(`Congress ${around.nearCongress} named with it, as in its subject`); }
  } else if (!p.congress && e.title && around.officeCongress && congressOf(e.title) === around.officeCongress) {
    // "Chỉ thị 35 … đại hội điểm … nhiệm kỳ 2020 – 2025": the congresses toward Congress XIII, as its subject says.
    s.score += 50; s.why.push(`the congresses of the term of office named around it lead to Congress ${around.officeCongress}, as in its subject`);
  }
  // "Hội nghị Trung ương 6 khóa XIII đã ban hành Nghị quyết 27-NQ/TW, …": the plenum named beside it
  // is the one that adopted this candidate.
  if (e.plenum && e.term && !doc.plenum && around.plenums.some((x) => x.n === e.plenum && x.term === e.term)) {
    s.score += 100; s.why.push(`adopted by plenum ${e.plenum} of term ${e.term}, named beside it`);
  }
  // The topics the words around name ("Resolution 18 … its new land price tables", "khi nói về cải cách
  // tiền lương, … Nghị quyết 27"), where they tell the candidates apart: they may agree, never exclude.
  // (Not for a plenum named as such: the topics around it are as often its other resolutions'.)
  if (entries.length > 1 && e.title && !doc.plenum) {
    const n = topicsApart(around.aroundTopics, e, entries);
    if (n) { s.score += 25 + 25 * n; s.why.push('topics of the words around the mention'); }
  }
  let shared = 0;
  const [vi, en] = pairsOf(e);
  for (const b of vi) if (around.words.includes(b)) shared++;
  // The English wording only where every candidate has one: else the one that has would win for that alone.
  if (en.length && entries.every((o) => o.titleEn)) for (const b of en) if (around.words.includes(b)) shared++;
  // (Not a plenum's resolution whose words list the plenum's several: "… khóa XIII gồm nghị quyết về …".)
  if (shared >= 2 && !(doc.plenum && around.setFollows)) { s.score += Math.min(60, 15 * shared); s.why.push('words around the mention'); }
  const related = new Set<string>();
  for (const r of e.relations ?? []) {
    const id = env.keyId(r.key);
    if (env.citedIds.has(id) && id !== env.keyId(doc.key) && !related.has(id)) { related.add(id); s.score += 60; s.why.push(`cited beside ${r.key}`); }
  }
  // …and the other way: "tổng kết Chỉ thị 36 và triển khai Kết luận 132-KL/TW", which continues one of
  // them (counted once a pair, and not from a document issued after the article).
  for (const r of e.relatedFrom ?? []) {
    const id = env.keyId(r.key);
    if (!env.citedIds.has(id) || id === env.keyId(doc.key) || related.has(id) || (env.articleDate && r.date && r.date > env.articleDate)) continue;
    s.score += 60; s.why.push(`cited beside ${r.key}, which names it`);
    break;
  }
  // "Tổng kết Nghị quyết 18" (in 2025): the candidate the catalog knows a final review of, issued before the article.
  // (Not where it prints a subject: that is for the subject to settle.)
  if (entries.length > 1 && !p.subject && around.finalReview) {
    const by = e.relations?.find((r) => r.rel === 'reviewedBy');
    if (by) { s.score += 50; s.why.push(`reviewed by ${by.key}, and the text speaks of its review`); }
  }
  // Weak: the body the text names agrees (only counts where the catalog knows one such document).
  if (entries.length === 1 && doc.sources.body === 'text' && doc.body && e.body && e.body.includes(doc.body)) {
    s.score += 20; s.why.push(`issued by ${doc.body}, as the text says`);
  }
  // "Tỉnh ủy Nghệ An … triển khai Nghị quyết số 39-NQ/TW": a place named in the sentence that one
  // candidate's subject names, and no other's.
  if (entries.length > 1 && e.title) {
    const own = foldedTitle(e);
    const place = around.placesAround.find((n) => own.includes(n) && entries.every((o) => o === e || !foldedTitle(o).includes(n)));
    // Weak: the committee of that place may be implementing any resolution of the number.
    if (place) { s.score += 30; s.why.push('a place named beside it, as in its subject'); }
  }
  // "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017": the date of the list.
  if (!doc.date && e.date && around.listDate === e.date) { s.score += 60; s.why.push(`dated ${e.date} with the document listed beside it`); }
  if (e.date && !doc.year) {
    ISSUED_IN.lastIndex = 0;
    for (let m; (m = ISSUED_IN.exec(around.folded)); ) {
      if (e.date.startsWith(m[1])) { s.score += 60; s.why.push(`issued in ${m[1]}, as the words around say`); break; }
    }
  }
  // (Only where it tells the candidates apart: a plenum's resolutions share their year, also where
  // the catalog dates one of them only by its plenum's days.)
  const yearOf = (o: CatalogFacts) => issuedOn(o)?.slice(0, 4);
  const own = yearOf(e);
  if (env.articleDate && own && (entries.length === 1 || entries.some((o) => yearOf(o) !== own))) {
    const years = Number(env.articleDate.slice(0, 4)) - Number(own);
    const n = around.elapsed.find((c) => Math.abs(years - c) <= 1);
    if (n !== undefined) { s.score += 50; s.why.push(`"${n} năm" before the article`); }
  }
}

/** Where it tells the candidates apart, the body the text names counts more: the one of them issued
 *  by it — unless the subject the text prints agrees with another (two mentions merged may each have
 *  printed one, and the press confuses the Politburo with the Central Committee). */
function onlyIssuer(doc: RefDocument, scored: Scored[]): void {
  if (scored.length < 2 || doc.sources.body !== 'text' || !doc.body) return;
  const by = scored.filter((s) => s.e.body?.includes(doc.body!));
  if (by.length !== 1 || !scored.every((s) => s === by[0] || (!!s.e.body && !s.e.body.includes(doc.body!)))) return;
  const [s] = by;
  if (s.out || scored.some((o) => o !== s && !o.out && o.why.includes('subject printed in the text'))) return;
  // The press credits the Politburo with the Central Committee's resolutions, seldom the reverse: the
  // Politburo (or the Secretariat) named is not enough alone to settle it; the Central Committee is.
  s.score += doc.body === 'Ban Chấp hành Trung ương' ? 50 : 40;
  s.why.push(`the only one issued by ${doc.body}, as the text says`);
}

/** The candidates not excluded, most likely first; ties by the single words of a short printed
 *  subject ("Nghị quyết 18 về đất đai") found in a candidate's subject, then the newest. */
function ranked(scored: Scored[], p: Printed, env: IdentityEnv): Scored[] {
  const words = p.subject ? contentWords(p.subject) : null;
  const hint = (e: CatalogFacts) => {
    if (!words?.size) return 0;
    const own = new Set([...syllables(e.title ?? ''), ...syllables(e.titleEn ?? '')]);
    let n = 0;
    for (const w of words) if (own.has(w)) n++;
    return n;
  };
  return scored.filter((s) => !s.out).sort((a, b) => b.score - a.score || hint(b.e) - hint(a.e)
    || (env.articleDate || env.newestFirst ? (b.e.date ?? '').localeCompare(a.e.date ?? '') : 0));
}

/**
 * How fast a term numbers its documents of a kind, at most, per year since its Congress (term XIII
 * issued 80 resolutions, about 220 conclusions and 50 directives in five years, fastest in its last
 * two), with room to spare. Only these kinds: the Party's Quy định and Quyết định share one sequence
 * with personnel decisions and run into the hundreds within months.
 */
const NUMBERS_PER_YEAR: Record<string, number> = { NQ: 40, KL: 150, CT: 25 };
const NUMBER_HEADROOM = 10;

/** The number is higher than the article's term could have reached by the article's date. */
function notYetReached(doc: RefDocument, term: string, articleDate: string): boolean {
  const rate = NUMBERS_PER_YEAR[doc.type];
  const start = termStart(term);
  const n = Number(doc.number);
  if (!rate || !start || !Number.isFinite(n)) return false;
  const years = (Date.parse(articleDate) - Date.parse(start)) / (365.25 * 86_400_000);
  return Number.isFinite(years) && n > NUMBER_HEADROOM + rate * Math.max(0, years);
}

/** One entry when the evidence settles it, else the candidates in order. */
function settle(doc: RefDocument, scored: Scored[], live: Scored[], env: IdentityEnv): Identity {
  if (!live.length) return { candidates: [], decidedBy: scored.map((s) => `not ${s.e.key} ${s.e.term ?? ''}: ${s.out}`) };
  const [top, second] = live;
  const excludedStrongly = scored.some((s) => s.out && !/subject/.test(s.out));
  // An article of a later term than the one entry the catalog has: numbers restarted since, and that
  // term may have its own document of the number; the issuer alone no longer settles it.
  const articleTerm = env.articleDate ? termOfDate(env.articleDate) : undefined;
  const laterTerm = !!(articleTerm && top.e.term && (romanToInt(articleTerm) ?? 0) > (romanToInt(top.e.term) ?? 0));
  // …unless the article's term cannot have reached that number yet ("Nghị quyết 79-NQ/TW" two months
  // into term XIV): then the one entry, of the term before, is the only document it can be.
  // (Only the term right after the entry's: the ones between have had their own years to reach it.)
  const nextTerm = laterTerm && (romanToInt(articleTerm!) ?? 0) - (romanToInt(top.e.term!) ?? 0) === 1;
  const unreached = nextTerm && !second && doc.key.includes('/') && notYetReached(doc, articleTerm!, env.articleDate!);
  if (unreached) top.why.push(`term ${articleTerm} had not reached number ${doc.number} by the article's date`);
  // The one entry the catalog has, of the article's own term and issued before it: in that term the
  // number names that document alone ("Nghị quyết 57-NQ/TW" in a 2025 article). Weak: only where
  // nothing else counts, and never for a short form, whose issuer is not printed.
  const ofArticleTerm = !second && !top.score && !!articleTerm && top.e.term === articleTerm && !!top.e.date && !!env.articleDate
    && top.e.date <= env.articleDate && doc.key.includes('/');
  if (ofArticleTerm) top.why.push(`the only ${top.e.key} of term ${articleTerm}, the article's`);
  const settles = (!top.doubt || top.score >= PRINTED_FACT) && (second
    ? top.score >= 50 && top.score - second.score >= 40
    : laterTerm && !unreached ? top.score >= 50 : top.score > 0 || excludedStrongly || ofArticleTerm || unreached);
  if (settles) return { pick: top.e, candidates: [], decidedBy: top.why.length ? top.why : scored.filter((s) => s.out).map((s) => `not ${s.e.term ?? s.e.date}: ${s.out}`), ...(top.cut ? { subjectCut: top.cut } : {}) };
  return { candidates: live.map((s) => s.e), decidedBy: [] };
}

export function identify(doc: RefDocument, entries: CatalogFacts[], env: IdentityEnv): Identity {
  if (!entries.length) return { candidates: [], decidedBy: [] };
  // The plenum as the set of what it adopted: no one resolution is meant.
  if (entries.length > 1 && namesPlenumSet(doc, env)) return { candidates: entries.filter((e) => !doc.term || e.term === doc.term), decidedBy: [] };
  const printed = printedOf(doc, env);
  const around = new Around(env);
  const scored: Scored[] = entries.map((e) => ({ e, score: 0, why: [] }));
  for (const s of scored) {
    scorePrinted(s, doc, printed, entries, env);
    scoreSubject(s, printed, around, entries);
    scoreWhen(s, doc, env, around);
    if (!s.out) scoreAround(s, doc, printed, entries, env, around); // excluded: nothing more can bring it back
  }
  onlyIssuer(doc, scored);
  onlyOneAbout(scored, printed);
  return settle(doc, scored, ranked(scored, printed, env), env);
}

/**
 * Same-numbered (or same-plenum) candidates whose subjects share most of their words ("Định hướng
 * chiến lược phát triển giáo dục – đào tạo …" and "… khoa học và công nghệ …"): the printed subject
 * settles it by the words only one of them has. Two such pairs at least, and none of another's.
 */
function onlyOneAbout(scored: Scored[], p: Printed): void {
  const live = scored.filter((s) => !s.out && s.e.title);
  if (!p.subject || live.length < 2 || isEnglish(p.subject)) return;
  const printed = new Set(bigrams(syllables(p.subject).filter((w) => w !== 've')));
  const pairsOfEach = live.map((s) => new Set(pairsOf(s.e)[0].map((b) => b.trim())));
  const own = pairsOfEach.map((mine, i) => [...printed].filter((b) => mine.has(b) && pairsOfEach.every((o, j) => j === i || !o.has(b))).length);
  const winners = own.flatMap((n, i) => (n > 0 ? [i] : []));
  if (winners.length !== 1 || own[winners[0]] < 2) return;
  const s = live[winners[0]];
  s.score += 60;
  s.why.push('the subject printed names what only it is about');
}
