/**
 * Sentence and clause bounds, one definition for every stage: ". ! ?" before white space (or the end
 * of what is read), a line break; for a clause, ";" too. Read in the original text: folding turns
 * line breaks into spaces, and a point inside "25.10.2017" or "TP.HCM" ends nothing.
 */

/** What ends a stretch: a clause (";" too) or a sentence; a line break too, unless the stretch may
 *  run on from a heading ("Tại tỉnh Quảng Bình\nTỉnh ủy ban hành …": the place is still the one meant). */
export interface Stops { clauses?: boolean; lines?: boolean }
// A point after an abbreviation ends nothing: "Resolution No. 18-NQ/TW", "TP. Hồ Chí Minh".
// Only those a citation's sentence holds (a text of nothing but abbreviations must still end somewhere).
const ABBREVIATIONS = ['No', 'Nos', 'TP', 'Tp', 'tp', 'TT', 'Th', 'St'];
// (Letters as the Latin and Vietnamese alphabets have them: a unicode-mode regex is slower to search.)
const NOT_AFTER = String.raw`(?<!(?:^|[^A-Za-z\u00c0-\u024f\u1e00-\u1eff])(?:${ABBREVIATIONS.join('|')}))`;
const ENDS = ['[.!?]', '[.;!?]', '[.!?]', '[.;!?]'].map((c, i) => new RegExp(String.raw`${NOT_AFTER}${c}(?=\s|$)` + (i >= 2 ? String.raw`|\n` : '')));
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const endsOf = (o: Stops) => ENDS[(o.clauses ? 1 : 0) + (o.lines === false ? 0 : 2)];

/** JavaScript's \s, on a char code. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

export const CLAUSE: Stops = { clauses: true };
export const SENTENCE: Stops = {};

/** Index of the first stop in [pos, to) of `t` (the stop character itself), or -1. */
export function stopAfter(t: string, pos: number, to: number, o: Stops = CLAUSE): number {
  // A regex finds it faster than a loop: V8 scans for the stop characters in compiled code. search,
  // not exec: only the index is wanted. The slice keeps a text without stops from being read to its end.
  const at = t.slice(pos, to).search(endsOf(o));
  return at >= 0 ? pos + at : -1;
}

/** Index just after the last stop in [from, pos) of `t` (the space after it is the sentence's) — where
 *  the sentence holding `pos` starts — or -1. */
export function stopBefore(t: string, pos: number, from: number, o: Stops = CLAUSE): number {
  const clauses = !!o.clauses, lines = o.lines !== false;
  // Walked back from `pos`, only as far as the sentence reaches (no string made), which keeps a text
  // made only of references (thousands of them per page) linear.
  for (let k = pos - 1; k >= from; k--) {
    const c = t.charCodeAt(k);
    if (c === 10 && lines) return k + 1;
    if ((c === 46 || c === 33 || c === 63 || (clauses && c === 59)) && k + 1 < pos && isSpace(t.charCodeAt(k + 1)) && !(c === 46 && abbreviationBefore(t, k))) return k + 1;
  }
  return -1;
}

/** Does the word ending at `k` (a point's index) abbreviate one ("No", "TP")? */
export function abbreviationBefore(t: string, k: number): boolean {
  let a = k;
  while (a > 0 && k - a < 4 && /\p{L}/u.test(t[a - 1])) a--;
  return (a === 0 || !/\p{L}/u.test(t[a - 1])) && ABBREVIATION_SET.has(t.slice(a, k));
}
