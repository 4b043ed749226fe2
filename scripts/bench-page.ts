/**
 * npm run bench:page — VanKien in real Chromium, measured as the reader pays it, side by side with
 * the same page without the extension and with mark.js, in the same run.
 *
 * Pages (generated, served on 127.0.0.1 and made a supported site by <meta name="vankien-test-site">
 * in the e2e build): a long article (≥ 8 000 words, ≥ 100 references), a 2 MB article, a listing
 * page of a supported site, and (one line) a page of an unsupported site.
 *
 * 1. CPU profile of each page load (V8's sampling profiler on the page's target, 100 µs, started
 *    before navigation, stopped 1 s after the highlights, or 1.5 s after load on a listing page):
 *    every sample with a chrome-extension:// frame anywhere on its stack is the extension's main-thread
 *    time, the content script's own evaluation included (scripts/lib/cpu-profile.ts). Also its longest
 *    unbroken run of samples, and where the time went by function (named through the build's source
 *    maps).
 * 2. Baselines: the same page in a Chromium without the extension (its scripting and busy time), and
 *    mark.js highlighting the same matches with one regular expression (markRegExp), profiled the same
 *    way, in that same Chromium without the extension: the samples with a frame of mark.min.js.
 * 3. Time to highlights: from DOMContentLoaded to the end of the content script's `vankien:scan`
 *    measure (the last highlight registered), with the background service worker warm (it just
 *    answered) and asleep (stopped through CDP first and checked gone). These loads run without the
 *    profiler, so its sampling does not slow them; so do the loads of the breakdown table, which reads
 *    the content script's own measures (detect / collect / prepare / highlight) as before.
 *
 * BENCH_RUNS=n loads each page n times (5); BENCH_TOP=n lists the n functions with most self time (10);
 * BENCH_PAGES=long,listing runs only the pages whose names contain one of those words; BENCH_PROFILES=DIR
 * writes each profile with the extension there (.cpuprofile, for DevTools).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { serve } from '../test/e2e/helpers/server';
import { ensureChromium } from './lib/chromium.mjs';
import { generateArticleText } from './lib/generate-article';
import { attribute, attributeByScript, breakdown, type CallFrame, type CpuProfile, type SelfTime } from './lib/cpu-profile';
import { evaluate, isBenchScript, profiledLoad, runningWorkers, stopServiceWorker, waitFor } from './lib/page-profile';
import { sourceMapLookup, type OriginalPosition } from './lib/source-map';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** After the highlights (or the load of a page without any), the profile runs on this long. */
const SETTLE_AFTER_HIGHLIGHTS_MS = 1000;
const SETTLE_AFTER_LOAD_MS = 1500;
const isExtension = (url: string) => url.startsWith('chrome-extension://');
const isMarkJs = (url: string) => url.endsWith('/lib/mark.min.js');
/** The content script's top level (V8 gives it no position, or 0:0): its evaluation, up to main()'s first await. */
const isTopLevel = (url: string, f: CallFrame) => isExtension(url) && (f.lineNumber < 0 || (f.lineNumber === 0 && f.columnNumber === 0));

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

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SCAN_DONE = `performance.getEntriesByName('vankien:scan').length > 0`;
// The first stage's decision, then (where it loads the page script) detection.
const DETECTED = `performance.getEntriesByType('measure').some((m) => m.name === 'vankien:detect' || m.name === 'vankien:unsupported' || (m.name === 'vankien:gate' && !m.detail.load))`;

// ---------------------------------------------------------------------------------------------
// What the content script's own measures say (unprofiled loads).

interface Ours {
  mainThreadMs: number; detectMs: number; collectMs: number; prepareMs: number; highlightMs: number; longestSliceMs: number;
  wallMs: number; extractWaitMs: number; items: number; longTasks: number[]; found: string[];
  /** domContentLoadedEventEnd → end of vankien:scan. */
  dclToHighlightsMs: number;
}

