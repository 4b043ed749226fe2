/**
 * The floors bench:extract compares the engine with: one regular expression of the type words,
 * scanned over the same text. Three of them, from the literal words (which read only well-formed
 * NFC text) to every form the engine must read. Plain data (source and flags) so the browser run
 * gets the same expressions.
 */
import { foldPhrase } from '../../utils/refs/normalize';
import { TYPE_WORDS } from '../../utils/refs/vocabulary';

export interface Floor {
  name: string;
  source: string;
  flags: string;
}

/** The literal type words, as printed in well-formed NFC text only. */
const LITERAL = /Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Nghị định|Resolution|Conclusion|Directive/g;

/**
 * Twelve type words in any case, with or without (or with scrambled) precomposed diacritics: what a
 * quick case-insensitive regex reads, spaces lost or not. It misses NFD text and the other 33 of the 45 type words the engine knows.
 */
const V = (c: string) => `[${c}]`;
const TWELVE = new RegExp([
  `ngh${V('iịìíỉĩIỊÌÍỈĨ')}\\s*quy${V('eếềểễệeEẾỀỂỄỆ')}t`, `k${V('eếềểễệEẾỀỂỄỆ')}t\\s*lu${V('aậấầẩẫăAẬẤẦẨẪ')}n`,
  `ch${V('iỉịìíĩIỈỊÌÍĨ')}\\s*th${V('iịìíỉĩIỊÌÍỈĨ')}`, `quy\\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`,
  `quy${V('eếềểễệEẾỀỂỄỆ')}t\\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`, `h${V('uưứừửữựUƯỨỪỬỮỰ')}${V('oớờởỡợơOỚỜỞỠỢƠ')}ng\\s*d${V('aẫấầẩậAẪẤẦẨẬ')}n`,
  `k${V('eếềểễệEẾỀỂỄỆ')}\\s*ho${V('aạáàảãAẠÁÀẢÃ')}ch`, `th${V('oôốồổỗộOÔỐỒỔỖỘ')}ng\\s*b${V('aáàảãạAÁÀẢÃẠ')}o`,
  `ngh${V('iịìíỉĩIỊÌÍỈĨ')}\\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`, 'resolution', 'conclusion', 'directive',
].join('|'), 'giu');

/**
 * The floor for this extractor: one regex of every type word it accepts (vocabulary.ts), in every
 * form the issue asks it to read — any case; NFC or NFD; with, without or with scrambled Vietnamese
 * diacritics (any tone or shape mark on any vowel); đ or d; spaces lost, doubled or non-breaking.
 * Built mechanically from the engine's own fold, so it reads what the engine reads and no more
 * (fullwidth and Cyrillic look-alikes, which the fold also takes, are left out: cheaper, so a
 * stricter floor). Grouped by first letter, as the engine's own scan is, which V8 runs fastest.
 */
const EVERY_FORM = (() => {
  // Lowercase letters with the i flag: V8 runs that faster than classes of both cases, and the
  // floor should be as fast as such a regex can be.
  const viLetters = new Set([...'aăâeêioôơuưyđ']
    .flatMap((c) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((m) => (c + m).normalize('NFC'))));
  const byLetter = new Map<string, string[]>();
  for (let u = 0; u < 0x1f00; u++) {
    const c = String.fromCharCode(u);
    if (!/[a-z]/.test(c) && !viLetters.has(c)) continue;
    const f = foldPhrase(c);
    (byLetter.get(f) ?? byLetter.set(f, []).get(f)!).push(c);
  }
  const MARKS = '[\\u0300-\\u036f]*'; // NFD and scrambled marks come after a vowel
  const letter = (l: string) => {
    const all = byLetter.get(l)!;
    return (all.length > 1 ? `[${all.join('')}]` : all[0]) + ('aeiouy'.includes(l) ? MARKS : '');
  };
  const word = (w: string) => [...w].map((ch) => (ch === ' ' ? '\\s*' : letter(ch))).join('');
  const byFirst = new Map<string, string[]>();
  // "NQ", "KL": abbreviations the engine takes only in capitals before a number, never inside a
  // symbol ("40-KL/TW"); a floor that counted them there would count what the engine does not.
  for (const w of Object.keys(TYPE_WORDS).filter((x) => x.length > 2).sort((a, b) => b.length - a.length)) {
    byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), word(w.slice(1))]);
  }
  return new RegExp([...byFirst].map(([c, rest]) => `${letter(c)}(?:${rest.join('|')})`).join('|'), 'gi');
})();

export const FLOORS: Floor[] = [
  { name: 'literal', source: LITERAL.source, flags: LITERAL.flags },
  { name: '12 words', source: TWELVE.source, flags: TWELVE.flags },
  { name: 'every form', source: EVERY_FORM.source, flags: EVERY_FORM.flags },
];
