/**
 * npm run bench:extract — throughput of extractReferences on generated article-like text of
 * 10 KB, 1 MB and 10 MB, side by side in the same process with the floor any extractor pays:
 * one regular expression of the type words scanned over the same text (lib/extract-floors.ts:
 * three of them, from the literal words to every form the engine must read). Run in Node with
 * the engine as shipped (bundled, lib/shipped-engine.ts), then again in Chromium, whose V8 runs
 * it in the extension. Last, adversarial inputs, whose time per MB must not grow with their size.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';
import { FLOORS } from './lib/extract-floors';
import { SIZES, countMatches, formatRow, growthLine, header, measureSegmented, measureSize, segmentedLine, time, type SizeRow } from './lib/extract-bench-core';
import { generateArticleText } from './lib/generate-article';
import { loadShippedEngine, loadShippedSegmented } from './lib/shipped-engine';

const { extractReferences } = await loadShippedEngine();

// The floors read what they say they read: counts on the text, its NFD form and its capitals.
const sample = generateArticleText(200_000);
const res = FLOORS.map((f) => new RegExp(f.source, f.flags));
for (const [what, s] of [['text', sample], ['its NFD form', sample.normalize('NFD')], ['its capitals', sample.toUpperCase()]] as const) {
  console.log(`type words found in ${what.padEnd(13)} ${FLOORS.map((f, i) => `${f.name} ${countMatches(s, res[i])}`).join(' · ')}`);
}

async function table(
  title: string,
  measure: (label: string, size: number) => SizeRow | Promise<SizeRow>,
  segmented: (size: number) => Promise<{ chars: number; ms: number; mentions: number }>,
): Promise<void> {
  console.log(`\n${title}: MB/s of text (one character ≈ one byte), and extract time ÷ each floor's\n`);
  console.log(header(FLOORS));
  let prev: SizeRow | undefined;
  let perMbOf1MB = 0;
  for (const [label, size] of SIZES) {
    const r = await measure(label, size);
    console.log(formatRow(r));
    if (prev) console.log(growthLine(prev, r));
    if (size === 1_000_000) perMbOf1MB = r.extractMs / (r.chars / 1e6);
    prev = r;
  }
  console.log(segmentedLine(await segmented(10_000_000), perMbOf1MB));
}

const shipped = await loadShippedSegmented();
await table(`Node ${process.version}`, (label, size) => measureSize(extractReferences, FLOORS, label, size),
  (size) => measureSegmented(shipped.extractSegmented, size));

const { bin, error } = ensureChromium();
if (!bin) {
  console.log(`\nChromium: not measured — ${error}`);
} else {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'lib/extract-bench-browser.ts')],
    bundle: true, format: 'iife', target: 'es2022', write: false, logLevel: 'error',
  });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vankien-bench-extract-')), {
    executablePath: bin, headless: true,
  });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench:extract</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'));
    await table(`Chromium ${version}`, (_label, size) => page.evaluate(
      ([floors, n]) => (globalThis as unknown as { vankienExtractBench: (f: typeof floors, n: number) => SizeRow }).vankienExtractBench(floors, n),
      [FLOORS, size] as const,
    ), (size) => page.evaluate(
      (n) => (globalThis as unknown as { vankienSegmentedBench: (n: number) => Promise<{ chars: number; ms: number; mentions: number }> }).vankienSegmentedBench(n),
      size,
    ));
  } finally {
    await context.close();
  }
}

// Adversarial inputs: time per MB must stay flat as the input doubles (no catastrophic backtracking).
console.log('\nNode: adversarial input                 1× MB    ms     2× MB    ms   growth per MB (1.00 = linear)');
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
  const ta = time(() => extractReferences(a), 1000), tb2 = time(() => extractReferences(b), 1000);
  const growth = (tb2 / b.length) / (ta / a.length);
  console.log(`${name.padEnd(32)} ${(a.length / 1e6).toFixed(2).padStart(6)} ${ta.toFixed(0).padStart(5)}  ${(b.length / 1e6).toFixed(2).padStart(6)} ${tb2.toFixed(0).padStart(5)}   ${growth.toFixed(2)}`);
}
