/**
 * Short forms ("Nghị quyết 57", "Kết luận 121 của Bộ Chính trị", "Chỉ thị số 15 của Thủ tướng"):
 *  - one takes the key of the full citation of the same type and number, before or after it;
 *  - else its issuer comes from the words around it, from another mention of the same document
 *    that had them, or from the passage when it names only central bodies; where nothing settles
 *    it the key says so ("57-NQ": the issuer is never borrowed from outside the passage).
 * Fails safe: a lowercase or common-word short form with nothing supporting it is dropped.
 */
import type { Candidate, RawItem } from '../match';
import type { BodyFact } from '../context';
import { formatKey } from '../keys';
import { partyKey } from '../symbols';
import { LATEST_CONGRESS, romanToInt, TYPE_WORDS, type TypeWord } from '../vocabulary';
import { catalogEntries } from '../catalog';
import { lendsAcross, siblingBodies, type SiblingBody } from './siblings';
import { bodyAt, num, outerBody, type Learned, type ResolvedItem, type Scope } from './scope';

/** Between two citations of one list: a separator, maybe after the first one's issuer phrase. */
const JOINED = /^(?: *,? *(?:cua|of) +[a-z ]{3,40}?)? *(?:,|;|va|hoac|and|cung voi|cung|voi|along with) *$/;
const CITATION_NEXT = /^ +(?:(?:deu|cung|van) +)?(?:duoc|da|cua|ve|ngay|nam (?:19|20)\d\d|neu|yeu cau|chi ro|xac dinh|khang dinh|nhan manh|giao|tiep tuc|de ra|dat ra|chi dao|dinh huong|nhan dinh|nghiem cam|cam|quy dinh|gom|neu ro|moi ban hanh|moi duoc|van con|van giu|van la|van duoc|thay the|thay|sua doi|bo sung|huong dan|cu the hoa|tai|la|co hieu luc|so voi|cho thay|vua|lan nay|thang \d{1,2} *(?:[/-]|nam) *(?:19|20)\d\d)(?![a-z])/;
/** "của" an agency of the state, a court, a company: whose documents are not the Party's (folded). */
const OF_AGENCY = /^ *,? *cua +(?:kiem toan|thanh tra|bo +(?!chinh tri)[a-z]|so +[a-z]|toa an|vien kiem sat|cuc +[a-z]|tong cuc|cong ty|tap doan|ngan hang|benh vien|truong +[a-z]|hoi dong (?!nhan dan)|cuoc hop|doan (?:kiem tra|thanh tra|cong tac)|ban giam doc|giam doc)/;
/** The rest of a sentence before a short form naming a company's or the UN's body: its resolution is
 *  theirs ("Đại hội đồng cổ đông … thông qua Nghị quyết số 12", "UN Security Council Resolution 2231"). */
