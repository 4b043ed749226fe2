import { chromium } from 'playwright-core';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serve } from '/work/main/test/e2e/helpers/server';
import { generateArticleText } from '/work/main/scripts/lib/generate-article';
const RUNS = Number(process.env.RUNS ?? 7);
if (spawnSync('npx', ['esbuild', 'scripts/lib/detect-probe-entry.ts', '--bundle', '--format=iife', '--outfile=/tmp/detect-probe.js'], { cwd: '/work/main', stdio: 'inherit' }).status) throw new Error('bundle');
const dir = mkdtempSync('/tmp/probe-');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function page(name: string, title: string, bytes: number, seed: number) {
  const text = generateArticleText(bytes, seed).replace(/((?:[^.]*\.){6})/g, '$1\n');
  const paras = text.split('\n').map((p) => `<p>${esc(p)}</p>`).join('\n');
  writeFileSync(`${dir}/${name}.html`, `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="vankien-test-site" content="nhandan.vn"><title>x</title><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><main><article class="article"><h1 class="article__title cms-title">${esc(title)}</h1><div class="article__sapo cms-desc">Sapo.</div><div class="article__body zce-content-body cms-body" itemprop="articleBody">${paras}</div></article></main></body></html>`);
}
page('s', 'Trang', 2_000_000, 9);           // the brief's stress page (5-char headline)
page('s10', 'Trang 2 MB', 2_000_000, 9);    // bench-page's stress page (10-char headline)
page('l', 'Bài dài', 60_000, 7);            // bench-page's long article (7-char headline)
page('l10', 'Bài dài 60 KB', 60_000, 7);
const s = await serve({ d: dir, sites: '/work/main/test/fixtures/sites' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const only = process.argv.slice(2);
const pages = [['stress', '/d/s.html'], ['stress10', '/d/s10.html'], ['60KB', '/d/l.html'], ['60KB-10', '/d/l10.html'], ['listing', '/sites/vnexpress-listing.html'], ['nhandan', '/sites/nhandan-article.html'], ['sggp-listing', '/sites/sggp-listing.html']];
for (const [name, path] of pages) {
  if (only.length && !only.includes(name)) continue;
  const runs: any[][] = [];
  for (let i = 0; i < RUNS; i++) {
    await p.goto(s.url(path));
    await p.addScriptTag({ path: '/tmp/detect-probe.js' });
    runs.push(await p.evaluate('probe()') as any[]);
  }
  const med = (k: string) => { const xs = runs.map((r) => r.find((x) => x[0] === k)?.[1]).filter((x) => typeof x === 'number').sort((a, b) => a - b); return xs.length ? xs[Math.floor(xs.length / 2)] : '-'; };
  const keys = ['detect', 'detect2', 'runAdapters', 'structured', 'text', 'readMetadata', 'findExcludes'];
  console.log(name.padEnd(13), keys.map((k) => `${k}=${med(k)}`).join(' '), 'hit=' + runs[0].find((x) => x[0] === 'hit')?.[1]);
  console.log('   ', runs[0].find((x) => x[0] === 'result')?.[1].slice(0, 400));
}
await b.close(); await s.close();
