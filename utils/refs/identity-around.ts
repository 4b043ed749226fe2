/**
 * What the words around a document's mentions say about which catalog entry it is (identity.ts
 * weighs it): a year of issue, "vừa ban hành", the Congress or plenum named beside it, the years
 * elapsed, whether it ends a list. Each read once per document, and only when a candidate asks.
 */
import type { CatalogFacts, RefDocument } from './types';
import { fold, type Folded } from './normalize';
import { englishTopics, vietnameseTopics } from './en-topics';
import { EN_TERM_AFTER, intToRoman, ORDINALS } from './vocabulary';
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
  /** Candidates the evidence ranks alike: the newest first even without the article's date (a
   *  plenum named without its term: the recent one is the likelier, and the list is cut short). */
  newestFirst?: boolean;
  /** The text already folded (the engine has it): no second fold of the windows. */
  folded?: Folded;
}

/** A year of issue stated in the words around ("adopted in 2017", "ban hành năm 2024"): weaker than one printed with the number. */
export const ISSUED_IN = /(?:(?:adopted|issued|passed|signed|promulgated)(?: +by +(?:the +)?[a-z]+(?: +[a-z]+){0,3}?)? +in +(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) +)?|(?:ban hanh|ra doi|thong qua) +(?:tu +|vao +)?(?:nam +|thang +\d{1,2} *[/.-] *|thang +\d{1,2} +nam +))((?:19|20)\d\d)(?!\d)/g;

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
/** (Not "vừa … vừa …", both this and that; nor "vừa qua", the past weeks' meeting.) */
const RECENT_AFTER = /^ *,? *(?:moi|vua moi|vua(?! +qua)(?=(?: +[a-z]+){0,2} +(?:duoc|ban hanh|thong qua|ky|ra doi|cong bo|co hieu luc)(?![a-z])))(?![a-z])/;

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

/** An entry's subject folded, computed once per entry (the catalog lives as long as the worker). */
const folded = new WeakMap<CatalogFacts, string>();
export function foldedTitle(e: CatalogFacts): string {
  let f = folded.get(e);
  if (f === undefined) folded.set(e, (f = fold(e.title ?? '', { ascii: true }).text));
  return f;
}

/** The national congress a subject names ("tiến tới Đại hội XIV", "lần thứ XIII", "the 14th National Party Congress",
 *  "the 12th Party Resolution"). */
const CONGRESS_IN = new RegExp(String.raw`dai hoi (?:dai bieu toan quoc +)?(?:(?:cua dang|dang) +)?(?:lan thu +)?([ivxl]+|\d{1,2})(?![a-z0-9])|(\d{1,2}) ?(?:st|nd|rd|th) +(?:national +(?:party +)?congress|party +congress|party +resolution(?!${EN_TERM_AFTER}))`);

export function congressOf(s: string): string | undefined {
  const m = CONGRESS_IN.exec(fold(s, { ascii: true }).text);
  if (!m) return undefined;
  const n = m[1] ?? m[2];
  return /^\d+$/.test(n) ? intToRoman(Number(n)) : n.toUpperCase();
}

/** "nhiệm kỳ 2020 – 2025", "(2025-2030 term)": a local term of office, five years from a year ending in 0 or 5. */
/** A local term of office: "nhiệm kỳ 2020 – 2025", "the 2025-2030 term" (its first year a group). */
const OFFICE = String.raw`(?:nhiem ky +((?:19|20)\d[05]) *[-–] *(?:19|20)\d[05]|((?:19|20)\d[05]) *[-–] *(?:19|20)\d[05] +(?:term|tenure))(?!\d)`;
/** The congresses' term: "đại hội … nhiệm kỳ 2020 – 2025", "congresses for the 2025-2030 term" (a term
 *  named alone — "tổng kết nhiệm kỳ 2020 – 2025" — says nothing of congresses). */
const TERM_OF_OFFICE = new RegExp(String.raw`(?:dai hoi|congress)[^.;]{0,80}?${OFFICE}`);
const ANY_TERM_OF_OFFICE = new RegExp(OFFICE, 'g');

/** The Congress a round of local congresses for a term of office leads to: 2020–2025 → XIII (2021).
 *  None where the words name two terms ("… nhiệm kỳ 2025 – 2030, đánh giá nhiệm kỳ 2020 – 2025"); a
 *  term already begun by the article's date is the one being closed, not prepared for: no evidence. */
