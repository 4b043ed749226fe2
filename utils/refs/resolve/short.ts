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
import { TYPE_WORDS, type TypeWord } from '../vocabulary';
import { siblingBodies, type SiblingBody } from './siblings';
import { bodyAt, num, type ResolvedItem, type Scope, type ShortOne } from './scope';

/** Between two citations of one list: a separator, maybe after the first one's issuer phrase. */
const JOINED = /^(?: *,? *(?:cua|of) +[a-z ]{3,40}?)? *(?:,|;|va|hoac|and) *$/;
const CITATION_NEXT = /^ +(?:duoc|da|cua|ve|ngay|nam (?:19|20)\d\d|neu|yeu cau|chi ro|xac dinh|khang dinh|nhan manh)(?![a-z])/;
const PHRASE_END = /^(?: *[,.;:!?)\]"”]| *$)/;
/** Codes a short form may be printed under for a document whose symbol has the other one. */
const COMPATIBLE: Record<string, string[]> = { QC: ['QĐ'], TB: ['KL'], 'NĐ': ['CT'] };

type Full = { pos: number; item: RawItem };

/** The keyed citations a short form may refer to, by `typeWord|number` and `code|number`. */
export interface Citations {
  byWord: Map<string, Full[]>;
  byCode: Map<string, Full[]>;
  // State citations apart: "Nghị định 178" after "Nghị định 178/2024/NĐ-CP" is that decree, and a
  // party reading of it would be a state document reported as party.
  stateByWord: Map<string, Full[]>;
  stateByCode: Map<string, Full[]>;
  /** `code|number` of capitalised short forms: a lowercase one of the same document is one too. */
  capitalised: Set<string>;
}

/** In text order, since candidates are sorted: `nearest` searches them by position. */
export function citationsOf({ cands }: Scope): Citations {
  const r: Citations = { byWord: new Map(), byCode: new Map(), stateByWord: new Map(), stateByCode: new Map(), capitalised: new Set() };
  const push = (m: Map<string, Full[]>, k: string, v: Full) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const c of cands) for (const item of c.items) {
    if (!item.key || !item.number) continue;
    const x = { pos: c.start, item };
    if (!item.party) {
      if (c.typeWord) push(r.stateByWord, `${c.typeWord}|${num(item.number)}`, x);
      if (item.code) push(r.stateByCode, `${item.code}|${num(item.number)}`, x);
      continue;
    }
    if (c.typeWord) push(r.byWord, `${c.typeWord}|${num(item.number)}`, x);
    push(r.byCode, `${item.code}|${num(item.number)}`, x);
  }
  for (const c of cands) if (!c.lower && c.form === 'short') for (const it of c.items) if (it.number) r.capitalised.add(`${it.code}|${num(it.number)}`);
  return r;
}

