/**
 * npm run bench:extract — throughput of extractReferences on generated article-like text of
 * 10 KB, 1 MB and 10 MB, side by side in the same process with the floor any extractor pays:
 * one regular expression of the type words scanned over the same text.
 */
import { extractReferences } from '../utils/refs/index';
import { generateArticleText } from './lib/generate-article';

const BARE = /Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Nghị định|Resolution|Conclusion|Directive/g;

/**
 * The same type words as the extractor accepts them: any case, with or without (or with scrambled)
 * diacritics. A second floor, for an extractor that must read real, messy text.
 */
const V = (c: string) => `[${c}]`;
const TOLERANT = new RegExp([
  `ngh${V('iịìíỉĩIỊÌÍỈĨ')}\s*quy${V('eếềểễệeEẾỀỂỄỆ')}t`, `k${V('eếềểễệEẾỀỂỄỆ')}t\s*lu${V('aậấầẩẫăAẬẤẦẨẪ')}n`,
  `ch${V('iỉịìíĩIỈỊÌÍĨ')}\s*th${V('iịìíỉĩIỊÌÍỈĨ')}`, `quy\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`,
  `quy${V('eếềểễệEẾỀỂỄỆ')}t\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`, `h${V('uưứừửữựUƯỨỪỬỮỰ')}${V('oớờởỡợơOỚỜỞỠỢƠ')}ng\s*d${V('aẫấầẩậAẪẤẦẨẬ')}n`,
  `k${V('eếềểễệEẾỀỂỄỆ')}\s*ho${V('aạáàảãAẠÁÀẢÃ')}ch`, `th${V('oôốồổỗộOÔỐỒỔỖỘ')}ng\s*b${V('aáàảãạAÁÀẢÃẠ')}o`,
  `ngh${V('iịìíỉĩIỊÌÍỈĨ')}\s*${V('dđDĐ')}${V('iịìíỉĩIỊÌÍỈĨ')}nh`, 'resolution', 'conclusion', 'directive',
].join('|'), 'giu');

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

const rows: string[] = [];
console.log('size      text (MB)  bare scan MB/s  tolerant scan MB/s  extract MB/s  extract/bare  extract/tolerant  mentions');
let prevPerMB = 0;
for (const [label, size] of [['10 KB', 10_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]] as const) {
  const text = generateArticleText(size);
  const mb = text.length * 2 / 1e6 / 2; // report characters as MB of text (1 char ≈ 1 byte of Latin text)
  const minMs = size > 1e6 ? 3000 : 1500;
  const tb = time(() => bare(text), minMs);
  const tt = time(() => bare(text, TOLERANT), minMs);
  const te = time(() => extractReferences(text), minMs);
  const mentions = extractReferences(text).mentions.length;
  const perMB = te / (text.length / 1e6);
  rows.push(`${label.padEnd(9)} ${mb.toFixed(2).padStart(9)}  ${(mb / (tb / 1000)).toFixed(1).padStart(14)}  ${(mb / (tt / 1000)).toFixed(1).padStart(18)}  ${(mb / (te / 1000)).toFixed(1).padStart(12)}  ${(te / tb).toFixed(1).padStart(11)}×  ${(te / tt).toFixed(1).padStart(15)}×  ${mentions}`);
  console.log(rows[rows.length - 1]);
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
