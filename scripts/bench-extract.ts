/**
 * npm run bench:extract — throughput of extractReferences on generated article-like text of
 * 10 KB, 1 MB and 10 MB, side by side in the same process with the floor any extractor pays:
 * one regular expression of the type words scanned over the same text. Three such floors, from
 * the literal words (which read only well-formed NFC text) to every form the engine must read.
 * The engine is timed as the extension ships it (bundled, see lib/shipped-engine.ts).
 */
import { foldPhrase } from '../utils/refs/normalize';
import { TYPE_WORDS } from '../utils/refs/vocabulary';
import { generateArticleText } from './lib/generate-article';
import { loadShippedEngine } from './lib/shipped-engine';

const { extractReferences } = await loadShippedEngine();

/** The literal type words, as printed in well-formed NFC text only. */
const BARE = /Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Nghị định|Resolution|Conclusion|Directive/g;

/**
 * Twelve type words in any case, with or without (or with scrambled) precomposed diacritics: what a
 * quick case-insensitive regex reads. It misses NFD text, lost spaces and 22 of the 34 type words.
 */
const V = (c: string) => `[${c}]`;
const TOLERANT12 = new RegExp([
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
const FULL = (() => {
  const viLetters = new Set([...'aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ']
    .flatMap((c) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((m) => (c + m).normalize('NFC'))));
  const byLetter = new Map<string, string[]>();
  for (let u = 0; u < 0x1f00; u++) {
    const c = String.fromCharCode(u);
    if (!/[a-zA-Z]/.test(c) && !viLetters.has(c)) continue;
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
  for (const w of Object.keys(TYPE_WORDS).sort((a, b) => b.length - a.length)) {
    byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), word(w.slice(1))]);
  }
  return new RegExp([...byFirst].map(([c, rest]) => `${letter(c)}(?:${rest.join('|')})`).join('|'), 'g');
})();

function bare(text: string, re = BARE): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

function time(fn: () => unknown, minMs: number): number {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  do { fn(); runs++; t = performance.now(); } while (t - t0 < minMs);
  return (t - t0) / runs;
}

// The floors read what they should: the same count on the text, its NFD form and its capitals.
const sample = generateArticleText(200_000);
const counts = [sample, sample.normalize('NFD'), sample.toUpperCase()].map((s) => [bare(s), bare(s, TOLERANT12), bare(s, FULL)]);
console.log('type words found (literal / 12 words, any case / every form) in the text:', counts[0].join(' / '),
  '· in NFD:', counts[1].join(' / '), '· in capitals:', counts[2].join(' / '));
console.log('\nMB/s of text (one character ≈ one byte) and extract time as a multiple of each scan\'s\n');
console.log('size      literal  12 words  every form  extract   ÷literal  ÷12 words  ÷every form  mentions');
let prevPerMB = 0;
for (const [label, size] of [['10 KB', 10_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]] as const) {
  const text = generateArticleText(size);
  const mb = text.length / 1e6;
  const minMs = size > 1e6 ? 3000 : 1500;
  const tb = time(() => bare(text), minMs);
  const t12 = time(() => bare(text, TOLERANT12), minMs);
  const tf = time(() => bare(text, FULL), minMs);
  const te = time(() => extractReferences(text), minMs);
  const mentions = extractReferences(text).mentions.length;
  const perMB = te / mb;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(0).padStart(8);
  const ratio = (x: number) => `${(te / x).toFixed(1)}×`.padStart(9);
  console.log(`${label.padEnd(9)}${rate(tb)}  ${rate(t12)}  ${rate(tf)}    ${rate(te)}  ${ratio(tb)}  ${ratio(t12)}    ${ratio(tf)}  ${String(mentions).padStart(8)}`);
  if (prevPerMB) console.log(`          growth: ${(perMB / prevPerMB).toFixed(2)}× the time per MB of the previous size (1.00 = linear)`);
  prevPerMB = perMB;
}

// Adversarial inputs: time per MB must stay flat as the input doubles (no catastrophic backtracking).
console.log('\nadversarial input                 1× MB    ms     2× MB    ms   growth per MB (1.00 = linear)');
const ADVERSARIAL: Array<[string, (n: number) => string]> = [
  ['"Nghị quyết số " repeated', (n) => 'Nghị quyết số '.repeat(70_000 * n) + '1'],
  ['digits and dashes', (n) => '1-2/3-4 5--6//7 '.repeat(62_500 * n)],
  ['every combining mark', (n) => ('a' + Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i)).join('')).repeat(8_800 * n)],
  ['lone surrogates around refs', (n) => '\ud800Nghị quyết 18\udc00 '.repeat(60_000 * n)],
  ['one endless list', (n) => 'Nghị quyết 1' + ', 2'.repeat(330_000 * n)],
  ['symbols back to back', (n) => '18-NQ/TW '.repeat(110_000 * n)],
];
for (const [name, make] of ADVERSARIAL) {
  const a = make(1), b = make(2);
  const ta = time(() => extractReferences(a), 300), tb2 = time(() => extractReferences(b), 300);
  const growth = (tb2 / b.length) / (ta / a.length);
  console.log(`${name.padEnd(32)} ${(a.length / 1e6).toFixed(2).padStart(6)} ${ta.toFixed(0).padStart(5)}  ${(b.length / 1e6).toFixed(2).padStart(6)} ${tb2.toFixed(0).padStart(5)}   ${growth.toFixed(2)}`);
}
