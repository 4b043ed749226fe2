// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureHtml } from '../article/helpers';
import type { PageController } from '../../utils/page/controller';
import { LIMITS } from '../../utils/limits';
import { parseMessage } from '../../utils/messages';
import {
  TEST_URL, loadPage, makeController, markedOfKind, markedTexts, marks, sleep, statuses, type Harness,
} from './helpers';

/** An invented Nhân Dân-style (family A) page: headline, lead, body (with a related box inside it). */
function article(title: string, lead: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<meta name="vankien-test-site" content="nhandan.vn">
<title>${title} | Báo Nhân Dân điện tử</title>
<link rel="canonical" href="https://nhandan.vn/binh-lam-ban-giai-phap-thuc-hien-nghi-quyet-post991234.html">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-08-14T10:30:00+07:00">
</head><body>
<header class="top"><nav><a href="/chinhtri">Chính trị</a> <a href="/kinhte">Kinh tế</a></nav></header>
<main class="main-content">
 <article class="article">
  <h1 class="article__title cms-title">${title}</h1>
  <div class="article__meta"><time datetime="2025-08-14T10:30:00+07:00">Thứ Năm, 14/08/2025 - 10:30</time></div>
  <div class="article__sapo cms-desc">${lead}</div>
  <div class="article__body cms-body" itemprop="articleBody">${body}</div>
 </article>
</main>
<footer class="footer"><p>Báo Nhân Dân điện tử. Giấy phép số 1234/GP-BTTTT.</p></footer>
</body></html>`;
}

const ARTICLE = article(
  'Bình Lâm bàn giải pháp thực hiện Nghị quyết số 57-NQ/TW',
  'Chiều 13/8, Thường trực Tỉnh ủy Bình Lâm làm việc với các sở, ngành về tiến độ thực hiện Kết luận số 128-KL/TW của Bộ Chính trị.',
  `
   <p>Mở đầu buổi làm việc, Phó Bí thư Tỉnh ủy cho biết tỉnh đã ban hành chương trình hành động thực hiện <b>Nghị quyết</b> số 57-<i>NQ/TW</i> của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.</p>
   <p>Theo báo cáo, nhiều sở vẫn chậm số hóa hồ sơ lưu trữ. Lãnh đạo tỉnh đề nghị bám sát Quy định số 144-QĐ/TW và nghiêm túc rút kinh nghiệm trong quý tới.</p>
   <p>Về phía chính quyền, tỉnh tiếp tục áp dụng Nghị định số 24/2023/NĐ-CP của Chính phủ khi chi trả phụ cấp cho cán bộ làm công tác chuyển đổi số ở cấp xã.</p>
   <div class="article__related"><a href="/tong-ket-post990002.html">Nhiều địa phương tổng kết Chỉ thị số 05-CT/TW</a></div>
   <p>Kết thúc buổi làm việc, các đại biểu thống nhất tiếp tục quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng trong từng chi bộ.</p>
  `,
);

/** The same page layout with no reference at all. */
const NO_REFS = article(
  'Bình Lâm đẩy mạnh số hóa hồ sơ hành chính ở cấp xã',
  'Chiều 13/8, lãnh đạo tỉnh Bình Lâm làm việc với các sở, ngành về tiến độ số hóa hồ sơ, thủ tục hành chính.',
  `
   <p>Mở đầu buổi làm việc, Phó Chủ tịch tỉnh cho biết nhiều xã đã hoàn thành việc số hóa sổ hộ tịch, nhưng việc cập nhật dữ liệu đất đai còn chậm do thiếu máy quét và nhân lực có chuyên môn.</p>
   <p>Các đại biểu đề nghị tỉnh sớm bố trí kinh phí tập huấn cho công chức cấp xã, đồng thời kết nối phần mềm một cửa với cơ sở dữ liệu dân cư để người dân không phải khai báo nhiều lần.</p>
  `,
);

const PARTY = [
  'Nghị quyết số 57-NQ/TW', // headline
  'Kết luận số 128-KL/TW', // lead
  'Nghị quyết số 57-NQ/TW', // across <b> and <i>
  'Quy định số 144-QĐ/TW',
  'Nghị quyết Hội nghị Trung ương 4 khóa XII',
];
const STATE = ['Nghị định số 24/2023/NĐ-CP'];
const ALL = [...PARTY.slice(0, 4), ...STATE, PARTY[4]];

/** The body of a new version of the article, as a framework would render it. */
const NEW_BODY = `<div class="article__body cms-body" itemprop="articleBody">
 <p>Bản cập nhật: Ban Thường vụ Tỉnh ủy yêu cầu các huyện hoàn thành việc sơ kết Chỉ thị số 35-CT/TW trước ngày 30 tháng 9, đồng thời báo cáo khó khăn, vướng mắc phát sinh ở cơ sở để tỉnh kịp thời tháo gỡ.</p>
 <p>Các đơn vị cũng được nhắc rà soát lại việc thực hiện Quy định số 144-QĐ/TW đối với đội ngũ cán bộ chủ chốt, nhất là người đứng đầu cơ quan, đơn vị trong toàn tỉnh.</p>
</div>`;

let harness: Harness | null = null;
function setup(...args: Parameters<typeof makeController>): Harness {
  harness = makeController(...args);
  return harness;
}

afterEach(() => {
  harness?.controller.destroy();
  harness = null;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('PageController on an article', () => {
  it('highlights every reference of the headline, lead and body, and nothing in the related box', async () => {
    loadPage(ARTICLE);
    const highlighted = vi.fn();
    const { controller } = setup({ onHighlighted: highlighted });
    await controller.start();
    expect(highlighted).toHaveBeenCalled(); // now there is something to clean up if the extension goes
    expect(markedTexts()).toEqual(ALL);
    expect(markedOfKind('party')).toEqual(PARTY);
    expect(markedOfKind('state')).toEqual(STATE);
    for (const t of markedTexts()) expect(t).not.toContain('05-CT');
    // The mention split over <b> and <i> is one item with several marks.
    const body = document.querySelector('.article__body')!;
    expect(body.querySelector('b vankien-mark')?.textContent).toBe('Nghị quyết');
    expect(body.querySelector('i vankien-mark')?.textContent).toBe('NQ/TW');
  });

  it('the badge gets the party and state document counts with the extraction: no page-status message after highlighting', async () => {
    loadPage(ARTICLE);
    const { controller, sent, badge } = setup();
    await controller.start();
    expect(badge).toEqual([{ partyDocuments: 4, stateDocuments: 1 }]);
    expect(sent).toEqual([]);
  });

  it('asks the engine once, with the article text, its date and the state setting', async () => {
    loadPage(ARTICLE);
    const { controller, extract } = setup();
    await controller.start();
    expect(extract).toHaveBeenCalledTimes(1);
    const [text, options] = extract.mock.calls[0];
    expect(options).toEqual({ articleDate: '2025-08-14', state: true });
    expect(text).toContain('Bình Lâm bàn giải pháp thực hiện Nghị quyết số 57-NQ/TW');
    expect(text).toContain('Kết luận số 128-KL/TW');
    expect(text).not.toContain('05-CT/TW'); // the related box
    expect(text).not.toContain('Giấy phép'); // the footer
  });

  it('exposes its state: one item per mention, each highlighted by the wrap engine', async () => {
    loadPage(ARTICLE);
    const { controller } = setup();
    await controller.start();
    const s = controller.state();
    expect(s.engine).toBe('wrap');
    expect(s.detection?.isArticle).toBe(true);
    expect(s.items).toHaveLength(ALL.length);
    expect(s.result?.mentions.map((m) => m.text)).toEqual(ALL);
    expect(s.items.map((i) => i.kind)).toEqual(['party', 'party', 'party', 'party', 'state', 'party']);
    s.items.forEach((item, i) => {
      expect(s.map!.text.slice(item.start, item.end)).toBe(s.result!.mentions[item.id].text);
      expect(s.result!.mentions[item.id].text).toBe(ALL[i]);
    });
    const ids = new Set(marks().map((m) => m.getAttribute('data-vankien-id')));
    expect(ids.size).toBe(s.items.length);
  });

  it('start() called again on a highlighted page leaves exactly the same highlights', async () => {
    loadPage(ARTICLE);
    const { controller, sent, badge } = setup();
    await controller.start();
    const once = document.body.innerHTML;
    await controller.start();
    expect(markedTexts()).toEqual(ALL);
    expect(document.body.innerHTML).toBe(once);
    expect(controller.state().items).toHaveLength(ALL.length);
    await controller.start();
    expect(markedTexts()).toEqual(ALL);
    // Each extraction carries the badge's news: no message on any of the scans, the same counts.
    expect(statuses(sent)).toHaveLength(0);
    expect(new Set(badge.map((b) => JSON.stringify(b)))).toEqual(new Set([JSON.stringify({ partyDocuments: 4, stateDocuments: 1 })]));
  });

  it('concurrent start() calls never double highlights; the superseded runs report nothing', async () => {
    loadPage(ARTICLE);
    const { controller, sent, badge } = setup();
    await Promise.all([controller.start(), controller.start(), controller.start()]);
    expect(markedTexts()).toEqual(ALL);
    expect(marks().filter((m) => m.parentElement?.closest('vankien-mark'))).toEqual([]); // no mark inside a mark
    expect(controller.state().items).toHaveLength(ALL.length);
    expect(sent).toEqual([]);
    expect(badge.at(-1)).toEqual({ partyDocuments: 4, stateDocuments: 1 });
  });

  it('destroy() restores the body byte-identical and stops listening', async () => {
    loadPage(ARTICLE);
    const before = document.body.innerHTML;
    const { controller, card } = setup();
    await controller.start();
    await controller.navigate('next');
    await vi.waitFor(() => expect(card.shown).toHaveLength(1));
    expect(document.body.innerHTML).not.toBe(before);
    controller.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(marks()).toHaveLength(0);
    expect(card.destroyed).toBe(true);
    expect(controller.state()).toMatchObject({ detection: null, result: null, map: null, items: [] });
    // Page edits after destroy trigger nothing.
    const { extract } = harness!;
    document.querySelector('.article__body p')!.append(' Thêm Kết luận số 121-KL/TW.');
    await sleep(600);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(marks()).toHaveLength(0);
  });

  it('destroy() while the engine is still working leaves the page untouched', async () => {
    loadPage(ARTICLE);
    const before = document.body.innerHTML;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { extractReferences } = await import('../../utils/refs');
    const { controller, sent } = setup({
      extract: async (text, options) => {
        await gate;
        return extractReferences(text, options);
      },
    });
    const started = controller.start();
    await sleep(10);
    controller.destroy();
    release();
    await started;
    expect(document.body.innerHTML).toBe(before);
    expect(sent).toEqual([]);
  });

  it('does nothing when the engine is unreachable (the background reloading)', async () => {
    loadPage(ARTICLE);
    const before = document.body.innerHTML;
    const { controller, sent } = setup({ extract: async () => { throw new Error('Extension context invalidated'); } });
    await expect(controller.start()).resolves.toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
    expect(sent).toEqual([]);
    expect(controller.state().items).toEqual([]);
  });

  it('a list naming several documents with one span is one highlight, counted as every document', async () => {
    loadPage(article(
      'Bình Lâm quán triệt hai nghị quyết mới của Bộ Chính trị',
      'Sáng 2/6, Ban Thường vụ Tỉnh ủy Bình Lâm tổ chức hội nghị trực tuyến tới 120 điểm cầu cơ sở trong toàn tỉnh.',
      `<p>Tại hội nghị, báo cáo viên trình bày những điểm mới của Nghị quyết 66 và 68 của Bộ Chính trị, nhấn mạnh yêu cầu hoàn thiện thể chế và tạo môi trường thuận lợi cho kinh tế tư nhân phát triển.</p>
       <p>Các cấp ủy được yêu cầu xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời hạn và báo cáo kết quả định kỳ mỗi quý về Ban Thường vụ Tỉnh ủy.</p>`,
    ));
    const { controller, badge, card } = setup();
    await controller.start();
    expect(markedTexts()).toEqual(['Nghị quyết 66 và 68']);
    expect(controller.state().result?.mentions.map((m) => m.key)).toEqual(['66-NQ/TW', '68-NQ/TW']);
    expect(controller.state().items).toHaveLength(1);
    expect(badge).toEqual([{ partyDocuments: 2, stateDocuments: 0 }]);
    await controller.navigate('next');
    await controller.navigate('next'); // one item: wraps onto itself
    await vi.waitFor(() => expect(card.shown).toHaveLength(2));
    for (const { model } of card.shown) {
      expect(model.heading).toBe('Nghị quyết số 66-NQ/TW');
      expect(model.alsoNamed).toEqual(['Nghị quyết số 68-NQ/TW']);
    }
  });

  it('works on a fixture page of the site it names (nhandan)', async () => {
    loadPage(fixtureHtml('nhandan-article.html'));
    const { controller, badge } = setup();
    await controller.start();
    expect(controller.state().detection?.site).toBe('nhandan.vn');
    expect(markedTexts().length).toBeGreaterThan(0);
    for (const t of markedTexts()) expect(t).toBe('Nghị quyết số 57-NQ/TW');
    expect(badge).toEqual([{ partyDocuments: 1, stateDocuments: 0 }]);
  });
});

describe('PageController: what it offers the library (page metadata is the page\'s to control)', () => {
  it('clips an oversized lead and headline at the source, and falls back to the page address for an oversized canonical URL', async () => {
    const huge = 'Lời dẫn rất dài về Nghị quyết số 57-NQ/TW. '.repeat(Math.ceil((LIMITS.lead + 500) / 40));
    const html = article('Tiêu đề ' + 'dài '.repeat(LIMITS.title / 2), huge,
      '<p>Tỉnh quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị tới toàn thể cán bộ, đảng viên trong tháng này.</p><p>Các sở, ngành xây dựng kế hoạch thực hiện cụ thể, phân công rõ người, rõ việc, rõ thời hạn hoàn thành.</p>')
      .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="https://nhandan.vn/${'x'.repeat(LIMITS.url)}">`);
    loadPage(html);
    const h = setup();
    await h.controller.start();
    const reply = h.controller.savePayload();
    if (!reply.ok) throw new Error(`not saveable: ${reply.reason}`);
    const a = reply.payload.article;
    expect(a.lead!.length).toBeLessThanOrEqual(LIMITS.lead);
    expect(a.lead!.endsWith('…')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(a.url).toBe(TEST_URL);
    expect(a.pageUrl).toBe(TEST_URL);
    // What the content script offers, the background accepts.
    expect(parseMessage({ type: 'save-article', payload: reply.payload })?.type).toBe('save-article');
  });

  it('an article too long for the library is still highlighted, and says why it cannot be saved', async () => {
    const para = '<p>Đoạn văn nhắc Nghị quyết số 57-NQ/TW của Bộ Chính trị về khoa học, công nghệ và đổi mới sáng tạo trong cả nước.</p>';
    loadPage(article('Bài rất dài', 'Lời dẫn ngắn.', para.repeat(Math.ceil(LIMITS.articleText / 100) + 10)));
    const h = setup();
    await h.controller.start();
    expect(marks().length).toBeGreaterThan(1000);
    const reply = h.controller.savePayload();
    expect(reply).toMatchObject({ ok: false, reason: 'too-long', limit: LIMITS.articleText });
    if (!reply.ok && reply.reason === 'too-long') expect(reply.length).toBeGreaterThan(LIMITS.articleText);
  }, 60_000);
});