async function measureVanKien(page: Page, cdp: CDPSession, url: string): Promise<Ours> {
  await page.goto(url);
  await waitFor(cdp, SCAN_DONE, 60_000);
  return page.evaluate(() => {
    const get = (n: string) => performance.getEntriesByName(n)[0] as PerformanceMeasure | undefined;
    const scan = get('vankien:scan')!;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const found = [...(reg.get('vankien-party') ?? []), ...(reg.get('vankien-state') ?? [])].map((r) => r.toString());
    const lt = (window as unknown as { __longtasks: Array<{ duration: number }> }).__longtasks.map((x) => x.duration);
    return {
      mainThreadMs: (scan.detail as { mainThreadMs: number }).mainThreadMs,
      detectMs: get('vankien:detect')?.duration ?? 0,
      collectMs: get('vankien:collect')?.duration ?? 0,
      prepareMs: get('vankien:prepare')?.duration ?? 0,
      highlightMs: get('vankien:highlight')?.duration ?? 0,
      longestSliceMs: (get('vankien:highlight')?.detail as { longestSlice: number } | undefined)?.longestSlice ?? 0,
      wallMs: scan.duration,
      extractWaitMs: get('vankien:extract-wait')?.duration ?? 0,
      items: (scan.detail as { items: number }).items,
      longTasks: lt,
      found,
      dclToHighlightsMs: scan.startTime + scan.duration - nav.domContentLoadedEventEnd,
    };
  });
}

async function measureNonArticle(page: Page, cdp: CDPSession, url: string): Promise<number> {
  await page.goto(url);
  await waitFor(cdp, DETECTED, 15_000);
  return page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('vankien:')).reduce((s, m) => s + m.duration, 0));
}

// ---------------------------------------------------------------------------------------------
// CPU profiles.

/** One regular expression for the texts VanKien highlighted, longest first (as alternation picks the first). */
function regexSource(found: string[]): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(found)].sort((a, b) => b.length - a.length).map(esc).join('|');
}

/** mark.js's markRegExp over the article body, as the script vankien-bench-markjs.js. */
async function runMarkJs(cdp: CDPSession, source: string): Promise<{ ms: number; marks: number }> {
  return evaluate(cdp, `new Promise((done) => {
    const el = document.querySelector('.article__body');
    const t0 = performance.now();
    new Mark(el).markRegExp(new RegExp(${JSON.stringify(source)}, 'g'), {
      acrossElements: true,
      done: () => done({ ms: performance.now() - t0, marks: document.querySelectorAll('mark').length }),
    });
  })`, 'markjs');
}

interface Profiled { profile: CpuProfile; extra?: { ms: number; marks: number } }

const withExtensionSettled = (cdp: CDPSession, article: boolean) => async () => {
  if (article) {
    await waitFor(cdp, SCAN_DONE, 60_000);
    await sleep(SETTLE_AFTER_HIGHLIGHTS_MS);
  } else {
    await waitFor(cdp, DETECTED, 15_000);
    await sleep(SETTLE_AFTER_LOAD_MS);
  }
};

// ---------------------------------------------------------------------------------------------
// Naming the profile's frames: the extension's through the build's source maps.

