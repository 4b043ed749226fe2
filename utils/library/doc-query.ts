/**
 * A query that names a document: "nghi quyet 18", "Nghị quyết số 18", "18-NQ/TW", "NQ 18", "Kết luận
 * 121", "Resolution 57". The library knows which articles cite which documents, so such a query
 * should find those articles first — not the ones where "hội nghị", "quyết" and "18 nhiệm vụ"
 * happen to stand in the text.
 */
import type { QueryWord } from './text';
import { PARTY_ISSUERS, TYPE_CODES, TYPE_WORDS } from '../refs/vocabulary';

export interface DocumentQuery {
  number: number;
  /** Type code as in keys: NQ, KL, QĐ, CT, TB, HD. */
  code: string;
  /** Printed in the query ("18-NQ/TW"): only that issuer's document. */
  issuer?: string;
  /** The query was a symbol ("18-NQ/TW", "NQ 18"): only articles citing it are answers. */
  symbol: boolean;
  /** Indexes of the query words the reference used. */
  used: Set<number>;
}

// The engine's own vocabulary (folded type words, type codes, issuers): one list of what a document is.
const TYPE_PHRASES: Array<[string[], string]> = Object.entries(TYPE_WORDS)
  .filter(([w]) => w.includes(' ') || TYPE_WORDS[w].english)
  .map(([w, t]) => [w.split(' '), t.code] as [string[], string])
  .sort((a, b) => b[0].length - a[0].length);
/** Printed codes a reader types for a party document ("18 nq", "KL 121"); not "da", "tt" or "bc",
 *  which are also everyday words once folded ("đã 18 năm"). */
const CODES: Record<string, string> = Object.fromEntries(
  ['nq', 'kl', 'qd', 'qdi', 'qyd', 'ct', 'ctr', 'cthd', 'tb', 'hd', 'kh', 'qc'].map((c) => [c, TYPE_CODES[c]]),
);
/** QĐi (the 2018 "Quy định" code) and QĐ are one kind of document for a reader searching. */
const sameCode = (code: string) => (code === 'QĐi' || code === 'QyĐ' ? 'QĐ' : code);

const isNumber = (w: string) => /^\d{1,4}$/.test(w);

export function documentInQuery(q: readonly QueryWord[]): DocumentQuery | null {
  const w = q.map((x) => x.word);
  for (let i = 0; i < w.length; i++) {
    // "18-NQ/TW", "18 nq": a number, its code, maybe its issuer.
    if (isNumber(w[i]) && CODES[w[i + 1]]) {
      const issuer = PARTY_ISSUERS[w[i + 2] ?? ''];
      const used = new Set([i, i + 1, ...(issuer ? [i + 2] : [])]);
      return { number: Number(w[i]), code: sameCode(CODES[w[i + 1]]), issuer, symbol: true, used };
    }
    // "NQ 18"
    if (CODES[w[i]] && isNumber(w[i + 1] ?? '')) return { number: Number(w[i + 1]), code: sameCode(CODES[w[i]]), symbol: true, used: new Set([i, i + 1]) };
  }
  // A symbol says more than a type word: only then "nghị quyết (số) 18".
  for (let i = 0; i < w.length; i++) {
    for (const [words, code] of TYPE_PHRASES) {
      if (!words.every((x, k) => w[i + k] === x)) continue;
      let j = i + words.length;
      if (w[j] === 'so' || w[j] === 'no') j++;
      if (!isNumber(w[j] ?? '')) continue;
      const used = new Set<number>();
      for (let k = i; k <= j; k++) used.add(k);
      return { number: Number(w[j]), code: sameCode(code), symbol: false, used };
    }
  }
  return null;
}

/** Whether a document key ("18-NQ/TW", "08-QĐi/TW", "18-NQ") is the document the query names. */
export function keyMatches(key: string, d: DocumentQuery): boolean {
  const m = /^0*(\d+)-([^/]+)(?:\/(.+))?$/.exec(key);
  if (!m || Number(m[1]) !== d.number) return false;
  return sameCode(m[2]) === d.code && (!d.issuer || m[3] === d.issuer);
}
