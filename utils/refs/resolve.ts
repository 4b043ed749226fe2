/**
 * Stage 3: give every candidate item its key, with the whole text in view.
 *  - a short form takes the key of the full citation of the same type and number, before or after it;
 *  - else the issuer comes from the words around it ("của Bộ Chính trị", "Politburo's"), or from
 *    another mention of the same document that had them, or from the passage when it names only
 *    central bodies; where nothing settles it the key says so ("57-NQ");
 *  - a plenum-named resolution takes the number the text ties it to, when exactly one.
 * Fails safe: a lowercase or common-word short form with nothing supporting it is dropped.
 */
import type { Candidate, RawItem } from './match';
import type { AfterFacts, BodyFact, Context } from './context';
import type { Folded } from './normalize';
import { partyKey } from './symbols';
import { TYPE_WORDS, termOfDate } from './vocabulary';

export interface ResolvedItem {
  cand: Candidate;
  item: RawItem;
  key: string;
  party: boolean;
  facts: AfterFacts;
  body?: BodyFact;
}

// Not "Ban Bí thư Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn" (Youth Union).
const CENTRAL = /(?<![a-z])(?:bo chinh tri|ban bi thu|tong bi thu|ban chap hanh trung uong|bch trung uong|bch tw|trung uong dang|hoi nghi trung uong|politburo|secretariat|(?<!(?:union|front) )central (?:executive )?committee|general secretary)(?![a-z])(?! +(?:trung uong +)?doan(?![a-z]))/;
/**
 * The central bodies that issue documents, named in the passage: what lets a bare short form take
 * /TW ("Issuer never borrowed"). Not the General Secretary nor a plenum ("Hội nghị Trung ương"),
 * which name people and meetings, not the issuer of "Nghị quyết 57".
 */
