/** What every step of resolve() reads: the passage, its candidates and the facts around each. */
import type { Candidate, RawItem } from '../match';
import { bodyAt as partyBodyAt, type AfterFacts, type BodyFact, type Context } from '../context';
import type { Folded } from '../normalize';
import { TYPE_NAMES, TYPE_WORDS } from '../vocabulary';

export interface ResolvedItem {
  cand: Candidate;
  item: RawItem;
  key: string;
  party: boolean;
  facts: AfterFacts;
  body?: BodyFact;
  /** A short form the text leaves open: the other documents of its type and number cited in the
   *  passage ("Chỉ thị 05" after both 05-CT/TW and 05-CT/TU). `key` is the likelier one. */
  alsoKeys?: string[];
  /** A short form: the folded span of the full citation it refers to (its organisation is that one's). */
  coref?: { start: number; end: number };
}

/** Between two citations of one list: a comma or "và"/"and". */
const LISTED_WITH = /^ *(?:,|va|and) *$/;
/** How many citations printed whole one "lần lượt" may follow. */
const MAX_LISTED = 12;

export interface Scope {
  /** The folded passage. */
  text: string;
  cands: Candidate[];
  ctx: Context;
  /** Facts printed after each candidate, up to the next one. */
  facts: AfterFacts[];
  /** The body named before each candidate that may need one; null where none is looked for. */
  before: Array<BodyFact | null>;
  /** The passage names the central bodies, the General Secretary or a plenum. */
  central: boolean;
  /** …and among them a body that issues documents. */
  centralIssuer: boolean;
  /** The passage names a local party committee. */
  local: boolean;
  /** That committee's issuer code, when it has one. */
  localIssuer: string | null;
}

// Not "Ban Bí thư Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn" (Youth Union).
const CENTRAL = /(?<![a-z])(?:bo chinh tri|ban bi thu|tong bi thu|ban chap hanh trung uong|bch trung uong|bch tw|trung uong dang|hoi nghi trung uong|politburo|secretariat|(?<!(?:union|front) )central (?:executive )?committee|general secretary)(?![a-z])(?! +(?:trung uong +)?doan(?![a-z]))/;
/**
 * The central bodies that issue documents, named in the passage: what lets a bare short form take
 * /TW ("Issuer never borrowed"). Not the General Secretary nor a plenum ("Hội nghị Trung ương"),
 * which name people and meetings, not the issuer of "Nghị quyết 57".
 */
const CENTRAL_ISSUER = /(?<![a-z])(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|bch trung uong|bch tw|trung uong dang|politburo|secretariat|(?<!(?:union|front) )central (?:executive )?committee)(?![a-z])(?! +(?:trung uong +)?doan(?![a-z]))/;
const LOCAL = /(?<![a-z])(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo tinh|dang bo thanh pho)(?![a-z])/;

