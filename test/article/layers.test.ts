/** The structured (L2) and text (L3) layers on their own. */
import { describe, expect, it } from 'vitest';
import { analyzeStructured, analyzeText } from '../../utils/article';
import { loadFixture, parseHtml } from './helpers';

const head = (inner: string) => parseHtml(`<!DOCTYPE html><html><head>${inner}</head><body><p>x</p></body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('analyzeStructured', () => {
  it('finds an Article in every block shape: object, array, @graph, array @type, mainEntity', () => {
    const shapes = [
      '{"@type":"NewsArticle","headline":"A"}',
      '[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"A"}]',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"A"}]}',
      '{"@type":["ReportageNewsArticle","CreativeWork"],"headline":"A"}',
      '{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"A"}}',
      '{"@type":"https://schema.org/NewsArticle","headline":"A"}',
    ];
    for (const json of shapes) {
      const s = analyzeStructured(head(ld('{"@type":"Organization","name":"Báo"}') + ld(json)));
      expect(s.article?.['headline'], json).toBe('A');
      expect(s.score).toBeGreaterThanOrEqual(3);
    }
  });

  it('repairs common JSON mistakes and survives garbage', () => {
    const repaired = analyzeStructured(head(ld('{"@type":"NewsArticle","headline":"Dòng 1\nDòng 2",}')));
    expect(repaired.article?.['headline']).toBe('Dòng 1 Dòng 2');
    for (const junk of ['{{{', 'null', '42', '"NewsArticle"', '[null, 1, "x"]', '']) {
      expect(() => analyzeStructured(head(ld(junk)))).not.toThrow();
      expect(analyzeStructured(head(ld(junk))).article).toBeUndefined();
    }
  });

  it('does not count Article teasers nested in an ItemList (znews categories)', () => {
    const s = analyzeStructured(head(ld(
      '{"@type":"CollectionPage","mainEntity":{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"t"}]}}',
    ) + '<meta property="og:type" content="website">'));
    expect(s.article).toBeUndefined();
    expect(s.score).toBeLessThanOrEqual(-2);
  });

  it('weights og:type, tt_page_type, published_time, microdata and articleBody', () => {
    expect(analyzeStructured(head('<meta property="og:type" content="article">')).score).toBe(1);
    expect(analyzeStructured(head('<meta property="og:type" content="website">')).score).toBe(-2);
    expect(analyzeStructured(head('<meta property="og:type" content="video.other">')).score).toBe(-2);
    // laodong categories: og:type=article with JSON-LD [WebPage, Organization] is not positive.
    expect(analyzeStructured(head('<meta property="og:type" content="article">' + ld('{"@type":["WebPage","Organization"]}'))).score).toBeLessThan(0);
    const tt = analyzeStructured(head('<meta name="tt_page_type" content="folder"><meta property="og:type" content="article">'));
    expect(tt.pageType).toBe('folder');
    expect(tt.score).toBeLessThan(-2);
    expect(analyzeStructured(head('<meta property="article:published_time" content="">')).score).toBe(0);

    const prose = '<p>' + 'Nội dung bài viết về Nghị quyết số 57-NQ/TW. '.repeat(8) + '</p>';
    const one = parseHtml(`<html><body><div itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="articleBody">${prose}</div></div></body></html>`);
    const s1 = analyzeStructured(one);
    expect(s1.articleBody?.getAttribute('itemprop')).toBe('articleBody');
    expect(s1.score).toBe(4);
    const teasers = '<div itemscope itemtype="https://schema.org/NewsArticle"><a href="#">t</a></div>'.repeat(5);
    expect(analyzeStructured(parseHtml(`<html><body>${teasers}</body></html>`)).score).toBeLessThan(0);
  });
});

describe('analyzeText', () => {
  const verdicts: Array<[string, string, string?]> = [
    ['nhandan-article.html', 'article'],
    ['tuoitre-article.html', 'article', 'div.detail-content'],
    ['hanoimoi-article.html', 'article', 'div.b-maincontent'],
    ['qdnd-article.html', 'article'],
    ['vnexpress-article.html', 'article', 'article.fck_detail'],
    ['dantri-article.html', 'article', 'div.singular-content'],
    ['znews-article.html', 'article'],
    ['dangcongsan-article.html', 'article', 'div.post-content'],
    ['tapchicongsan-article.html', 'article'],
    ['vietnamplus-en-article.html', 'article'],
    ['dcs-nukeviet-article.html', 'article', '#news-bodyhtml'],
    ['dcs-plain-article.html', 'article', '#noi-dung'],
    ['laodong-category.html', 'listing'],
    ['sggp-listing.html', 'listing'],
    ['vnexpress-listing.html', 'listing'],
    ['thanhnien-video.html', 'video'],
  ];
  it.each(verdicts)('%s → %s', (file, verdict, main) => {
    const a = analyzeText(loadFixture(file));
    expect(a.verdict, a.reason).toBe(verdict);
    if (main) expect(a.main?.matches(main)).toBe(true);
    if (verdict === 'article') expect(a.main).toBeDefined();
    else expect(a.main).toBeUndefined();
  });

  const para = (n: number) => `<p>Đoạn văn số ${n} của bài viết, trình bày nội dung triển khai nghị quyết tại cơ sở và kết quả bước đầu đạt được.</p>`;

  it('joins sections of one article into one main block', () => {
    const doc = parseHtml(`<html><body><nav><a href="/">Trang chủ</a></nav><div id="art"><h1>Tiêu đề bài viết về nghị quyết</h1>
      <section>${para(1)}${para(2)}${para(3)}</section><section><h2>Phần hai</h2>${para(4)}${para(5)}${para(6)}</section></div></body></html>`);
    const a = analyzeText(doc);
    expect(a.verdict).toBe('article');
    expect(a.main?.id).toBe('art');
  });

  it('climbs past wrappers that hold one paragraph each (VTC News)', () => {
    const wrapped = [1, 2, 3, 4, 5, 6].map((n) => `<div class="pic"><figure></figure><div class="w">${para(n)}</div></div>`).join('');
    const a = analyzeText(parseHtml(`<html><body><div id="body">${wrapped}</div></body></html>`));
    expect(a.verdict).toBe('article');
    expect(a.main?.id).toBe('body');
  });

  it('rejects a flat teaser list even with long summaries side by side', () => {
    const items = [1, 2, 3, 4, 5, 6, 7].map((n) => `<h3><a href="/a${n}.html">Tiêu đề tin số ${n} về hoạt động của các cấp ủy</a></h3>${para(n)}`).join('');
    const a = analyzeText(parseHtml(`<html><body><div class="list">${items}</div></body></html>`));
    expect(a.verdict).toBe('listing');
  });

  it('handles an empty document and one without a body', () => {
    expect(analyzeText(parseHtml('')).verdict).toBe('none');
    const doc = parseHtml('<html><body></body></html>');
    doc.documentElement.removeChild(doc.body);
    expect(() => analyzeText(doc)).not.toThrow();
  });
});
