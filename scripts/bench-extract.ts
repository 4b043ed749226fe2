/**
 * npm run bench:extract — throughput of extractReferences on generated article-like text of
 * 10 KB, 1 MB and 10 MB, side by side in the same process with the floor any extractor pays:
 * one regular expression of the type words scanned over the same text.
 */
import { extractReferences } from '../utils/refs/index';
import { generateArticleText } from './lib/generate-article';

const BARE = /Nghị quyết|Kết luận|Chỉ thị|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Nghị định|Resolution|Conclusion|Directive/g;

function bare(text: string): number {
  let n = 0;
  BARE.lastIndex = 0;
  while (BARE.exec(text)) n++;
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
console.log('size      text (MB)  bare scan MB/s  extract MB/s  ratio (extract/bare time)  mentions');
let prevPerMB = 0;
for (const [label, size] of [['10 KB', 10_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]] as const) {
  const text = generateArticleText(size);
  const mb = text.length * 2 / 1e6 / 2; // report characters as MB of text (1 char ≈ 1 byte of Latin text)
  const minMs = size > 1e6 ? 3000 : 1500;
  const tb = time(() => bare(text), minMs);
  const te = time(() => extractReferences(text), minMs);
  const mentions = extractReferences(text).mentions.length;
  const perMB = te / (text.length / 1e6);
  rows.push(`${label.padEnd(9)} ${mb.toFixed(2).padStart(9)}  ${(mb / (tb / 1000)).toFixed(1).padStart(14)}  ${(mb / (te / 1000)).toFixed(1).padStart(12)}  ${(te / tb).toFixed(2).padStart(25)}  ${mentions}`);
  console.log(rows[rows.length - 1]);
  if (prevPerMB) console.log(`          growth: ${(perMB / prevPerMB).toFixed(2)}× the time per MB of the previous size (1.00 = linear)`);
  prevPerMB = perMB;
}
