/**
 * npm run bench:page — VanKien in real Chromium, side by side with mark.js in the same run.
 *
 * Pages (generated, served on 127.0.0.1): a long article (≥ 8 000 words, ≥ 100 references), a 2 MB
 * stress page, a listing page and a page of an unsupported site. For VanKien it reads the content
 * script's own measures from the page's performance timeline (main-thread time of detection, text
 * collection and highlighting; the engine itself runs in the background worker and is reported
 * apart) and every long task (> 50 ms) the page saw. For the baseline, mark.js highlights the same
 * matches (the texts VanKien found) on the same page without the extension acting on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../test/e2e/helpers/server';
import { ensureChromium } from './lib/chromium.mjs';
import { generateArticleText } from './lib/generate-article';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function articleHtml(title: string, text: string, opts: { site?: string; markjs?: boolean }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = text.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
${opts.site ? `<meta name="vankien-test-site" content="${opts.site}">` : ''}
<title>${esc(title)}</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${esc(title)}","datePublished":"2025-06-01T08:00:00+07:00"}</script>
<script>window.__longtasks=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__longtasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>
${opts.markjs ? '<script src="/lib/mark.min.js"></script>' : ''}
</head><body><main><article class="article"><h1 class="article__title cms-title">${esc(title)}</h1>
<div class="article__sapo cms-desc">Bài viết dài để đo hiệu năng của VanKien.</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">${paras}</div></article></main></body></html>`;
}

function paragraphs(text: string): string {
  // ~6 sentences per paragraph, as news prints.
  return text.replace(/((?:[^.]*\.){6})/g, '$1\n');
}

interface Ours { mainThreadMs: number; detectMs: number; collectMs: number; highlightMs: number; longestSliceMs: number; wallMs: number; extractWaitMs: number; items: number; longTasks: number[]; found: string[] }

async function measureVanKien(page: Page, url: string): Promise<Ours> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('vankien:scan').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const get = (n: string) => performance.getEntriesByName(n)[0] as PerformanceMeasure | undefined;
    const scan = get('vankien:scan')!;
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const found = [...(reg.get('vankien-party') ?? []), ...(reg.get('vankien-state') ?? [])].map((r) => r.toString());
    const lt = (window as unknown as { __longtasks: Array<{ duration: number }> }).__longtasks.map((x) => x.duration);
    return {
      mainThreadMs: (scan.detail as { mainThreadMs: number }).mainThreadMs,
      detectMs: get('vankien:detect')?.duration ?? 0,
      collectMs: get('vankien:collect')?.duration ?? 0,
      highlightMs: get('vankien:highlight')?.duration ?? 0,
      longestSliceMs: (get('vankien:highlight')?.detail as { longestSlice: number } | undefined)?.longestSlice ?? 0,
      wallMs: scan.duration,
      extractWaitMs: get('vankien:extract-wait')?.duration ?? 0,
      items: (scan.detail as { items: number }).items,
      longTasks: lt,
      found,
    };
  });
}

async function measureMarkJs(page: Page, url: string, keywords: string[]): Promise<{ ms: number; marks: number; longTasks: number[] }> {
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { Mark?: unknown }).Mark === 'function');
  return page.evaluate((kw) => new Promise((done) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
    const el = document.querySelector('.article__body')!;
    const t0 = performance.now();
    new Mark(el).mark(kw, {
      acrossElements: true, separateWordSearch: false, diacritics: false, caseSensitive: true,
      done: () => {
        const ms = performance.now() - t0;
        setTimeout(() => done({
          ms, marks: document.querySelectorAll('mark').length,
          longTasks: (window as unknown as { __longtasks: Array<{ duration: number }> }).__longtasks.map((x) => x.duration),
        }), 100);
      },
    });
  }), keywords);
}

async function measureNonArticle(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByType('measure').some((m) => m.name === 'vankien:detect' || m.name === 'vankien:unsupported'), null, { timeout: 15_000 });
  return page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('vankien:')).reduce((s, m) => s + m.duration, 0));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('Building the extension (demo build, runs on 127.0.0.1) …');
if (spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, VANKIEN_E2E: '1' } }).status !== 0) throw new Error('build failed');
spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
const { bin, error } = ensureChromium();
if (error || !bin) throw new Error(error);

const dir = mkdtempSync(join(tmpdir(), 'vankien-bench-'));
const long = paragraphs(generateArticleText(60_000, 7));
const stress = paragraphs(generateArticleText(2_000_000, 9));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
writeFileSync(join(dir, 'long.html'), articleHtml('Bài dài', long, { site: 'nhandan.vn' }));
writeFileSync(join(dir, 'long-markjs.html'), articleHtml('Bài dài', long, { markjs: true }));
writeFileSync(join(dir, 'stress.html'), articleHtml('Trang 2 MB', stress, { site: 'nhandan.vn' }));
writeFileSync(join(dir, 'stress-markjs.html'), articleHtml('Trang 2 MB', stress, { markjs: true }));
const server = await serve({ b: dir, sites: join(root, 'test/fixtures/sites'), pages: join(root, 'test/e2e/pages'), lib: join(root, 'node_modules/mark.js/dist') });

const ext = join(root, '.output/e2e/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vankien-bench-profile-')), {
  executablePath: bin, headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// tsx keeps function names with an `__name` helper that page.evaluate bodies then call.
await context.addInitScript('globalThis.__name = (f) => f;');
const page = await context.newPage();

console.log(`\nlong article: ${words(long)} words, ${long.length} characters; stress page: ${(stress.length / 1e6).toFixed(2)} M characters. Median of ${RUNS} runs.\n`);
console.log('page          VanKien main thread (detect + collect + prepare + highlight)   longest task   mark.js       ratio     highlights');
for (const [name, file] of [['long article', 'long'], ['2 MB stress', 'stress']] as const) {
  const ours: Ours[] = [];
  for (let i = 0; i < RUNS; i++) ours.push(await measureVanKien(page, server.url(`/b/${file}.html`)));
  const keywords = [...new Set(ours[0].found)];
  const marks: Array<{ ms: number; marks: number; longTasks: number[] }> = [];
  for (let i = 0; i < Math.min(RUNS, file === 'stress' ? 3 : RUNS); i++) marks.push(await measureMarkJs(page, server.url(`/b/${file}-markjs.html`), keywords));
  const o = (k: keyof Ours) => median(ours.map((x) => x[k] as number));
  const ourLongest = Math.max(...ours.flatMap((x) => x.longTasks), 0);
  const m = median(marks.map((x) => x.ms));
  console.log(`${name.padEnd(13)} ${o('mainThreadMs').toFixed(1).padStart(7)} ms  (${o('detectMs').toFixed(1)} + ${o('collectMs').toFixed(1)} + … + ${o('highlightMs').toFixed(1)}; longest slice ${o('longestSliceMs').toFixed(1)} ms)`.padEnd(78)
    + `${ourLongest ? ourLongest.toFixed(0) + ' ms' : 'none > 50'}`.padStart(12)
    + `${m.toFixed(1).padStart(10)} ms  ${(m / o('mainThreadMs')).toFixed(1).padStart(6)}×  ${o('items')} (${ours[0].found.length} ranges; mark.js ${marks[0].marks} marks, longest task ${Math.max(0, ...marks[0].longTasks).toFixed(0)} ms)`);
  console.log(`              wall time from start to last highlight (includes the engine in the background worker): ${o('wallMs').toFixed(1)} ms`);
  console.log(`              of which waiting for the engine (message to the background worker, extraction, answer): ${o('extractWaitMs').toFixed(1)} ms`);
}

const nonArticle: number[] = [], unsupported: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nonArticle.push(await measureNonArticle(page, server.url('/sites/vnexpress-listing.html')));
  unsupported.push(await measureNonArticle(page, server.url('/pages/unsupported.html')));
}
console.log(`\nnon-article page (a listing of a supported site): ${median(nonArticle).toFixed(2)} ms of VanKien main-thread work (target < 1 ms)`);
console.log(`page of an unsupported site:                      ${median(unsupported).toFixed(3)} ms`);

const bundle = readFileSync(join(root, '.output/chrome-mv3/content-scripts/news.js'));
console.log(`\ncontent-script bundle: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (target ≤ 30 KB)`);
await context.close();
await server.close();
