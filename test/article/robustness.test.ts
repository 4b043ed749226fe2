/** detectArticle runs on every page of a supported site: it must never throw and never crawl. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/article';
import { loadFixture, parseHtml } from './helpers';

const URL_ = 'https://nhandan.vn/bai-viet-post1.html';
const para = 'Tỉnh ủy tổ chức hội nghị quán triệt, triển khai Nghị quyết số 57-NQ/TW đến cán bộ chủ chốt các cấp trong toàn tỉnh. ';

describe('malformed pages', () => {
  it('handles empty, headless, bodiless and rootless documents', () => {
    const docs = [parseHtml(''), parseHtml('<html></html>'), parseHtml('<p>chỉ một đoạn</p>')];
    const headless = parseHtml('<html><head><title>x</title></head><body><h1>Tiêu đề đủ dài</h1></body></html>');
    headless.documentElement.removeChild(headless.head);
    const bodiless = parseHtml('<html><body></body></html>');
    bodiless.documentElement.removeChild(bodiless.body);
    const rootless = parseHtml('<html><body></body></html>');
    rootless.removeChild(rootless.documentElement);
    for (const doc of [...docs, headless, bodiless, rootless]) {
      const d = detectArticle(doc, URL_);
      expect(d.isArticle).toBe(false);
      expect(d.bodies).toEqual([]);
      expect(typeof d.reason).toBe('string');
    }
  });

  it('handles a URL that does not parse', () => {
    const d = detectArticle(loadFixture('nhandan-article.html'), 'not a url');
    expect(d.isArticle).toBe(true); // the markup still says so
    expect(d.canonicalUrl).toBe('https://nhandan.vn/dong-thap-quan-triet-nghi-quyet-so-57-nqtw-post870001.html');
    expect(detectArticle(parseHtml(''), '').canonicalUrl).toBe('');
  });

  it('falls through bad JSON-LD, bad dates and junk metadata', () => {
    const doc = parseHtml(`<html><head>
      <script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"hôm qua","author":{"@type":"Person","name":"https://facebook.com/x"}}</script>
      <meta property="og:type" content="article"><link rel="canonical" href="http://"><meta property="og:url" content="">
      </head><body><h1>Một tiêu đề bài viết khá dài</h1><div>${('<p>' + para + '</p>').repeat(5)}</div></body></html>`);
    const d = detectArticle(doc, 'https://nhandan.vn/mot-tieu-de-post2.html');
    expect(d.isArticle).toBe(true);
    expect(d.decidedBy).toBe('structured');
    expect(d.published).toBeUndefined();
    expect(d.author).toBeUndefined();
    expect(d.title).toBe('Một tiêu đề bài viết khá dài');
    expect(d.canonicalUrl).toBe('https://nhandan.vn/mot-tieu-de-post2.html');
  });

  const boom = () => {
    throw new Error('boom');
  };

  it('falls through to the layers that still work when some DOM calls throw', () => {
    const doc = loadFixture('nhandan-article.html');
    Object.defineProperty(doc, 'querySelector', { value: boom });
    Object.defineProperty(doc, 'querySelectorAll', { value: boom });
    let d: ReturnType<typeof detectArticle> | undefined;
    expect(() => (d = detectArticle(doc, URL_))).not.toThrow();
    // Adapters and metadata read the document and fail; the text layer reads the body.
    expect(d!.decidedBy).toBe('heuristic');
    expect(d!.isArticle).toBe(true);
  });

  it('reports a failure instead of throwing when nothing can be read', () => {
    const doc = loadFixture('nhandan-article.html');
    for (const key of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'createTreeWalker']) Object.defineProperty(doc, key, { value: boom });
    for (const key of ['body', 'documentElement', 'head']) Object.defineProperty(doc, key, { get: boom });
    let d: ReturnType<typeof detectArticle> | undefined;
    expect(() => (d = detectArticle(doc, URL_))).not.toThrow();
    expect(d!.isArticle).toBe(false);
    expect(d!.bodies).toEqual([]);
    expect(d!.canonicalUrl).toBe(URL_);
  });
});

describe('large pages', () => {
  it('rejects a listing of 3,000 teasers in reasonable time', () => {
    const teaser = (i: number) =>
      `<article class="story"><a href="/t${i}-post${i}.html"><img src="/${i}.jpg"></a><h3><a href="/t${i}-post${i}.html">Tin số ${i} về hoạt động của cấp ủy cơ sở</a></h3><p>${para}</p></article>`;
    const html = `<html><body><main>${Array.from({ length: 3000 }, (_, i) => teaser(i)).join('')}</main></body></html>`;
    const doc = parseHtml(html);
    const t = performance.now();
    const d = detectArticle(doc, 'http://127.0.0.1:5173/listing.html');
    const ms = performance.now() - t;
    expect(d.isArticle).toBe(false);
    expect(d.decidedBy).toBe('heuristic');
    expect(ms).toBeLessThan(3000);
  });

  it('accepts a very long article and scans all of it', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><h1>Bài rất dài về việc thực hiện nghị quyết</h1>
      <div id="c">${('<p>' + para.repeat(3) + '</p>').repeat(800)}</div></body></html>`;
    const d = detectArticle(parseHtml(html), 'http://127.0.0.1:5173/long.html');
    expect(d.isArticle).toBe(true);
    expect(d.bodies.map((b) => b.id || b.tagName)).toEqual(['H1', 'c']);
  });
});