describe('PageController where it must not highlight', () => {
  it('a listing page of a supported site: nothing highlighted, nothing sent (the new page\'s badge is empty already)', async () => {
    const html = fixtureHtml('sggp-listing.html');
    expect(html).toContain('Nghị quyết 57'); // there would be something to highlight
    loadPage(html);
    const before = document.body.innerHTML;
    const highlighted = vi.fn();
    const { controller, sent, extract } = setup({ onHighlighted: highlighted });
    await controller.start();
    expect(highlighted).not.toHaveBeenCalled(); // nothing to clean up: the content script starts no timer
    expect(sent).toEqual([]); // not even a message: the background worker is not woken
    expect(extract).not.toHaveBeenCalled();
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(controller.state().detection?.isArticle).toBe(false);
  });

  it.each([
    ['an unsupported host', ARTICLE, 'https://blog.example.org/nghi-quyet-57-post1.html'],
    ['a test host without the site meta', ARTICLE.replace(/<meta name="vankien-test-site"[^>]*>/, ''), TEST_URL],
    ['a test host naming an unsupported site', ARTICLE.replace('content="nhandan.vn"', 'content="example.org"'), TEST_URL],
  ])('%s: nothing at all (no message, no extraction, no change)', async (_name, html, url) => {
    loadPage(html, url);
    const before = document.body.innerHTML;
    const { controller, sent, extract } = setup();
    await controller.start();
    expect(sent).toEqual([]);
    expect(extract).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(before);
    expect(controller.state()).toMatchObject({ detection: null, items: [], engine: null });
    // Not even watching the page.
    document.body.append(document.createElement('div'));
    await sleep(500);
    expect(sent).toEqual([]);
  });

  it('the site meta is ignored on a real host', async () => {
    loadPage(ARTICLE, 'https://blog.example.org/bai-viet.html');
    const { controller, sent } = setup();
    await controller.start();
    expect(sent).toEqual([]);
    expect(marks()).toHaveLength(0);
  });

  it('settings.highlight=false: the article is reported, nothing is extracted or highlighted', async () => {
    loadPage(ARTICLE);
    const before = document.body.innerHTML;
    const { controller, sent, extract } = setup({ settings: { highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false } });
    await controller.start();
    expect(sent).toEqual([{ type: 'page-status', article: true, partyDocuments: 0, stateDocuments: 0 }]);
    expect(extract).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(before);
  });

  it('settings.stateDocuments=false: state documents are neither highlighted nor counted', async () => {
    loadPage(ARTICLE);
    const { controller, badge, extract } = setup({ settings: { highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false } });
    await controller.start();
    expect(extract.mock.calls[0][1]).toMatchObject({ state: false });
    expect(markedOfKind('state')).toEqual([]);
    expect(markedOfKind('party')).toEqual(PARTY);
    expect(badge).toEqual([{ partyDocuments: 4, stateDocuments: 0 }]);
    expect(document.body.textContent).toContain('Nghị định số 24/2023/NĐ-CP'); // still on the page, just unmarked
  });
});