export function scopeOf(cands: Candidate[], f: Folded, ctx: Context): Scope {
  const text = f.text;
  const central = CENTRAL.test(text);
  const localMatch = LOCAL.exec(text);
  // The committee's own code, as the body table reads it; "Đảng bộ tỉnh/thành phố" names the
  // province's party, whose committee prints TU.
  const localIssuer = localMatch ? (partyBodyAt(localMatch[0])?.issuer ?? 'TU') : null;
  // The facts reader stops at the next citation, so it must know them all.
  ctx.cites = cands;
  const facts = cands.map((c, i) => {
    // The issuer its symbol prints (one item: a list's symbol is its last item's alone).
    const it = c.items.length === 1 ? c.items[0] : undefined;
    return ctx.after(c.end, i + 1 < cands.length ? cands[i + 1].start : text.length, c.form === 'symbol', it?.key && it.issuer ? { issuer: it.issuer, party: it.party !== false } : undefined, c.start);
  });
  shareListPlenums(cands, text, facts);
  // "… 25, 26 và 27-NQ/TW lần lượt về A; về B; và về C": each item its own subject — also of a list of
  // citations each printed whole ("Nghị quyết số 59-NQ/TW và Nghị quyết số 66-NQ/TW, lần lượt về …").
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.form === 'congress' || c.form === 'plenum' || !ctx.respectively(c.end)) continue;
    // The shortest list whose items the parts match: the citation's own items first, then with each
    // citation joined to it before ("…, Nghị quyết số 59 và 66 lần lượt về A và B": not 57 as well).
    for (let first = i, items = [...c.items]; ; ) {
      // (Commas alone split only one list's items: "57, 59 và 66 lần lượt về A và B, C" is no three.)
      const parts = items.length > 1 ? ctx.respectiveSubjects(c.end, items.length, first === i) : null;
      if (parts) { items.forEach((it, k) => { it.subject ??= parts[k]; }); break; }
      const prev = cands[first - 1];
      if (!prev || i - first + 1 >= MAX_LISTED || prev.form === 'congress' || prev.form === 'plenum'
        || !LISTED_WITH.test(text.slice(prev.end, cands[first].start))) break;
      first--;
      items = [...prev.items, ...items];
    }
  }
  // A record's labelled lines: "Số ký hiệu: 88-KH/TU", then "Ngày ban hành: …", "Trích yếu: …".
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.form !== 'symbol' || c.items.length !== 1 || (facts[i].date && facts[i].title)) continue;
    const r = ctx.record(c.start, c.end, TYPE_NAMES[c.items[0].code]);
    if (r) facts[i] = { ...facts[i], ...(facts[i].date || !r.date ? {} : { date: r.date }), ...(facts[i].title || !r.title ? {} : { title: r.title }) };
  }
  // A date printed before the issuer ("Ngày 20/02/2026, Bộ Chính trị ban hành Nghị quyết số 02-NQ/TW").
  for (let i = 0; i < cands.length; i++) {
    if (facts[i].date) continue;
    // A day without its year only for a local document: a central one's date the catalog knows, and
    // an anniversary ("Ngày 4/5, … ký ban hành Nghị quyết 68") must not stand against it.
    const local = cands[i].items.every((it) => !!it.issuer && it.issuer !== 'TW');
    const date = ctx.dateBefore(cands[i].start, local);
    if (date) facts[i] = { ...facts[i], date };
  }
  // The term of the plenum or body the sentence says issued it, and the rest of its list (a term must
  // be named: "Hội nghị Trung ương 6 khóa XII", "Bộ Chính trị khóa XIV", "the Politburo of the 14th tenure").
  const termNamed = text.includes('khoa') || text.includes('nhiem ky') || /\d(?:st|nd|rd|th)[ -]+(?:tenure|term)(?![a-z])/.test(text);
  for (let i = 0; termNamed && i < cands.length; i++) {
    if (facts[i].term || cands[i].form === 'plenum' || cands[i].form === 'congress') continue;
    // A central term: not a provincial plan's ("… của Bộ Chính trị khóa XIII, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU").
    if (cands[i].items.some((it) => it.issuer && it.issuer !== 'TW')) continue;
    const term = ctx.issuerTermBefore(cands[i].start);
    if (!term) continue;
    facts[i] = { ...facts[i], term };
    for (let j = i + 1; j < cands.length && !facts[j].term && listGoesOn(text, cands[j - 1], cands[j]); j++) facts[j] = { ...facts[j], term };
  }
  // Only what may lack an issuer looks back: reading before every citation would cost for nothing.
  // A full citation too, when nothing after it names its body: "The Politburo's Resolution 57-NQ/TW",
  // "Ban Bí thư ban hành Chỉ thị số 21-CT/TW" (its symbol's issuer must agree: resolve/index.ts).
  const looks = (c: Candidate, i: number) => c.form === 'short' || c.items.some((it) => !it.key)
    || (c.form === 'full' && !facts[i].body && c.items.some((it) => it.party !== false));
  const before = cands.map((c, i) => (looks(c, i) ? ctx.before(c.start) : null));
  // "Tỉnh ủy đã ban hành Kế hoạch 25 và Nghị quyết 05": the issuer before a list is each item's.
  for (let i = 1; i < cands.length; i++) {
    if (before[i] || !before[i - 1] || facts[i].body || !looks(cands[i], i) || !isBare(facts[i - 1])) continue;
    if (BARE_JOIN.test(text.slice(cands[i - 1].end, cands[i].start))) before[i] = before[i - 1];
  }
  return {
    text, cands, ctx, facts, before,
    central, centralIssuer: central && CENTRAL_ISSUER.test(text), local: !!localMatch, localIssuer,
  };
}

/** Nothing but "và" or a comma between two citations. */
const BARE_JOIN = /^ *(?:,|va|and) *$/;

/** Between two citations of one list: a comma or "và", the type word again ("…-NQ/TW, Nghị quyết số …"). */
const LIST_GAP = /^ *(?:,|va|and) *(?:[a-z]+ +){0,3}(?:so +|no\. *)?$/;
/** …or the first one's subject too, when the next is of its type ("Nghị quyết 18 về đất đai, Nghị quyết 19 về …"). */
const LIST_GAP_SUBJECT = /^ +(?:ve|on) +[^.;:!?()]{1,80}?(?:,|;| va| and) *(?:so +)?$/;

function listGoesOn(text: string, a: Candidate, b: Candidate): boolean {
  const gap = text.slice(a.end, b.start);
  return LIST_GAP.test(gap) || (!!a.typeWord && a.typeWord === b.typeWord && LIST_GAP_SUBJECT.test(gap));
}

/**
 * "Nghị quyết 20-NQ/TW, Nghị quyết 21-NQ/TW và Nghị quyết 19-NQ/TW cùng được ban hành tại Hội nghị
 * Trung ương 6 khóa XII": the plenum (or term) printed after the last of a list is every item's, when the others
 * print nothing of their own (read from the last back, so it passes along the whole list).
 */