const OTHERS_BEFORE = /(?:dai hoi dong co dong|hoi dong quan tri|(?<![a-z])(?:hdqt|dhdcd|co dong)(?![a-z])|lien hop quoc|hoi dong bao an|united nations|(?<![a-z])un(?![a-z])|security council|general assembly|shareholders?(?![a-z])|board of directors)(?:'s)?(?: +(?:[^ .;!?\n]+ +){0,8}?(?:da +|vua +)?(?:thong qua|ban hanh|adopted|passed|approved|issued)(?: +cac| +the| +its)?)? *$/;
/** …or after it: "Nghị quyết 2758 của Đại hội đồng Liên hợp quốc". */
const OF_OTHERS = /^ *,? *(?:cua|of) +(?:the +)?(?:dai hoi dong (?:lien hop quoc|co dong)|lien hop quoc|hoi dong bao an|un(?![a-z])|united nations|security council|general assembly|shareholders)/;
/** An issuer named right after a short form that is none of the party bodies the vocabulary knows. */
const OF_OTHER_BODY = /^ *,? *(?:cua|do) +(?:ban chi dao|hoi dong (?!nhan dan)|hoc vien|tong cuc|vien +[a-z])/;

/** An article, clause or point of the document named right before it (folded). */
const PART_BEFORE = /(?:^|[^a-z])(?:dieu|khoan|diem|tiet|muc) +\d{1,3}(?:\.\d{1,3})*[a-z]? *$/;
/** A cheap first look for OTHERS_BEFORE's bodies: most sentences name none. */
const OTHERS_WORD = /dong|hdqt|dhdcd|quoc|un |council|assembly|sharehold|board/;

/** What a text names at all, asked once per text: a page of thousands of short forms asks each. */
interface TextCues { others: boolean; parts: boolean; bodies: boolean }
const CUES = new WeakMap<Scope, TextCues>();
const PART_WORD = /(?:dieu|khoan|diem|tiet|muc) +\d/;
const OTHER_BODY_WORD = /ban chi dao|hoi dong|hoc vien|tong cuc|vien /;

function cuesOf(s: Scope): TextCues {
  let c = CUES.get(s);
  if (!c) CUES.set(s, (c = { others: OTHERS_WORD.test(s.text), parts: PART_WORD.test(s.text), bodies: OTHER_BODY_WORD.test(s.text) }));
  return c;
}

function othersResolution(s: Scope, c: Candidate): boolean {
  if (!cuesOf(s).others) return false;
  const text = s.text;
  if (OF_OTHERS.test(text.slice(c.end, c.end + 40))) return true;
  const before = text.slice(Math.max(0, c.start - 160), c.start);
  return OTHERS_WORD.test(before) && OTHERS_BEFORE.test(before);
}
const PHRASE_END = /^(?: *[,.;:!?)\]"”]| *$)/;
/** Codes a short form may be printed under for a document whose symbol has the other one. */
const COMPATIBLE: Record<string, string[]> = { QC: ['QĐ'], TB: ['KL'], 'NĐ': ['CT'] };

/** The citations of a list a short form of `code` may be, read once per list and code: a text may
 *  hold thousands of short forms of one number. */
function fittingOf(list: Full[], code: string | undefined): Full[] {
  let byCode = FITTING.get(list);
  if (!byCode) FITTING.set(list, (byCode = new Map()));
  let out = byCode.get(code ?? '');
  if (!out) byCode.set(code ?? '', (out = list.filter((x) => codeFits(code, x.item.code))));
  return out;
}
const FITTING = new WeakMap<Full[], Map<string, Full[]>>();

/** Whether a short form of `code` may be a citation printed with `full` ("Quy định 08" and 08-QĐi/TW). */
function codeFits(code: string | undefined, full: string | undefined): boolean {
  return !code || !full || code === full || (code === 'QĐ' && full === 'QĐi') || !!COMPATIBLE[code]?.includes(full) || !/^[A-ZĐ]/.test(full);
}

type Full = { pos: number; end: number; item: RawItem };

/**
 * Citations by type word (or code), then number as compared. Two maps deep rather than one of
 * joined keys: a joined key is a new string per citation and per question, flattened to be looked up.
 */
type ByPair = Map<string, Map<string, Full[]>>;

function add(m: ByPair, a: string, n: string, x: Full): void {
  let inner = m.get(a);
  if (!inner) m.set(a, (inner = new Map()));
  const list = inner.get(n);
  if (list) list.push(x);
  else inner.set(n, [x]);
}

function listOf(m: ByPair, a: string | undefined, n: string): Full[] | undefined {
  return a === undefined ? undefined : m.get(a)?.get(n);
}

/** The keyed citations a short form may refer to, by type word and number and by code and number. */
export interface Citations {
  byWord: ByPair;
  byCode: ByPair;
  // State citations apart: "Nghị định 178" after "Nghị định 178/2024/NĐ-CP" is that decree, and a
  // party reading of it would be a state document reported as party.
  stateByWord: ByPair;
  stateByCode: ByPair;
  /** `code|number` of capitalised short forms: a lowercase one of the same document is one too.
   *  Gathered when first asked (isCapitalised): only a lowercase short form with nothing else for it asks. */
  capitalised: Set<string> | null;
  cands: Candidate[];
}

/** In text order, since candidates are sorted: `nearest` searches them by position. */
export function citationsOf({ cands }: Scope): Citations {
  const r: Citations = { byWord: new Map(), byCode: new Map(), stateByWord: new Map(), stateByCode: new Map(), capitalised: null, cands };
  // Indexed loops over every candidate: for…of makes an iterator result per step until optimised,
  // and a page's single call may run unoptimised.
  for (let k = 0; k < cands.length; k++) for (const item of cands[k].items) {
    if (!item.key || !item.number) continue;
    const c = cands[k];
    const x = { pos: c.start, end: c.end, item };
    const n = num(item.number);
    if (!item.party) {
      if (c.typeWord) add(r.stateByWord, c.typeWord, n, x);
      if (item.code) add(r.stateByCode, item.code, n, x);
      continue;
    }
    if (c.typeWord) add(r.byWord, c.typeWord, n, x);
    add(r.byCode, item.code, n, x);
  }
  return r;
}

function isCapitalised(cites: Citations, id: string): boolean {
  if (!cites.capitalised) {
    const set = cites.capitalised = new Set<string>();
    for (let k = 0; k < cites.cands.length; k++) {
      const c = cites.cands[k];
      if (!c.lower && c.form === 'short') for (const it of c.items) if (it.number) set.add(`${it.code}|${num(it.number)}`);
    }
  }
  return cites.capitalised.has(id);
}

/** The citation before `pos` (what the reader has just seen), else the first one after it. */
function nearest(list: readonly Full[] | undefined, pos: number): Full | undefined {
  if (!list?.length) return undefined;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].pos <= pos) lo = mid + 1; else hi = mid; }
  const prev = list[lo - 1], next = list[lo];
  if (!prev) return next;
  if (!next) return prev;
  return pos - prev.pos <= (next.pos - pos) * 2 ? prev : next;
}

