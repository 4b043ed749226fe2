import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, EXTENSION_DIR, ROOT, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { serve, type FixtureServer } from './helpers/server';
import { cardOf } from './helpers/card';
import { badgeOf, highlights, pointAtHighlight, sendCommand, waitForHighlights } from './helpers/page';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchWithExtension();
  server = await serve({ pages: join(ROOT, 'test/e2e/pages'), sites: join(ROOT, 'test/fixtures/sites') });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  // One tab at a time: the badge and the commands follow the active tab, as for a reader.
  for (const p of browser.context.pages()) await p.close();
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.bringToFront();
  return page;
}

describe('an article on a supported site', () => {
  it('highlights every reference in the article body, and only there', async () => {
    const page = await open('/pages/article.html');
    const h = await waitForHighlights(page, 9);
    expect(h.party).toEqual([
      'Nghị quyết số 66-NQ/TW', 'Nghị quyết số 68-NQ/TW', // lead
      'Nghị quyết số 66-NQ/TW', // split across <b> and <i>: one range
      'Nghị quyết số 68-NQ/TW', 'Nghị quyết 57', 'Nghị quyết 59', 'Kết luận 40', 'Quy định số 144-QĐ/TW',
      'Nghị quyết Đại hội XIII',
    ]);
    expect(h.state).toEqual(['Nghị định số 178/2024/NĐ-CP', 'Nghị quyết số 03/NQ-CP']);
    // Not in the related box, the textarea, the input or the editable note.
    for (const t of [...h.party, ...h.state]) expect(t).not.toMatch(/05-CT|18-NQ|121-KL|35-CT/);
    await page.screenshot({ path: join(ARTIFACTS, 'article-highlighted.png') });
    await page.close();
  });

  it('leaves the page DOM byte-identical (CSS Custom Highlight API)', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    const same = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML);
    expect(same).toBe(true);
    await page.close();
  });

  it('shows the toolbar badge with the number of party documents', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    await expect.poll(() => badgeOf(browser.worker)).toBe('7');
    await page.close();
  });

  it('explains a reference on hover, in a shadow root, with facts from the article and the sentence', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    const p = await pointAtHighlight(page, 'Quy định số 144-QĐ/TW');
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    const text = await card.text();
    expect(text).toContain('Quy định số 144-QĐ/TW');
    expect(text).toContain('chuẩn mực đạo đức cách mạng');
    expect(text).toContain('Bộ Chính trị'); // from the catalog, marked as such
    expect(text).toContain('theo danh mục VanKien');
    expect(text).toContain('Các cấp ủy phải gắn việc thực hiện');
    // In a closed shadow root: the page sees the host element and nothing inside it.
    expect((await card.state()).mode).toBe('closed');
    expect(await page.evaluate(() => document.querySelector('vankien-card')?.shadowRoot ?? 'no root')).toBe('no root');
    await page.screenshot({ path: join(ARTIFACTS, 'card-open.png') });
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');
    await page.close();
  });

  it('says why: a plan cited beside it that names it, and the only one of its number the Politburo issued', async () => {
    const page = await open('/pages/identity-related.html');
    await waitForHighlights(page, 3);
    const card = cardOf(page);
    const p = await pointAtHighlight(page, 'Nghị quyết số 12');
    await page.mouse.move(p.x, p.y);
    await card.waitFor('visible');
    const text = await card.text();
    expect(text).toContain('16/3/2022'); // the Politburo's 2022 resolution on the police, not the plenums' of 2012 and 2017
    expect(text).toContain('Công an nhân dân');
    const summary = (await card.centreOf('details.why summary'))!;
    await page.mouse.click(summary.x, summary.y);
    const why = (await card.texts('details.why[open]')).join(' ');
    expect(why).toContain('118-KH/ĐUCA, văn bản nêu tên văn bản này');
    expect(why).toContain('văn bản duy nhất số này do Bộ Chính trị ban hành');
    await page.screenshot({ path: join(ARTIFACTS, 'card-why-related.png') });
  });

  it('tells the right one of two same-numbered documents from the article, with its sources', async () => {
    const page = await open('/pages/identity-settled.html');
    await waitForHighlights(page, 3);
    const card = cardOf(page);
    const p = await pointAtHighlight(page, 'Nghị quyết số 18-NQ/TW');
    await page.mouse.move(p.x, p.y);
    await card.waitFor('visible');
    const text = await card.text();
    expect(text).toContain('25/10/2017'); // the 2017 resolution on the apparatus, not the 2022 land one
    expect(text).toContain('XII');
    expect(text).not.toContain('16/6/2022');
    expect(text).not.toContain('đất');
    // Why this one, in the reader's words, under the catalog's facts: folded, opened by a click.
    expect(text).toContain('Vì sao là văn bản này');
    const summary = (await card.centreOf('details.why summary'))!;
    await page.mouse.click(summary.x, summary.y);
    expect((await card.texts('details.why[open]')).join(' ')).toMatch(/bài ghi ngày|khóa XII theo bài|bài trích cùng/);
    await page.screenshot({ path: join(ARTIFACTS, 'card-why-open.png') });
    const links = await card.attrs('.sources a', ['href', 'target']);
    expect(links.length).toBeGreaterThan(0);
    for (const [href, target] of links) { expect(href).toMatch(/^https?:\/\//); expect(target).toBe('_blank'); }
    await page.screenshot({ path: join(ARTIFACTS, 'card-identity-settled.png') });
    // A plenum name: a readable heading, tied to its numbered resolution.
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');
    const q = await pointAtHighlight(page, 'Nghị quyết Trung ương 4 khóa XII');
    await page.mouse.move(q.x, q.y);
    await card.waitFor('visible');
    const plenum = await card.text();
    expect(plenum).toContain('Nghị quyết Hội nghị Trung ương 4 khóa XII');
    expect(plenum).toContain('04-NQ/TW');
    expect(plenum).toContain('30/10/2016');
    expect(plenum).toMatch(/Hội nghị họp\s*[\d/–]*10\/2016/); // the days the plenum met, from the catalog
    await page.screenshot({ path: join(ARTIFACTS, 'card-plenum.png') });
    await page.close();
  });

  it('offers the choice when the article does not say which document it means', async () => {
    const page = await open('/pages/identity-open.html');
    await waitForHighlights(page, 3);
    const card = cardOf(page);
    const p = await pointAtHighlight(page, 'Nghị quyết số 18-NQ/TW');
    await page.mouse.move(p.x, p.y);
    await card.waitFor('visible');
    const items = await card.texts('.candidates.guess li');
    expect(items).toHaveLength(2);
    expect(items.join(' ')).toContain('25/10/2017');
    expect(items.join(' ')).toContain('16/6/2022');
    // No fact of either candidate is shown as the document's own.
    expect(await card.count('.row.catalog')).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'card-identity-choice.png') });
    // A local congress resolution is named with its province.
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');
    const q = await pointAtHighlight(page, 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV');
    await page.mouse.move(q.x, q.y);
    await card.waitFor('visible');
    expect((await card.texts('h2'))[0]).toBe('Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần thứ XV');
    // A bare "Chỉ thị 05" after a central and a provincial 05: the nearer one, and the other offered.
    await page.mouse.move(5, 5);
    await card.waitFor('hidden');
    const r = await pointAtHighlight(page, 'Chỉ thị 05');
    await page.mouse.move(r.x, r.y);
    await card.waitFor('visible');
    expect((await card.texts('h2'))[0]).toBe('Chỉ thị số 05-CT/TU');
    expect(await card.texts('.maybe h3')).toEqual(['Bài viết không nói rõ — chỗ này cũng có thể là']);
    expect((await card.texts('.maybe li'))[0]).toMatch(/^Chỉ thị số 05-CT\/TW · Bộ Chính trị/);
    await page.screenshot({ path: join(ARTIFACTS, 'card-short-form-open.png') });
    await page.close();
  });

  it('moves between references from the keyboard commands, and Esc closes the card', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    await sendCommand(browser.worker, 'next');
    const card = cardOf(page);
    await card.waitFor('visible');
    expect((await highlights(page)).focus).toEqual(['Nghị quyết số 66-NQ/TW']);
    await sendCommand(browser.worker, 'next');
    await expect.poll(async () => (await highlights(page)).focus).toEqual(['Nghị quyết số 68-NQ/TW']);
    await sendCommand(browser.worker, 'previous');
    await sendCommand(browser.worker, 'previous');
    // Wraps around to the last reference, then back to the state document before it.
    await expect.poll(async () => (await highlights(page)).focus).toEqual(['Nghị quyết Đại hội XIII']);
    await sendCommand(browser.worker, 'previous');
    await expect.poll(async () => (await highlights(page)).focus).toEqual(['Nghị quyết số 03/NQ-CP']);
    expect(await card.text()).toContain('Văn bản nhà nước');
    await page.keyboard.press('Escape');
    await card.waitFor('hidden');
    expect((await highlights(page)).focus).toEqual([]);
    await page.close();
  });
});

