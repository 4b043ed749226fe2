/**
 * Document keys (../shared/docs/corpus-format.md, "Canonical keys"): the one place that spells a
 * key and reads one back. A key is what deduplicates mentions, what the library stores and what
 * the catalog is looked up by, so every producer must write the same string for the same parts.
 *
 * formatKey(parseKey(k)) === k for every key parseKey accepts: parts keep the key's own spelling
 * (a state symbol as printed, a number with its zeros), so reading a key never rewrites it.
 * Normalising (zero padding, TƯ → TW) is the producers' job (symbols.ts), comparing keyId's.
 */

export type PlenumCode = 'NQ' | 'KL';

export type KeyParts =
  /** "18-NQ/TW", "445-KL/TU"; "57-NQ" when the text does not say the issuer. */
  | { kind: 'party'; number: string; code: string; issuer?: string }
  /**
   * "01/NQ-CP", "178/2024/NĐ-CP", "43/2022/QH15": the symbol stays as printed (separators, mixed
   * case, an extra part), since that is what the key is.
   */
  | { kind: 'state'; number: string; year?: string; symbol: string }
  /** "NQ-HNTW4-XII"; "NQ-HNTW4" when the text does not say the term. */
  | { kind: 'plenum'; code: PlenumCode; plenum: number; term?: string }
  /** "NQ-ĐH-XIII" */
  | { kind: 'congress'; term: string }
  /** "NQ-ĐHĐB-XX": a provincial (or lower) party congress. */
  | { kind: 'local-congress'; term: string };

export type KeyKind = KeyParts['kind'];

// The issuer and the state symbol are left loose on purpose: a legacy issuer ("HNTW") or a state
// symbol printed with an extra part ("6383/BNV-TCBC") is still a key. Terms are Roman numerals.
const PARTY = /^(\d+)-([^/]+)(?:\/(.+))?$/;
const STATE = /^(\d+)\/(?:(\d{4})\/)?(.+)$/;
const PLENUM = /^(NQ|KL)-HNTW([1-9]\d*)(?:-([IVXLCDM]+))?$/;
const CONGRESS = /^NQ-ĐH(ĐB)?-([IVXLCDM]+)$/;

export function formatKey(p: KeyParts): string {
  switch (p.kind) {
    case 'party': return p.issuer ? `${p.number}-${p.code}/${p.issuer}` : `${p.number}-${p.code}`;
    case 'state': return `${p.number}/${p.year ? p.year + '/' : ''}${p.symbol}`;
    case 'plenum': return `${p.code}-HNTW${p.plenum}${p.term ? '-' + p.term : ''}`;
    case 'congress': return `NQ-ĐH-${p.term}`;
    case 'local-congress': return `NQ-ĐHĐB-${p.term}`;
  }
}

/** The parts of a key, or null when it is none of the forms above. */
export function parseKey(key: string): KeyParts | null {
  const c = key.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    const p = PARTY.exec(key);
    if (p) return p[3] === undefined ? { kind: 'party', number: p[1], code: p[2] } : { kind: 'party', number: p[1], code: p[2], issuer: p[3] };
    const s = STATE.exec(key);
    if (s) return s[2] === undefined ? { kind: 'state', number: s[1], symbol: s[3] } : { kind: 'state', number: s[1], year: s[2], symbol: s[3] };
    return null;
  }
  const pl = PLENUM.exec(key);
  if (pl) {
    const parts: KeyParts = { kind: 'plenum', code: pl[1] as PlenumCode, plenum: Number(pl[2]) };
    if (pl[3] !== undefined) parts.term = pl[3];
    return parts;
  }
  const cg = CONGRESS.exec(key);
  if (cg) return { kind: cg[1] ? 'local-congress' : 'congress', term: cg[2] };
  return null;
}

/**
 * The last part of a symbol, after its last "-" or "/": what a state key says of its issuer
 * ("TTg" of 15/CT-TTg, "QH15" of 43/2022/QH15). Read off the raw string, not the parts, because a
 * state key is the symbol as printed and may be one parseKey does not take apart.
 */
export function lastPart(key: string): string {
  return key.split(/[-/]/).pop()!;
}