/**
 * After every full citation has its final key: a short form takes the key its full citation ends
 * with, and `learned` holds the issuers every mention's context gave.
 */
export function keyShortForms(s: Scope, cites: Citations, learned: Learned, out: ResolvedItem[]): void {
  const siblingBody = siblingBodies(s);
  const { cands } = s;
  // The Central Committee's plenums the passage named, in text order (keyCited keyed them).
  const plenums = out.filter((r) => r.cand.form === 'plenum' && r.party && r.item.plenum && r.item.code === 'NQ');
  // The items keyCited left, found again rather than listed there: a text of short forms alone
  // would list every one of them.
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.form === 'congress' || c.form === 'plenum') continue;
    for (const it of c.items) {
      if (it.excluded || it.key) continue;
      const r = (plenums.length ? plenumReferredBack(s, cites, plenums, c, i, it) : null) ?? keyShort(s, cites, learned, siblingBody, c, i, it);
      if (r) out.push(r);
    }
  }
}

/**
 * "… quán triệt Nghị quyết Trung ương 4 (khóa XI) … nhằm thực hiện có hiệu quả Nghị quyết 4": a bare
 * "Nghị quyết N" (no "số", no zero, no issuer) after the passage named the Central Committee's plenum N
 * is that plenum's resolution — where no numbered N-NQ is cited (corefer would have found it).
 */