describe('a hostile page', () => {
  type Spy = { __messages: string[] };

  it('cannot open the card with synthetic pointer events, nor read it once the reader opens it', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    const card = cardOf(page);
    const p = await pointAtHighlight(page, 'Quy định số 144-QĐ/TW');
    // Page script "hovers" the reference, as an ad script could, for a second.
    await page.evaluate(async ({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
      }
    }, p);
    expect((await card.state()).visible).toBe(false);
    // The reader hovers it: the card opens, and the page still sees nothing of it.
    await page.mouse.move(p.x, p.y);
    await card.waitFor('visible');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('vankien-card');
      return { root: host?.shadowRoot ?? null, text: host?.textContent ?? '', children: host?.children.length ?? 0 };
    });
    expect(seen).toEqual({ root: null, text: '', children: 0 });
    await page.close();
  });

  it('a page whose elements are named "browser" and "chrome" is highlighted all the same', async () => {
    // The article page with elements that every world sees as the globals `browser` and `chrome`.
    const html = readFileSync(join(ROOT, 'test/e2e/pages/article.html'), 'utf8')
      .replace('<body>', '<body>\n<form id="browser" hidden><input name="runtime" id="chrome"></form>');
    for (const p of browser.context.pages()) await p.close();
    const page = await browser.context.newPage();
    await page.route('**/pages/clobbered.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(server.url('/pages/clobbered.html'));
    const h = await waitForHighlights(page, 9);
    expect(h.party.length).toBeGreaterThanOrEqual(9);
    await page.close();
  });

  it('cannot learn the extension id, switch VanKien off, or make it rescan', async () => {
    for (const p of browser.context.pages()) await p.close();
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const spy = window as unknown as Spy;
      spy.__messages = [];
      addEventListener('message', (e) => spy.__messages.push(JSON.stringify(e.data)));
    });
    await page.goto(server.url('/pages/article.html'));
    await page.bringToFront();
    await waitForHighlights(page, 9);
    // WXT announces a starting script to the page by postMessage, with the extension's id: not here.
    const messages = await page.evaluate(() => (window as unknown as Spy).__messages);
    expect(messages.filter((m) => m.includes(browser.extensionId) || m.includes('wxt'))).toEqual([]);
    // An attacker who knows the id anyway (it is public for a store extension) echoes WXT's events.
    const scans = () => page.evaluate(() => performance.getEntriesByName('vankien:detect').length);
    const before = await scans();
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:news:wxt:content-script-started`, { detail: { contentScriptName: 'news', messageId: 'page' } }));
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${id}:news:wxt:locationchange`));
    }, browser.extensionId);
    await page.waitForTimeout(1500);
    expect((await highlights(page)).party).toHaveLength(9);
    expect(await scans()).toBe(before);
    // Still alive: the card opens on the reader's hover.
    const p = await pointAtHighlight(page, 'Kết luận 40');
    await page.mouse.move(p.x, p.y);
    await cardOf(page).waitFor('visible');
    await page.close();
  });
});

