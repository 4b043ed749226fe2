/**
 * npm run bench:dense — extractReferences on text made only of references (issue 13), beside a
 * news-like control: ms per MB and µs per mention, median of 5 runs, each input warmed up first.
 * Dense text is the worst case per byte: every few characters start a candidate, so whatever the
 * engine does per mention, not per byte, dominates.
 *
 *   npx tsx scripts/bench-dense.ts [--size BYTES] [--runs N] [--baseline PATH/TO/refs/index.ts] [--tsx]
 *
 * With --baseline, that copy of the engine is measured too, alternating with this one run by run,
 * so both see the same machine load (this machine is shared and noisy). Both are timed as the build
 * ships them (bundled, lib/shipped-engine.ts, as bench:extract does); --tsx times them as tsx loads
 * them instead, a third slower from the wrappers tsx adds to every function.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractReferences } from '../utils/refs';
import { generateArticleText } from './lib/generate-article';
import { loadEngineAt, loadShippedEngine } from './lib/shipped-engine';

type Extract = typeof extractReferences;

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZE = Number(opt('--size') ?? 1_000_000);
const RUNS = Number(opt('--runs') ?? 5);
const baselinePath = opt('--baseline');

/** `unit` repeated up to `bytes` code units, whole units only. */
function dense(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

const DENSE_UNITS: Array<[string, string]> = [
  ['Nghị quyết 18. ', 'short, sentence each'],
  ['Kết luận 40, ', 'short, one long list'],
  ['Nghị định 178/2024/NĐ-CP, ', 'state symbol'],
  ['Nghị quyết Trung ương 4 khóa XII, ', 'plenum'],
  // Each list followed by "lần lượt về": the subjects split per item, the words looked for per citation.
  ['Nghị quyết số 71, 72 và 73-NQ/TU, lần lượt về công tác cán bộ, tiền lương và bảo hiểm xã hội. ', 'lists, "lần lượt về"'],
  // …and with no sentence stop anywhere: each list's parts were looked for in the next 900 characters.
  ['Nghị quyết số 71, 72 và 73-NQ/TU, lần lượt về công tác cán bộ, tiền lương và bảo hiểm xã hội, ', 'lists, no full stop'],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeOnce(extract: Extract, text: string): { ms: number; mentions: number } {
  const t0 = performance.now();
  const r = extract(text);
  return { ms: performance.now() - t0, mentions: r.mentions.length };
}

interface Row { label: string; chars: number; mentions: number; ms: number[] }

function measure(engines: Extract[], label: string, text: string): Row[] {
  // Warm-up: compile the paths this input takes, and let the fold buffers grow to its size.
  for (const e of engines) timeOnce(e, text);
  const rows = engines.map(() => ({ label, chars: text.length, mentions: 0, ms: [] as number[] }));
  for (let run = 0; run < RUNS; run++) {
    engines.forEach((e, k) => {
      const { ms, mentions } = timeOnce(e, text);
      rows[k].ms.push(ms);
      rows[k].mentions = mentions;
    });
  }
  return rows;
}

function line(name: string, r: Row): string {
  const ms = median(r.ms);
  const perMb = ms / (r.chars / 1e6);
  const perMention = r.mentions ? (ms * 1000) / r.mentions : NaN;
  return `${name.padEnd(54)} ${String(r.chars).padStart(8)} ${String(r.mentions).padStart(7)} ${ms.toFixed(1).padStart(8)} ${perMb.toFixed(1).padStart(8)} ${perMention.toFixed(2).padStart(8)}`;
}

async function main(): Promise<void> {
  const viaTsx = args.includes('--tsx');
  const engines: Extract[] = [viaTsx ? extractReferences : (await loadShippedEngine()).extractReferences];
  if (baselinePath) {
    const mod = viaTsx ? await import(pathToFileURL(resolve(baselinePath)).href) : await loadEngineAt(resolve(baselinePath));
    engines.unshift(mod.extractReferences as Extract);
  }
  const inputs: Array<[string, string]> = DENSE_UNITS.map(([unit, what]) => [`"${unit.trim()}" (${what})`, dense(unit, SIZE)]);
  inputs.push(['news-like article (control)', generateArticleText(SIZE)]);

  console.log(`Node ${process.version}, the engine ${viaTsx ? 'as tsx loads it' : 'as the build ships it (bundled)'}, median of ${RUNS} runs${baselinePath ? ', baseline and current alternating' : ''}\n`);
  console.log(`${'input'.padEnd(54)} ${'chars'.padStart(8)} ${'mentions'.padStart(7)} ${'ms'.padStart(8)} ${'ms/MB'.padStart(8)} ${'µs/ment'.padStart(8)}`);
  for (const [label, text] of inputs) {
    const rows = measure(engines, label, text);
    if (baselinePath) {
      console.log(line(`${label} [baseline]`, rows[0]));
      console.log(line(`${label} [current]`, rows[1]));
      console.log(`${''.padEnd(54)} current/baseline ${(median(rows[1].ms) / median(rows[0].ms)).toFixed(2)}`);
    } else {
      console.log(line(label, rows[0]));
    }
  }
}

await main();