function plenumReferredBack(s: Scope, cites: Citations, plenums: readonly ResolvedItem[], c: Candidate, i: number, it: RawItem): ResolvedItem | null {
  if (it.code !== 'NQ' || c.items.length !== 1 || !it.number || it.number.startsWith('0') || Number(it.number) > 16) return null;
  // (Nor one with facts of its own: "Nghị quyết 4 khóa XII" after "Nghị quyết Trung ương 4 khóa XI" is another.)
  const own = s.facts[i];
  if (/(?:^|[^a-z])so *$/.test(s.text.slice(c.start, c.end).replace(/\d+$/, '')) || own.body || own.term || own.date || bodyAt(s, i)) return null;
  let last: ResolvedItem | undefined;
  for (const p of plenums) if (p.cand.start < c.start && p.item.plenum === Number(it.number)) last = p;
  if (!last || corefer(cites, c, it, num(it.number), c.typeWord ? TYPE_WORDS[c.typeWord] : undefined, undefined)) return null;
  return { cand: c, item: it, key: last.key, party: true, facts: s.facts[i], coref: { start: last.cand.start, end: last.cand.end } };
}

function keyShort(s: Scope, cites: Citations, learned: Learned, siblingBody: SiblingBody, c: Candidate, i: number, it: RawItem): ResolvedItem | null {
  const tw = c.typeWord ? TYPE_WORDS[c.typeWord] : undefined;
  const ownBody = outerBody(s, c, i, it) ? undefined : bodyAt(s, i) ?? localCommitteeOf(s, c, it);
  if (ownBody?.excluded) return null;
  const n = num(it.number!);
  const ref = corefer(cites, c, it, n, tw, ownBody);
  if (ref) {
    const r: ResolvedItem = { cand: c, item: it, key: ref.item.key!, party: ref.item.party !== false, facts: s.facts[i], body: ownBody, coref: { start: ref.pos, end: ref.end } };
    const also = ownBody ? [] : otherKeys(cites, c, it, n, r.key);
    if (also.length) r.alsoKeys = also;
    return r;
  }
  const fromSibling = siblingBody(i, it.code);
  const sibling = lendsAcross(s, i, fromSibling) ? fromSibling : undefined;
  // The key spelt only when something was learned: a text of bare short forms learns nothing.
  const fromLearned = ownBody ? undefined : learned.size ? learned.get(`${it.code}|${n}`) : undefined;
  const body = ownBody ?? fromLearned ?? sibling ?? undefined;
  // A list whose issuer is a mass organisation's ("Nghị quyết số 10 … và Nghị quyết số 14 của Trung ương
  // Hội Nông dân"): none of its items is the Party's or the state's.
  if (body?.excluded) return null;
  if (!isCitation(s, cites, c, i, it, tw, n, body)) return null;
  const r = keyByIssuer(s, c, i, it, tw, body, sibling);
  // An issuer this mention's own term settled ("Nghị quyết 18, 19, 20 và 21 … khóa XII"): a later bare
  // mention of the number is the same document ("Trong đó, Nghị quyết 20 về …"), not one of no issuer.
  const id = `${it.code}|${n}`;
  if (!body && r.party && s.facts[i].term && (romanToInt(s.facts[i].term!) ?? 0) <= LATEST_CONGRESS && r.key.includes('/') && !learned.has(id)) {
    learned.set(id, { issuer: r.key.slice(r.key.indexOf('/') + 1), body: '', party: true });
  }
  // A sibling lends its issuer's code, not its body: "Nghị quyết 57 của Bộ Chính trị … và Nghị quyết
  // số 18 về …" is a central document, not one the Politburo is said to have issued.
  if (body === sibling && body !== ownBody && body !== fromLearned) r.body = undefined;
  // So does another mention of the number ("Nghị quyết 45 của Bộ Chính trị" further on): it says which
  // key, not that this mention printed a body — if the two turn out to be two documents, the body is the other's.
  if (body === fromLearned && body !== ownBody) r.body = undefined;
  // Learned from other mentions that named two issuers: the last named is only the likelier.
  const others = fromLearned?.party ? learned.othersThan(`${it.code}|${n}`, fromLearned.issuer) : [];
  if (others.length && r.party) r.alsoKeys = others.map((iss) => partyKey(it.number!, it.code, iss));
  return r;
}