describe('pages that change', () => {
  it('a section page a script turns into an article (pushState, new metadata): the gate lets the rest come', async () => {
    const page = await open('/pages/spa-listing.html');
    await page.waitForTimeout(800);
    const before = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('vankien:')));
    expect(before).toEqual(['vankien:gate']);
    await page.evaluate(() => (window as unknown as { openArticle(): void }).openArticle());
    const h = await waitForHighlights(page, 2);
    expect(h.party).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận 40']);
    await page.close();
  });

  it('highlights an article rendered by script, and again after the framework re-renders it, never twice', async () => {
    const page = await open('/pages/rerender.html');
    let h = await waitForHighlights(page, 2);
    expect(h.party).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận 40']);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party')?.size === 3, null, { timeout: 10_000 });
    h = await highlights(page);
    expect(h.party).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận 40', 'Chỉ thị số 05-CT/TW']);
    // The old ranges point into removed nodes: none may remain.
    const stale = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party') ?? [])].filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
    await page.close();
  });
});

describe('a legal database\'s page of one document', () => {
  it('highlights the references in the document\'s text, not in the site\'s sidebar, and explains the document itself', async () => {
    const page = await open('/sites/legal/tvpl-party-resolution.html');
    const { party } = await waitForHighlights(page, 2);
    expect(party).toContain('Nghị quyết Trung ương 4 khóa XII');
    // The related-documents column names other resolutions: not part of the document.
    expect(party.some((t) => /40-KL\/TW|70-QĐ\/TW/.test(t))).toBe(false);
    const own = party.find((t) => t.includes('18-NQ/TW'));
    expect(own).toBeDefined();
    const p = await pointAtHighlight(page, own!);
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    const rows = await card.texts('.row');
    expect(rows.find((r) => r.startsWith('Ngày ban hành'))).toContain('25/10/2017');
    expect(rows.find((r) => r.startsWith('Khóa'))).toContain('XII');
    await page.screenshot({ path: join(ARTIFACTS, 'legal-document-page.png') });
    await page.close();
  });
});

