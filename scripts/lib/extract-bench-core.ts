/**
 * The throughput measurement of bench:extract, shared by the Node run and the Chromium run (bundled
 * into a page): the engine and each floor over the same generated text, timed in turn.
 */
import type { Floor } from './extract-floors';
import { generateArticleText } from './generate-article';

export interface SizeRow {
  label: string;
  chars: number;
  /** Milliseconds per run of each floor, in FLOORS order. */
  floorMs: number[];
  extractMs: number;
  mentions: number;
}

export function time(fn: () => unknown, minMs: number): number {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  do { fn(); runs++; t = performance.now(); } while (t - t0 < minMs);
  return (t - t0) / runs;
}

export function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

export const SIZES: ReadonlyArray<readonly [string, number]> = [['10 KB', 10_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]];

/**
 * The floors and the engine timed in turn, round after round, and each one's median kept: a machine
 * that slows down for a while (two cores, a browser beside) then slows all of them alike, and the
 * ratios hold. Small texts run in batches so one sample is not below the timer's resolution.
 */
export function measureSize(
  extract: (text: string) => { mentions: unknown[] },
  floors: Floor[],
  label: string,
  size: number,
): SizeRow {
  const text = generateArticleText(size);
  const res = floors.map((f) => new RegExp(f.source, f.flags));
  const fns: Array<() => unknown> = [...res.map((re) => () => countMatches(text, re)), () => extract(text)];
  const batch = Math.max(1, Math.round(200_000 / size));
  const samples: number[][] = fns.map(() => []);
  for (const fn of fns) fn(); // warm-up
  const budget = size > 1e6 ? 12_000 : 6_000;
  const t0 = performance.now();
  do {
    fns.forEach((fn, k) => {
      const a = performance.now();
      for (let b = 0; b < batch; b++) fn();
      samples[k].push((performance.now() - a) / batch);
    });
  } while (performance.now() - t0 < budget);
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
  const ms = samples.map(median);
  return { label, chars: text.length, floorMs: ms.slice(0, floors.length), extractMs: ms[floors.length], mentions: extract(text).mentions.length };
}

export function header(floors: Floor[]): string {
  return `size    ${floors.map((f) => f.name.padStart(11)).join('')}    extract  ${floors.map((f) => `÷${f.name}`.padStart(13)).join('')}  mentions`;
}

/** One line of the table: MB/s of text (one character ≈ one byte), and extract time ÷ each floor's. */
export function formatRow(r: SizeRow): string {
  const mb = r.chars / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(0).padStart(11);
  return `${r.label.padEnd(8)}${r.floorMs.map(rate).join('')}${rate(r.extractMs)}  ${r.floorMs.map((ms) => `${(r.extractMs / ms).toFixed(1)}×`.padStart(13)).join('')}  ${String(r.mentions).padStart(8)}`;
}

export function growthLine(prev: SizeRow, r: SizeRow): string {
  const g = (r.extractMs / r.chars) / (prev.extractMs / prev.chars);
  return `        growth: ${g.toFixed(2)}× the time per MB of the previous size (1.00 = linear)`;
}

type Segmented = (text: string, options: object, yieldFn: () => Promise<void>) => Promise<{ mentions: unknown[] }>;

/**
 * The extension does not hand a huge page to the engine whole: the background cuts it into segments
 * (utils/page/segmented-extract.ts). The 10 MB text that way, with the same mentions expected.
 */
export async function measureSegmented(extractSegmented: Segmented, size: number): Promise<{ chars: number; ms: number; mentions: number }> {
  const text = generateArticleText(size);
  const run = () => extractSegmented(text, {}, () => Promise.resolve());
  await run(); // warm-up
  const runs: number[] = [];
  const t0 = performance.now();
  do {
    const a = performance.now();
    await run();
    runs.push(performance.now() - a);
  } while (performance.now() - t0 < 6000);
  const ms = runs.sort((x, y) => x - y)[runs.length >> 1];
  return { chars: text.length, ms, mentions: (await run()).mentions.length };
}

export function segmentedLine(r: { chars: number; ms: number; mentions: number }, perMbOf1MB: number): string {
  const mb = r.chars / 1e6;
  return `10 MB in the extension's segments: ${(mb / (r.ms / 1000)).toFixed(0)} MB/s, ${r.mentions} mentions; `
    + `time per MB ${(r.ms / mb / perMbOf1MB).toFixed(2)}× that of 1 MB whole (1.00 = linear)`;
}