export function congressOfOffice(folded: string, articleDate?: string): string {
  const m = TERM_OF_OFFICE.exec(folded);
  if (!m) return '';
  const y = Number(m[1] ?? m[2]);
  if (articleDate && y < Number(articleDate.slice(0, 4))) return '';
  // Any other term named around it, congresses or not, leaves it open.
  for (const t of folded.matchAll(ANY_TERM_OF_OFFICE)) if (Number(t[1] ?? t[2]) !== y) return '';
  // Congress VI (1986) onward, one every five years: the local terms end in 0 and 5 since then.
  return y >= 1985 && y <= 2035 ? intToRoman(13 + (y - 2020) / 5) : '';
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const EN_COUNT = `(\\d{1,2}|${EN_NUMBERS.slice(1).join('|')}|a decade|two decades|three decades)`;
/** Vietnamese counts as the press spells them (folded): "tám", "mười", "mười lăm", "hai mươi", "hai mươi lăm". */
const VI_DIGITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const VI_COUNT = '(\\d{1,2}|(?:(?:hai|ba) +muoi|muoi)(?: +(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|nam|sau|bay|tam|chin)';
// "sau 8 năm thực hiện", "Hai mươi năm thực hiện", "kỷ niệm 6 năm ban hành", "seven years of implementing",
// "Seven years after Resolution 18 took effect", "two decades after", "a 10-year review".
const ELAPSED_WORDS = (`(?:(?:sau|qua|hon|gan|tron|tong ket|so ket|danh gia|ky niem)(?: +(?:hon|gan|tron))? +|(?:^|[.;:!?] +|, +))${VI_COUNT} +nam +(?:(?:thuc hien|trien khai|tong ket|so ket)(?: +(?:thuc hien|trien khai))?|(?:ngay +)?ban hanh)`
  + `|(?<![a-z])${EN_COUNT} +years? +(?:of +(?:implement[a-z]*|carrying +out)|after|since)|(?<![a-z])(a decade|two decades|three decades) +(?:of +(?:implement[a-z]*|carrying +out)|after|since)|(\\d{1,2})-year +(?:implementation|review)`);
/** Right before a mention it governs ("Tám năm thực hiện Nghị quyết 18", "Seven years after Resolution
 *  18", "a 10-year review of"): not anywhere around it, where it may be another document's. */
/** Right before a mention: its final review (folded). Not "sơ kết", a review on the way. */
const FINAL_REVIEW = /(?<!(?:se|sap|du kien|mid-term|midterm|interim|will) )(?:tong ket|(?:final )?review(?:ing)? of|summing up|sums up)(?: +(?:viec +)?(?:thuc hien|thi hanh|trien khai|implementing|the implementation of))?(?: +(?:cac|the))? *$/;
const ELAPSED_AT = new RegExp(`(?:${ELAPSED_WORDS})(?: +of)?(?: +(?:the|cac|nhung))? *$`);
/** A count as a number: "7", "seven", "tám", "hai mươi lăm", "two decades". */
export const countOf = (s: string): number => {
  if (/^\d+$/.test(s)) return Number(s);
  const decades = ['a decade', 'two decades', 'three decades'].indexOf(s);
  if (decades >= 0) return 10 * (decades + 1);
  const en = EN_NUMBERS.indexOf(s);
  if (en >= 0) return en;
  const w = s.split(/ +/);
  if (w[0] === 'muoi') return 10 + (w[1] ? VI_DIGITS[w[1]] ?? 0 : 0);
  if (w[1] === 'muoi') return 10 * (VI_DIGITS[w[0]] ?? 0) + (w[2] ? VI_DIGITS[w[2]] ?? 0 : 0);
  return VI_DIGITS[w[0]] ?? -1;
};

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

/** The words of the first mention's sentence before it (at most 160 characters): "Ngay sau khi Đại
 *  hội XIV bế mạc, Bộ Chính trị đã ban hành Chỉ thị 01-CT/TW" names the Congress it is about. */
function clauseBefore(env: IdentityEnv): string {
  const s = env.spans[0];
  if (!s) return '';
  const before = env.text.slice(Math.max(0, s.start - 160), s.start);
  const stop = before.search(/[.;!?\n][^.;!?\n]*$/);
  return stop >= 0 ? before.slice(stop + 1) : before;
}

/** "Nghị quyết Trung ương 5 khóa XIII, gồm các nghị quyết về …": the plenum's resolutions together. */
const PLENUM_SET = /^[^.;]{0,24}?(?:gom|bao gom|comprises?|includ(?:es|ing))(?: +co)? +(?:cac|nhung|nhieu|mot so|hai|ba|bon|nam|\d|two|three|four|five|several|many)(?: +[a-z]+)? +(?:nghi quyet|resolutions)/;

export function namesPlenumSet(doc: RefDocument, env: IdentityEnv): boolean {
  const s = env.spans[0];
  if (!doc.plenum || !doc.key.startsWith('NQ-HNTW') || !s) return false;
  // "… các nghị quyết Trung ương 5 khóa XIII về đất đai, tam nông …": the plural before it says so too.
  // (Of one term: "các Nghị quyết Trung ương 4" with no term are that plenum's of several terms, ranked as usual.)
  if (doc.term && PLURAL_BEFORE.test(fold(env.text.slice(Math.max(0, s.start - 12), s.start), { ascii: true }).text)) return true;
  return PLENUM_SET.test(fold(env.text.slice(s.end, s.end + 80), { ascii: true }).text);
}
const PLURAL_BEFORE = /(?<![a-z])(?:cac|nhung|hai|ba|bon) +$/;

// "Hội nghị Trung ương 6 khóa XIII", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
// "Nghị quyết Trung ương 5 khóa XIII gồm …"
// (a month or year in brackets between: "(tháng 10/2022)").
const PLENUM_NAMED = /(?:hoi nghi|nghi quyet) +(?:lan thu +(\d{1,2}|[a-z]+) +(?:ban chap hanh +)?trung uong|(?:ban chap hanh +)?trung uong +(?:dang +)?(?:lan thu +)?(\d{1,2}|[a-z]+))(?: +dang)?(?: *\([^()]{0,24}\))? *,? *khoa +([ivxl]+)(?![a-z])/g;

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
      const n = /^\d+$/.test(w) ? Number(w) : ORDINALS[w];
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
export function printedQdType(env: IdentityEnv): 'Quy định' | 'Quyết định' | undefined {
  const s = env.spans[0];
  if (!s) return undefined;
  const w = fold(env.text.slice(s.start, s.start + 12), { ascii: true }).text;
  return /^(?:quy dinh|regulation)/.test(w) ? 'Quy định' : /^(?:quyet dinh|decision)/.test(w) ? 'Quyết định' : undefined;
}

const SET_FOLLOWS = /^ *(?:\([^)]{0,20}\) *)?,? *(?:(?:da +)?(?:(?:bao +)?gom +(?:ca +)?(?:cac +)?(?:(?:\d+|hai|ba|bon|nam) +)?|co +(?:\d+|hai|ba|bon|nam) +|(?:ban hanh|thong qua) +(?:\d+|hai|ba|bon|nam|cac) +)nghi quyet|(?:comprises|includes|consists of) +(?:the +)?(?:\w+ +)?resolutions)(?![a-z])/;

