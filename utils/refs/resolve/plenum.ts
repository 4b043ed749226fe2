/**
 * Plenum-named resolutions ("Nghị quyết Trung ương 4 khóa XII") and congress resolutions. A plenum
 * named without its term takes the one term the passage gives that plenum; one the text ties to
 * exactly one numbered resolution takes that resolution's key (corpus-format.md, "Plenum resolution").
 */
import { ORD_EN, numWord, type Candidate, type RawItem } from '../match';
import { formatKey, type PlenumCode } from '../keys';
import type { ResolvedItem, Scope } from './scope';
import { partyKey } from '../symbols';

const MEETING = /hoi nghi +(?:lan thu +(\d{1,2}|[a-z]+)|(?:ban chap hanh +)?(?:trung uong|tw|t\.u) +(\d{1,2}))(?: +(?:ban chap hanh|bch) +trung uong)?(?: +dang)?(?: +cong san viet nam)? *,? *\(? *khoa +([ivxl]+|\d{1,2})(?![a-z0-9])/g;

const EN_COMMITTEE = String.raw`(?:[ -]+(?:tenure|term))? +(?:party +)?central +(?:executive +)?committee`;
const EN_PLENUM = String.raw` +(?:plenum|plenary +session|meeting|session)(?![a-z])`;
/** English: "the 13th Party Central Committee's 11th plenum", "the 11th plenum of the 13th Party
 *  Central Committee", "at its 11th plenum, the 13th Party Central Committee" (groups: term, plenum). */
const MEETING_EN = new RegExp(
  String.raw`(?<![a-z0-9])${ORD_EN}${EN_COMMITTEE}'?s? +${ORD_EN}${EN_PLENUM}` +
  String.raw`|(?<![a-z0-9])${ORD_EN}${EN_PLENUM} +of +the +${ORD_EN}${EN_COMMITTEE}` +
  String.raw`|(?<![a-z])its +${ORD_EN}${EN_PLENUM} *, +the +${ORD_EN}${EN_COMMITTEE}`,
  'g',
);
/** Between an English meeting's name and the first resolution it adopted: its verb, maybe when it closed. */
const ADOPTED_EN = /^(?: +(?:closed|ended|concluded) +on +[^,.;]{0,30}(?:, *(?:19|20)\d\d)?,)? *,? *(?:(?:has|have|had|formally|also) +)*(?:adopted|adopting|issued|issuing|passed|approved)(?: +the)?(?: +resolution)?(?: +no\.?)? *$/;

/** Each meeting the text names with its term: its plenum's number, its term (Roman), where it ends. */
function* meetings(text: string): Generator<{ n: number; term: string; end: number; english: boolean }> {
  MEETING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MEETING.exec(text)); ) {
    const n = m[1] ? numWord(m[1]) : Number(m[2]);
    if (n) yield { n, term: romanOf(m[3]), end: m.index + m[0].length, english: false };
  }
  // (English only where an English plenum word is: the scan is not paid on Vietnamese text.)
  if (!text.includes('plenum') && !text.includes('plenary') && !text.includes('session')) return;
  MEETING_EN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MEETING_EN.exec(text)); ) {
    const [term, n] = m[1] ? [m[1], m[2]] : m[3] ? [m[4], m[3]] : [m[6], m[5]];
    const t = numWord(term), p = numWord(n);
    if (t && p) yield { n: p, term: romanOf(String(t)), end: m.index + m[0].length, english: true };
  }
}


export interface Plenums {
  /** Plenum number → the terms the passage gives it. */
  terms: Map<number, Set<string>>;
  /** `code|n|term` of a plenum → the numbered keys the passage ties to it. */
  ties: Map<string, Set<string>>;
}

function romanOf(s: string): string {
  if (!/^\d+$/.test(s)) return s.toUpperCase();
  const n = Number(s);
  const parts: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '', r = n;
  for (const [v, t] of parts) while (r >= v) { out += t; r -= v; }
  return out;
}

/**
 * Read before any key is settled: the ties hold the keys full citations are printed with, not the
 * provincial key a mangled "TƯ" may get later.
 */
export function plenumsOf(s: Scope): Plenums {
  return { terms: plenumTerms(s), ties: plenumTies(s) };
}

/** From meetings named anywhere ("Hội nghị Trung ương 4 (khóa XI)") and plenums cited with a term. */
function plenumTerms({ text, cands }: Scope): Map<number, Set<string>> {
  const terms = new Map<number, Set<string>>();
  // The meeting scan is the costly part; a passage whose plenums all have terms skips it.
  if (cands.some((c) => c.form === 'plenum' && c.items.some((it) => !it.term))) {
    for (const m of meetings(text)) terms.set(m.n, (terms.get(m.n) ?? new Set()).add(m.term));
  }
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.form === 'plenum') for (const it of c.items) if (it.term) terms.set(it.plenum!, (terms.get(it.plenum!) ?? new Set()).add(it.term));
  }
  return terms;
}

