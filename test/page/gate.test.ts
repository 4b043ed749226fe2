import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { detectArticle } from '../../utils/article';
import { SITES } from '../../utils/article/sites';
import { coveringHost } from '../../utils/article/url-shape';
import { gateHosts, gatePage, hasArticleMetadata } from '../../utils/page/gate';
import { FIXTURES, SAVED_PAGES, loadFixture, loadSaved, parseHtml } from '../article/helpers';

// The hosts the gate is built with (wxt.config.ts).
const HOSTS = gateHosts(SITES);
const SCOPES = Object.fromEntries(SITES.flatMap((s) => (s.only ? [[s.host, s.only]] : [])));
const gate = (html: string, url: string, testHosts = false) => gatePage({ doc: parseHtml(html), url, hosts: HOSTS, scopes: SCOPES, testHosts });

const page = (head: string, body = '<p>Tin tức trong ngày.</p>') => `<!DOCTYPE html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;
const OG_ARTICLE = '<meta property="og:type" content="article">';
const LD_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tin"}</script>';

// Our own pages: what the first stage decides from the address and the page's metadata.
const ROWS: Array<[name: string, html: string, url: string, load: boolean]> = [
  ['a home page', page(''), 'https://nhandan.vn/', false],
  ['a tag page', page(OG_ARTICLE), 'https://tuoitre.vn/tag/nghi-quyet-57.htm', false],
  ['a second page of a listing', page(''), 'https://baonghean.vn/thoi-su/trang-2.html', false],
  ['a section of a site whose articles all carry an id', page(''), 'https://vnexpress.net/thoi-su', false],
  ['…unless the page says it is an article', page(OG_ARTICLE), 'https://vnexpress.net/thoi-su', true],
  ['…in JSON-LD', page(LD_ARTICLE), 'https://vnexpress.net/thoi-su', true],
  ['an article with its id', page(''), 'https://vnexpress.net/tinh-uy-quan-triet-nghi-quyet-4812345.html', true],
  ['a party portal, whose article addresses vary', page(''), 'https://tapchicongsan.org.vn/media-story/-/asset_publisher/abc/content/bai-viet', true],
  ['a section of a site whose addresses say nothing', page(''), 'https://baonghean.vn/thoi-su', false],
  ['…its article', page(''), 'https://baonghean.vn/nghe-an-quan-triet-nghi-quyet-so-57-cua-bo-chinh-tri-10293417.html', true],
  ['…a page with a query', page(''), 'https://hcma.vn/tintuc?ItemID=31528', true],
  ['…a section page that says it is an article', page(OG_ARTICLE), 'https://baonghean.vn/thoi-su', true],
  ['a subdomain takes its site\'s shape', page(''), 'https://m.vnexpress.net/thoi-su', false],
  ['a site of its own under a listed domain', page(''), 'https://e.vnexpress.net/news/news', false],
  ['any-page mode: a page in Vietnamese', page('<title>Quán triệt nghị quyết của Đảng ủy xã</title>'), 'https://example.org/bai-viet', true],
  ['any-page mode: a page in English', '<html lang="en"><head><title>Weather today</title></head><body><h1>Sunny</h1></body></html>', 'https://example.org/weather', false],
  // Any other .vn site: a shop, a bank or a paper VanKien does not list; only what looks like an article loads.
  ['an unlisted .vn site: its home page', page(''), 'https://baotinhmoi.vn/', false],
  ['…a product page', page('<meta property="og:type" content="product">'), 'https://cuahang.com.vn/san-pham/ao-so-mi', false],
  ['…an account page', page(''), 'https://nganhang.com.vn/tai-khoan?tab=the', false],
  ['…an article by its slug', page(''), 'https://baotinhmoi.vn/tinh-uy-quan-triet-nghi-quyet-so-57', true],
  ['…an article by its number', page(''), 'https://tinhuy.example.vn/tin-tuc/2291.html', true],
  ['…an article by its query', page(''), 'https://congthongtin.example.vn/chi-tiet?id=20415', true],
  ['…a short address that says it is an article', page(OG_ARTICLE), 'https://baotinhmoi.vn/dai-hoi', true],
  ['…an article at the home page\'s address with its query (WordPress)', page(''), 'https://baotinhmoi.vn/?p=99', true],
  ['…(Joomla)', page(''), 'https://baotinhmoi.vn/index.php?option=com_content&view=article&id=88', true],
  ['…but not the home page with a tracking query', page(OG_ARTICLE), 'https://baotinhmoi.vn/?utm_source=facebook', false],
  ['…a listing with an article-like address stays a listing', page(''), 'https://baotinhmoi.vn/tin-tuc/trang-3.html', false],
  // Sites of everyone's pages in every language: only the pages VanKien is for load the rest.
  ['a blog platform: a post in Vietnamese', page('<title>Suy nghĩ về nghị quyết mới của Đảng</title>'), 'https://gocnhin.blogspot.com/2025/03/suy-nghi-ve-nghi-quyet.html', true],
  ['…a post in English, even on an article address', '<html lang="en"><head><title>My garden in March</title></head><body><h1>Tomatoes</h1></body></html>', 'https://garden.blogspot.com/2025/03/my-garden-in-march.html', false],
  ['…a Vietnamese blog\'s home page', page(''), 'https://gocnhin.blogspot.com/', false],
  ['a world broadcaster: its Vietnamese service', page('<title>Bộ Chính trị ban hành kết luận mới</title>'), 'https://www.bbc.com/vietnamese/articles/c7y0x1234567', true],
  ['…its English pages', '<html lang="en-GB"><head><title>Markets rally</title></head><body><h1>Markets rally</h1></body></html>', 'https://www.bbc.com/news/articles/c7y0x7654321', false],
  ['…an undeclared page whose headline is Vietnamese', '<html><head><title>BBC</title></head><body><h1>Hội nghị Trung ương bàn về nhân sự khóa mới</h1></body></html>', 'https://www.bbc.com/vietnamese/articles/c7y0x2222222', true],
  ['a law firm\'s site: a briefing on Vietnam', '<html lang="en"><head><title>Resolution 68 and private enterprise in Vietnam</title></head><body></body></html>', 'https://www.mondaq.com/corporate/1500001/resolution-68-and-private-enterprise', true],
  ['…a page about Vietnam said only by its address', '<html lang="en"><head><title>Private sector reform</title></head><body></body></html>', 'https://www.mondaq.com/viet-nam/corporate/1500002/private-sector-reform', true],
  ['…a briefing on another country', '<html lang="en"><head><title>Thailand: new tax incentives</title></head><body></body></html>', 'https://www.mondaq.com/thailand/tax/1500003/new-tax-incentives', false],
  ['an address that does not parse', page(''), 'not a url', true],
  ['a legal database\'s document, whatever its address', page(''), 'https://thuvienphapluat.vn/van-ban/Bo-may/Nghi-quyet-18-NQ-TW-123456.aspx?page=2', true],
  ['an older article whose id has another shape', page(''), 'https://tuoitre.vn/tinh-uy-quan-triet-nghi-quyet-1234567.htm', true],
  ['metadata: tt_page_type', page('<meta name="tt_page_type" content="article">'), 'https://vnexpress.net/thoi-su', true],
  ['metadata: og:type as a name', page('<meta name="og:type" content="article">'), 'https://vnexpress.net/thoi-su', true],
  ['metadata: the body\'s microdata', page('', '<div itemprop="articleBody"><p>Bài viết.</p></div>'), 'https://vnexpress.net/thoi-su', true],
  ['metadata: a schema.org address as the type', page('<script type="application/ld+json">{"@type":"https://schema.org/Report"}</script>'), 'https://vnexpress.net/thoi-su', true],
  ['a test page stands for its site by its canonical address', page('<meta name="vankien-test-site" content="vnexpress.net"><link rel="canonical" href="https://vnexpress.net/the-thao">'), 'http://127.0.0.1:8000/listing.html', false],
  ['a test page without an address to read loads', page('<meta name="vankien-test-site" content="vnexpress.net">'), 'http://127.0.0.1:8000/listing.html', true],
];

describe('the page gate', () => {
  it.each(ROWS)('%s', (_name, html, url, load) => {
    const v = gate(html, url, true);
    expect(v.load, v.reason).toBe(load);
  });

  it('a test page names its site only in builds for tests', () => {
    const html = page('<meta name="vankien-test-site" content="vnexpress.net"><link rel="canonical" href="https://vnexpress.net/the-thao">', '<p>An English listing.</p>').replace('lang="vi"', 'lang="en"');
    expect(gate(html, 'http://127.0.0.1:8000/x.html', true).load).toBe(false);
    // In the store build 127.0.0.1 is no site: only the any-page mode could have run the gate there.
    expect(gate(html, 'http://127.0.0.1:8000/x.html', false).reason).toBe('not a page in Vietnamese');
  });

  it('the site a test page names goes with the verdict (the background hands it to the page script), and only there', () => {
    const html = page('<meta name="vankien-test-site" content="vnexpress.net">');
    expect(gate(html, 'http://127.0.0.1:8000/x.html', true).testSite).toBe('vnexpress.net');
    expect(gate(html, 'https://vnexpress.net/bai-viet-dai-4800001.html', true).testSite).toBeUndefined();
    expect(gate(html, 'http://127.0.0.1:8000/x.html', false).testSite).toBeUndefined();
  });

  it('reads article metadata from Open Graph, article:* meta, microdata and JSON-LD', () => {
    expect(hasArticleMetadata(parseHtml(page('<meta property="article:published_time" content="2025-01-01">')))).toBe(true);
    expect(hasArticleMetadata(parseHtml(page('', '<div itemscope itemtype="https://schema.org/NewsArticle"></div>')))).toBe(true);
    expect(hasArticleMetadata(parseHtml(page('<script type="application/ld+json">{"@type":["BlogPosting"]}</script>')))).toBe(true);
    expect(hasArticleMetadata(parseHtml(page('<meta property="og:type" content="website"><script type="application/ld+json">{"@type":"WebSite"}</script>')))).toBe(false);
  });
});

/** The page's own address: its canonical link or og:url. */
function addressOf(doc: Document): string | undefined {
  return doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
}

describe('the hosts the gate is built with', () => {
  it('leaves the .vn papers to the domain\'s rule, and keeps every site it treats apart', () => {
    for (const h of ['baonghean.vn', 'thanhnien.vn', 'vietnamnews.vn']) expect(HOSTS, h).not.toContain(h);
    for (const h of ['vnexpress.net', 'tuoitre.vn', 'thuvienphapluat.vn', 'gov.vn', 'dcs.vn', 'hcma.vn', 'blogspot.com', 'bbc.com', 'vn']) expect(HOSTS, h).toContain(h);
  });
  it('drops a host only where the domain\'s rule then covers it, not another listed host\'s', () => {
    const dropped = SITES.map((s) => s.host).filter((h) => !HOSTS.includes(h));
    expect(dropped.length).toBeGreaterThan(100);
    for (const h of dropped) expect(coveringHost(h, HOSTS), h).toBe('vn');
    // English editions under a parent with article ids keep their own entry.
    for (const h of ['en.qdnd.vn', 'english.vov.vn']) expect(HOSTS, h).toContain(h);
  });
  it('still loads a paper\'s article by its metadata where its address says nothing', () => {
    expect(gate(page(OG_ARTICLE), 'https://baonghean.vn/bai-viet').load).toBe(true);
    expect(gate(page(''), 'https://baonghean.vn/bai-viet').load).toBe(false);
  });
});

describe('the gate never stops what detection would call an article', () => {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, load: () => loadFixture(f) })),
    ...readdirSync(path.join(FIXTURES, 'legal')).filter((f) => f.endsWith('.html')).map((f) => ({ name: `legal/${f}`, load: () => loadFixture(`legal/${f}`) })),
    ...(existsSync(SAVED_PAGES) ? readdirSync(SAVED_PAGES).filter((f) => f.endsWith('.html')).map((f) => ({ name: `saved/${f}`, load: () => loadSaved(f) })) : []),
  ];

  it('on every fixture and saved page with an address', () => {
    let articles = 0, stopped = 0, others = 0;
    for (const f of files) {
      const doc = f.load();
      const url = addressOf(doc);
      if (!url) continue;
      const d = detectArticle(doc, url);
      const v = gatePage({ doc, url, hosts: HOSTS, testHosts: false });
      if (d.isArticle) {
        articles++;
        expect(v.load, `${f.name}: ${v.reason}`).toBe(true);
      } else {
        others++;
        if (!v.load) stopped++;
      }
    }
    // The property holds over enough pages to mean something, and the gate does stop some listings.
    expect(articles).toBeGreaterThanOrEqual(25);
    expect(stopped).toBeGreaterThanOrEqual(10);
    expect(stopped).toBeLessThanOrEqual(others);
  });
});
