/**
 * Stage 3: give every candidate item its key, with the whole text in view. Citations that carry
 * their key (full symbols, plenums, congresses) are settled first, since short forms take theirs
 * from them (short.ts); a plenum-named resolution takes the number the text ties it to, when
 * exactly one (plenum.ts).
 */
import type { Candidate } from '../match';
import type { BodyFact, Context } from '../context';
import type { Folded } from '../normalize';
import { partyKey } from '../symbols';
import { issuerName, termOfDate, termOfYear } from '../vocabulary';
import { keyCongress, keyPlenum, plenumsOf, type Plenums } from './plenum';
import { DEPARTMENTS, Learned, bodyAt, num, outerBody, scopeOf, type ResolvedItem, type Scope } from './scope';
import { citationsOf, keyShortForms } from './short';

export type { ResolvedItem } from './scope';

export function resolve(cands: Candidate[], f: Folded, ctx: Context): ResolvedItem[] {
  const s = scopeOf(cands, f, ctx);
  const cites = citationsOf(s);
  const plenums = plenumsOf(s);
  const out: ResolvedItem[] = [];
  // Issuers learned from context for (code, number): shared by every mention of that document.
  const learned = new Learned();
  keyCited(s, plenums, learned, out);
  keyShortForms(s, cites, learned, out);

  // Keyed items come first, then the short forms: sorted only when both kinds are there, since a
  // sort of tens of thousands of items takes a buffer of half as many.
  if (!inTextOrder(out)) out.sort((a, b) => a.cand.start - b.cand.start);
  // Term from the date when the text gives a date but no term (§10).
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    if (!r.facts.term && r.facts.date && r.party && r.key.endsWith('/TW')) r.facts = { ...r.facts, term: termOfDate(r.facts.date) };
    // A year alone says the term when no congress closed in it ("Kết luận 49-KL/TW năm 2019": khóa XII).
    else if (!r.facts.term && !r.facts.date && r.party && r.key.endsWith('/TW')) {
      const year = r.item.year ?? (r.cand.items[r.cand.items.length - 1] === r.item ? r.facts.year : undefined);
      const term = year ? termOfYear(year) : undefined;
      if (term) r.facts = { ...r.facts, term };
    }
  }
  return out;
}

/** Keys what carries its own; the items it leaves (no key) are the short-form pass's to find. */
function keyCited(s: Scope, plenums: Plenums, learned: Learned, out: ResolvedItem[]): void {
  const { cands } = s;
  // Symbols read as a central one's whose mark was lost: the key printed → the central issuer's code.
  const lostMarked = new Map<string, string>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const ctxBody = bodyAt(s, i);
    for (const it of c.items) {
      if (it.excluded) continue;
      if (c.form === 'congress') {
        out.push(keyCongress(s, c, i, it));
        continue;
      }
      if (c.form === 'plenum') {
        out.push(keyPlenum(s, plenums, c, i, it));
        continue;
      }
      if (it.key) {
        // A body named before a full citation is its own only where its symbol's issuer agrees.
        const own = ctxBody && !s.facts[i].body && it.issuer && !it.issuerAmbiguous
          && (ctxBody.party !== (it.party !== false) || ctxBody.issuer !== it.issuer) ? undefined : ctxBody;
        if (own !== ctxBody) {
          out.push({ cand: c, item: it, key: it.key, party: it.party !== false, facts: s.facts[i] });
          continue;
        }
        const after = s.facts[i].body;
        // "Chỉ thị 32-CT/TU ngày 20/3/2009 của Bộ Chính trị", "91-HD/BTGTU … của Ban Tuyên giáo Trung
        // ương": a central "TƯ" printed without its mark; the words name the central body.
        // (The same symbol printed again with no body of its own — "In Resolution No. 15-NQ/TU, the
        // Political Bureau …" — reads as it did the first time.)
        // (Only one printed bare: with a date, term or subject of its own it may be another document — "Chỉ
        // thị số 05-CT/TU ngày 12/3/2021 về … trên địa bàn tỉnh", the province's.)
        const bare = !after && !ctxBody && !s.facts[i].date && !s.facts[i].term && !s.facts[i].title;
        const central = after?.party && it.party !== false && it.issuer && !it.issuerAmbiguous ? lostMark(it.issuer, after.issuer)
          : bare ? lostMarked.get(it.key) : undefined;
        if (central) {
          lostMarked.set(it.key, central);
          it.key = partyKey(it.number!, it.code, central);
          it.issuer = central;
        }
        // "Hướng dẫn số 26-HD/BTCTW … của Bộ Chính trị": a central department's symbol names its issuer,
        // the words another. (Not "TW" — the Central Committee, the Politburo or the Secretariat: the words
        // tell which — nor a local committee's code: a town's "Thị ủy" prints TU or HU as often.)
        if (after && it.party !== false && after.party && it.issuer && !it.issuerAmbiguous && after.issuer !== it.issuer && DEPARTMENTS.has(it.issuer)) {
          // (The body its symbol names, where one table names it: "BTCTW" → Ban Tổ chức Trung ương.)
          const named = issuerName(it.issuer);
          const body = named && !named.includes(',') ? { issuer: it.issuer, body: named, party: true } : undefined;
          out.push({ cand: c, item: it, key: it.key, party: true, facts: { ...s.facts[i], body }, ...(body ? { body } : {}) });
          continue;
        }
        let key = it.key;
        if (it.issuerAmbiguous && (ctxBody?.issuer === 'TU' || (!ctxBody && s.local && !s.central) || localHeader(s, c))) {
          // Settled as provincial: short forms that corefer with it below must get this key too.
          key = it.key = partyKey(it.number!, it.code, 'TU');
          it.issuer = 'TU';
          it.issuerAmbiguous = false;
        }
        out.push({ cand: c, item: it, key, party: it.party !== false, facts: s.facts[i], body: ctxBody });
        if (ctxBody && !ctxBody.excluded && it.party) learned.set(`${it.code}|${num(it.number!)}`, ctxBody);
        continue;
      }
      if (ctxBody && !ctxBody.excluded && !outerBody(s, c, i, it)) learned.set(`${it.code}|${num(it.number!)}`, ctxBody);
    }
  }
}

/** The central code a symbol's "…TU" stands for when the words name that central body ("TU" → "TW"
 *  beside the Politburo, "BTGTU" → "BTGTW" beside the Ban Tuyên giáo Trung ương); else undefined. */
function lostMark(symbol: string, words: string): string | undefined {
  if (!symbol.endsWith('TU') || !words.endsWith('TW')) return undefined;
  return symbol.slice(0, -2) + 'TW' === words ? words : undefined;
}

/** A document's own number line under a local committee's name ("TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố
 *  445-KL/TƯ"): its "TƯ" is the committee's, whatever central documents its text cites. */
const LOCAL_HEADER = /(?:tinh|thanh|huyen|quan|thi) uy(?: +[a-z]+){1,5} *\*? *so *:? *$/;
function localHeader(s: Scope, c: Candidate): boolean {
  return LOCAL_HEADER.test(s.text.slice(Math.max(0, c.start - 70), c.start));
}

function inTextOrder(out: ResolvedItem[]): boolean {
  for (let k = 1; k < out.length; k++) if (out[k - 1].cand.start > out[k].cand.start) return false;
  return true;
}