/** Vietnamese topics specific enough, as words around a mention, to name one document's subject. */
const OWN_TOPICS = new Set(['su dung dat', 'tinh gon', 'tien luong', 'kinh te tu nhan', 'dan so', 'bao hiem xa hoi', 'nang luong', 'tri thuc', 'dai doan ket', 'nguoi viet nam o nuoc ngoai', 'kinh te tap the', 'don vi su nghiep', 'doanh nhan', 'nong nghiep', 'dai hoi dang bo cac cap']);

/** Another document cited in a sentence: a type word and a number ("Nghị quyết 19", "Resolution No. 57"). */
const CITATION_WORD = /(?:nghi quyet|ket luan|chi thi|quy dinh|quyet dinh|thong bao|huong dan|ke hoach|resolution|conclusion|directive|regulation|decision)s? +(?:so +|no\.? *)?\d/;

/** The words around one document's mentions, each read once and only when a candidate asks. */
export class Around {
  private f?: string;
  private w?: string;
  private r?: boolean;
  private years?: string[];
  private congress?: string;
  private named?: Array<{ n: number; term: string }>;
  private list?: boolean;
  private topics?: string[][];
  constructor(private readonly env: IdentityEnv) {}
  /** Folded, windows around the mentions joined. */
  get folded(): string { return (this.f ??= foldedAround(this.env)); }
  /** The same, one space between words, so a pair is found with one native `includes`. */
  get words(): string { return (this.w ??= ` ${this.folded.replace(/[^a-z0-9]+/g, ' ')} `); }
  get recent(): boolean { return (this.r ??= saysRecent(this.env)); }
  get issuedYears(): string[] { return (this.years ??= yearsIssued(fold(clauseAfter(this.env), { ascii: true }).text)); }
  /** The Congress named right after the first mention, else before it in its sentence ('' for none). */
  get nearCongress(): string { return (this.congress ??= congressOf(clauseAfter(this.env)) ?? congressOf(clauseBefore(this.env)) ?? ''); }
  private office?: string;
  /** The national Congress the local congresses of a term of office named around it lead to ("đại
   *  hội … nhiệm kỳ 2020 – 2025" → XIII, whose Congress closed those rounds; '' for none). */
  get officeCongress(): string { return (this.office ??= congressOfOffice(this.folded, this.env.articleDate)); }
  get plenums(): Array<{ n: number; term: string }> { return (this.named ??= plenumsNamed(this.env)); }
  get listTail(): boolean { return (this.list ??= endsList(this.env)); }
  /** The topics of the document's printed subject (one per document: the first asked is kept). */
  enTopics(printed: string): string[][] { return (this.topics ??= englishTopics(printed)); }
  private viSubjectTopics?: string[][];
  /** The same for a Vietnamese printed subject, read with its marks. */
  viTopics(printed: string): string[][] { return (this.viSubjectTopics ??= vietnameseTopics(printed)); }
  /** The first mention is printed in English ("Resolution 18", "Directive 05"). */
  get english(): boolean {
    const s = this.env.spans[0];
    return !!s && /^(?:resolution|conclusion|directive|regulation|decision|notice|guideline)/i.test(this.env.text.slice(s.start, s.start + 12));
  }
  /** The topics the first mention's own sentence names around it, in its language ("… its new land price
   *  tables", "khi nói về cải cách tiền lương"): only where no other document is cited in that sentence
   *  (its topic would be that one's), and only topics one resolution of a number owns ("pháp luật",
   *  "education", "officials" are any text's). */
  get aroundTopics(): string[][] {
    if (this.topicsAround) return this.topicsAround;
    const sentence = `${clauseBefore(this.env)} ${clauseAfter(this.env)}`;
    const folded = fold(sentence, { ascii: true }).text;
    const found = CITATION_WORD.test(folded) ? [] : this.english ? englishTopics(folded) : vietnameseTopics(sentence);
    return (this.topicsAround = found.filter((vi) => vi.some((w) => OWN_TOPICS.has(w))));
  }
  private topicsAround?: string[][];
  /** The original text right after the printed subject (as read after the first mention). */
  afterSubject(printed: string): string {
    const s = this.env.spans[0];
    if (!s) return '';
    // Within reach of the mention only: a subject that crossed a line break is printed with a space
    // and found nowhere, and the whole text must not be searched for it.
    const at = this.env.text.slice(s.end, s.end + 200 + printed.length).indexOf(printed);
    return at < 0 ? '' : this.env.text.slice(s.end + at + printed.length, s.end + at + printed.length + 24);
  }
  private set?: boolean;
  /** "Nghị quyết Trung ương 5 khóa XIII gồm …", "… (NQ TW6) có 4 nghị quyết": what follows the first
   *  mention lists the plenum's resolutions; the words after it name several, not the one it is. */
  get setFollows(): boolean {
    const s = this.env.spans[0];
    return (this.set ??= !!s && SET_FOLLOWS.test(fold(this.env.text.slice(s.end, s.end + 60), { ascii: true }).text));
  }
  private inside?: boolean;
  /** The first mention stands in another document's subject ("Công văn … về tổng kết Nghị quyết số
   *  18-NQ/TW về …"): the words after it may be that one's subject as much as its own. */
  get embedded(): boolean {
    const s = this.env.spans[0];
    return (this.inside ??= !!s && EMBEDDED_BEFORE.test(fold(this.env.text.slice(Math.max(0, s.start - 60), s.start), { ascii: true }).text));
  }
  private counts?: number[];
  /** The years elapsed the text states right before the first mentions (see ELAPSED_AT). */
  get elapsed(): number[] {
    if (this.counts) return this.counts;
    const out: number[] = [];
    for (const sp of this.env.spans.slice(0, SPANS_READ)) {
      const m = ELAPSED_AT.exec(fold(this.env.text.slice(Math.max(0, sp.start - 70), sp.start), { ascii: true }).text);
      if (m) out.push(countOf(m[1] ?? m[2] ?? m[3] ?? m[4]));
    }
    return (this.counts = out);
  }
  private review?: boolean;
  /** "tổng kết (việc thực hiện) Nghị quyết 18", "review of Resolution 18": the text speaks of the final
   *  review of the document — one the catalog knows was reviewed is the likelier. */
  get finalReview(): boolean {
    if (this.review !== undefined) return this.review;
    this.review = this.env.spans.slice(0, SPANS_READ).some((sp) =>
      FINAL_REVIEW.test(fold(this.env.text.slice(Math.max(0, sp.start - 40), sp.start), { ascii: true }).text));
    return this.review;
  }
  private shared?: string | null;
  /** The date printed after the next item of a list this mention opens ("Nghị quyết số 18-NQ/TW và
   *  Nghị quyết số 19-NQ/TW ngày 25/10/2017"): the date of a plenum's resolutions, shared more often than not. */
  get listDate(): string | null {
    if (this.shared !== undefined) return this.shared;
    const s = this.env.spans[0];
    const m = s ? LIST_DATE.exec(fold(this.env.text.slice(s.end, s.end + 90), { ascii: true }).text) : null;
    return (this.shared = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null);
  }
  private names?: string[];
  /** Names of places and bodies (two capitalised syllables or more) in the sentence of the first mention. */
  get placesAround(): string[] {
    if (this.names) return this.names;
    const s = this.env.spans[0];
    if (!s) return (this.names = []);
    const t = this.env.text, a = stopBefore(t, s.start, Math.max(0, s.start - 240)), b = stopAfter(t, s.end, Math.min(t.length, s.end + 240));
    return (this.names = namesOf(t.slice(a < 0 ? Math.max(0, s.start - 240) : a, b < 0 ? Math.min(t.length, s.end + 240) : b), false));
  }
}

