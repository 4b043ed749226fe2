/**
 * An enumeration names the body once for all: "Nghị quyết số 57-NQ/TW …; Nghị quyết 59 …;
 * Nghị quyết 66 và 68 của Bộ Chính trị". A short form with nothing of its own takes the issuer of
 * the other references of its type in the same sentence, when they all agree; null when they
 * disagree (the sentence itself mixes issuers, so nothing may be assumed).
 */
import type { BodyFact } from '../context';
import { lastPart } from '../keys';
import type { Scope } from './scope';

export type SiblingBody = (i: number, code: string) => BodyFact | null | undefined;

/** How far a sentence is read either side of a citation (folded characters). */
const REACH = 600;

/**
 * The candidates that say an issuer for one type code, in text order, with what each says.
 * `lastDiff[j]`: the last entry before j that says another issuer (-1: none), so whether a run
 * of entries agrees is one comparison, not a walk through the sentence.
 */
interface Speakers {
  ks: number[];
  says: BodyFact[];
  lastDiff: Int32Array;
}

/**
 * Read lazily, once every full citation has its final issuer. Each answer is a few binary
 * searches: a list of thousands of short forms, each with its body ("Kết luận 40 của Tỉnh ủy, …"),
 * would otherwise compare every one with all the others in its sentence.
 */
export function siblingBodies(s: Scope): SiblingBody {
  const byCode = new Map<string, Speakers>();
  return (i, code) => {
    let sp = byCode.get(code);
    if (!sp) byCode.set(code, (sp = speakersOf(s, code)));
    return siblingBody(s, sp, i);
  };
}

function speakersOf(s: Scope, code: string): Speakers {
  const ks: number[] = [], says: BodyFact[] = [];
  for (let k = 0; k < s.cands.length; k++) {
    const b = sayOf(s, k, code);
    if (b) { ks.push(k); says.push(b); }
  }
  const lastDiff = new Int32Array(ks.length);
  for (let j = 0; j < ks.length; j++) {
    lastDiff[j] = j === 0 ? -1 : says[j - 1].issuer !== says[j].issuer ? j - 1 : lastDiff[j - 1];
  }
  return { ks, says, lastDiff };
}

/** What candidate k says of the issuer of `code`: undefined when it names no document of that code or no issuer. */
function sayOf({ cands, facts, before }: Scope, k: number, code: string): BodyFact | undefined {
  const items = cands[k].items;
  let has = false;
  for (let j = 0; j < items.length; j++) {
    const x = items[j];
    if (x.code !== code) continue;
    has = true;
    // A state citation's issuer is the last part of its symbol, in its official case ("TTg").
    if (x.issuer) return { issuer: x.party === false ? lastPart(x.key!) : x.issuer, body: '', party: x.party !== false };
  }
  return has ? (facts[k].body ?? before[k] ?? undefined) : undefined;
}

