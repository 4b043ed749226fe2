import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { serve, type FixtureServer } from './helpers/server';
import { cardOf } from './helpers/card';
import { highlights, pointAtHighlight, waitForHighlights } from './helpers/page';

let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ pages: join(ROOT, 'test/e2e/pages'), sites: join(ROOT, 'test/fixtures/sites') });
});
afterAll(async () => server?.close());

/** Opens a page as the reader's tab, then the popup for that tab (as a page: ?tabId=). */
/** The page in a tab of its own and the popup for it; other tabs are closed unless `keep` says so. */
async function openWithPopup(browser: ExtensionBrowser, path: string, keep = false): Promise<{ page: Page; popup: Page; tabId: number }> {
  if (!keep) for (const p of browser.context.pages()) await p.close();
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
    return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0].id;
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup, tabId };
}

async function libraryCounts(popup: Page) {
  return popup.evaluate(() => new Promise<Record<string, unknown>>((done, fail) => {
    const req = indexedDB.open('vankien');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['articles', 'documents', 'citations']);
      const out: Record<string, unknown> = {};
      const get = (store: string) => new Promise<unknown[]>((ok) => { const r = tx.objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
      Promise.all([get('articles'), get('documents'), get('citations')]).then(([a, d, c]) => {
        out.articles = a; out.documents = d; out.citations = c;
        db.close();
        done(out);
      });
    };
  }));
}