/** "Nghị quyết 57 của tỉnh", "Directive 05 of the province": the province's (or district's) party
 *  committee, in a passage about one; the people's council's and committee's documents are
 *  "của HĐND / UBND tỉnh", and decisions and plans are theirs as often as the party's. */
const OF_LOCALITY = /^ *,? *(?:cua|of the) +(tinh|huyen|province|district)(?![a-z])/;
function localCommitteeOf(s: Scope, c: Candidate, it: RawItem): BodyFact | undefined {
  if (!s.local || !(it.code === 'NQ' || it.code === 'KL' || it.code === 'CT')) return undefined;
  const m = OF_LOCALITY.exec(s.text.slice(c.end, c.end + 24));
  if (!m) return undefined;
  const district = m[1] === 'huyen' || m[1] === 'district';
  return district ? { issuer: 'HU', body: 'Huyện ủy', party: true } : { issuer: 'TU', body: 'Tỉnh ủy', party: true };
}

/** `r`, unless the short form's own words name an issuer it cannot have: of the other kind (party or state), or another party body. */
function fits(r: Full | undefined, ownBody: BodyFact | undefined): Full | undefined {
  if (!r || !ownBody) return r;
  if (ownBody.party !== (r.item.party !== false)) return undefined;
  if (ownBody.party && r.item.issuer && r.item.issuer !== ownBody.issuer && !r.item.issuerAmbiguous) return undefined;
  return r;
}

/**
 * The full citation of the same document in the text, unless the short form's own words name
 * another issuer ("Chỉ thị 05 của Thủ tướng" is not "Chỉ thị số 05-CT/TW"). `n` is the number as compared.
 */
function corefer(cites: Citations, c: Candidate, it: RawItem, n: string, tw: TypeWord | undefined, ownBody: BodyFact | undefined): Full | undefined {
  // The same type word printed with a party symbol wins even for a state word (a blog's "Decree 05-CT/TW").
  // (Of a code the short form's may be: "Quyết định số 05" is not "Quyết định số 05-QĐNS/TW", a
  // personnel decision of another series.)
  const words = listOf(cites.byWord, c.typeWord, n);
  let byWord = nearest(words, c.start);
  if (byWord && !codeFits(it.code, byWord.item.code)) {
    // The nearest of another series; one of a fitting code, else that one where the catalog knows
    // no document of the short form's own ("Quyết định 2156" after "… số 2156-QĐNS/TW").
    const fitting = fittingOf(words!, it.code);
    byWord = fitting.length ? nearest(fitting, c.start) : catalogEntries(`${it.number}-${it.code}/TW`).length ? undefined : byWord;
  }
  let ref = fits(byWord
    ?? (tw?.scope !== 'state' ? nearest(listOf(cites.byCode, it.code, n), c.start) : undefined), ownBody);
  // "QĐ 08" (Quy định or Quyết định) and a "Quy định 08-QĐi/TW" of the same text: the regulation.
  if (!ref && it.code === 'QĐ' && c.typeWord === 'qd') ref = fits(nearest(listOf(cites.byCode, 'QĐi', n), c.start), ownBody);
  if (!ref && COMPATIBLE[it.code] && tw?.scope !== 'state') {
    const alts = COMPATIBLE[it.code].flatMap((code) => listOf(cites.byCode, code, n) ?? []);
    if (new Set(alts.map((a) => a.item.key)).size === 1) ref = fits(alts[0], ownBody);
  }
  if (!ref && tw?.scope !== 'party') {
    const r = fits(nearest(listOf(cites.stateByWord, c.typeWord, n), c.start) ?? nearest(listOf(cites.stateByCode, it.code, n), c.start), ownBody);
    if (r && (!it.year || !r.item.year || r.item.year === it.year)) ref = r;
  }
  return ref;
}

/**
 * The keys other than `key` that full citations of the short form's type word (or code) and number
 * have: "Chỉ thị 05" after "Chỉ thị số 05-CT/TW" and "Chỉ thị số 05-CT/TU" may be either, and the
 * nearest one is only the likelier. Only the short form's own words ("của Tỉnh ủy") settle it.
 */
