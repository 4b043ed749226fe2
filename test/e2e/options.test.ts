import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { generatedBackup } from './helpers/library';
import { highlights } from './helpers/page';
import { serve, type FixtureServer } from './helpers/server';

let server: FixtureServer;
let backupFile: string;
const dir = mkdtempSync(join(tmpdir(), 'vankien-options-'));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ pages: join(ROOT, 'test/e2e/pages') });
  backupFile = join(dir, 'seed.json');
  writeFileSync(backupFile, await generatedBackup(60));
});
afterAll(async () => server?.close());

async function openOptions(b: ExtensionBrowser, hash = 'documents'): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1200, height: 850 });
  await page.goto(`chrome-extension://${b.extensionId}/options.html#${hash}`);
  return page;
}

async function importFile(page: Page, file: string): Promise<string> {
  await page.getByRole('tab', { name: 'Dữ liệu' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  const notice = page.locator('.notice');
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

async function exportBackup(page: Page): Promise<Record<string, unknown>> {
  await page.getByRole('tab', { name: 'Dữ liệu' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Sao lưu JSON/ }).click()]);
  const path = join(dir, `export-${Date.now()}.json`);
  await download.saveAs(path);
  const backup = JSON.parse(readFileSync(path, 'utf8'));
  delete backup.exportedAt;
  return backup;
}

describe('options page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'vi-VN' }); });
  afterAll(async () => browser?.close());

  it('imports a backup, lists the documents, filters them and opens one with its citations', async () => {
    const page = await openOptions(browser);
    expect(await importFile(page, backupFile)).toMatch(/Đã nhập: 60 bài mới/);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const rows = page.locator('table.docs tbody tr');
    await rows.first().waitFor();
    const total = await rows.count();
    expect(total).toBeGreaterThan(20);
    await page.screenshot({ path: join(ARTIFACTS, 'options-documents.png') });
    await page.getByRole('combobox').filter({ hasText: 'Mọi loại' }).selectOption('Kết luận');
    const types = await page.locator('table.docs tbody tr td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Kết luận']));
    await page.locator('table.docs tbody tr button.link').first().click();
    await page.locator('.citations > li').first().waitFor();
    expect(await page.locator('.citations blockquote').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'options-document-detail.png') });
    await page.close();
  });

  it('splits off the citing articles that are about another document, which then has its own record', async () => {
    const page = await openOptions(browser);
    await page.getByRole('combobox').filter({ hasText: 'Nhiều bài trích nhất' }).selectOption('cited');
    const first = page.locator('table.docs tbody tr').first();
    await expect.poll(async () => Number(await first.locator('td.num').textContent())).toBeGreaterThan(1); // counts arrive a moment later
    const key = ((await first.locator('button.link').textContent()) ?? '').replace('★ ', '');
    const before = Number(await first.locator('td.num').textContent());
    expect(before).toBeGreaterThan(1);
    await first.locator('button.link').click();
    const boxes = page.getByRole('checkbox', { name: /^Đánh dấu để tách/ });
    await boxes.first().waitFor();
    await boxes.first().check();
    await page.getByLabel(/trích văn bản khác, khóa/).fill('XV');
    await page.getByRole('button', { name: 'Tách 1 bài' }).click();
    // Back on the same record, one article fewer; the other record has it, its term the reader's.
    await expect.poll(async () => (await page.locator('h3').first().textContent()) ?? '').toContain(`(${before - 1})`);
    await page.screenshot({ path: join(ARTIFACTS, 'options-document-split.png') });
    await page.getByRole('button', { name: /Quay lại/ }).click();
    await page.locator('input[type="search"]').fill(key);
    const rows = await page.locator('table.docs tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('XV') && /1/.test(r))).toBe(true);
    await page.close();
  });

  it('searches without diacritics and marks the matched words', async () => {
    const page = await openOptions(browser, 'search');
    await page.getByRole('searchbox').fill('nghi quyet');
    await page.locator('.results > li').first().waitFor();
    const marked = await page.locator('.results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).toMatch(/^(nghi|quyet)/);
    await page.screenshot({ path: join(ARTIFACTS, 'options-search.png') });
    await page.close();
  });

  it('finds the articles that cite a document, whichever way the reader types it', async () => {
    // The party resolution of the library cited by the most articles, and which articles those are.
    const backup = JSON.parse(readFileSync(backupFile, 'utf8')) as {
      documents: Array<{ id: string; key: string; type: string; issuer?: string; number?: string; party: boolean }>;
      citations: Array<{ articleUrl: string; docId: string }>;
    };
    const citing = new Map<string, Set<string>>();
    for (const c of backup.citations) (citing.get(c.docId) ?? citing.set(c.docId, new Set()).get(c.docId)!).add(c.articleUrl);
    const nq = backup.documents.filter((d) => d.party && d.type === 'NQ' && d.issuer === 'TW' && citing.has(d.id))
      .sort((a, b) => citing.get(b.id)!.size - citing.get(a.id)!.size)[0];
    expect(nq).toBeDefined();
    // Every document of that number and type is the same reference typed loosely (two terms may share it).
    const sameNumber = backup.documents.filter((d) => d.type === 'NQ' && Number(d.number) === Number(nq.number) && d.party);
    const expected = new Set(sameNumber.flatMap((d) => [...(citing.get(d.id) ?? [])]));
    const n = Number(nq.number);
    const setup = await openOptions(browser);
    await importFile(setup, backupFile); // already there when the suite runs whole: then it changes nothing
    await setup.close();
    const page = await openOptions(browser, 'search');
    const box = page.getByRole('searchbox');
    const urlsFor = async (query: string): Promise<string[]> => {
      // Emptied first, so the list read is this query's, not the last one's still on screen.
      await box.fill('');
      await expect.poll(async () => page.locator('.results > li').count()).toBe(0);
      await box.fill(query);
      await expect.poll(async () => page.locator('.results > li').count()).toBeGreaterThan(0);
      // The articles citing it lead the list (others may follow, on the words alone).
      return page.locator('.results > li a.hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    };
    for (const query of [nq.key, `nq ${n}`, `nghi quyet ${n}`, `Nghị quyết số ${n}`]) {
      const urls = await urlsFor(query);
      const lead = urls.slice(0, expected.size);
      expect(new Set(lead), query).toEqual(expected);
    }
    // The symbol names the document exactly: nothing else comes with it.
    const sameKey = backup.documents.filter((d) => d.key === nq.key).flatMap((d) => [...(citing.get(d.id) ?? [])]);
    expect(new Set(await urlsFor(nq.key))).toEqual(new Set(sameKey));
    // What is quoted under each result is where the article cites it, not another document's sentence.
    const quoted = await page.locator('.results > li :is(.snippet, blockquote)').allTextContents();
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q).toMatch(new RegExp(`(?<!\\d)0*${n}(?!\\d)`));
    await page.screenshot({ path: join(ARTIFACTS, 'options-search-document.png') });
    await page.close();
  });

  it('keeps its search index: the next visit opens it from the database, and it follows a delete made in another tab', async () => {
    const setup = await openOptions(browser);
    await importFile(setup, backupFile); // already there when the suite runs whole: then it changes nothing
    await setup.close();
    const first = await openOptions(browser, 'search');
    await first.getByRole('searchbox').fill('nghi quyet');
    await first.locator('.results > li').first().waitFor();
    // Stored soon after it is built (and leaving the page stores it too, but a page torn down under
    // load may not finish the write: the next visit would then rebuild, which the test is not about).
    await first.waitForFunction(() => performance.getEntriesByName('vankien:index-stored').length > 0);
    await first.close();
    const page = await openOptions(browser, 'search');
    await page.getByRole('searchbox').fill('nghi quyet');
    await page.locator('.results > li').first().waitFor();
    const marks = () => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(await marks()).toContain('vankien:index-snapshot');
    // Delete the first result's article in another tab; this page hears of it and drops it.
    const url = await page.locator('.results > li a.hit-title').first().getAttribute('href');
    const other = await openOptions(browser, 'articles');
    const row = other.locator('table.articles tbody tr').filter({ has: other.locator(`a[href="${url}"]`) });
    await row.first().getByRole('button', { name: /Xóa/ }).click();
    await other.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();
    await page.getByRole('searchbox').fill('nghi quyet ');
    await expect.poll(async () => page.locator(`.results a.hit-title[href="${url}"]`).count()).toBe(0);
    await other.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByRole('searchbox').fill('nghi quyet');
    await expect.poll(async () => page.locator(`.results a.hit-title[href="${url}"]`).count()).toBe(1);
    await other.close();
    await page.close();
  });

  it('lists articles and deletes one with undo', async () => {
    const page = await openOptions(browser, 'articles');
    const rows = page.locator('table.articles tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    const title = await rows.first().locator('td.title a').textContent();
    await rows.first().getByRole('button', { name: /Xóa/ }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();
    await expect.poll(() => rows.count()).toBe(before - 1);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => rows.count()).toBe(before);
    expect(await rows.first().locator('td.title a').textContent()).toBe(title);
    // Re-tag it.
    await rows.first().getByRole('button', { name: /Nhãn/ }).click();
    await rows.first().getByRole('textbox').fill('biên chế, tinh gọn');
    await rows.first().getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => rows.first().locator('button.tags').textContent()).toBe('biên chế, tinh gọn');
    await page.screenshot({ path: join(ARTIFACTS, 'options-articles.png') });
    await page.close();
  });

  it('refuses a corrupt or hostile file and changes nothing', async () => {
    const page = await openOptions(browser);
    const before = await exportBackup(page);
    const bad = [
      ['truncated.json', readFileSync(backupFile, 'utf8').slice(0, 5000)],
      ['hostile.json', JSON.stringify({ format: 'vankien-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', articles: [{ url: 'javascript:alert(1)', title: 'x' }], documents: [], citations: [] })],
      ['proto.json', '{"format":"vankien-library","version":1,"__proto__":{"polluted":true},"articles":[],"documents":[],"citations":[]}'],
    ];
    for (const [name, text] of bad) {
      const f = join(dir, name);
      writeFileSync(f, text);
      const msg = await importFile(page, f);
      expect(msg).toMatch(/Không nhập được tệp này/);
      expect(msg).toMatch(/Thư viện không thay đổi/);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'options-import-refused.png') });
    expect(await exportBackup(page)).toEqual(before);
    await page.close();
  });

  it('exports a backup that imports back exactly into an empty profile', async () => {
    const page = await openOptions(browser);
    const original = await exportBackup(page);
    const file = join(dir, 'roundtrip.json');
    writeFileSync(file, JSON.stringify({ ...original, exportedAt: new Date().toISOString() }));
    await page.close();
    const fresh = await launchWithExtension({ locale: 'vi-VN' });
    try {
      const p2 = await openOptions(fresh, 'data');
      expect(await importFile(p2, file)).toMatch(/Đã nhập/);
      expect(await exportBackup(p2)).toEqual(original);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a public suffix in the add-a-site box: one approval must not cover every site under it', async () => {
    const page = await openOptions(browser, 'settings');
    for (const input of ['com.vn', 'gov.vn', 'github.io']) {
      await page.getByPlaceholder('ví dụ: baoxyz.com').fill(input);
      await page.getByRole('button', { name: 'Thêm trang' }).click();
      await page.getByText(`“${input}” là tên miền chung`).waitFor();
    }
    const stored = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { customSites?: string[] } }> } } } }).chrome.storage.local.get('settings'));
    expect(stored.settings?.customSites ?? []).not.toContain('com.vn');
    await page.screenshot({ path: join(ARTIFACTS, 'options-public-suffix.png') });
    await page.close();
  });

  it('adds a site of the reader\'s choice and the content script then runs there', async () => {
    const page = await openOptions(browser, 'settings');
    await page.getByPlaceholder('ví dụ: baoxyz.com').fill('https://custom-site.test/bai-viet');
    await page.getByRole('button', { name: 'Thêm trang' }).click();
    await page.getByText('Đã thêm custom-site.test.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'options-settings.png') });
    // The built-in sites, grouped: mass organisations and state enterprises have a group of their own.
    await page.getByText(/^Có sẵn \(\d+ trang\)$/).click();
    const group = page.getByRole('heading', { name: /^Đoàn thể, hội nghề nghiệp, doanh nghiệp nhà nước \(\d+\)$/ });
    await group.waitFor();
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'options-builtin-sites.png') });
    // The sites read only in part, each group saying which of their pages are read.
    const abroad = page.getByRole('heading', { name: /^Báo chí tiếng Việt ở nước ngoài, nghiên cứu và tư vấn luật về Việt Nam \(\d+\)$/ });
    await abroad.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: /^Blog, bách khoa, trang học tập \(trang tiếng Việt\) \(\d+\)$/ }).waitFor();
    await page.getByText('*.blogspot.com · chỉ trang tiếng Việt', { exact: true }).waitFor();
    await page.getByText('bbc.com · chỉ trang tiếng Việt hoặc về Việt Nam', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'options-sites-read-in-part.png') });
    const port = new URL(server.url('/')).port;
    const article = await browser.context.newPage();
    await expect.poll(async () => {
      await article.goto(`http://custom-site.test:${port}/pages/custom-site-article.html`);
      await article.waitForTimeout(800);
      return (await highlights(article)).party.length;
    }, { timeout: 20_000 }).toBeGreaterThan(0);
    await article.close();
    await page.close();
  });

  it('in the opt-in mode runs on any page in Vietnamese, on a site it does not know, and leaves other languages alone', async () => {
    const page = await openOptions(browser, 'settings');
    const mode = page.getByRole('checkbox', { name: 'Chạy trên mọi trang tiếng Việt' });
    await mode.check();
    await page.getByText(/^Đã bật: VanKien chạy trên mọi trang tiếng Việt/).waitFor();
    const port = new URL(server.url('/')).port;
    const article = await browser.context.newPage();
    await expect.poll(async () => {
      await article.goto(`http://unlisted-site.test:${port}/pages/custom-site-article.html`);
      await article.waitForTimeout(800);
      return (await highlights(article)).party.length;
    }, { timeout: 20_000 }).toBeGreaterThan(0);
    await article.screenshot({ path: join(ARTIFACTS, 'any-vietnamese-page.png') });
    // A page in English on the same unknown site: nothing, and its DOM as it was.
    await article.goto(`http://unlisted-site.test:${port}/pages/english-unlisted.html`);
    await article.waitForTimeout(1500);
    expect((await highlights(article)).party).toEqual([]);
    expect(await article.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML)).toBe(true);
    // Switched off: the unknown site is left alone again.
    await page.bringToFront();
    await mode.uncheck();
    await page.getByText(/^Đã tắt/).waitFor();
    await expect.poll(async () => {
      await article.goto(`http://unlisted-site.test:${port}/pages/custom-site-article.html`);
      await article.waitForTimeout(800);
      return (await highlights(article)).party.length;
    }, { timeout: 20_000 }).toBe(0);
    await article.close();
    await page.close();
  });
});

describe('options page (English browser)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'en-US' }); });
  afterAll(async () => browser?.close());

  it('speaks English and follows a dark system theme', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#settings`);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Documents', 'Articles', 'Search', 'Settings', 'Data']);
    await page.getByText('Highlight documents in pages').waitFor();
    // Keyboard: arrow keys move between the tabs.
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(26, 24, 22)');
    await page.screenshot({ path: join(ARTIFACTS, 'options-en-dark.png') });
    await page.close();
  });
});