describe('a government portal\'s article (*.gov.vn, Liferay layout)', () => {
  it('highlights the article\'s references, not the portal\'s other news', async () => {
    const page = await open('/sites/hanoi-gov-article.html');
    const { party } = await waitForHighlights(page, 2);
    expect(party.some((t) => t.includes('66-NQ/TW'))).toBe(true);
    expect(party.some((t) => t.includes('119-KL/TW'))).toBe(true);
    expect(party.some((t) => /24-CT\/TU|137-KL\/TW/.test(t))).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'gov-portal-article.png') });
    await page.close();
  });
});

describe('a blog platform, read only where a page is in Vietnamese', () => {
  const onBlog = (blog: string, path: string) => `http://${blog}.blogspot.com:${new URL(server.url('/')).port}${path}`;

  it('highlights a Vietnamese post', async () => {
    const page = await open('/pages/article.html');
    await page.goto(onBlog('gocnhin', '/pages/blog/sinh-hoat-chi-bo-thang-ba.html'));
    const { party } = await waitForHighlights(page, 2);
    expect(party.some((t) => t.includes('57-NQ/TW'))).toBe(true);
    expect(party.some((t) => t.includes('144-QĐ/TW'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'blog-vietnamese-post.png') });
    await page.close();
  });

  it('leaves an English post alone after one look at its language', async () => {
    const page = await open('/pages/article.html');
    await page.goto(onBlog('townnews', '/pages/blog/garden-in-march.html'));
    await page.waitForTimeout(1500);
    expect(await highlights(page)).toEqual({ party: [], state: [], focus: [] });
    const measures = await page.evaluate(() => performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('vankien:')).map((m) => ({ name: m.name, detail: (m as PerformanceMeasure).detail as { load?: boolean; reason?: string } | null })));
    expect(measures.map((m) => m.name)).toEqual(['vankien:gate']);
    expect(measures[0].detail?.reason).toMatch(/not a page in Vietnamese/);
    await page.close();
  });
});

describe('a .vn site VanKien does not list', () => {
  const onSite = (path: string) => `http://tin-phuong-thu-nghiem.vn:${new URL(server.url('/')).port}${path}`;

  it('highlights an article recognised by its address alone, out of the box', async () => {
    const page = await open('/pages/article.html');
    await page.goto(onSite('/pages/vn/hoi-nghi-quan-triet-nghi-quyet-cua-dang-uy-phuong.html'));
    const { party } = await waitForHighlights(page, 2);
    expect(party.some((t) => t.includes('66-NQ/TW'))).toBe(true);
    expect(party.some((t) => t.includes('119-KL/TW'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'unlisted-vn-article.png') });
    await page.close();
  });

  it('its other pages pay for the first stage\'s one decision and nothing else', async () => {
    const page = await open('/pages/article.html');
    await page.goto(onSite('/pages/vn/lien-he.html'));
    await page.waitForTimeout(1500);
    expect(await highlights(page)).toEqual({ party: [], state: [], focus: [] });
    const measures = await page.evaluate(() => performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('vankien:')).map((m) => ({ name: m.name, detail: (m as PerformanceMeasure).detail as { load?: boolean } | null })));
    expect(measures.map((m) => m.name)).toEqual(['vankien:gate']);
    expect(measures[0].detail?.load).toBe(false);
    await page.close();
  });
});