/** The citation before `pos` (what the reader has just seen), else the first one after it. */
function nearest(list: Full[] | undefined, pos: number): Full | undefined {
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
export function keyShortForms(s: Scope, cites: Citations, learned: Map<string, BodyFact>, short: ShortOne[], out: ResolvedItem[]): void {
  const siblingBody = siblingBodies(s);
  for (const { c, i, it } of short) {
    const r = keyShort(s, cites, learned, siblingBody, c, i, it);
    if (r) out.push(r);
  }
}

function keyShort(s: Scope, cites: Citations, learned: Map<string, BodyFact>, siblingBody: SiblingBody, c: Candidate, i: number, it: RawItem): ResolvedItem | null {
  const tw = c.typeWord ? TYPE_WORDS[c.typeWord] : undefined;
  const id = `${it.code}|${num(it.number!)}`;
  const ownBody = bodyAt(s, i);
  if (ownBody?.excluded) return null;
  const ref = corefer(cites, c, it, tw, ownBody);
  if (ref) return { cand: c, item: it, key: ref.item.key!, party: ref.item.party !== false, facts: s.facts[i], body: ownBody };
  const sibling = siblingBody(i, it.code);
  const body = ownBody ?? learned.get(id) ?? sibling ?? undefined;
  if (!isCitation(s, cites, c, i, it, tw, id, body)) return null;
  return keyByIssuer(s, c, i, it, tw, body, sibling);
}

/**
 * The full citation of the same document in the text, unless the short form's own words name
 * another issuer ("Chỉ thị 05 của Thủ tướng" is not "Chỉ thị số 05-CT/TW").
 */
function corefer(cites: Citations, c: Candidate, it: RawItem, tw: TypeWord | undefined, ownBody: BodyFact | undefined): Full | undefined {
  const n = num(it.number!);
  const id = `${it.code}|${n}`;
  const fits = (r: Full | undefined): Full | undefined => {
    if (!r || !ownBody) return r;
    if (ownBody.party !== (r.item.party !== false)) return undefined;
    if (ownBody.party && r.item.issuer && r.item.issuer !== ownBody.issuer && !r.item.issuerAmbiguous) return undefined;
    return r;
  };
  // The same type word printed with a party symbol wins even for a state word (a blog's "Decree 05-CT/TW").
  let ref = fits(nearest(cites.byWord.get(`${c.typeWord}|${n}`), c.start)
    ?? (tw?.scope !== 'state' ? nearest(cites.byCode.get(id), c.start) : undefined));
  if (!ref && COMPATIBLE[it.code] && tw?.scope !== 'state') {
    const alts = COMPATIBLE[it.code].flatMap((code) => cites.byCode.get(`${code}|${n}`) ?? []);
    if (new Set(alts.map((a) => a.item.key)).size === 1) ref = fits(alts[0]);
  }
  if (!ref && tw?.scope !== 'party') {
    const r = fits(nearest(cites.stateByWord.get(`${c.typeWord}|${n}`), c.start) ?? nearest(cites.stateByCode.get(id), c.start));
    if (r && (!it.year || !r.item.year || r.item.year === it.year)) ref = r;
  }
  return ref;
}

/** A short form with no full citation: is it a document at all, or a count ("Kết luận 2 vụ án")? */
function isCitation(s: Scope, cites: Citations, c: Candidate, i: number, it: RawItem, tw: TypeWord | undefined, id: string, body: BodyFact | undefined): boolean {
  const { text, facts } = s;
  // A lowercase or common-word short form ("theo quy định 5") needs something that says it is a document.
  // A lowercase list ("nghị quyết 70, 71, 72") is no count, and "số", a date or a title mark a
  // citation, but only for a word that is not also common ("theo quy định số 5 …" stays out).
  // A number with its year ("Quy định 80/2022") is a citation whatever the case of its word.
  const marked = c.items.length > 1 || !!it.year || (!tw?.common && (c.numbered || facts[i].date || facts[i].title));
  if (c.lower && !body && !cites.capitalised.has(id) && !marked) return false;
  if (!tw?.common || body) return true;
  // Central bodies in the text are weak evidence: only when the number ends the phrase
  // ("Theo Kết luận 126, …"), since a count is followed by its noun ("Kết luận 2 vụ án").
  // So is one joined to the citation before it ("Nghị quyết 57 và Quy định 08").
  // (its issuer phrase may stand between: "Chỉ thị 05 của Bộ Chính trị và Kết luận 01").
  const joined = i > 0 && JOINED.test(text.slice(s.cands[i - 1].end, c.start));
  return !!(tw.citable && (!!it.year || !c.lower) && (!!it.year || joined || c.numbered || facts[i].date || facts[i].title
    || (tw.scope === 'party' && s.central && PHRASE_END.test(text.slice(c.end, c.end + 3)))
    // "Kết luận 121 được ban hành", "Quy định 69 về kỷ luật": a number of two digits or more
    // followed by what follows a citation (a count is followed by its noun).
    || (tw.scope === 'party' && it.number!.length >= 2 && (PHRASE_END.test(text.slice(c.end, c.end + 3)) || CITATION_NEXT.test(text.slice(c.end, c.end + 12))))));
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
  const issuer = body?.party ? body.issuer
    : termAlone && s.localIssuer ? s.localIssuer
      : (s.centralIssuer || termAlone) && sibling !== null ? 'TW' : undefined;
  return { cand: c, item: it, key: partyKey(it.number!, it.code, issuer), party: true, facts, body: body?.party ? body : undefined };
}