function shareListPlenums(cands: Candidate[], text: string, facts: AfterFacts[]): void {
  for (let i = cands.length - 2; i >= 0; i--) {
    const next = facts[i + 1];
    // (A term alone too: "NGHỊ QUYẾT 18 VÀ NGHỊ QUYẾT 19 KHÓA XIII".)
    if (!(next.plenum || next.term) || !isBare(facts[i])) continue;
    const gap = cands[i + 1].start - cands[i].end;
    // A term alone only across a bare "và" or comma: ", cùng với Nghị quyết 52 … khóa XII" is another's.
    if (gap > 40 || !(next.plenum ? LIST_GAP : BARE_JOIN).test(text.slice(cands[i].end, cands[i + 1].start))) continue;
    const code = cands[i + 1].items[0]?.code;
    if (!code || !cands[i].items.every((it) => it.code === code)) continue;
    // A term alone, with no body: only for numbers a few apart ("18 và 19 khóa XIII"); "Nghị quyết 57 và
    // Nghị quyết 20 khóa XI" names two terms' documents. With its body, the list's ("… 66 và Nghị quyết
    // 68 của Bộ Chính trị khóa XIII").
    if (!next.plenum && !next.body && !closeNumbers(cands[i], cands[i + 1])) continue;
    facts[i] = { ...(next.plenum ? { plenum: next.plenum } : {}), ...(next.term ? { term: next.term } : {}), ...(next.body ? { body: next.body } : {}) };
  }
}

function closeNumbers(a: Candidate, b: Candidate): boolean {
  const x = Number(a.items[a.items.length - 1]?.number), y = Number(b.items[0]?.number);
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(y - x) <= 3;
}

function isBare(f: AfterFacts): boolean {
  return !f.plenum && !f.term && !f.date && !f.body && !f.title;
}

/** Central departments: they guide, inform, plan; resolutions, directives, conclusions and
 *  regulations of the Party are the Central Committee's, the Politburo's, the Secretariat's. */
export const DEPARTMENTS: ReadonlySet<string> = new Set(['BTCTW', 'BTGTW', 'BDVTW', 'BTGDVTW', 'VPTW', 'UBKTTW']);
const PARTY_ONLY_TYPES = new Set(['NQ', 'CT', 'KL']);
/** "Hướng dẫn (thực hiện) …", "Kế hoạch triển khai …": an unnumbered document carrying the cited one out. */
const OUTER_BEFORE = /(?:huong dan|ke hoach|chuong trinh(?: hanh dong)?|cong van|bao cao|de cuong)(?: +tuyen truyen)?(?: +(?:thuc hien|trien khai|quan triet|tuyen truyen|hoc tap))? *$/;

/**
 * "Hướng dẫn thực hiện Quy định 144 của Ban Tuyên giáo Trung ương": the department after the short
 * form issued the guidance before it, not the regulation, which no department issues.
 */
export function outerBody(s: Scope, c: Candidate, i: number, it: RawItem): boolean {
  const after = s.facts[i].body;
  // (A Quy định, not a Quyết định: a department decides its own affairs.)
  const regulation = it.code === 'QĐ' && !!c.typeWord && TYPE_WORDS[c.typeWord]?.name === 'Quy định';
  if (!after?.party || !DEPARTMENTS.has(after.issuer) || !(PARTY_ONLY_TYPES.has(it.code) || regulation)) return false;
  return OUTER_BEFORE.test(s.text.slice(Math.max(0, c.start - 50), c.start));
}

/** The body a candidate's own words name, after it or before it. */
export function bodyAt(s: Scope, i: number): BodyFact | undefined {
  return s.facts[i].body ?? s.before[i] ?? undefined;
}

/** A number as compared ("057" is 57). */
export function num(n: string): string {
  // Printed numbers are digits and rarely start with 0: most are their own comparison form, and
  // one is asked for every short form.
  const c = n.charCodeAt(0);
  if (c < 0x31 || c > 0x39 || n.length > 15) return String(Number(n));
  for (let k = 1; k < n.length; k++) {
    const d = n.charCodeAt(k);
    if (d < 0x30 || d > 0x39) return String(Number(n));
  }
  return n;
}

/**
 * Issuers learned from context for (code, number), shared by every mention of that document: the
 * last one said, and every party issuer said, since "Nghị quyết 04 của Trung ương" and "Nghị quyết
 * 04 của Tỉnh ủy" leave a later bare "Nghị quyết 04" open.
 */
export class Learned extends Map<string, BodyFact> {
  readonly issuers = new Map<string, Set<string>>();

  override set(id: string, body: BodyFact): this {
    if (body.party && body.issuer) {
      let set = this.issuers.get(id);
      if (!set) this.issuers.set(id, (set = new Set()));
      set.add(body.issuer);
    }
    return super.set(id, body);
  }

  /** The other party issuers said for `id` than `issuer`. */
  othersThan(id: string, issuer: string): string[] {
    const set = this.issuers.get(id);
    return set && set.size > 1 ? [...set].filter((x) => x !== issuer) : [];
  }
}