describe('pages VanKien must leave alone', () => {
  it('a listing page gets no highlight and no badge, even in a tab that showed an article\'s count (it sends nothing)', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    await expect.poll(() => badgeOf(browser.worker)).not.toBe('');
    await page.goto(server.url('/sites/vnexpress-listing.html'));
    await page.waitForTimeout(1500);
    expect(await highlights(page)).toEqual({ party: [], state: [], focus: [] });
    expect(await badgeOf(browser.worker)).toBe('');
    // Only the first stage ran: it read the address and stopped; the page script never came.
    const measures = await page.evaluate(() => performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('vankien:')).map((m) => ({ name: m.name, detail: (m as PerformanceMeasure).detail as { load?: boolean } | null })));
    expect(measures.map((m) => m.name)).toEqual(['vankien:gate']);
    expect(measures[0].detail?.load).toBe(false);
    await page.close();
  });

  it('an article loads the page script: the gate, then detection and highlights', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    const names = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('vankien:')));
    expect(names[0]).toBe('vankien:gate');
    expect(names).toContain('vankien:detect');
    expect(names).toContain('vankien:scan');
    await page.close();
  });

  it('the card\'s code comes with the highlights (no message of the page\'s own, no wait at the first hover), once', async () => {
    for (const p of browser.context.pages()) await p.close();
    const page = await browser.context.newPage();
    // Every script the page's frames evaluate, the extension's isolated ones included.
    const cdp = await browser.context.newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    // What the page's scripts ask the background: a listener of ours beside the background's own.
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as { __asked?: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => undefined): void } } } };
      if (!g.__asked) g.chrome.runtime.onMessage.addListener((m) => void g.__asked!.push(String(m?.type)));
      g.__asked = [];
    });
    await page.goto(server.url('/pages/article.html'));
    await page.bringToFront();
    await waitForHighlights(page, 9);
    const cards = () => parsed.filter((u) => u.endsWith('/card.js')).length;
    await expect.poll(cards).toBe(1);
    expect(parsed.filter((u) => u.endsWith('/page.js'))).toHaveLength(1);
    const p = await pointAtHighlight(page, 'Kết luận 40');
    await page.mouse.move(p.x, p.y);
    await cardOf(page).waitFor('visible');
    expect(cards()).toBe(1);
    // Asked: the second stage, the engine; the badge and the card came with the engine's answer.
    expect(await browser.worker.evaluate(() => (globalThis as unknown as { __asked: string[] }).__asked)).toEqual(['load-page-script', 'extract']);
    await cdp.detach();
    await page.close();
  });

  it('the scripts that run in pages carry neither the polyfill nor the storage library (the page pays to evaluate them)', () => {
    // WXT's build once slipped `import { storage } from 'wxt/utils/storage'` into a module whose
    // parameter was named `storage`: 8 KB more for every article, found only in a profile.
    for (const file of ['news-gate.js', 'page.js', 'card.js', 'legal.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toContain('@wxt-dev/storage');
      expect(code, file).not.toContain('This script should only be loaded in a browser extension');
    }
  });

  it('a page of an unsupported site is never touched', async () => {
    const page = await open('/pages/unsupported.html');
    await page.waitForTimeout(1500);
    expect(await highlights(page)).toEqual({ party: [], state: [], focus: [] });
    const untouched = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML);
    expect(untouched).toBe(true);
    expect(await page.locator('vankien-card').count()).toBe(0);
    await page.close();
  });
});