const CENTRAL_ISSUER = /(?<![a-z])(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|bch trung uong|bch tw|trung uong dang|politburo|secretariat|(?<!(?:union|front) )central (?:executive )?committee)(?![a-z])(?! +(?:trung uong +)?doan(?![a-z]))/;
/** Between two citations of one list: a separator, maybe after the first one's issuer phrase. */
const JOINED = /^(?: *,? *(?:cua|of) +[a-z ]{3,40}?)? *(?:,|;|va|hoac|and) *$/;
const CITATION_NEXT = /^ +(?:duoc|da|cua|ve|ngay|nam (?:19|20)\d\d|neu|yeu cau|chi ro|xac dinh|khang dinh|nhan manh)(?![a-z])/;
const PHRASE_END = /^(?: *[,.;:!?)\]"”]| *$)/;
const LOCAL = /(?<![a-z])(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo tinh|dang bo thanh pho)(?![a-z])/;
/** The issuer code of the local committee LOCAL found. */
const LOCAL_ISSUER: Record<string, string> = { 'tinh uy': 'TU', 'thanh uy': 'TU', 'huyen uy': 'HU', 'quan uy': 'QU', 'thi uy': 'ThU', 'dang uy': 'ĐU' };
const MEETING = /hoi nghi +(?:lan thu +(\d{1,2}|[a-z]+)|(?:ban chap hanh +)?(?:trung uong|tw|t\.u) +(\d{1,2}))(?: +(?:ban chap hanh|bch) +trung uong)?(?: +dang)?(?: +cong san viet nam)? *,? *\(? *khoa +([ivxl]+|\d{1,2})(?![a-z0-9])/g;
const PLENUM_WORDS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
const COMPATIBLE: Record<string, string[]> = { QC: ['QĐ'], TB: ['KL'], 'NĐ': ['CT'] };

function romanOf(s: string): string {
  if (!/^\d+$/.test(s)) return s.toUpperCase();
  const n = Number(s);
  const parts: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '', r = n;
  for (const [v, t] of parts) while (r >= v) { out += t; r -= v; }
  return out;
}

export function resolve(cands: Candidate[], f: Folded, ctx: Context): ResolvedItem[] {
  const text = f.text;
  const central = CENTRAL.test(text);
  const centralIssuer = central && CENTRAL_ISSUER.test(text);
  const localMatch = LOCAL.exec(text);
  const local = !!localMatch;
  const localIssuer = localMatch ? LOCAL_ISSUER[localMatch[0].split(' ')[0] === 'dang' && localMatch[0] !== 'dang uy' ? 'tinh uy' : localMatch[0]] ?? null : null;

  // Facts after each candidate, and the body before it.
  ctx.cites = cands;
  const facts = cands.map((c, i) => ctx.after(c.end, i + 1 < cands.length ? cands[i + 1].start : text.length, c.form === 'symbol'));
  const before = cands.map((c) => (c.form === 'short' || c.items.some((it) => !it.key) ? ctx.before(c.start) : null));

  // Full citations by type word and by code, with number, in text order (candidates are sorted).
  const num = (n: string) => String(Number(n));
  type Full = { pos: number; item: RawItem };
  const full: Full[] = [];
  const byWord = new Map<string, Full[]>(), byCode = new Map<string, Full[]>();
  // State citations apart: "Nghị định 178" after "Nghị định 178/2024/NĐ-CP" is that decree, and a
  // party reading of it would be a state document reported as party.
  const stateByWord = new Map<string, Full[]>(), stateByCode = new Map<string, Full[]>();
  const push = (m: Map<string, Full[]>, k: string, v: Full) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const c of cands) for (const item of c.items) {
    if (!item.key || !item.number) continue;
    const x = { pos: c.start, item };
    if (!item.party) {
      if (c.typeWord) push(stateByWord, `${c.typeWord}|${num(item.number)}`, x);
      if (item.code) push(stateByCode, `${item.code}|${num(item.number)}`, x);
      continue;
    }
    full.push(x);
    if (c.typeWord) push(byWord, `${c.typeWord}|${num(item.number)}`, x);
    push(byCode, `${item.code}|${num(item.number)}`, x);
  }
  /** The citation before `pos` (what the reader has just seen), else the first one after it. */
  const nearest = (list: Full[] | undefined, pos: number): Full | undefined => {
    if (!list?.length) return undefined;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].pos <= pos) lo = mid + 1; else hi = mid; }
    const prev = list[lo - 1], next = list[lo];
    if (!prev) return next;
    if (!next) return prev;
    return pos - prev.pos <= (next.pos - pos) * 2 ? prev : next;
  };
  // Capitalised short forms by code and number: a lowercase one of the same document is one too.
  const capitalised = new Set<string>();
  for (const c of cands) if (!c.lower && c.form === 'short') for (const it of c.items) if (it.number) capitalised.add(`${it.code}|${num(it.number)}`);

  // Plenum → term, from meetings named anywhere ("Hội nghị Trung ương 4 (khóa XI)").
  const plenumTerms = new Map<number, Set<string>>();
  MEETING.lastIndex = cands.some((c) => c.form === 'plenum' && c.items.some((it) => !it.term)) ? 0 : text.length;
  for (let m: RegExpExecArray | null; (m = MEETING.exec(text)); ) {
    const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : PLENUM_WORDS[m[1]]) : Number(m[2]);
    if (!n) continue;
    plenumTerms.set(n, (plenumTerms.get(n) ?? new Set()).add(romanOf(m[3])));
  }

  for (const c of cands) if (c.form === 'plenum') for (const it of c.items) if (it.term) plenumTerms.set(it.plenum!, (plenumTerms.get(it.plenum!) ?? new Set()).add(it.term));

  // Plenum (n, term, code) → numbered keys the text ties to it.
  const ties = new Map<string, Set<string>>();
  const tie = (code: string, n: number, term: string | undefined, key: string) => {
    const id = `${code}|${n}|${term ?? ''}`;
    ties.set(id, (ties.get(id) ?? new Set()).add(key));
  };
  cands.forEach((c, i) => {
    const pl = facts[i].plenum;
    if (!pl) return;
    for (const it of c.items) if (it.key && it.party) tie(it.code, pl.n, pl.term ?? facts[i].term, it.key);
  });
  // Apposition: "Kết luận Hội nghị lần thứ tư … khóa XIII … (Kết luận số 21-KL/TW)".
  cands.forEach((c, i) => {
    if (c.form !== 'plenum' || c.items.length !== 1) return;
    const next = cands[i + 1];
    if (!next || next.form !== 'full' || next.items.length !== 1) return;
    const stop = ctx.sentenceEnd(c.end, 600, false);
    if (next.start > stop || text[next.start - 1] !== '(' && !/\( *$/.test(text.slice(Math.max(0, next.start - 3), next.start))) return;
    const it = next.items[0];
    if (it.code === c.items[0].code && it.key) tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
  });
  // Apposition right next to it, in either order: "Nghị quyết Trung ương 8 khóa XII – Nghị quyết
  // 36-NQ/TW", "Nghị quyết 36-NQ/TW (Nghị quyết Trung ương 8 khóa XII)". Not a comma: that lists.
  cands.forEach((c, i) => {
    if (c.form !== 'plenum' || c.items.length !== 1) return;
    for (const [a, b] of [[c, cands[i + 1]], [cands[i - 1], c]]) {
      const other = a === c ? b : a;
      if (!other || other.form !== 'full' || other.items.length !== 1) continue;
      if (!/^ *[-(] *$/.test(text.slice(a.end, b.start))) continue;
      const it = other.items[0];
      if (it.code === c.items[0].code && it.key && it.party) tie(it.code, c.items[0].plenum!, c.items[0].term, it.key);
    }
  });

  /**
   * An enumeration names the body once for all: "Nghị quyết số 57-NQ/TW …; Nghị quyết 59 …;
   * Nghị quyết 66 và 68 của Bộ Chính trị". A short form with nothing of its own takes the issuer of
   * the other references of its type in the same sentence, when they all agree; null when they
   * disagree (the sentence itself mixes issuers, so nothing may be assumed).
   */
  const siblingMemo = new Map<string, BodyFact | null | undefined>();
  const siblingBody = (i: number, code: string): BodyFact | null | undefined => {
    const memo = `${i}|${code}`;
    if (siblingMemo.has(memo)) return siblingMemo.get(memo);
    const b = siblingBodyOf(i, code);
    siblingMemo.set(memo, b);
    return b;
  };
  const siblingBodyOf = (i: number, code: string): BodyFact | null | undefined => {
    const from = ctx.sentenceStart(cands[i].start, 600, false), to = ctx.sentenceEnd(cands[i].end, 600, false);
    let found: BodyFact | undefined;
    for (let k = i - 1; k >= 0 && cands[k].start >= from; k--) if (!agree(k)) return null;
    for (let k = i + 1; k < cands.length && cands[k].start < to; k++) if (!agree(k)) return null;
    return found;
    function agree(k: number): boolean {
      const c = cands[k];
      if (!c.items.some((x) => x.code === code)) return true;
      const x = c.items.find((x) => x.code === code && x.issuer);
      // A state citation's issuer is the last part of its symbol, in its official case ("TTg").
      const b = x ? { issuer: x.party === false ? x.key!.split(/[-/]/).pop()! : x.issuer!, body: '', party: x.party !== false }
        : (facts[k].body ?? before[k] ?? undefined);
      if (!b) return true;
      if (found && found.issuer !== b.issuer) return false;
      found ??= b;
      return true;
    }
  };

  const out: ResolvedItem[] = [];
  // Issuers learned from context for (code, number): shared by every mention of that document.
  const learned = new Map<string, BodyFact>();
  const shortOnes: Array<{ c: Candidate; i: number; it: RawItem }> = [];

  cands.forEach((c, i) => {
    const ctxBody = facts[i].body ?? before[i] ?? undefined;
    for (const it of c.items) {
      if (it.excluded) continue;
      if (c.form === 'congress') {
        const key = `NQ-${it.congress === 'local' ? 'ĐHĐB' : 'ĐH'}-${it.term}`;
        out.push({ cand: c, item: it, key, party: true, facts: facts[i] });
        continue;
      }
      if (c.form === 'plenum') {
        let term = it.term;
        if (!term) {
          const ts = plenumTerms.get(it.plenum!);
          if (ts && ts.size === 1) term = [...ts][0];
        }
        const tied = ties.get(`${it.code}|${it.plenum}|${term ?? ''}`);
        const key = tied && tied.size === 1 ? [...tied][0] : `${it.code}-HNTW${it.plenum}${term ? '-' + term : ''}`;
        it.term = term;
        out.push({ cand: c, item: it, key, party: true, facts: { ...facts[i], term: facts[i].term ?? term } });
        continue;
      }
      if (it.key) {
        let key = it.key;
        if (it.issuerAmbiguous && (ctxBody?.issuer === 'TU' || (!ctxBody && local && !central))) {
          // Settled as provincial: short forms that corefer with it below must get this key too.
          key = it.key = partyKey(it.number!, it.code, 'TU');
          it.issuer = 'TU';
          it.issuerAmbiguous = false;
        }
        out.push({ cand: c, item: it, key, party: it.party !== false, facts: facts[i], body: ctxBody });
        if (ctxBody && !ctxBody.excluded && it.party) learned.set(`${it.code}|${num(it.number!)}`, ctxBody);
        continue;
      }
      shortOnes.push({ c, i, it });
      if (ctxBody && !ctxBody.excluded) learned.set(`${it.code}|${num(it.number!)}`, ctxBody);
    }
  });

  for (const { c, i, it } of shortOnes) {
    const tw = c.typeWord ? TYPE_WORDS[c.typeWord] : undefined;
    const n = num(it.number!);
    const id = `${it.code}|${n}`;
    const ownBody = facts[i].body ?? before[i] ?? undefined;
    if (ownBody?.excluded) continue;
    // 1. Coreference with a full citation in the same text, unless the short form's own words name
    //    another issuer ("Chỉ thị 05 của Thủ tướng" is not "Chỉ thị số 05-CT/TW").
    const fits = (r: Full | undefined): Full | undefined => {
      if (!r || !ownBody) return r;
      if (ownBody.party !== (r.item.party !== false)) return undefined;
      if (ownBody.party && r.item.issuer && r.item.issuer !== ownBody.issuer && !r.item.issuerAmbiguous) return undefined;
      return r;
    };
    // The same type word printed with a party symbol wins even for a state word (a blog's "Decree 05-CT/TW").
    let ref = fits(nearest(byWord.get(`${c.typeWord}|${n}`), c.start)
      ?? (tw?.scope !== 'state' ? nearest(byCode.get(id), c.start) : undefined));
    if (!ref && COMPATIBLE[it.code] && tw?.scope !== 'state') {
      const alts = COMPATIBLE[it.code].flatMap((code) => byCode.get(`${code}|${n}`) ?? []);
      if (new Set(alts.map((a) => a.item.key)).size === 1) ref = fits(alts[0]);
    }
    if (!ref && tw?.scope !== 'party') {
      const r = fits(nearest(stateByWord.get(`${c.typeWord}|${n}`), c.start) ?? nearest(stateByCode.get(id), c.start));
      if (r && (!it.year || !r.item.year || r.item.year === it.year)) ref = r;
    }
    if (ref) {
      out.push({ cand: c, item: it, key: ref.item.key!, party: ref.item.party !== false, facts: facts[i], body: ownBody });
      continue;
    }
    const sibling = siblingBody(i, it.code);
    const body = ownBody ?? learned.get(id) ?? sibling ?? undefined;
    // A lowercase or common-word short form ("theo quy định 5") needs something that says it is a document.
    // A lowercase list ("nghị quyết 70, 71, 72") is no count, and "số", a date or a title mark a
    // citation, but only for a word that is not also common ("theo quy định số 5 …" stays out).
    // A number with its year ("Quy định 80/2022") is a citation whatever the case of its word.
    const marked = c.items.length > 1 || !!it.year || (!tw?.common && (c.numbered || facts[i].date || facts[i].title));
    if (c.lower && !body && !capitalised.has(id) && !marked) continue;
    if (tw?.common && !body) {
      // Central bodies in the text are weak evidence: only when the number ends the phrase
      // ("Theo Kết luận 126, …"), since a count is followed by its noun ("Kết luận 2 vụ án").
      // So is one joined to the citation before it ("Nghị quyết 57 và Quy định 08").
      // (its issuer phrase may stand between: "Chỉ thị 05 của Bộ Chính trị và Kết luận 01").
      const joined = i > 0 && JOINED.test(text.slice(cands[i - 1].end, c.start));
      const cited = tw.citable && (!!it.year || !c.lower) && (!!it.year || joined || c.numbered || facts[i].date || facts[i].title
        || (tw.scope === 'party' && central && PHRASE_END.test(text.slice(c.end, c.end + 3)))
        // "Kết luận 121 được ban hành", "Quy định 69 về kỷ luật": a number of two digits or more
        // followed by what follows a citation (a count is followed by its noun).
        || (tw.scope === 'party' && it.number!.length >= 2 && (PHRASE_END.test(text.slice(c.end, c.end + 3)) || CITATION_NEXT.test(text.slice(c.end, c.end + 12)))));
      if (!cited) continue;
    }
    if (it.party === true && !body && !central) {
      // Partial symbol ("159-TB") with no issuer in sight.
      out.push({ cand: c, item: it, key: partyKey(it.number!, it.code), party: true, facts: facts[i] });
      continue;
    }
    if (body && !body.party) {
      // State document named by number and body: "Chỉ thị số 15 của Thủ tướng" → 15/CT-TTg.
      const code = it.code === 'QĐi' ? 'QĐ' : it.code;
      const key = it.year ? `${it.number}/${it.year}/${code}-${body.issuer}` : `${it.number}/${code}-${body.issuer}`;
      out.push({ cand: c, item: it, key, party: false, facts: facts[i], body });
      continue;
    }
    if (tw?.scope === 'state') {
      const key = it.code === 'NĐ' ? `${it.number}/${it.year ? it.year + '/' : ''}NĐ-CP` : `${it.number}/${it.code}`;
      out.push({ cand: c, item: it, key, party: false, facts: facts[i] });
      continue;
    }
    // Nothing of its own: a text that names the central bodies means them, even a provincial paper's
    // that names its Tỉnh ủy too (its own documents it cites by symbol or "của Tỉnh ủy"), unless
    // this very sentence mixes issuers.
    // A term alone ("Nghị quyết 33 (khóa 11)") in a passage about no local committee: the Central
    // Committee's, whose terms they are.
    // In a passage about a local committee, that committee's.
    const termAlone = !!facts[i].term;
    const issuer = body?.party ? body.issuer
      : termAlone && localIssuer ? localIssuer
        : (centralIssuer || termAlone) && sibling !== null ? 'TW' : undefined;
    out.push({ cand: c, item: it, key: partyKey(it.number!, it.code, issuer), party: true, facts: facts[i], body: body?.party ? body : undefined });
  }

  out.sort((a, b) => a.cand.start - b.cand.start);
  // Term from the date when the text gives a date but no term (§10).
  for (const r of out) if (!r.facts.term && r.facts.date && r.party && r.key.endsWith('/TW')) r.facts = { ...r.facts, term: termOfDate(r.facts.date) };
  return out;
}
