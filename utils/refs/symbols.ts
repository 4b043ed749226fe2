/**
 * Stage 2a: number-and-symbol grammar. Party symbols are "18-NQ/TW" (hyphen, then slash);
 * state ones "01/NQ-CP", "178/2024/NĐ-CP", "43/2022/QH15". Misspellings are common
 * (../shared/docs/party-documents.md §9), so the patterns are loose and classify afterwards:
 * any symbol whose issuer is TW / TƯ / T.Ư or another party body is party, whatever the separators.
 * All patterns run on folded text (normalize.ts): lowercase ASCII, spaces and dashes unified.
 */
import { formatKey } from './keys';
import { foldText } from './normalize';
import { MIXED_CASE, NON_PARTY_ISSUER, PARTY_ISSUERS, STATE_ISSUER, TYPE_CODES } from './vocabulary';

const PARTY_CODE = '(?:nq|qdns|qdi|qyd|qd|cthd|ctrhd|ctr|ct|kl|qc|hd|tb|kh|ttr|cv|cd|bc|tt|da|bb|bs|qtr)';
const ISSUER = '[a-z](?:[a-z.]{0,14}[a-z])?';

/**
 * "18-NQ/TW", "18 - NQ/TW", "37QĐ/TW", "68- NQ/TW", "10-NQ / TW", "68-NQ-TW", "05-CT-TW", and a dot
 * typed for the hyphen, "57.NQ/TW" (not "57. NQ": a sentence may end there).
 */
export const PARTY_SYMBOL = new RegExp(
  `(\\d{1,5}) {0,3}(?:- {0,3}|\\.)?(${PARTY_CODE}) {0,3}[/-] {0,3}(${ISSUER})`,
  'y',
);
/** "159-TB": a party-style number with a type code but no issuer. */
export const PARTIAL_SYMBOL = new RegExp(`(\\d{1,5}) {0,2}- {0,2}(${PARTY_CODE})(?![a-z0-9/])`, 'y');
/** "01/NQ-CP", "178/2024/NĐ-CP", "43/2022/QH15", "23/NQ-TW", "646/QĐ/QUTW", "6383/BNV-TCBC", and a joint
 *  one of up to four issuers: "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"; a space after the dash
 *  ("2850/QĐ- BVHTTDL"), and one on both sides before an issuer it names ("11/NQ – CP"; not "12/NQ -
 *  Chính phủ", whose words are no symbol's). */
export const STATE_SYMBOL =
  /(\d{1,5})(?:\/(\d{4}))?(?:\/| \/ )([a-z]{1,8}\d{0,2})(?: ?([-/])(?:(?<=[a-z0-9][-/]) | (?=(?:cp|ttg|qh\d{0,2}|ubtvqh\d{0,2}|ubnd|hdnd|bca|bqp|btc|bnv)(?![a-z])))?([a-z](?:[a-z0-9.]{0,10}[a-z0-9])?))?(?:-([a-z][a-z0-9]{0,10}(?:-[a-z][a-z0-9]{0,14}){0,2}))?(?![a-z0-9])/y;

/**
 * Both patterns in one pass over the whole text (bare symbols, header number lines). They never
 * match at the same place (a party symbol has its type code right after the number, a state one a
 * slash), and neither can start inside the other, so one scan finds exactly the places two would.
 * What may not come before a symbol (a letter, digit, "/", "." or "-": "x12-NQ/TW", "1.234") is the
 * caller's check (`symbolMayStart`): a lookbehind at the front would cost V8 its quick scan for digits.
 */
export const SYMBOL_SCAN = new RegExp(`${PARTY_SYMBOL.source}|${STATE_SYMBOL.source}`, 'g');

/** May a symbol start at folded index `i` (nothing of a word, number or symbol right before it)? */
export function symbolMayStart(t: string, i: number): boolean {
  if (i === 0) return true;
  const c = t.charCodeAt(i - 1);
  return !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x2e || c === 0x2d);
}

export interface SymbolItem {
  /** The printed number, digits only. */
  number: string;
  code?: string;
  issuer?: string;
  party: boolean;
  /** Full key when the symbol settles it. */
  key?: string;
  year?: string;
  /** The issuer was printed as TƯ / T.Ư, which can be a mangled provincial TU (§5). */
  issuerAmbiguous?: boolean;
  /** Company, Youth Union … documents: recognised so they are not taken for party ones. */
  excluded?: boolean;
}