function frameNamer(extensionDir: string) {
  const lookups = new Map<string, ((l: number, c: number) => OriginalPosition | null) | null>();
  const lookupFor = (file: string) => {
    if (!lookups.has(file)) {
      const mapFile = join(extensionDir, `${file}.map`);
      lookups.set(file, existsSync(mapFile) ? sourceMapLookup(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    return lookups.get(file)!;
  };
  // The original function's name. V8 names a frame by the (minified) name of its function, or by an
  // inferred "a.b.c", or not at all (an arrow): then the code the function starts with stands for it.
  const named = (f: CallFrame, o: OriginalPosition): string => {
    const rest = (o.text ?? '').slice(o.column);
    if (f.functionName && !f.functionName.includes('.')) {
      const decl = rest.match(/^(?:(?:export|default|async|static|private|public|protected|get|set)\s+)*(?:function\s*\*?\s*)?([A-Za-z_$][\w$]*)\s*[(<]/)?.[1];
      if (o.name) return o.name;
      if (decl && decl !== 'function') return decl;
    }
    // Mapped to the call that takes the arrow as its argument: show the arrow.
    const code = rest.replace(/^[A-Za-z_$][\w$.]*\s*\(\s*(?=\(|async\b|[A-Za-z_$][\w$]*\s*=>)/, '');
    return `«${code.trim().slice(0, 48)}»`;
  };
  return (f: CallFrame): string => {
    if (!f.url) return `[native ${f.functionName || 'anonymous'}]`;
    if (!isExtension(f.url)) return `${f.functionName || '(anonymous)'} ${f.url.replace(/^https?:\/\/[^/]+/, '')}:${f.lineNumber + 1}`;
    const file = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    // The script's own evaluation (V8 gives its top level no position, or 0:0).
    if (f.lineNumber < 0 || (f.lineNumber === 0 && f.columnNumber === 0)) return `(top level of ${file})`;
    const o = lookupFor(file)?.(f.lineNumber, f.columnNumber);
    if (!o) return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    return `${named(f, o)} ${relative(root, resolve(dirname(join(extensionDir, file)), o.source))}:${o.line}`;
  };
}

/** Self time by function, the median over the runs (a run without the function counts 0): one stalled run does not top the list. */
function topSelf(selfs: SelfTime[][], name: (f: CallFrame) => string, n: number): Array<{ what: string; ms: number }> {
  const perRun = new Map<string, number[]>();
  selfs.forEach((run, i) => {
    for (const s of run) {
      const what = s.frame === s.owner || s.frame.url ? name(s.frame) : `${name(s.frame)} ← ${name(s.owner)}`;
      const runs = perRun.get(what) ?? new Array<number>(selfs.length).fill(0);
      runs[i] += s.ms;
      perRun.set(what, runs);
    }
  });
  return [...perRun].map(([what, runs]) => ({ what, ms: median(runs) })).sort((a, b) => b.ms - a.ms).slice(0, n);
}

function printTable(head: string[], rows: string[][], right = head.map((_, i) => i > 0)): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(w.map((x) => '─'.repeat(x)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------

function build(outDir: string, e2e: boolean): void {
  const env = { ...process.env };
  if (e2e) env.VANKIEN_E2E = '1';
  else delete env.VANKIEN_E2E;
  const r = spawnSync('npx', ['tsx', 'scripts/lib/build-extension.ts', outDir, ...(e2e ? ['--sourcemap'] : [])], { cwd: root, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

// The builds go to a directory of our own: .output/ may be in use by a test run.
const work = mkdtempSync(join(tmpdir(), 'vankien-bench-'));
console.log('Building the extension (the e2e build, which runs on 127.0.0.1, with source maps; and the store build for its size) …');
build(join(work, 'e2e'), true);
build(join(work, 'store'), false);
const ext = join(work, 'e2e/chrome-mv3');
const name = frameNamer(ext);
const { bin, error } = ensureChromium();
if (error || !bin) throw new Error(error);

const long = paragraphs(generateArticleText(60_000, 7));
const stress = paragraphs(generateArticleText(2_000_000, 9));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const dir = join(work, 'pages');
mkdirSync(dir);
writeFileSync(join(dir, 'long.html'), articleHtml('Bài dài', long, { site: 'nhandan.vn' }));
writeFileSync(join(dir, 'long-markjs.html'), articleHtml('Bài dài', long, { markjs: true }));
writeFileSync(join(dir, 'stress.html'), articleHtml('Trang 2 MB', stress, { site: 'nhandan.vn' }));
writeFileSync(join(dir, 'stress-markjs.html'), articleHtml('Trang 2 MB', stress, { markjs: true }));
// A page of a .vn site VanKien does not list (the catch-all): its contact page, no article metadata.
writeFileSync(join(dir, 'vn-contact.html'), `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Liên hệ</title>
<meta name="vankien-test-site" content="tin-phuong-thu-nghiem.vn"><link rel="canonical" href="https://tin-phuong-thu-nghiem.vn/lien-he">
</head><body><h1>Liên hệ</h1>${paragraphs(generateArticleText(3_000, 3))}<form><input name="ten"><button>Gửi</button></form></body></html>`);
const server = await serve({ b: dir, sites: join(root, 'test/fixtures/sites'), pages: join(root, 'test/e2e/pages'), lib: join(root, 'node_modules/mark.js/dist') });

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // The listing page's images are on a host that does not exist: fail at once, not after a DNS timeout.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const context = await chromium.launchPersistentContext(join(work, 'profile-extension'), {
  executablePath: bin, headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...ARGS],
});
// tsx keeps function names with an `__name` helper that page.evaluate bodies then call.
await context.addInitScript('globalThis.__name = (f) => f;');
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
const extensionId = new URL(worker.url()).host;
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const browserCdp = await context.browser()!.newBrowserCDPSession();

// The baseline: a Chromium without the extension.
const plainBrowser = await chromium.launch({ executablePath: bin, headless: true, args: ARGS });
const plainContext = await plainBrowser.newContext();
await plainContext.addInitScript('globalThis.__name = (f) => f;');
const plainPage = await plainContext.newPage();
const plainCdp = await plainContext.newCDPSession(plainPage);

/** markRuns: mark.js takes ~25 s on the 2 MB page, so at most 3 runs there (as before). */
interface PageSpec { name: string; path: string; article: boolean; markjs?: string; markRuns?: number }
const PAGES: PageSpec[] = [
  { name: 'long article', path: '/b/long.html', article: true, markjs: '/b/long-markjs.html' },
  { name: '2 MB article', path: '/b/stress.html', article: true, markjs: '/b/stress-markjs.html', markRuns: Math.min(RUNS, 3) },
  { name: 'listing page', path: '/sites/vnexpress-listing.html', article: false },
  { name: 'unlisted .vn page', path: '/b/vn-contact.html', article: false },
].filter((p) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').some((w) => p.name.includes(w.trim())));
const PROFILES = process.env.BENCH_PROFILES;
if (PROFILES) mkdirSync(PROFILES, { recursive: true });

interface Result {
  spec: PageSpec;
  ext: ReturnType<typeof attribute>[];
  evaluation: number[];
  byScript: ReturnType<typeof attributeByScript>[];
  withExt: ReturnType<typeof breakdown>[];
  plain: ReturnType<typeof breakdown>[];
  markjs: Array<{ cpu: ReturnType<typeof attribute>; wall: number; marks: number }>;
  warm: Ours[];
  asleep: Ours[];
  listingMs: number[];
}
const results: Result[] = [];

console.log(`\nlong article: ${words(long)} words, ${long.length} characters; 2 MB article: ${(stress.length / 1e6).toFixed(2)} M characters. ${RUNS} runs of each; extension ${extensionId}.`);
for (const spec of PAGES) {
  const url = server.url(spec.path);
  const r: Result = { spec, ext: [], evaluation: [], byScript: [], withExt: [], plain: [], markjs: [], warm: [], asleep: [], listingMs: [] };
  process.stdout.write(`${spec.name}: `);
  // One load unmeasured: the HTTP cache, V8's code caches and the worker's engine warm up.
  if (spec.article) await measureVanKien(page, cdp, url);
  else await measureNonArticle(page, cdp, url);
  await plainPage.goto(url);
  if (spec.markjs) await plainPage.goto(server.url(spec.markjs));
  for (let i = 0; i < RUNS; i++) {
    if (spec.article) {
      // Asleep: the worker stopped (and checked gone) before the navigation; the page wakes it.
      await page.goto('about:blank');
      await stopServiceWorker(cdp, browserCdp, extensionId);
      r.asleep.push(await measureVanKien(page, cdp, url));
      if (!(await runningWorkers(browserCdp, extensionId)).length) throw new Error('the page did not wake the service worker');
      // Warm: the worker answered this page a moment ago.
      r.warm.push(await measureVanKien(page, cdp, url));
    } else {
      r.listingMs.push(await measureNonArticle(page, cdp, url));
    }
    const profile = await profiledLoad(page, cdp, url, withExtensionSettled(cdp, spec.article));
    r.ext.push(attribute(profile, isExtension));
    r.evaluation.push(attribute(profile, isTopLevel).ms);
    r.byScript.push(attributeByScript(profile, isExtension, isTopLevel));
    if (PROFILES) writeFileSync(join(PROFILES, `${spec.name.replace(/\W+/g, '-')}-${i + 1}.cpuprofile`), JSON.stringify(profile));
    r.withExt.push(breakdown(profile, isBenchScript));
    const plain = await profiledLoad(plainPage, plainCdp, url, () => sleep(SETTLE_AFTER_LOAD_MS));
    const p = breakdown(plain, isBenchScript);
    if (attribute(plain, isExtension).samples) throw new Error('extension frames in the profile of the browser without it');
    r.plain.push(p);
    process.stdout.write('.');
  }
  if (spec.markjs) {
    const source = regexSource(r.warm[0].found);
    for (let i = 0; i < (spec.markRuns ?? RUNS); i++) {
      let extra = { ms: 0, marks: 0 };
      const profile = await profiledLoad(plainPage, plainCdp, server.url(spec.markjs), async () => {
        await waitFor(plainCdp, `typeof Mark === 'function'`, 15_000);
        extra = await runMarkJs(plainCdp, source);
        await sleep(SETTLE_AFTER_HIGHLIGHTS_MS);
      });
      r.markjs.push({ cpu: attribute(profile, isMarkJs), wall: extra.ms, marks: extra.marks });
      process.stdout.write('m');
    }
  }
  process.stdout.write('\n');
  results.push(r);
}

const stat = (xs: number[], d = 1) => `${median(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)})`;
const ms = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

console.log(`\nWhat the reader pays on the page's main thread: CPU-profile samples (100 µs) with an extension frame on the stack; median of ${RUNS} (min–max).`);
printTable(
  ['page', 'extension ms', 'longest ext. run ms', 'no-ext. page scripting ms', 'mark.js ms', 'mark.js / ext.', 'DCL→highlights warm ms', 'asleep ms'],
  results.map((r) => {
    const e = median(r.ext.map((x) => x.ms));
    const m = r.markjs.length ? median(r.markjs.map((x) => x.cpu.ms)) : undefined;
    return [
      r.spec.name,
      stat(r.ext.map((x) => x.ms)),
      `${ms(median(r.ext.map((x) => x.longestRunMs)))} (max ${ms(Math.max(...r.ext.map((x) => x.longestRunMs)))})`,
      stat(r.plain.map((x) => x.scriptingMs), 2),
      m === undefined ? '—' : stat(r.markjs.map((x) => x.cpu.ms)),
      m === undefined ? '—' : `${(m / e).toFixed(2)}×`,
      r.warm.length ? stat(r.warm.map((x) => x.dclToHighlightsMs), 0) : '— (no highlights)',
      r.asleep.length ? stat(r.asleep.map((x) => x.dclToHighlightsMs), 0) : '—',
    ];
  }),
);

console.log(`\nThe same by samples counted, not by time: on this machine the sampler is not always on time, and a late sample's whole
interval goes to the stack it caught (DevTools' model, used above); counting samples at the nominal 0.1 ms each is the other bound.`);
printTable(
  ['page', 'extension samples', '× 0.1 ms', 'mark.js samples', '× 0.1 ms', 'mark.js / ext.'],
  results.map((r) => {
    const e = median(r.ext.map((x) => x.samples));
    const m = r.markjs.length ? median(r.markjs.map((x) => x.cpu.samples)) : undefined;
    return [r.spec.name, stat(r.ext.map((x) => x.samples), 0), ms(e / 10), m === undefined ? '—' : stat(r.markjs.map((x) => x.cpu.samples), 0), m === undefined ? '—' : ms(m / 10), m === undefined ? '—' : `${(m / e).toFixed(2)}×`];
  }),
);

console.log(`\nThe whole page's main thread, with the extension and without (median ms; busy = every non-idle sample: scripting + the renderer's own work such as parsing, style and layout; scripting = JavaScript + GC; the benchmark's own probes left out).`);
printTable(
  ['page', 'busy no ext.', 'busy with ext.', 'Δ busy', 'scripting no ext.', 'scripting with ext.', 'Δ scripting', 'ext. frames', 'of which script evaluation'],
  results.map((r) => {
    const pb = median(r.plain.map((x) => x.busyMs)), eb = median(r.withExt.map((x) => x.busyMs));
    const ps = median(r.plain.map((x) => x.scriptingMs)), es = median(r.withExt.map((x) => x.scriptingMs));
    return [r.spec.name, ms(pb), ms(eb), ms(eb - pb), ms(ps), ms(es), ms(es - ps), ms(median(r.ext.map((x) => x.ms))), ms(median(r.evaluation))];
  }),
);

console.log(`\nThe content script's own measures (performance timeline, loads without the profiler; median of ${RUNS}): main thread = detect + collect + prepare + highlight slices.`);
printTable(
  ['page', 'main thread', 'detect', 'collect', 'prepare', 'highlight', 'longest slice', 'longest task', 'scan wall', 'engine wait warm', 'asleep', 'items', 'ranges', 'mark.js wall', 'mark.js marks'],
  results.filter((r) => r.spec.article).map((r) => {
    const o = (k: keyof Ours) => median(r.warm.map((x) => x[k] as number));
    const lt = Math.max(0, ...r.warm.flatMap((x) => x.longTasks));
    return [
      r.spec.name, ms(o('mainThreadMs')), ms(o('detectMs')), ms(o('collectMs')), ms(o('prepareMs')), ms(o('highlightMs')), ms(o('longestSliceMs')),
      lt ? `${lt.toFixed(0)}` : 'none > 50', ms(o('wallMs')), ms(o('extractWaitMs')), ms(median(r.asleep.map((x) => x.extractWaitMs))),
      String(o('items')), String(r.warm[0].found.length),
      r.markjs.length ? ms(median(r.markjs.map((x) => x.wall))) : '—', r.markjs.length ? String(r.markjs[0].marks) : '—',
    ];
  }),
);
const unsupported: number[] = [];
for (let i = 0; i < RUNS; i++) unsupported.push(await measureNonArticle(page, cdp, server.url('/pages/unsupported.html')));
console.log('');
for (const r of results.filter((x) => !x.spec.article)) {
  console.log(`non-article page (${r.spec.name}): ${median(r.listingMs).toFixed(2)} ms of VanKien main-thread work by its own measures (the gate alone, when it stops there)`);
}
console.log(`page of an unsupported site:                      ${median(unsupported).toFixed(3)} ms`);

console.log(`\nThe extension's main-thread time by script (each sample to the file of its nearest extension frame; median ms of ${RUNS} profiles, a run without the file counting 0): all of it, and its evaluation (top level).`);
const files = [...new Set(results.flatMap((r) => r.byScript.flatMap((m) => [...m.keys()])))].sort();
const short = (url: string) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');
printTable(
  ['page', ...files.map((f) => `${short(f)} ms (evaluation)`)],
  results.map((r) => [r.spec.name, ...files.map((f) => {
    const all = r.byScript.map((m) => m.get(f)?.ms ?? 0), ev = r.byScript.map((m) => m.get(f)?.evaluationMs ?? 0);
    return median(all) || median(ev) ? `${median(all).toFixed(1)} (${median(ev).toFixed(1)})` : '—';
  })]),
);

for (const r of results) {
  console.log(`\nWhere the extension's main-thread time goes on the ${r.spec.name}: self time by function (ms per load, median of ${RUNS} profiles; a native function is shown with the extension function that called it)`);
  printTable(['ms', 'function'], topSelf(r.ext.map((x) => x.self), name, Number(process.env.BENCH_TOP ?? 10)).map((x) => [x.ms.toFixed(2), x.what]), [true, false]);
}

console.log(`
[native X]: a browser function the extension's code called, shown with that caller. V8 names native callbacks by their
address and Chrome's extension-API bindings share one, so every extension API call (runtime.sendMessage, storage.local.get,
onMessage.addListener …) carries the name of the first one V8 met (getUILanguage, setAccessLevel …): read the caller.`);

const sizeOf = (file: string) => {
  const b = readFileSync(join(work, 'store/chrome-mv3', file));
  return { kb: b.length / 1024, gz: gzipSync(b, { level: 9 }).length / 1024 };
};
const gate = sizeOf('news-gate.js'), pageScript = sizeOf('page.js'), card = sizeOf('card.js');
console.log(`\ncontent script, first stage (news-gate.js, on every page of a supported site): ${gate.kb.toFixed(1)} KB, ${gate.gz.toFixed(1)} KB gzipped (target ≤ 10 KB)`);
console.log(`content script, second stage (page.js, articles only): ${pageScript.kb.toFixed(1)} KB, ${pageScript.gz.toFixed(1)} KB gzipped; both ${(gate.gz + pageScript.gz).toFixed(1)} KB gzipped (target ≤ 30 KB)`);
console.log(`the hover card (card.js, loaded on the first hover only): ${card.kb.toFixed(1)} KB, ${card.gz.toFixed(1)} KB gzipped; all three ${(gate.gz + pageScript.gz + card.gz).toFixed(1)} KB gzipped`);
await context.close();
await plainBrowser.close();
await server.close();
rmSync(work, { recursive: true, force: true });