describe('PageController card: keyboard and hover', () => {
  const focused = () => marks().filter((m) => m.hasAttribute('data-vankien-focus')).map((m) => m.textContent).join('');

  async function started(lang: 'vi' | 'en' = 'vi'): Promise<Harness> {
    loadPage(ARTICLE);
    const h = setup({ lang });
    await h.controller.start();
    return h;
  }

  it('navigate("next") walks the references in order, wraps around, and explains each', async () => {
    const { controller, card, loadCard } = await started();
    const headings: string[] = [];
    const expected = [
      'Nghị quyết số 57-NQ/TW', 'Kết luận số 128-KL/TW', 'Nghị quyết số 57-NQ/TW', 'Quy định số 144-QĐ/TW',
      'Nghị định số 24/2023/NĐ-CP', 'Nghị quyết Hội nghị Trung ương 4 khóa XII', 'Nghị quyết số 57-NQ/TW',
    ];
    for (let i = 0; i < expected.length; i++) {
      await controller.navigate('next');
      expect(focused().replace(/\s+/g, ' ')).toBe(ALL[i % ALL.length]);
      await vi.waitFor(() => expect(card.shown).toHaveLength(i + 1));
      headings.push(card.shown[i].model.heading);
    }
    expect(headings).toEqual(expected);
    expect(loadCard).toHaveBeenCalledTimes(1); // loaded once, on first use
    expect(card.shown.every((s) => s.lang === 'vi')).toBe(true);
  });

  it('navigate("previous") from nothing starts at the last reference and wraps to the first', async () => {
    const { controller, card } = await started();
    await controller.navigate('previous');
    expect(focused()).toBe('Nghị quyết Hội nghị Trung ương 4 khóa XII');
    await vi.waitFor(() => expect(card.shown).toHaveLength(1));
    expect(card.shown[0].model.heading).toBe('Nghị quyết Hội nghị Trung ương 4 khóa XII');
    await controller.navigate('previous');
    await vi.waitFor(() => expect(card.shown).toHaveLength(2));
    expect(card.shown[1].model.heading).toBe('Nghị định số 24/2023/NĐ-CP');
    expect(card.shown[1].model.party).toBe(false);
    await controller.navigate('next');
    await controller.navigate('next');
    expect(focused()).toBe('Nghị quyết số 57-NQ/TW');
    expect(controller.state().result?.mentions[0].text).toBe('Nghị quyết số 57-NQ/TW');
    await vi.waitFor(() => expect(card.shown).toHaveLength(4));
  });

  it('the card model carries the facts, the sentence and the language of the controller', async () => {
    const { controller, card } = await started('en');
    await controller.navigate('next');
    await controller.navigate('next');
    await controller.navigate('next');
    await controller.navigate('next');
    await vi.waitFor(() => expect(card.shown).toHaveLength(4));
    const { model, lang, anchor } = card.shown[3];
    expect(lang).toBe('en');
    expect(model.key).toBe('144-QĐ/TW');
    expect(model.heading).toBe('Quy định No. 144-QĐ/TW');
    expect(model.sentence).toBe('Lãnh đạo tỉnh đề nghị bám sát Quy định số 144-QĐ/TW và nghiêm túc rút kinh nghiệm trong quý tới.');
    // Nothing in the text but the article's date (14/8/2025, khóa XIII) says which 144-QĐ/TW: the
    // catalog's only one of that term is shown, each of its facts marked as the catalog's.
    expect(model.fields.find((f) => f.label === 'Issued by')).toMatchObject({ value: 'Bộ Chính trị', fromCatalog: true });
    expect(model.fields.every((f) => f.label === 'Number' || f.fromCatalog)).toBe(true);
    expect(model.guess).toBe(false);
    expect(anchor).toBeDefined();
  });

  it('navigating before the first scan finished waits for it', async () => {
    loadPage(ARTICLE);
    const { controller, card } = setup();
    void controller.start();
    await controller.navigate('next');
    expect(focused()).toBe('Nghị quyết số 57-NQ/TW');
    await vi.waitFor(() => expect(card.shown).toHaveLength(1));
  });

  it('navigate() does nothing on a page without references', async () => {
    loadPage(NO_REFS);
    const { controller, card, loadCard, sent, badge } = setup();
    await controller.start();
    expect(badge).toEqual([{ partyDocuments: 0, stateDocuments: 0 }]);
    expect(sent).toEqual([]);
    await controller.navigate('next');
    await sleep(20);
    expect(loadCard).not.toHaveBeenCalled();
    expect(card.shown).toEqual([]);
  });

  it('closeCard() hides the card and drops the focus; the next navigation starts over', async () => {
    const { controller, card } = await started();
    await controller.navigate('next');
    await controller.navigate('next');
    await vi.waitFor(() => expect(card.shown).toHaveLength(2));
    expect(focused()).toBe('Kết luận số 128-KL/TW');
    controller.closeCard();
    expect(card.hides).toBeGreaterThanOrEqual(1);
    expect(card.isOpen()).toBe(false);
    expect(focused()).toBe('');
    await controller.navigate('next');
    expect(focused()).toBe('Nghị quyết số 57-NQ/TW');
  });

  it('Escape closes an open card, and does nothing when it is closed', async () => {
    const { controller, card } = await started();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.hides).toBe(0); // never loaded: nothing to hide
    await controller.navigate('next');
    await vi.waitFor(() => expect(card.isOpen()).toBe(true));
    const hidesBefore = card.hides;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(card.isOpen()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.isOpen()).toBe(false);
    expect(card.hides).toBe(hidesBefore + 1);
    expect(focused()).toBe('');
  });

  it('hovering a reference shows its card after a short delay; leaving it hides the card', async () => {
    const { card } = await started();
    const target = marks().find((m) => m.textContent === 'Quy định số 144-QĐ/TW')!;
    expect(target).toBeDefined();
    let under: Element[] = [target];
    // happy-dom has no layout: the hit test is given the element under the pointer.
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => under });
    try {
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 20, bubbles: true }));
      expect(card.shown).toHaveLength(0); // not at once
      await vi.waitFor(() => expect(card.shown).toHaveLength(1), { timeout: 2000 });
      expect(card.shown[0].model.key).toBe('144-QĐ/TW');
      expect(card.shown[0].model.heading).toBe('Quy định số 144-QĐ/TW');
      under = [document.body];
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 400, clientY: 500, bubbles: true }));
      await vi.waitFor(() => expect(card.isOpen()).toBe(false), { timeout: 2000 });
    } finally {
      delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('ignores pointer and key events made by page script (they could open the card and read it)', async () => {
    loadPage(ARTICLE);
    const h = setup({ trusted: undefined }); // the real check: Event.isTrusted
    await h.controller.start();
    const target = marks().find((m) => m.textContent === 'Quy định số 144-QĐ/TW')!;
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [target] });
    try {
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 20, bubbles: true }));
      await sleep(600);
      expect(h.card.shown).toHaveLength(0);
      expect(h.loadCard).not.toHaveBeenCalled();
      // The same events pass once they count as the reader's.
      h.controller.destroy();
      const trusting = setup({ trusted: (e) => e.type === 'mousemove' });
      await trusting.controller.start();
      const again = marks().find((m) => m.textContent === 'Quy định số 144-QĐ/TW')!;
      Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [again] });
      again.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 20, bubbles: true }));
      await vi.waitFor(() => expect(trusting.card.shown).toHaveLength(1), { timeout: 2000 });
      // A synthetic Escape does not close it.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(trusting.card.isOpen()).toBe(true);
    } finally {
      delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('moving from the reference onto the card keeps it open', async () => {
    const { card } = await started();
    const target = marks().find((m) => m.textContent === 'Quy định số 144-QĐ/TW')!;
    const cardHost = document.createElement('vankien-card');
    cardHost.setAttribute('data-vankien-ui', '');
    document.body.append(cardHost);
    card.contains = (t) => t === cardHost;
    let under: Element[] = [target];
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => under });
    try {
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 20, bubbles: true }));
      await vi.waitFor(() => expect(card.isOpen()).toBe(true), { timeout: 2000 });
      under = [document.body]; // between the reference and the card
      document.body.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 40, bubbles: true }));
      await sleep(60);
      under = [cardHost];
      cardHost.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 60, bubbles: true }));
      await sleep(500);
      expect(card.isOpen()).toBe(true);
      expect(card.hides).toBe(0);
    } finally {
      delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('hit-tests at most once per animation frame, however many pointer moves arrive', async () => {
    await started();
    const hit = vi.fn(() => [] as Element[]);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: hit });
    try {
      for (let i = 0; i < 20; i++) document.dispatchEvent(new MouseEvent('mousemove', { clientX: i, clientY: i, bubbles: true }));
      await vi.waitFor(() => expect(hit).toHaveBeenCalled(), { timeout: 2000 });
      await sleep(50);
      expect(hit).toHaveBeenCalledTimes(1);
      expect(hit).toHaveBeenCalledWith(19, 19); // the latest position
    } finally {
      delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('a quick pass over a reference does not open the card', async () => {
    const { card } = await started();
    const target = marks()[0];
    let under: Element[] = [target];
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => under });
    try {
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 20, bubbles: true }));
      await sleep(40);
      under = [];
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 80, bubbles: true }));
      await sleep(400);
      expect(card.shown).toHaveLength(0);
    } finally {
      delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });
});

