import { describe, expect, it } from 'vitest';
import { canonicalUrl, classifyUrl, siteFor, stripTracking } from '../../utils/article';
import { parseHtml } from './helpers';

const at = (url: string) => classifyUrl(url, siteFor(new URL(url).hostname));

describe('classifyUrl (layer 0)', () => {
  const table: Array<[string, 'veto' | 'negative' | 'positive' | 'unknown']> = [
    // Article ids per site
    ['https://vnexpress.net/doanh-nghiep-cong-nghe-duoc-uu-dai-thue-4860001.html', 'positive'],
    ['https://tuoitre.vn/sinh-vien-thi-y-tuong-20250312090512345.htm', 'positive'],
    ['https://dantri.com.vn/xa-hoi/ha-tinh-so-hoa-20250312144512345.htm', 'positive'],
    ['https://vtv.vn/chinh-tri/hoi-nghi-20250426221314741.htm', 'positive'],
    ['https://nhandan.vn/dong-thap-quan-triet-post870001.html', 'positive'],
    ['https://www.sggp.org.vn/tphcm-trien-khai-post780001.html', 'positive'],
    ['https://plo.vn/bai-viet-post800001.html', 'positive'],
    ['https://znews.vn/startup-viet-post1540001.html', 'positive'],
    ['https://tienphong.vn/bai-viet-post1700001.tpo', 'positive'],
    ['https://www.vietnamplus.vn/bai-viet-post1000001.vnp', 'positive'],
    ['https://en.vietnamplus.vn/hau-giang-post310001.vnp', 'positive'],
    ['https://vov.vn/chinh-tri/bai-viet-post1150001.vov', 'positive'],
    ['https://laodong.vn/thoi-su/trien-khai-1470001.ldo', 'positive'],
    ['https://cand.com.vn/thoi-su/bai-viet-i760001/', 'positive'],
    ['https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/quan-khu-9-820011', 'positive'],
    ['https://hanoimoi.vn/thu-do-di-dau-695432.html', 'positive'],
    ['https://www.tapchicongsan.org.vn/web/guest/chinh-tri/-/2018/1070001/dot-pha.aspx', 'positive'],
    ['https://dangcongsan.vn/thoi-su/ban-bi-thu-chi-dao-689001.html', 'positive'],
    ['https://tulieuvankien.dangcongsan.vn/he-thong-van-ban/van-ban-cua-dang/nghi-quyet-so-57-6587', 'positive'],
    ['https://vtcnews.vn/mo-rong-duong-ar994669.html', 'positive'],
    ['https://baocantho.com.vn/tap-trung-trien-khai-a196670.html', 'positive'],
    // Vetoes: home, media, listings, paging
    ['https://nhandan.vn/', 'veto'],
    ['https://vtcnews.vn', 'veto'],
    ['https://www.sggp.org.vn/index.html', 'veto'],
    ['https://tuoitre.vn/video/hoi-nghi-trien-khai-123456.htm', 'veto'],
    ['https://video.vnexpress.net/hoi-nghi-4860002.html', 'veto'],
    ['https://nhandan.vn/podcast/ban-tin-sang-post870002.html', 'veto'],
    ['https://cand.com.vn/eMagazine/bai-dac-biet-i760002/', 'veto'],
    ['https://laodong.vn/event/nghi-quyet-57-1234.ldo', 'veto'],
    ['https://vnexpress.net/tag/nghi-quyet-57-1234567', 'veto'],
    ['https://dantri.com.vn/chu-de/nghi-quyet-57.htm', 'veto'],
    ['https://tuoitre.vn/tim-kiem.htm?keywords=nghi+quyet', 'veto'],
    ['https://znews.vn/kinh-doanh-tai-chinh/trang-2.html', 'veto'],
    ['https://nhandan.vn/chinhtri?page=3', 'veto'],
    ['https://hanoimoi.vn/nghi-quyet-57-event1234.html', 'veto'],
    ['https://xaydungdang.tapchicongsan.org.vn/videos/hoi-nghi-5678.html', 'veto'],
    // Soft negatives: one-segment category without the article id
    ['https://znews.vn/kinh-doanh-tai-chinh.html', 'negative'],
    ['https://tuoitre.vn/thoi-su.htm', 'negative'],
    ['https://baocantho.com.vn/thoi-su/', 'negative'],
    ['https://laodong.vn/thoi-su/', 'negative'],
    // The URL cannot tell on these sites
    ['https://thanhnien.vn/toan-canh-hoi-nghi-185250312101010123.htm', 'unknown'],
    ['https://baochinhphu.vn/thu-tuong-chu-tri-102250312.htm', 'unknown'],
    ['https://dangcongsan.org.vn/tin-hoat-dong/bai-viet.html?categoryId=12', 'unknown'],
    ['https://tamnong.dcs.vn/tin-tuc/bai-viet.html', 'unknown'],
    ['https://example.com/a-1234567.html', 'unknown'],
    // Has the site but not the id deeper in the path: undecided, not negative
    ['https://nhandan.vn/chinhtri/xa-luan', 'unknown'],
  ];
  it.each(table)('%s → %s', (url, kind) => {
    expect(at(url).kind).toBe(kind);
  });

  it('never throws on junk', () => {
    expect(classifyUrl('not a url').kind).toBe('unknown');
    expect(classifyUrl('').kind).toBe('unknown');
  });
});

describe('stripTracking and canonicalUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest', () => {
    expect(stripTracking('https://nhandan.vn/a-post1.html?utm_source=fb&utm_medium=x&fbclid=IwAR#comments')).toBe(
      'https://nhandan.vn/a-post1.html',
    );
    expect(stripTracking('https://dangcongsan.org.vn/tin.html?categoryId=12&gclid=1&zarsrc=30')).toBe(
      'https://dangcongsan.org.vn/tin.html?categoryId=12',
    );
    expect(stripTracking('garbage')).toBe('garbage');
  });

  const page = (head: string) => parseHtml(`<html><head>${head}</head><body></body></html>`);

  it('prefers link[rel=canonical], then og:url, then the URL', () => {
    const url = 'https://nhandan.vn/x-post1.html?utm_source=a#top';
    expect(canonicalUrl(page('<link rel="canonical" href="/c-post2.html"><meta property="og:url" content="https://nhandan.vn/o-post3.html">'), url)).toBe(
      'https://nhandan.vn/c-post2.html',
    );
    expect(canonicalUrl(page('<meta property="og:url" content="https://nhandan.vn/o-post3.html?utm_campaign=z">'), url)).toBe(
      'https://nhandan.vn/o-post3.html',
    );
    expect(canonicalUrl(page(''), url)).toBe('https://nhandan.vn/x-post1.html');
  });

  it('skips a canonical that points a deep page at the home page, and non-http hrefs', () => {
    const url = 'https://vtcnews.vn/bai-viet-ar1.html';
    expect(canonicalUrl(page('<link rel="canonical" href="https://vtcnews.vn/">'), url)).toBe(url);
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">'), url)).toBe(url);
    expect(canonicalUrl(page('<link rel="canonical" href="https://vtcnews.vn">'), 'https://vtcnews.vn/')).toBe('https://vtcnews.vn/');
  });
});