describe('looks', () => {
  it('stays readable on a dark page', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addStyleTag({ content: 'body { background: #121212 !important; color: #e6e6e6 !important; } .box-inline { background: #1e1e1e !important; }' });
    const p = await pointAtHighlight(page, 'Nghị định số 178/2024/NĐ-CP');
    await page.mouse.move(p.x, p.y);
    const card = cardOf(page);
    await card.waitFor('visible');
    await page.screenshot({ path: join(ARTIFACTS, 'article-dark-card-state.png') });
    // The card follows the dark scheme, and its text stays readable (WCAG AA contrast, 4.5:1).
    const { color, background } = (await card.colours())!;
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [fg, bg] = [luminance(color), luminance(background)];
    expect(bg).toBeLessThan(0.1); // a dark card on a dark page
    expect((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});

describe('the card\'s place', () => {
  for (const [width, height, scheme] of [[1366, 768, 'light'], [1280, 900, 'dark'], [390, 844, 'light']] as const) {
    it(`never covers the reference and stays on screen at ${width}×${height} (${scheme}), following it as the page scrolls`, async () => {
      const page = await open('/pages/article.html');
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await waitForHighlights(page, 9);
      // Room to scroll on a tall window (a style, not a node: the page's text is unchanged).
      await page.evaluate(() => { document.documentElement.style.paddingBottom = '1200px'; });
      const p = await pointAtHighlight(page, 'Quy định số 144-QĐ/TW'); // scrolled to mid-screen
      await page.mouse.move(p.x, p.y);
      const card = cardOf(page);
      await card.waitFor('visible');
      const mention = await page.evaluate(() => {
        const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party') ?? [])].find((x) => x.toString() === 'Quy định số 144-QĐ/TW')!;
        const b = r.getClientRects()[0];
        return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight };
      });
      const box = (await card.box())!;
      const overlaps = box.left < mention.right && mention.left < box.right && box.top < mention.bottom && mention.top < box.bottom;
      expect(overlaps).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(mention.vw);
      expect(box.bottom).toBeLessThanOrEqual(mention.vh);
      await page.screenshot({ path: join(ARTIFACTS, `card-place-${width}x${height}-${scheme}.png`) });
      // The page scrolls a little under the open card: the card moves with its reference.
      const dy = await page.evaluate(() => {
        const y = window.scrollY;
        window.scrollBy(0, 40);
        if (window.scrollY === y) window.scrollBy(0, -40); // at the bottom of the page: scroll up
        return window.scrollY - y;
      });
      expect(dy).not.toBe(0);
      // It moves with its reference, or, on its side with less room now, holds against the window's
      // edge and scrolls inside — never over the reference, never off the screen.
      await expect.poll(async () => {
        const b = (await card.box())!;
        const moved = Math.round(b.top - box.top) === -dy;
        const held = Math.round(b.top) === 8 && b.bottom <= mention.top - dy;
        return moved || held;
      }, { timeout: 3000 }).toBe(true);
      await page.close();
    });
  }
});

describe('reader settings', () => {
  it('applies the reader\'s colours without touching the page DOM, and switches state documents off live', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    const set = (value: object) => browser.worker.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v }), value);
    await set({ highlight: true, stateDocuments: true, customSites: [], colors: { party: '#1e3a8a', state: '#dfe7ef' } });
    await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('vankien-party') && r.cssText.includes('rgb(30, 58, 138)'))), null, { timeout: 10_000 });
    await waitForHighlights(page, 9);
    expect(await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'article-custom-colours.png') });
    await set({ highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' } });
    // The page is re-scanned with the new settings: state documents gone, party ones back.
    await expect.poll(async () => { const h = await highlights(page); return [h.party.length, h.state.length]; }, { timeout: 10_000 }).toEqual([9, 0]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await set({ highlight: true, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' } });
    await page.close();
  });
});

describe('when the extension goes away', () => {
  it('removes every highlight and its card when the extension reloads, even after two quick settings changes', async () => {
    const page = await open('/pages/article.html');
    await waitForHighlights(page, 9);
    // Two quick settings changes first: each restarts the page's controller, and only one may survive.
    await browser.worker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local;
      const base = { highlight: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' } };
      void local.set({ settings: { ...base, stateDocuments: false } });
      await local.set({ settings: { ...base, stateDocuments: true } });
    });
    await expect.poll(async () => (await highlights(page)).state.length, { timeout: 10_000 }).toBe(2);
    await page.waitForTimeout(500);
    const p = await pointAtHighlight(page, 'Kết luận 40');
    await page.mouse.move(p.x, p.y);
    await cardOf(page).waitFor('visible');
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForFunction(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return !reg.has('vankien-party') && !document.querySelector('vankien-card');
    }, null, { timeout: 15_000 });
    const same = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML);
    expect(same).toBe(true);
    // Keep this test last in the file: the reloaded extension's worker starts only on demand.
    await page.close();
  });
});