export function pad2(n: string): string {
  // The usual number (two digits or more, no leading zero) is its own padded form: no regex, no copy.
  if (n.length >= 2 && n.charCodeAt(0) !== 0x30) return n;
  const d = n.replace(/^0+(?=\d)/, '');
  return d.length < 2 ? '0' + d : d;
}

/**
 * Keys spelt before, by code, issuer and printed number. A text names few documents, many times
 * each: one string per document rather than one per mention, kept (and hashed) as long as the result.
 */
const PARTY_KEYS = new Map<string, Map<string, Map<string, string>>>();
let partyKeysHeld = 0;

export function partyKey(number: string, code: string, issuer?: string): string {
  if (partyKeysHeld >= 4096) { PARTY_KEYS.clear(); partyKeysHeld = 0; }
  let byIssuer = PARTY_KEYS.get(code);
  if (!byIssuer) PARTY_KEYS.set(code, (byIssuer = new Map()));
  // No issuer and an empty one spell the same key.
  let byNumber = byIssuer.get(issuer ?? '');
  if (!byNumber) byIssuer.set(issuer ?? '', (byNumber = new Map()));
  let key = byNumber.get(number);
  if (key === undefined) {
    byNumber.set(number, (key = formatKey({ kind: 'party', number: pad2(number), code, issuer })));
    partyKeysHeld++;
  }
  return key;
}

// Built once: each is asked for every printed symbol, and a literal is a new object at each call.
const SPACES_AND_DOTS = /[\s.]/g;
const GLUED = /^((?:[\p{Lu}.]\p{M}*){2,})(?:\p{Ll}\p{M}*){2,}$/u;

/** Canonical party issuer from the printed text (original, not folded). */
export function canonicalIssuer(printed: string, folded: string): { issuer: string; ambiguous: boolean } {
  const f = folded.replace(SPACES_AND_DOTS, '');
  if (f === 'tw') return { issuer: 'TW', ambiguous: false };
  if (f === 'tu') {
    // "TƯ" / "T.Ư" is a misspelt TW; a plain "TU" is a provincial committee.
    return /[Ưư\u031b.]/.test(printed) ? { issuer: 'TW', ambiguous: true } : { issuer: 'TU', ambiguous: false };
  }
  const known = PARTY_ISSUERS[f];
  if (known) return { issuer: known, ambiguous: false };
  const compact = printed.replace(SPACES_AND_DOTS, '');
  return { issuer: compact.toUpperCase().replace(/^TH(U)$/, 'ThU'), ambiguous: false };
}

/**
 * Issuer as printed can run into the next word when a space is missing ("TWof", "TWngày", "TƯvề"):
 * cut it where the capitals end. Measured on the printed string itself (NFC or NFD), so the length
 * is in its code units; a mixed-case code like "ThU" has a single capital first and is kept.
 */
export function trimGluedIssuer(printed: string): number {
  const m = GLUED.exec(printed);
  return m ? m[1].length : printed.length;
}

/** Format a state symbol: uppercase, official mixed case kept (TTg), spaces removed. */
/** Printed state symbol → key: an article repeats its symbols, and spelling one out is costly. */
const STATE_KEYS = new Map<string, string>();

export function stateKey(printed: string): string {
  let key = STATE_KEYS.get(printed);
  if (key === undefined) {
    if (STATE_KEYS.size >= 4096) STATE_KEYS.clear();
    STATE_KEYS.set(printed, (key = spellStateKey(printed)));
  }
  return key;
}

function spellStateKey(printed: string): string {
  return printed
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[–—‑−]/g, '-')
    .split(/([/-])/)
    .map((part) => {
      if (part === '/' || part === '-') return part;
      return MIXED_CASE.get(foldText(part)) ?? part.toUpperCase();
    })
    .join('');
}

export function codeOf(foldedCode: string): string {
  return TYPE_CODES[foldedCode] ?? foldedCode.toUpperCase();
}

export function isExcludedIssuer(foldedIssuer: string): boolean {
  return NON_PARTY_ISSUER.test(foldedIssuer.replace(SPACES_AND_DOTS, ''));
}

export function isStateIssuer(foldedIssuer: string): boolean {
  return STATE_ISSUER.test(foldedIssuer.replace(SPACES_AND_DOTS, ''));
}