describe('popup (Vietnamese browser)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'vi-VN' }); });
  afterAll(async () => browser?.close());

  it('lists the page documents, party first by type, state apart, and jumps to mentions', async () => {
    const { page, popup } = await openWithPopup(browser, '/pages/article.html');
    await waitForHighlights(page, 9);
    await popup.locator('.doc').first().waitFor();
    const keys = await popup.locator('.doc .doc-key').allTextContents();
    // Numbered documents by their symbol; a congress resolution by a reader's name, not its internal key.
    expect(keys.slice(0, 7).sort()).toEqual(['144-QĐ/TW', '40-KL/TW', '57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW', 'Nghị quyết Đại hội XIII'].sort());
    expect(keys.slice(7)).toEqual(['178/2024/NĐ-CP', '03/NQ-CP'].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true })));
    expect(await popup.locator('h1').textContent()).toContain('Hà Giang quán triệt');
    expect(await popup.locator('.section').allTextContents()).toEqual(['Văn bản của Đảng', 'Văn bản nhà nước']);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-vi-unsaved.png') });

    // Jump to the second mention of 66-NQ/TW (the one split across <b> and <i>) and back.
    const row = popup.locator('.doc[data-key="66-NQ/TW"]');
    await row.locator('.doc-main').click();
    await expect.poll(async () => (await highlights(page)).focus.length).toBe(1);
    await row.getByRole('button', { name: 'Lần nhắc sau' }).click();
    await expect.poll(() => row.locator('.pos').textContent()).toBe('2/2');
    const focusTop = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-focus') ?? [])][0]?.getBoundingClientRect().top);
    expect(focusTop).toBeGreaterThanOrEqual(0);
    expect(focusTop).toBeLessThan(800);

    // The filter narrows the list, without diacritics or case.
    await popup.getByRole('searchbox').fill('quy dinh');
    expect(await popup.locator('.doc .doc-key').allTextContents()).toEqual(['144-QĐ/TW']);
  });

  it('saves the article, says so when reopened, and the library holds it with its documents and citations', async () => {
    let { popup } = await openWithPopup(browser, '/pages/article.html');
    await popup.locator('.doc').first().waitFor();
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByText('Đã lưu vào thư viện.').waitFor();
    ({ popup } = await openWithPopup(browser, '/pages/article.html'));
    await popup.getByText(/Đã lưu ngày/).waitFor();
    expect(await popup.getByRole('button', { name: 'Cập nhật' }).count()).toBe(1);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-vi-saved.png') });
    const db = await libraryCounts(popup) as { articles: Array<{ url: string; title: string; text: string }>; documents: Array<{ key: string }>; citations: Array<{ sentences: string[] }> };
    expect(db.articles).toHaveLength(1);
    // The fixture's canonical link names another site (nhandan.vn) than the one it was read on
    // (127.0.0.1): page script could point it at any saved article, so the page's own address is
    // the article's identity — and "already saved" above was asked the same way.
    expect(db.articles[0].url).toBe(server.url('/pages/article.html'));
    expect(db.articles[0].text).toContain('Nghị quyết số 68-NQ/TW');
    expect(db.documents.map((d) => d.key).sort()).toEqual(['03/NQ-CP', '144-QĐ/TW', '178/2024/NĐ-CP', '40-KL/TW', '57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW', 'NQ-ĐH-XIII'].sort());
    expect(db.citations).toHaveLength(9);
    expect(db.citations.every((c) => c.sentences.length > 0)).toBe(true);
    // Updating does not duplicate.
    await popup.getByRole('button', { name: 'Cập nhật' }).click();
    await popup.getByText('Đã cập nhật bài trong thư viện.').waitFor();
    const again = await libraryCounts(popup) as { articles: unknown[]; citations: unknown[] };
    expect(again.articles).toHaveLength(1);
    expect(again.citations).toHaveLength(9);
  });

  it('a loose description in a saved article never replaces the catalog\'s subject: it is shown beside it', async () => {
    // Save an article that describes 18-NQ/TW loosely.
    const { popup } = await openWithPopup(browser, '/pages/loose-18.html');
    await popup.locator('.doc').first().waitFor();
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByText('Đã lưu vào thư viện.').waitFor();
    // Another article about it names it with its term only.
    const { page } = await openWithPopup(browser, '/pages/cites-18.html');
    await waitForHighlights(page, 1);
    await page.bringToFront();
    const p = await page.evaluate(() => {
      const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party') ?? [])][0];
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: b.left + 8, y: b.top + b.height / 2 };
    });
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    const subject = (await card.texts('.row')).find((r) => r.startsWith('Trích yếu')) ?? '';
    expect(subject).toContain('tiếp tục đổi mới, sắp xếp tổ chức bộ máy'); // the catalog's
    expect((await card.texts('.row.catalog')).some((r) => r.startsWith('Trích yếu'))).toBe(true); // marked as the catalog's
    expect(await card.texts('.others')).toEqual(['Bài bạn đã lưu ghi: sắp xếp đơn vị sự nghiệp công lập trên địa bàn huyện']);
    await page.screenshot({ path: join(ARTIFACTS, 'card-library-beside-catalog.png') });
    // The library's own view: the saved article did not say which 18-NQ/TW it meant (two in the
    // catalog), so its description stands there — marked as the saved article's, not as fact.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#documents`);
    await options.getByRole('button', { name: /18-NQ\/TW/ }).first().click();
    const facts = options.locator('dl.facts');
    await facts.waitFor();
    const row = (await facts.locator('div').allTextContents()).find((r) => r.startsWith('Trích yếu')) ?? '';
    expect(row).toContain('sắp xếp đơn vị sự nghiệp công lập');
    expect(row).toContain('theo bài đã lưu');
    await options.screenshot({ path: join(ARTIFACTS, 'options-document-beside-catalog.png') });
    await options.close();
  });

  it('the reader corrects a subject in the library: every card shows it as theirs, the catalog\'s beside it; undo brings the catalog back', async () => {
    // Builds on the test above: loose-18.html is saved, so the library has a record of 18-NQ/TW.
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1100, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#documents`);
    await options.getByRole('button', { name: /18-NQ\/TW/ }).first().click();
    const facts = options.locator('dl.facts');
    await facts.waitFor();
    // A term the library cannot take is refused in words, and nothing changes.
    await options.getByRole('button', { name: /^Thêm: Khóa|^Sửa: Khóa/ }).click();
    await options.getByLabel('Khóa').fill('12');
    await options.getByRole('button', { name: 'Lưu' }).click();
    expect(await options.getByRole('alert').textContent()).toMatch(/Không lưu được: .*Roman/);
    await options.getByRole('button', { name: 'Hủy' }).click();
    // The subject, corrected.
    const MINE = 'Tiếp tục đổi mới, sắp xếp tổ chức bộ máy (bạn đọc sửa)';
    await options.getByRole('button', { name: 'Sửa: Trích yếu' }).click();
    await options.getByLabel('Trích yếu').fill(MINE);
    await options.getByRole('button', { name: 'Lưu' }).click();
    await options.getByRole('button', { name: 'Hoàn tác sửa: Trích yếu' }).waitFor();
    const row = (await facts.locator('div').allTextContents()).find((r) => r.startsWith('Trích yếu')) ?? '';
    expect(row).toContain(MINE);
    expect(row).toContain('bạn đã sửa');
    await options.screenshot({ path: join(ARTIFACTS, 'options-document-corrected.png') });
    await options.close();

    // On a page that names 18-NQ/TW by its term, the reader's subject outranks the catalog's.
    const subjectOnCard = async () => {
      const { page } = await openWithPopup(browser, '/pages/cites-18.html');
      await waitForHighlights(page, 1);
      await page.bringToFront();
      const p = await pointAtHighlight(page, 'Nghị quyết số 18-NQ/TW');
      await page.mouse.move(p.x, p.y);
      const card = cardOf(page);
      await card.waitFor('visible');
      const out = { subject: (await card.texts('.row')).find((r) => r.startsWith('Trích yếu')) ?? '', others: await card.texts('.others') };
      await page.screenshot({ path: join(ARTIFACTS, `card-corrected-${Date.now()}.png`) });
      await page.close();
      return out;
    };
    const corrected = await subjectOnCard();
    expect(corrected.subject).toContain(MINE);
    expect(corrected.subject).toContain('bạn đã sửa');
    expect(corrected.others.some((o) => /^Danh mục VanKien ghi: .*sắp xếp tổ chức bộ máy/.test(o))).toBe(true);
    // The popup lists it with the reader's subject too.
    const { popup } = await openWithPopup(browser, '/pages/cites-18.html');
    await expect.poll(async () => (await popup.locator('.doc').allTextContents()).join(' ')).toContain(MINE);
    expect(await popup.locator('.doc .doc-mine').allTextContents()).toEqual(['bạn đã sửa']);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-corrected.png') });
    // And the export of the documents carries it, with its source.
    const data = await browser.context.newPage();
    await data.goto(`chrome-extension://${browser.extensionId}/options.html#data`);
    const [download] = await Promise.all([data.waitForEvent('download'), data.getByRole('button', { name: 'CSV: văn bản kèm số bài' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith('18-NQ/TW,')) ?? '';
    expect(line).toContain(MINE);
    expect(line).toContain('title: reader');
    await data.close();

    // Undone: the library's record is the saved article's again, and the card shows the catalog's.
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/options.html#documents`);
    await again.getByRole('button', { name: /18-NQ\/TW/ }).first().click();
    await again.getByRole('button', { name: 'Hoàn tác sửa: Trích yếu' }).click();
    await again.getByRole('button', { name: 'Hoàn tác sửa: Trích yếu' }).waitFor({ state: 'detached' });
    const after = (await again.locator('dl.facts div').allTextContents()).find((r) => r.startsWith('Trích yếu')) ?? '';
    expect(after).toContain('sắp xếp đơn vị sự nghiệp công lập');
    await again.close();
    const undone = await subjectOnCard();
    expect(undone.subject).not.toContain(MINE);
    expect(undone.subject).toContain('tiếp tục đổi mới, sắp xếp tổ chức bộ máy');
  });

  it('the reader picks the document the article leaves open, from the card; saved, the library keeps their pick', async () => {
    const { page, popup } = await openWithPopup(browser, '/pages/identity-open.html');
    await popup.locator('.doc').first().waitFor();
    await page.bringToFront();
    await waitForHighlights(page, 3);
    const p = await pointAtHighlight(page, 'Nghị quyết số 18-NQ/TW');
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    const items = await card.texts('.candidates li');
    const which = items.findIndex((t) => t.includes('25/10/2017'));
    expect(which).toBeGreaterThanOrEqual(0);
    const button = await card.centreOf('.candidates li button.act', which);
    expect(button).not.toBeNull();
    await page.mouse.move(button!.x, button!.y);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => card.texts('.chosen')).toEqual([expect.stringContaining('bạn đã chọn văn bản này')]);
    const rows = await card.texts('.row');
    expect(rows.find((r) => r.startsWith('Khóa'))).toMatch(/XII.*bạn đã chọn/);
    expect(rows.find((r) => r.startsWith('Ngày'))).toContain('25/10/2017');
    expect(await card.count('.candidates')).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'card-reader-chose.png') });

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByText('Đã lưu vào thư viện.').waitFor();
    const db = await libraryCounts(popup) as {
      documents: Array<{ id: string; facts: Record<string, { from: string }> }>;
      articles: Array<{ url: string; title: string }>; citations: Array<{ articleUrl: string; docId: string }>;
    };
    const rec = db.documents.find((d) => d.id === '18-NQ/TW@XII');
    expect(rec?.facts.term.from).toBe('reader');
    // This article cites that very document, not the other candidate nor an unsettled 18-NQ/TW.
    const saved = db.articles.find((a) => a.title.startsWith('Huyện sơ kết các nghị quyết'))!;
    expect(db.citations.filter((c) => c.articleUrl === saved.url && c.docId.startsWith('18-NQ/TW')).map((c) => c.docId)).toEqual(['18-NQ/TW@XII']);

    // Undone on the page: the choice is offered again.
    await page.bringToFront();
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');
    await page.mouse.move(p.x, p.y);
    await card.waitFor('visible');
    const undo = await card.centreOf('.chosen button.act');
    await page.mouse.move(undo!.x, undo!.y);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => card.count('.candidates li')).toBe(2);
  });

  it('the reader can pick the document from the popup too, and undo it there', async () => {
    const { page, popup } = await openWithPopup(browser, '/pages/identity-open.html');
    const row = popup.locator('.doc[data-key="18-NQ/TW"]');
    await row.locator('.doc-choose button').first().waitFor();
    await row.locator('.doc-choose button', { hasText: '25/10/2017' }).click();
    await row.locator('.doc-mine', { hasText: 'bạn đã chọn' }).waitFor();
    expect(await row.locator('.doc-choose button:not(.doc-unchoose)').count()).toBe(0);
    expect(await row.locator('.doc-facts').textContent()).toContain('khóa XII');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-reader-chose.png') });
    // The card on the page says the same.
    await page.bringToFront();
    const p = await pointAtHighlight(page, 'Nghị quyết số 18-NQ/TW');
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    expect((await card.texts('.row')).find((r) => r.startsWith('Khóa'))).toMatch(/XII.*bạn đã chọn/);
    await page.mouse.move(5, 5);
    await popup.bringToFront();
    await row.locator('.doc-unchoose').click();
    await expect.poll(() => row.locator('.doc-choose button:not(.doc-unchoose)').count()).toBe(2);
  });

  it('two provinces\' papers citing their own "Nghị quyết Đại hội … lần thứ XVI": two records, each with its organisation', async () => {
    for (const path of ['/pages/congress-laocai.html', '/pages/congress-cantho.html']) {
      const { popup } = await openWithPopup(browser, path);
      await popup.locator('.doc').first().waitFor();
      await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
      await popup.getByText('Đã lưu vào thư viện.').waitFor();
    }
    const { popup } = await openWithPopup(browser, '/pages/congress-cantho.html');
    const db = await libraryCounts(popup) as { documents: Array<{ id: string; key: string; locality?: string }> };
    const records = db.documents.filter((d) => d.key === 'NQ-ĐHĐB-XVI').map((d) => [d.id, d.locality]).sort();
    expect(records).toEqual([
      ['NQ-ĐHĐB-XVI@XVI|Đảng bộ thành phố Cần Thơ', 'Đảng bộ thành phố Cần Thơ'],
      ['NQ-ĐHĐB-XVI@XVI|Đảng bộ tỉnh Lào Cai', 'Đảng bộ tỉnh Lào Cai'],
    ]);
    // The library's view names each by its organisation.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#documents`);
    await options.locator('input[type="search"]').fill('NQ-ĐHĐB-XVI');
    await expect.poll(() => options.locator('table.docs tbody tr').count()).toBe(2);
    await options.locator('table.docs tbody tr button.link').first().click();
    expect(await options.locator('#doc-h').textContent()).toMatch(/^Nghị quyết Đại hội Đảng bộ (tỉnh Lào Cai|thành phố Cần Thơ) lần thứ XVI$/);
    // The other province's document is not offered as "the same document" to merge.
    expect(await options.locator('.same-key').count()).toBe(0);
    await options.screenshot({ path: join(ARTIFACTS, 'options-two-provinces.png') });
    await options.close();
  });

  it('remembers: the card of a document cited in a saved article says so on any later page', async () => {
    const { page } = await openWithPopup(browser, '/pages/rerender.html');
    await waitForHighlights(page, 2);
    const rect = await page.evaluate(() => {
      const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party') ?? [])].find((x) => x.toString() === 'Kết luận 40')!;
      const b = r.getClientRects()[0];
      return { x: b.left + 8, y: b.top + b.height / 2 };
    });
    await page.mouse.move(rect.x, rect.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    // Saved by the test before: one article in the library cites Kết luận 40.
    expect(await card.text()).toContain('Trích trong 1 bài đã lưu');
    // …and leads to the library's page of it, where it can be corrected, merged or split.
    await page.screenshot({ path: join(ARTIFACTS, 'card-library-link.png') });
    const at = (await card.centreOf('footer button.library'))!;
    const [library] = await Promise.all([browser.context.waitForEvent('page'), page.mouse.click(at.x, at.y)]);
    await library.waitForLoadState();
    expect(decodeURIComponent(new URL(library.url()).hash)).toMatch(/^#documents\/40-KL\/TW/);
    await expect.poll(() => library.locator('#doc-h').textContent()).toMatch(/Kết luận.*40/);
    await expect.poll(() => library.getByRole('heading', { name: /Các bài trích văn bản này/ }).textContent()).toMatch(/\(1\)$/);
    await library.screenshot({ path: join(ARTIFACTS, 'card-open-in-library.png') });
    await library.close();
  });

  it('a long write holding the library does not hold back a page\'s highlights', async () => {
    // An extension page keeps a read-write transaction on every store open for 4 s, as a long
    // import does; meanwhile a reader opens an article.
    const holder = await browser.context.newPage();
    await holder.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const held = holder.evaluate(() => new Promise<number>((done, fail) => {
      const req = indexedDB.open('vankien');
      req.onerror = () => fail(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['articles', 'documents', 'citations'], 'readwrite');
        const until = Date.now() + 4000;
        let n = 0;
        const spin = () => { n++; const r = tx.objectStore('documents').get('none'); r.onsuccess = () => (Date.now() < until ? spin() : undefined); };
        spin();
        tx.oncomplete = () => { db.close(); done(n); };
      };
    }));
    let writeEnded = false;
    void held.then(() => { writeEnded = true; });
    await new Promise((r) => setTimeout(r, 300));
    const page = await browser.context.newPage();
    await page.goto(server.url('/pages/article.html'));
    await waitForHighlights(page, 9);
    // The highlights came while the write still held the library (they used to wait for its end).
    expect(writeEnded).toBe(false);
    expect(await held).toBeGreaterThan(0);
    await page.close();
    await holder.close();
  });

  it('saves a page whose metadata is oversized, clipped to what the library keeps', async () => {
    const { popup } = await openWithPopup(browser, '/pages/huge-lead.html');
    await popup.locator('.doc').first().waitFor();
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByText('Đã lưu vào thư viện.').waitFor();
    const db = await libraryCounts(popup) as { articles: Array<{ url: string; lead?: string }> };
    const saved = db.articles.find((a) => a.url.endsWith('/pages/huge-lead.html'));
    expect(saved?.lead?.length).toBeLessThanOrEqual(20_000);
    expect(saved?.lead?.endsWith('…')).toBe(true);
  });

  it('an article too long for the library is highlighted all the same, and the popup says why it cannot be saved', async () => {
    const { page, popup } = await openWithPopup(browser, '/pages/too-long.html');
    await waitForHighlights(page, 1000, 60_000);
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByText(/quá giới hạn 2\.000\.000 ký tự của thư viện/).waitFor({ timeout: 30_000 });
    // Nothing half-saved: a later backup still restores.
    const db = await libraryCounts(popup) as { articles: Array<{ url: string }> };
    expect(db.articles.some((a) => a.url.endsWith('/pages/too-long.html'))).toBe(false);
  }, 120_000);

  it('stars a document on its own', async () => {
    const { popup } = await openWithPopup(browser, '/pages/article.html');
    const star = popup.locator('.doc[data-key="59-NQ/TW"] .star');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    const db = await libraryCounts(popup) as { documents: Array<{ key: string; starred: boolean }> };
    expect(db.documents.find((d) => d.key === '59-NQ/TW')?.starred).toBe(true);
  });

  it('a listing the first stage stopped on still answers the popup: the page script comes when asked', async () => {
    const { popup, page } = await openWithPopup(browser, '/sites/vnexpress-listing.html');
    await popup.getByText(/không phải một bài báo/).waitFor();
    expect((await highlights(page)).party).toEqual([]);
    const names = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('vankien:')));
    expect(names[0]).toBe('vankien:gate');
    expect(names).toContain('vankien:detect');
  });

  it('says plainly when a page is not an article, and scans it anyway on request', async () => {
    const { popup, page } = await openWithPopup(browser, '/sites/laodong-category.html');
    await popup.getByText(/không phải một bài báo/).waitFor();
    expect((await highlights(page)).party).toEqual([]);
    await popup.getByRole('button', { name: 'Vẫn quét trang này' }).click();
    await popup.locator('.doc').first().waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-vi-scanned-listing.png') });
    const listed = await popup.locator('.doc .doc-key').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    const h = await highlights(page);
    expect(h.party.length + h.state.length).toBeGreaterThanOrEqual(listed.length);
    // Scanned on request, still not an article: nothing to save, and a press licence is no document.
    expect(await popup.getByRole('button', { name: 'Lưu bài viết' }).count()).toBe(0);
    expect(listed.some((k) => /GP-/.test(k))).toBe(false);
  });

  it('leads to the library', async () => {
    const { popup } = await openWithPopup(browser, '/pages/article.html');
    const link = popup.getByRole('link', { name: 'Mở thư viện' });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/options.html#documents`);
    const [library] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await library.waitForLoadState();
    expect(library.url()).toContain('/options.html#documents');
    await library.close();
    // And each document to its own page there (66-NQ/TW is in the library: saved above).
    const { popup: again } = await openWithPopup(browser, '/pages/article.html');
    const [docPage] = await Promise.all([
      browser.context.waitForEvent('page'),
      again.locator('.doc[data-key="66-NQ/TW"] .in-library').click(),
    ]);
    await docPage.locator('#doc-h').waitFor();
    expect(await docPage.locator('#doc-h').textContent()).toContain('66-NQ/TW');
    await docPage.close();
  });
});