const EMBEDDED_BEFORE = /(?:^|[^a-z])(?:ve|on)(?: +viec)? +(?:tong ket|so ket|tiep tuc thuc hien|thuc hien|trien khai|danh gia|sua doi,? bo sung|continuing to implement|further implementing|the review of|reviewing|implementing)(?: +\d+ +nam +thuc hien)?(?: +cac)? *$/;
const LIST_DATE = /^ *(?:,|va|and) +(?:nghi quyet|ket luan|chi thi|quy dinh|quyet dinh|huong dan|thong bao|resolution|conclusion|directive|regulation)(?: so| no\.?)? *\d{1,4}-[a-z]+\/[a-z]+ *,? *(?:ngay|dated) +(\d{1,2}) *[/.-] *(\d{1,2}) *[/.-] *((?:19|20)\d\d)(?!\d)/;

/** Two or more capitalised syllables in a row: a place or a body ("Cần Thơ", "Hải Phòng", "Tây Nguyên"). */
const NAME = /(?<![\p{L}])\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*)+/gu;
/** Names that say nothing about which document: every subject may carry them. */
const COMMON_NAMES = new Set(['viet nam', 'ho chi minh', 'trung uong', 'bo chinh tri', 'ban bi thu', 'quoc hoi', 'chinh phu', 'mat tran to quoc', 'to quoc', 'dang cong san', 'nha nuoc']);

/** The names in `s` (folded), but those every subject may carry; `skipFirst`: not a name at its very start. */
export function namesOf(s: string, skipFirst: boolean): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(NAME)) {
    if (skipFirst && m.index === 0) continue; // a subject's first word is capitalised anyway
    const n = fold(m[0], { ascii: true }).text.replace(/-/g, ' ');
    if (!COMMON_NAMES.has(n)) out.push(n);
  }
  return out;
}