describe('PageController on pages that change', () => {
  async function started(): Promise<Harness> {
    loadPage(ARTICLE);
    const h = setup();
    await h.controller.start();
    expect(h.extract).toHaveBeenCalledTimes(1);
    return h;
  }

  const settle = (c: PageController) => c.idle;

  it('re-highlights the new content after the article body is replaced', async () => {
    const { controller, extract, sent, badge } = await started();
    const old = document.querySelector('.article__body')!;
    old.insertAdjacentHTML('afterend', NEW_BODY);
    old.remove();
    await vi.waitFor(() => expect(extract).toHaveBeenCalledTimes(2), { timeout: 2000 });
    await settle(controller);
    await vi.waitFor(() => expect(badge).toHaveLength(2));
    expect(markedTexts()).toEqual(['Nghị quyết số 57-NQ/TW', 'Kết luận số 128-KL/TW', 'Chỉ thị số 35-CT/TW', 'Quy định số 144-QĐ/TW']);
    expect(marks().every((m) => m.isConnected)).toBe(true);
    expect(controller.state().items).toHaveLength(4);
    expect(badge[1]).toEqual({ partyDocuments: 4, stateDocuments: 0 });
    expect(statuses(sent)).toEqual([]);
    // The removed body kept no marks either (the engine cleaned up after itself).
    expect(old.querySelectorAll('vankien-mark')).toHaveLength(0);
  });

  it('re-highlights after a paragraph is added inside the article body, once for a burst of edits', async () => {
    const { controller, extract } = await started();
    const body = document.querySelector('.article__body')!;
    for (const text of ['Đoạn bổ sung thứ nhất không nhắc văn bản nào.', 'Đoạn bổ sung thứ hai nhắc Chỉ thị số 35-CT/TW của Ban Bí thư.']) {
      const p = document.createElement('p');
      p.textContent = text;
      body.append(p);
      await sleep(50);
    }
    await vi.waitFor(() => expect(extract).toHaveBeenCalledTimes(2), { timeout: 2000 });
    await settle(controller);
    expect(markedTexts()).toEqual([...ALL, 'Chỉ thị số 35-CT/TW']);
    await sleep(600);
    expect(extract).toHaveBeenCalledTimes(2); // debounced, and its own marks cause no rescan
  });

  it('re-highlights after text inside the body is edited in place', async () => {
    const { controller, extract } = await started();
    const p = document.querySelectorAll('.article__body p')[1];
    p.textContent = 'Lãnh đạo tỉnh đề nghị thực hiện nghiêm Kết luận số 121-KL/TW trong quý tới.';
    await vi.waitFor(() => expect(extract).toHaveBeenCalledTimes(2), { timeout: 2000 });
    await settle(controller);
    expect(markedTexts()).toEqual(ALL.map((t) => (t === 'Quy định số 144-QĐ/TW' ? 'Kết luận số 121-KL/TW' : t)));
  });

  it('mutations outside the article (comments, ads) do not trigger a rescan', async () => {
    const { extract } = await started();
    const comments = document.createElement('div');
    comments.className = 'comments';
    comments.innerHTML = '<p>Bạn đọc Minh An: Tôi ủng hộ Nghị quyết số 18-NQ/TW.</p>';
    document.body.append(comments);
    document.querySelector('header.top')!.append(document.createElement('span'));
    document.querySelector('.footer p')!.textContent = 'Bản quyền thuộc Báo Nhân Dân.';
    await sleep(700);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(markedTexts()).toEqual(ALL);
  });

  it('showing, focusing and closing the card cause no rescan', async () => {
    const { controller, extract, card } = await started();
    await controller.navigate('next');
    await controller.navigate('next');
    await vi.waitFor(() => expect(card.shown).toHaveLength(2));
    controller.closeCard();
    await sleep(600);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('a non-article page that becomes an article (client rendering) is scanned again', async () => {
    const page = ARTICLE.replace(/<main[\s\S]*<\/main>/, '<main class="main-content" id="app"></main>');
    loadPage(page);
    const { controller, sent, badge, extract } = setup();
    await controller.start();
    expect(sent).toEqual([]);
    const main = /<main[\s\S]*<\/main>/.exec(ARTICLE)![0];
    document.getElementById('app')!.innerHTML = /<main[^>]*>([\s\S]*)<\/main>/.exec(main)![1];
    await vi.waitFor(() => expect(extract).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await controller.idle;
    expect(markedTexts()).toEqual(ALL);
    expect(badge).toEqual([{ partyDocuments: 4, stateDocuments: 1 }]);
    expect(sent).toEqual([]);
  });

  it('an article that becomes a listing (a script\'s navigation): the badge is emptied by a message, the only one', async () => {
    loadPage(ARTICLE);
    const { controller, sent, badge } = setup();
    await controller.start();
    expect(sent).toEqual([]);
    loadPage(fixtureHtml('sggp-listing.html'));
    await controller.start();
    expect(sent).toEqual([{ type: 'page-status', article: false, partyDocuments: 0, stateDocuments: 0 }]);
    expect(badge).toEqual([{ partyDocuments: 4, stateDocuments: 1 }, { partyDocuments: 0, stateDocuments: 0 }]);
  });

  it('on a page that is not an article, ads and counters coming and going cost no new detection', async () => {
    loadPage(fixtureHtml('sggp-listing.html'));
    const { controller, sent } = setup();
    await controller.start();
    const detect = vi.spyOn(performance, 'measure');
    for (let i = 0; i < 5; i++) {
      const ad = document.createElement('div');
      ad.innerHTML = `<iframe src="about:blank"></iframe><span>Quảng cáo ${i}</span>`;
      document.body.append(ad);
      await sleep(120);
    }
    await sleep(600);
    expect(detect.mock.calls.filter(([name]) => name === 'vankien:detect')).toHaveLength(0);
    expect(sent).toHaveLength(0);
    detect.mockRestore();
  });

  it('destroy() with a rescan pending: the page is not highlighted again', async () => {
    const { controller, extract } = await started();
    const p = document.createElement('p');
    p.textContent = 'Đoạn mới nhắc Kết luận số 121-KL/TW của Bộ Chính trị.';
    document.querySelector('.article__body')!.append(p);
    await sleep(20); // the mutation is seen, the rescan is scheduled
    const before = document.body.innerHTML;
    controller.destroy();
    const restored = document.body.innerHTML;
    expect(restored).not.toBe(before);
    expect(marks()).toHaveLength(0);
    await sleep(700);
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(restored);
    expect(extract).toHaveBeenCalledTimes(1);
  });
});