function plenumTies({ text, cands, ctx, facts }: Scope): Map<string, Set<string>> {
  const ties = new Map<string, Set<string>>();
  const tie = (code: string, n: number, term: string | undefined, key: string) => {
    const id = `${code}|${n}|${term ?? ''}`;
    ties.set(id, (ties.get(id) ?? new Set()).add(key));
  };
  // "Nghị quyết số 26-NQ/TW … của Hội nghị lần thứ 7 … khóa X": the plenum in its issuer phrase.
  cands.forEach((c, i) => {
    const pl = facts[i].plenum;
    if (!pl) return;
    for (const it of c.items) if (it.key && it.party) tie(it.code, pl.n, pl.term ?? facts[i].term, it.key);
  });
  // Apposition: "Kết luận Hội nghị lần thứ tư … khóa XIII … (Kết luận số 21-KL/TW)"; every one in
  // brackets in its sentence: "… về tiền lương (Nghị quyết số 27-NQ/TW) và bảo hiểm xã hội (Nghị
  // quyết số 28-NQ/TW)" ties two, and the plenum then keeps its own key.
  cands.forEach((c, i) => {
    if (c.form !== 'plenum' || c.items.length !== 1) return;
    const stop = ctx.sentenceEnd(c.end, 600, false);
    for (let j = i + 1; j < cands.length; j++) {
      const next = cands[j];
      // (A bare symbol too: "… on “Proactively responding …” (No. 24-NQ/TW)".)
      if ((next.form !== 'full' && next.form !== 'symbol') || next.start > stop) break;
      if (text[next.start - 1] !== '(' && !/\( *(?:(?:gom|tuc|la) +)?(?:cac +)?(?:no\.? *|so *:? *)?$/.test(text.slice(Math.max(0, next.start - 12), next.start))) break;
      // A list in the bracket right after it ("Nghị quyết Trung ương 7 khóa XII (các Nghị quyết số 26,
      // 27 và 28-NQ/TW)"): the plenum's several central resolutions, each of its term.
      if (next.items.length !== 1) {
        const right = /^ *\( *(?:(?:gom|tuc|la) +)?(?:cac +)?$/.test(text.slice(c.end, next.start));
        if (right && c.items[0].term && !facts[j].term && next.items.every((x) => x.code === c.items[0].code && x.party && x.issuer === 'TW')) facts[j] = { ...facts[j], term: c.items[0].term };
        break;
      }
      const it = next.items[0];
      if (it.code !== c.items[0].code || !it.key) continue;
      tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
      // What the bracket names is that plenum's: its term too.
      if (c.items[0].term && !facts[j].term) facts[j] = { ...facts[j], term: c.items[0].term };
    }
  });
  // What the plenum's resolution is said to include ("Nghị quyết Trung ương 6 khóa XIII còn bao gồm
  // Nghị quyết số 28-NQ/TW … và Nghị quyết số 29-NQ/TW"): each is tied to it, so it keeps its own key.
  cands.forEach((c, i) => {
    if (c.form !== 'plenum' || c.items.length !== 1) return;
    const next = cands[i + 1];
    if (!next || next.form !== 'full' || !/^[^.;]{0,30}(?:bao gom|gom(?: co)?|trong do co) *(?:cac +)?$/.test(text.slice(c.end, next.start))) return;
    for (let j = i + 1, prev = c.end; j < cands.length; j++) {
      const n = cands[j];
      if (n.form !== 'full' || (j > i + 1 && !/^[^.;]{0,160}?(?:,|va|and) *$/.test(text.slice(prev, n.start)))) break;
      for (const it of n.items) if (it.code === c.items[0].code && it.key && it.party) tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
      prev = n.end;
    }
  });
  // Apposition right next to it, in either order: "Nghị quyết Trung ương 8 khóa XII – Nghị quyết
  // 36-NQ/TW", "Nghị quyết 36-NQ/TW (Nghị quyết Trung ương 8 khóa XII)". Not a comma alone: that lists.
  cands.forEach((c, i) => {
    if (c.form !== 'plenum' || c.items.length !== 1) return;
    for (const [a, b] of [[c, cands[i + 1]], [cands[i - 1], c]]) {
      const other = a === c ? b : a;
      if (!other || other.form !== 'full' || other.items.length !== 1) continue;
      // (Or said to be it: "…, tức Nghị quyết số 60-NQ/TW", "…, tức là …", "…, i.e. …".)
      if (!/^ *(?:[-(]|,? *(?:tuc|tuc la|hay con goi la|i\.?e\.?|that is|namely),?) *$/.test(text.slice(a.end, b.start))) continue;
      const it = other.items[0];
      if (it.code === c.items[0].code && it.key && it.party) tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
    }
  });
  // The meeting that adopted them, named before them: "Hội nghị lần thứ tám Ban Chấp hành Trung ương
  // khóa XIII đã ban hành Nghị quyết số 44-NQ/TW …" (and the items listed with it, each a tie).
  if (cands.some((c) => c.form === 'plenum')) tieAdoptedByMeeting(text, cands, tie);
  // A document's own header: "Số 29-NQ/TW", the place and date, then "NGHỊ QUYẾT / HỘI NGHỊ LẦN THỨ
  // TÁM …" on a line of its own — the number line and the title line name one document.
  cands.forEach((c, i) => {
    const prev = cands[i - 1];
    if (c.form !== 'plenum' || c.items.length !== 1 || !prev || prev.form === 'plenum' || prev.items.length !== 1) return;
    const it = prev.items[0];
    // (A central number only: a provincial resolution's header may carry "… thực hiện Nghị quyết Hội nghị …".)
    if (it.code === c.items[0].code && it.key && it.party && it.issuer === 'TW' && ctx.headerTitleAt(prev.start, prev.end, c.start)) {
      tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
    }
  });
  return ties;
}

/** Between a meeting's name and the first resolution it adopted: its verb (a month in brackets, a
 *  phrase between commas, "đã", "thảo luận và" before it), and nothing else: no other actor, no "sau khi". */
const ADOPTED = /^(?: *\([^()]{0,30}\))?(?: *,(?![^,]*(?:bo chinh tri|ban bi thu|chinh phu|quoc hoi|sau khi|truoc khi|politburo|secretariat|government|after|before))[^,.;]{0,40},)? *,? *(?:(?:da|vua|chinh thuc|cung|moi|thao luan va|xem xet va|has|have|had|formally|discussed and) +)*(?:ban hanh|thong qua|adopted|issued)(?: +(?:cac|hai|ba|bon|nam))?(?: +nghi quyet)?(?: +so)? *$/;
/** Between two resolutions it adopted: a list's comma or "và". */
const LISTED = /^ *(?:,|va|and) *$/;

function tieAdoptedByMeeting(text: string, cands: Candidate[], tie: (code: string, n: number, term: string | undefined, key: string) => void): void {
  for (const { n, term, end, english } of meetings(text)) {
    // (The meetings come in two scans, Vietnamese then English: found by halving, not walked to.)
    let lo = 0, hi = cands.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cands[mid].start < end) lo = mid + 1; else hi = mid; }
    const k = lo;
    const first = cands[k];
    if (!first || (first.form !== 'full' && first.form !== 'short') || !(english ? ADOPTED_EN : ADOPTED).test(text.slice(end, first.start))) continue;
    for (let j = k, prev = end; j < cands.length; j++) {
      const c = cands[j];
      if (j > k && !LISTED.test(text.slice(prev, c.start))) break;
      if (c.form !== 'full' && c.form !== 'short') break;
      for (const it of c.items) {
        if (it.code !== 'NQ' || it.party === false) continue;
        if (it.key && it.party && it.issuer === 'TW') tie('NQ', n, term, it.key);
        // "… khóa X đã ban hành Nghị quyết số 26 về …": the Central Committee's, by the meeting that adopted it.
        else if (c.form === 'short' && !it.key && (!it.issuer || it.issuer === 'TW') && it.number) tie('NQ', n, term, partyKey(it.number, 'NQ', 'TW'));
      }
      prev = c.end;
    }
  }
}

/** Sets the item's term when the passage settles it: the facts shown and the catalog read it there. */
export function keyPlenum(s: Scope, p: Plenums, c: Candidate, i: number, it: RawItem): ResolvedItem {
  let term = it.term;
  if (!term) {
    const ts = p.terms.get(it.plenum!);
    if (ts && ts.size === 1) term = [...ts][0];
  }
  // "Nghị quyết Hội nghị Trung ương 4 và Nghị quyết Hội nghị Trung ương 9 khóa XI": the list's term,
  // printed once after its last plenum, is each one's.
  if (!term) term = listTerm(s, i);
  const tied = p.ties.get(`${it.code}|${it.plenum}|${term ?? ''}`);
  const key = tied && tied.size === 1 ? [...tied][0] : formatKey({ kind: 'plenum', code: it.code as PlenumCode, plenum: it.plenum!, term });
  it.term = term;
  return { cand: c, item: it, key, party: true, facts: { ...s.facts[i], term: s.facts[i].term ?? term } };
}

/** The term of the plenum-named resolution listed right after candidate `i`, following the list on. */
function listTerm(s: Scope, i: number): string | undefined {
  for (let k = i; k + 1 < s.cands.length && k < i + 4; k++) {
    const next = s.cands[k + 1];
    if (next.form !== 'plenum' || !/^ *(?:,|va|and) *$/.test(s.text.slice(s.cands[k].end, next.start))) return undefined;
    const t = next.items[next.items.length - 1]?.term;
    if (t) return t;
  }
  return undefined;
}

export function keyCongress(s: Scope, c: Candidate, i: number, it: RawItem): ResolvedItem {
  const key = formatKey({ kind: it.congress === 'local' ? 'local-congress' : 'congress', term: it.term! });
  return { cand: c, item: it, key, party: true, facts: s.facts[i] };
}