describe('popup (English browser)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'en-US' }); });
  afterAll(async () => browser?.close());

  it('speaks English and saves', async () => {
    const { popup } = await openWithPopup(browser, '/pages/article.html');
    await popup.locator('.doc').first().waitFor();
    expect(await popup.locator('.section').allTextContents()).toEqual(['Party documents', 'State documents']);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await popup.getByText('Saved to your library.').waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-en-saved.png') });
  });
});

describe('a blocked database upgrade', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'vi-VN' }); });
  afterAll(async () => browser?.close());

  it('an old tab holding the library: pages are still highlighted, the popup says what to do, and all works once it closes', async () => {
    // An "old version" holds the database at version 1 and ignores requests to close.
    const holder = await browser.context.newPage();
    await holder.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=0`);
    await holder.evaluate(() => new Promise<void>((done, fail) => {
      const del = indexedDB.deleteDatabase('vankien');
      del.onerror = () => fail(del.error);
      del.onsuccess = () => {
        const req = indexedDB.open('vankien', 1);
        req.onupgradeneeded = () => {
          const db = req.result;
          const a = db.createObjectStore('articles', { keyPath: 'url' });
          a.createIndex('bySite', 'site'); a.createIndex('bySavedAt', 'savedAt'); a.createIndex('byPublished', 'published');
          const d = db.createObjectStore('documents', { keyPath: 'id' });
          d.createIndex('byKey', 'key'); d.createIndex('byParty', 'partyFlag'); d.createIndex('byLastCited', 'lastCited');
          const c = db.createObjectStore('citations', { keyPath: 'id' });
          c.createIndex('byDocument', 'docId'); c.createIndex('byArticle', 'articleUrl');
        };
        req.onerror = () => fail(req.error);
        req.onsuccess = () => { (window as unknown as { held: IDBDatabase }).held = req.result; done(); };
      };
    }));
    // The holder tab must stay open.
    const { page, popup } = await openWithPopup(browser, '/pages/article.html', true);
    await waitForHighlights(page, 9);
    await popup.getByText(/^Thư viện đang bị một thẻ VanKien cũ giữ/).waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-vi-blocked-upgrade.png') });
    // The old tab goes: the queued upgrade completes by itself and saving works.
    await holder.close();
    const again = await openWithPopup(browser, '/pages/article.html');
    await again.popup.locator('.doc').first().waitFor();
    // The upgrade may still be finishing when the popup opens: a refusal in words, then it saves.
    for (let attempt = 0; ; attempt++) {
      await again.popup.getByRole('button', { name: 'Lưu bài viết' }).click();
      const saved = again.popup.getByText('Đã lưu vào thư viện.');
      const refused = again.popup.locator('.notice.error');
      await saved.or(refused).first().waitFor();
      if (await saved.isVisible()) break;
      expect(await refused.textContent()).toMatch(/thẻ VanKien cũ/);
      expect(attempt).toBeLessThan(10);
      await again.popup.waitForTimeout(300);
    }
  });
});
