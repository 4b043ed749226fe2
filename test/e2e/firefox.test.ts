import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT } from './helpers/browser';
import { serve, type FixtureServer } from './helpers/server';

// The content script in Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.
const EXTENSION = join(ROOT, '.output/e2e/firefox-mv2');
let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no Firefox build in ${EXTENSION}: run VANKIEN_E2E=1 npx wxt build -b firefox`);
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true });
  await browser.installExtension(EXTENSION);
  server = await serve({ pages: join(ROOT, 'test/e2e/pages'), sites: join(ROOT, 'test/fixtures/sites') });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The party references highlighted (CSS highlights, or marks where Firefox has none), once there are `min`. */
async function partyHighlights(page: Page, min: number): Promise<string[]> {
  await page.waitForFunction((n: number) => {
    const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    return (reg?.get('vankien-party')?.size ?? document.querySelectorAll('vankien-mark').length) >= n;
  }, { timeout: 15_000 }, min);
  return page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    if (reg) return [...(reg.get('vankien-party') ?? [])].map((r) => r.toString());
    return [...document.querySelectorAll('vankien-mark[data-kind="party"]')].map((m) => m.textContent ?? '');
  });
}

describe('Firefox', () => {
  it('highlights the fixture article', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/article.html'));
    const found = await partyHighlights(page, 9);
    expect(found).toContain('Nghị quyết số 66-NQ/TW');
    expect(found).toContain('Quy định số 144-QĐ/TW');
    expect(found).toHaveLength(9);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-article.png') });
    await page.close();
  });

  it('knows the site it was loaded on (handed over by the background): a legal database\'s document page is read as one document', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/sites/legal/tvpl-party-resolution.html'));
    const found = await partyHighlights(page, 2);
    expect(found).toContain('Nghị quyết Trung ương 4 khóa XII');
    // The site's related-documents column is no part of the document (only its site's layout says so).
    expect(found.some((t) => /40-KL\/TW|70-QĐ\/TW/.test(t))).toBe(false);
    await page.close();
  });

  it('follows an article a script renders and re-renders (no address polling: Firefox ESR has no Navigation API)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/rerender.html'));
    const parties = () => page.evaluate(() => {
      const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      if (reg) return [...(reg.get('vankien-party') ?? [])].map((r) => r.toString());
      return [...document.querySelectorAll('vankien-mark[data-kind="party"]')].map((m) => m.textContent ?? '');
    });
    await page.waitForFunction(() => {
      const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      return (reg?.get('vankien-party')?.size ?? document.querySelectorAll('vankien-mark').length) >= 2;
    }, { timeout: 15_000 });
    expect(await parties()).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận 40']);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.waitForFunction(() => {
      const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      return (reg?.get('vankien-party')?.size ?? document.querySelectorAll('vankien-mark').length) === 3;
    }, { timeout: 15_000 });
    expect(await parties()).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận 40', 'Chỉ thị số 05-CT/TW']);
    await page.close();
  });

  it('a section page a script turns into an article (pushState: no event without the Navigation API) is highlighted', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/spa-listing.html'));
    await new Promise((done) => setTimeout(done, 800));
    await page.evaluate(() => (window as unknown as { openArticle(): void }).openArticle());
    await page.waitForFunction(() => {
      const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      return (reg?.get('vankien-party')?.size ?? document.querySelectorAll('vankien-mark').length) >= 2;
    }, { timeout: 15_000 });
    await page.close();
  });

  it('a hostile page can neither switch VanKien off nor open its card', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/article.html'));
    const count = () => page.evaluate(() => (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('vankien-party')?.size ?? 0);
    await page.waitForFunction(() => ((globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('vankien-party')?.size ?? 0) >= 9, { timeout: 15_000 });
    await page.evaluate(async () => {
      // Firefox's extension id is the manifest's gecko id: public, so WXT's event name is known.
      for (const name of ['vankien@vankien.invalid:news:wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'news', messageId: 'page' } }));
      }
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const r = [...(reg.get('vankien-party') ?? [])][0];
      const box = r.getBoundingClientRect();
      const target = r.startContainer.parentElement ?? document.body;
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 4, clientY: box.top + box.height / 2, bubbles: true }));
        await new Promise((res) => setTimeout(res, 50));
      }
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await count()).toBe(9);
    expect(await page.evaluate(() => document.querySelector('vankien-card') === null)).toBe(true);
    await page.close();
  });
});

describe('Firefox, the packaged add-on', () => {
  it('installs from its zip (what `npm run zip -b firefox` packs, built for the tests) and highlights the fixture article', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const zip = join(ROOT, '.output/e2e', `vankien-${version}-firefox.zip`);
    if (!existsSync(zip)) throw new Error(`no package at ${zip}: run VANKIEN_E2E=1 npx wxt zip -b firefox`);
    const packaged = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true });
    try {
      await packaged.installExtension(zip);
      const page = await packaged.newPage();
      await page.goto(server.url('/pages/article.html'));
      const found = await partyHighlights(page, 9);
      expect(found).toContain('Nghị quyết số 66-NQ/TW');
      expect(found).toHaveLength(9);
    } finally {
      await packaged.close();
    }
  });
});
