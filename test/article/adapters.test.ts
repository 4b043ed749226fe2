/** Layer 1 details: fingerprints, preference order, drop-lists, fall-through on redesigns. */
import { describe, expect, it } from 'vitest';
import { detectArticle, siteFor } from '../../utils/article';
import { runAdapters } from '../../utils/article/adapters';
import { loadFixture, parseHtml, scannedText } from './helpers';

const P = (n: number) =>
  `<p>Đoạn ${n}: các cấp ủy tổ chức quán triệt Nghị quyết số 57-NQ/TW, xây dựng kế hoạch cụ thể và phân công rõ trách nhiệm thực hiện.</p>`;

describe('runAdapters', () => {
  it('prefers the inner body selector over an outer wrapper listed later', () => {
    const hit = runAdapters(loadFixture('tuoitre-article.html'), siteFor('tuoitre.vn'));
    expect(hit?.spec.id).toMatch(/family B/);
    expect(hit?.body.matches('div.detail-content')).toBe(true);
  });

  it('finds family markup on sites without a declared family (fingerprint only)', () => {
    const hit = runAdapters(loadFixture('nhandan-article.html'), siteFor('example.com'));
    expect(hit?.spec.id).toMatch(/family A/);
  });

  it('falls through when the markup changed (no body container), and the text layer takes over', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body>
      <h1 class="article__title cms-title">Tiêu đề sau khi đổi giao diện trang</h1><div class="new-body-2026">${P(1)}${P(2)}${P(3)}${P(4)}</div></body></html>`;
    const doc = parseHtml(html);
    expect(runAdapters(doc, siteFor('nhandan.vn'))).toBeUndefined();
    const d = detectArticle(doc, 'https://nhandan.vn/tieu-de-post1.html');
    expect(d.isArticle).toBe(true);
    expect(d.decidedBy).toBe('heuristic');
    expect(d.bodies.map((b) => b.className)).toEqual(['article__title cms-title', 'new-body-2026']);
  });

  it('refuses an article container that holds a teaser list (party-portal category pages)', () => {
    const teasers = [1, 2, 3, 4, 5]
      .map((n) => `<div class="item"><h3><a href="/tin-${n}.html">Tin hoạt động số ${n} của các đảng bộ trực thuộc</a></h3><p>Tóm tắt ngắn của tin số ${n}, đủ dài để có chữ.</p></div>`)
      .join('');
    const doc = parseHtml(`<html><body><h1>Tin hoạt động của Đảng bộ tỉnh</h1><div class="news-content">${teasers}</div></body></html>`);
    expect(runAdapters(doc, siteFor('hanoi.dcs.vn'))).toBeUndefined();
    expect(detectArticle(doc, 'https://hanoi.dcs.vn/tin-hoat-dong.html').isArticle).toBe(false);
  });

  it('accepts a dantri eMagazine without an h1 and takes the title from metadata', () => {
    const doc = parseHtml(`<html><head><meta property="og:title" content="Hành trình số hóa ở vùng cao | Báo Dân trí"></head><body>
      <div class="e-magazine__sapo">Câu chuyện về những cán bộ xã đưa dịch vụ công lên mạng.</div>
      <div class="e-magazine__body">${P(1)}${P(2)}${P(3)}</div></body></html>`);
    const d = detectArticle(doc, 'https://dantri.com.vn/emagazine-hanh-trinh/so-hoa-20250312144512345.htm');
    // "/emagazine" as a path segment is vetoed; the slug-like path here is not.
    expect(d.isArticle, d.reason).toBe(true);
    expect(d.decidedBy).toBe('adapter');
    expect(d.title).toBe('Hành trình số hóa ở vùng cao');
  });

  it('baochinhphu drops every non-content VCSortable box, keeping type=content', () => {
    const doc = parseHtml(`<html><body><h1 class="detail-title">Thủ tướng chủ trì phiên họp về Nghị quyết 57</h1>
      <h2 class="detail-sapo">(Chinhphu.vn) - Sáng 12/3, Thủ tướng chủ trì phiên họp chuyên đề.</h2>
      <div class="detail-content afcbc-body">${P(1)}${P(2)}
        <div class="VCSortableInPreviewMode" type="content"><p>Nội dung hộp trích dẫn vẫn thuộc bài viết.</p></div>
        <div class="VCSortableInPreviewMode" type="SimpleQuote"><p>Tham khảo thêm: Kết luận 40-KL/TW</p></div>
        <!-- 12/03/2025 08:00:00 --></div></body></html>`);
    const d = detectArticle(doc, 'https://baochinhphu.vn/thu-tuong-chu-tri-102250312080000000.htm');
    expect(d.reason).toMatch(/baochinhphu/);
    expect(d.lead).toBe('Sáng 12/3, Thủ tướng chủ trì phiên họp chuyên đề.');
    const text = scannedText(d);
    expect(text).toContain('Nội dung hộp trích dẫn');
    expect(text).not.toContain('Kết luận 40');
    expect(text).not.toContain('08:00:00'); // HTML comments are not text
  });

  it('VnExpress tt_page_type overrides its own article markup', () => {
    const doc = loadFixture('vnexpress-article.html');
    doc.querySelector('meta[name="tt_page_type"]')!.setAttribute('content', 'photo');
    const d = detectArticle(doc, 'https://vnexpress.net/doanh-nghiep-4860001.html');
    expect(d.isArticle).toBe(false);
    expect(d.decidedBy).toBe('adapter');
    expect(d.reason).toMatch(/tt_page_type=photo/);
  });
});