function otherKeys(cites: Citations, c: Candidate, it: RawItem, n: string, key: string): string[] {
  const list = listOf(cites.byWord, c.typeWord, n) ?? listOf(cites.byCode, it.code, n);
  if (!list || list.length < 2) return [];
  // Read once per list: a text of references may cite one document thousands of times in full and
  // as many in short.
  let keys = DISTINCT.get(list);
  if (!keys) {
    const set = new Set<string>();
    for (let k = 0; k < list.length; k++) if (list[k].item.key) set.add(list[k].item.key!);
    DISTINCT.set(list, (keys = [...set]));
  }
  return keys.length < 2 ? [] : keys.filter((k) => k !== key);
}
const DISTINCT = new WeakMap<Full[], string[]>();

/** A short form with no full citation: is it a document at all, or a count ("Kết luận 2 vụ án")? */
function isCitation(s: Scope, cites: Citations, c: Candidate, i: number, it: RawItem, tw: TypeWord | undefined, n: string, body: BodyFact | undefined): boolean {
  const { text, facts } = s;
  // "Kết luận số 25 của Kiểm toán Nhà nước", "Quy định số 8 của Bộ Y tế": an agency's, not the Party's
  // (and no state key can be made of a body the vocabulary does not know).
  if (!body && OF_AGENCY.test(text.slice(c.end, c.end + 40))) return false;
  if (!body && othersResolution(s, c)) return false;
  // "QĐ 12", "CT 35" with nothing else: a decision, a company, a road as often as a document. A
  // subject is enough for "CT"; "QĐ 12 về giao đất" is as often a state Quyết định: only its issuer.
  if ((c.typeWord === 'qd' || c.typeWord === 'ct') && !body && (c.typeWord === 'qd' || !facts[i].title)) return false;
  // A lowercase or common-word short form ("theo quy định 5") needs something that says it is a document.
  // A lowercase list ("nghị quyết 70, 71, 72") is no count, and "số", a date or a title mark a
  // citation, but only for a word that is not also common ("theo quy định số 5 …" stays out).
  // A number with its year ("Quy định 80/2022") is a citation whatever the case of its word.
  const marked = c.items.length > 1 || !!it.year || (!tw?.common && (c.numbered || facts[i].date || facts[i].title));
  if (c.lower && !body && !marked && !isCapitalised(cites, `${it.code}|${n}`)) return false;
  if (!tw?.common || body) return true;
  // Central bodies in the text are weak evidence: only when the number ends the phrase
  // ("Theo Kết luận 126, …"), since a count is followed by its noun ("Kết luận 2 vụ án").
  // So is one joined to the citation before it ("Nghị quyết 57 và Quy định 08").
  // (its issuer phrase may stand between: "Chỉ thị 05 của Bộ Chính trị và Kết luận 01").
  // Or to the one after it, when that one is a citation: "Quy định 69 và Hướng dẫn 02 của Ban Bí thư".
  // Or to a capitalised one whose word is no count's ("Kết luận 210 và Nghị quyết 60").
  const next = s.cands[i + 1];
  const nextWord = next?.typeWord ? TYPE_WORDS[next.typeWord] : undefined;
  const joined = (i > 0 && JOINED.test(text.slice(s.cands[i - 1].end, c.start)))
    || (!!next && (next.numbered || !!s.facts[i + 1].body || (!next.lower && !!nextWord && !nextWord.common))
      && JOINED.test(text.slice(c.end, next.start)));
  // Two of one type joined ("Quy định 80 và Quy định 105"): a count does not repeat its noun.
  const pair = !!next && next.typeWord === c.typeWord && !next.lower && it.number!.length >= 2
    && (next.items[0]?.number?.length ?? 0) >= 2 && JOINED.test(text.slice(c.end, next.start));
  // "Điều 24 Quy định 69", "tiết 4.2 mục 4 Hướng dẫn 06": a part of it is cited; "Quy định 66 năm
  // 2017": its year; "Hướng dẫn 06": a number with a leading zero is no count.
  const strong = (cuesOf(s).parts && PART_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) || /^0\d/.test(it.number!);
  if (strong && !c.lower) return true;
  const cited = pair || !!facts[i].year;
  // A capitalised list of numbers ("Kết luận 40 và 41") is no count.
  return !!(tw.citable && (!!it.year || !c.lower) && (!!it.year || joined || cited || c.numbered || facts[i].date || facts[i].title || c.items.length > 1
    || (tw.scope === 'party' && s.central && PHRASE_END.test(text.slice(c.end, c.end + 3)))
    // "Kết luận 121 được ban hành", "Quy định 69 về kỷ luật": a number of two digits or more
    // followed by what follows a citation (a count is followed by its noun).
    // "Quy định" too: the state issues no documents of that name, only the Party and agencies' rules.
    || ((tw.scope === 'party' || tw.code === 'QĐ' && tw.name === 'Quy định') && it.number!.length >= 2
      && (PHRASE_END.test(text.slice(c.end, c.end + 3)) || CITATION_NEXT.test(text.slice(c.end, c.end + 14))))));
}