/** The first entry from `lo` on whose candidate starts at or after `pos`. */
function firstAt(s: Scope, ks: number[], lo: number, hi: number, pos: number): number {
  while (lo < hi) { const mid = (lo + hi) >> 1; if (s.cands[ks[mid]].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Do entries [a, b] and [c, d) all say one issuer? */
function agree({ says, lastDiff }: Speakers, a: number, b: number, c: number, d: number): boolean {
  if (a <= b && lastDiff[b] >= a) return false;
  if (c < d && lastDiff[d - 1] >= c) return false;
  return !(a <= b && c < d && says[b].issuer !== says[c].issuer);
}

/**
 * What the other speakers of the sentence around candidate i agree on: the nearest one before it
 * (else after it) when all say one issuer, null when two disagree.
 */
function siblingBody(s: Scope, sp: Speakers, i: number): BodyFact | null | undefined {
  const { cands, ctx } = s;
  const { ks, says } = sp;
  let lo = 0, hi = ks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ks[mid] < i) lo = mid + 1; else hi = mid; }
  // The speakers before i end at `last`, those after it start at `next`; the sentence lies within
  // REACH either side of the citation.
  const last = lo - 1, next = ks[lo] === i ? lo + 1 : lo;
  const start = cands[i].start, end = cands[i].end;
  const reachFirst = firstAt(s, ks, 0, lo, start - REACH), reachStop = firstAt(s, ks, next, ks.length, end + REACH);
  if (agree(sp, reachFirst, last, next, reachStop)) {
    // All within reach say one issuer, so do those in the sentence: what is left is whether the
    // nearest is in it, and only the words between them need reading for that.
    if (last >= reachFirst) {
      const at = cands[ks[last]].start;
      if (at >= ctx.sentenceStart(start, start - at, false)) return says[last];
    }
    if (next < reachStop) {
      const at = cands[ks[next]].start;
      if (at < ctx.sentenceEnd(end, at - end + 1, false)) return says[next];
    }
    return undefined;
  }
  const first = last >= reachFirst ? firstAt(s, ks, reachFirst, lo, ctx.sentenceStart(start, REACH, false)) : lo;
  const stop = next < reachStop ? firstAt(s, ks, next, reachStop, ctx.sentenceEnd(end, REACH, false)) : next;
  if (!agree(sp, first, last, next, stop)) return null;
  return first <= last ? says[last] : next < stop ? says[next] : undefined;
}

/**
 * A verb that ties a party document to the state one that gives it effect: "Để thể chế hóa Nghị
 * quyết 57, Quốc hội đã ban hành Nghị quyết số 193/2025/QH15", "Nghị quyết 57 được cụ thể hóa bằng
 * Nghị quyết 03/NQ-CP". Across it the two are not one list, and the state one's issuer is not lent.
 */
const TIES = /(?<![a-z])(?:ban hanh|thong qua|the che hoa|the che|cu the hoa|bang|sau khi|de|thuc hien|trien khai|quan triet|dua|tao|gan voi|implement|institutionali[sz]e|under|issued|passed|adopted|after|following)(?![a-z])/;

/** Whether a state speaker may lend its issuer to candidate i: only as another item of its list,
 *  never across a verb that ties the two (the nearest state citation either side in the sentence). */
/** What ties a local document to the central one it carries out: "… 09-NQ/TU … theo tinh thần Nghị quyết 68". */
/** The words that make the next citation what the one before carries out, right before it. */
const CARRYING_OUT = '(?:theo tinh than|thuc hien|trien khai|cu the hoa|quan triet|tinh than|implement(?:ing|s)?)';
const CARRIES_OUT_RIGHT_BEFORE = new RegExp(`${CARRYING_OUT}(?: +(?:cac|the))? *$`);
const CARRIES_OUT = new RegExp(`(?<![a-z])${CARRYING_OUT}(?![a-z])`);

/** Does a citation after i (within reach) print `issuer` after itself? */
function saidAfter(s: Scope, i: number, issuer: string): boolean {
  const end = s.cands[i].end;
  for (let k = i + 1; k < s.cands.length && s.cands[k].start - end < REACH; k++) if (s.facts[k].body?.issuer === issuer) return true;
  return false;
}

export function lendsAcross(s: Scope, i: number, body: BodyFact | null | undefined): boolean {
  if (!body) return true;
  if (body.party) {
    if (body.issuer === 'TW') return true;
    const c = s.cands[i];
    // "Nghị quyết 12 của Đảng ủy Công an Trung ương và Nghị quyết 57": a committee named after an
    // earlier item is that item's; only one named after the list ("… 12 và 57 của …") or before it
    // is every item's.
    if (!saidAfter(s, i, body.issuer)) {
      for (let j = i - 1; j >= 0 && c.start - s.cands[j].end < REACH; j--) {
        if (s.facts[j].body?.issuer === body.issuer && !s.before[j]) return false;
      }
    }
    // A local committee's issuer is not lent to the document its own one carries out.
    for (let j = i - 1; j >= 0 && c.start - s.cands[j].end < REACH; j--) {
      if (s.cands[j].items.some((x) => x.party !== false && x.issuer === body.issuer)) return !CARRIES_OUT.test(s.text.slice(s.cands[j].end, c.start));
    }
    return true;
  }
  const c = s.cands[i];
  // Nor a state body to the document the one it issued carries out ("Nghị quyết 03 của Chính phủ về
  // Chương trình hành động thực hiện Nghị quyết 57": 57 is the Politburo's, not the Government's).
  const prev = i > 0 ? s.cands[i - 1] : undefined;
  if (prev && c.start - prev.end < REACH && CARRIES_OUT_RIGHT_BEFORE.test(s.text.slice(Math.max(prev.end, c.start - 40), c.start))) return false;
  const isState = (j: number) => s.cands[j].items.some((x) => x.party === false);
  // A state symbol with its year ("206/2025/QH15") is not lent back to a bare number before it
  // ("Nghị quyết 66 và Nghị quyết 206/2025/QH15"): a list goes on after its full symbol, not before.
  const dated = (j: number) => s.cands[j].items.some((x) => x.party === false && /\/(?:19|20)\d\d\//.test(x.key ?? ''));
  // Across ";" too: "…, Trung ương ban hành Kết luận 121; đồng thời Quốc hội ban hành Nghị quyết 190/2025/QH15".
  const tied = (between: string) => !/[.!?] /.test(between) && TIES.test(between);
  for (let j = i - 1; j >= 0 && c.start - s.cands[j].end < REACH; j--) {
    if (isState(j)) { if (tied(s.text.slice(s.cands[j].end, c.start))) return false; break; }
  }
  // Nor forward across a ";": "… thực hiện NQ57 họp hằng tháng; các sở bám sát Nghị quyết 03/NQ-CP" is
  // another clause's document, not the next item of a list.
  for (let j = i + 1; j < s.cands.length && s.cands[j].start - c.end < REACH; j++) {
    if (isState(j)) { const between = s.text.slice(c.end, s.cands[j].start); if (dated(j) || tied(between) || between.includes(';')) return false; break; }
  }
  return true;
}