/** The key from the issuer the context gives, or says it has none. */
function keyByIssuer(s: Scope, c: Candidate, i: number, it: RawItem, tw: TypeWord | undefined, body: BodyFact | undefined, sibling: BodyFact | null | undefined): ResolvedItem {
  const facts = s.facts[i];
  if (it.party === true && !body && !s.central) {
    // Partial symbol ("159-TB") with no issuer in sight.
    return { cand: c, item: it, key: partyKey(it.number!, it.code), party: true, facts };
  }
  if (body && !body.party) {
    // State document named by number and body: "Chỉ thị số 15 của Thủ tướng" → 15/CT-TTg.
    const code = it.code === 'QĐi' ? 'QĐ' : it.code;
    const key = formatKey({ kind: 'state', number: it.number!, year: it.year, symbol: `${code}-${body.issuer}` });
    return { cand: c, item: it, key, party: false, facts, body };
  }
  if (tw?.scope === 'state') {
    const key = formatKey(it.code === 'NĐ' ? { kind: 'state', number: it.number!, year: it.year, symbol: 'NĐ-CP' } : { kind: 'state', number: it.number!, symbol: it.code });
    return { cand: c, item: it, key, party: false, facts };
  }
  // Nothing of its own: a text that names the central bodies means them, even a provincial paper's
  // that names its Tỉnh ủy too (its own documents it cites by symbol or "của Tỉnh ủy"), unless
  // this very sentence mixes issuers.
  // A term alone ("Nghị quyết 33 (khóa 11)") in a passage about no local committee: the Central
  // Committee's, whose terms they are.
  // In a passage about a local committee, that committee's.
  const termAlone = !!facts.term;
  // "Kế hoạch 02 của Ban Chỉ đạo Trung ương": its own issuer, one the vocabulary does not know, is
  // named; the central bodies elsewhere in the passage are not it.
  if (!body && cuesOf(s).bodies && OF_OTHER_BODY.test(s.text.slice(c.end, c.end + 30))) {
    return { cand: c, item: it, key: partyKey(it.number!, it.code), party: true, facts };
  }
  // (A term the Central Committee has not reached, "khóa XX", is a local committee's, never the centre's.)
  const localTerm = termAlone && (romanToInt(facts.term!) ?? 0) > LATEST_CONGRESS;
  const issuer = body?.party ? body.issuer
    : termAlone && s.localIssuer ? s.localIssuer
      : localTerm ? undefined
        : (s.centralIssuer || termAlone) && sibling !== null ? 'TW' : undefined;
  return { cand: c, item: it, key: partyKey(it.number!, it.code, issuer), party: true, facts, body: body?.party ? body : undefined };
}
