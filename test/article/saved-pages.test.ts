/**
 * Real pages saved by scrapers (see ../shared/data/pages/INDEX.md), read in place at test time.
 * Each is run twice: at its real URL, and at a test-host URL where the URL layer and the site
 * adapters cannot help, so the structured and text layers must decide alone.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/article';
import { loadSaved, savedHtml, scannedText } from './helpers';

interface ArticlePage {
  file: string;
  url: string;
  title: string;
  published: string;
  author?: string;
  /** Verified to be in the article text of the saved file. */
  phrase: string;
  /** In the page but outside the article text (sidebar, in-body teaser). */
  notScanned?: string;
}

const ARTICLES: ArticlePage[] = [
  {
    file: 'baocantho.com.vn__thanh-tra-kiem-tra-trong-tam.html',
    url: 'https://baocantho.com.vn/tap-trung-trien-khai-cac-dot-thanh-tra-kiem-tra-co-trong-tam-trong-diem-nhat-la-cac-linh-vuc-co-ng-a196670.html',
    title: 'Tập trung triển khai các đợt thanh tra, kiểm tra có trọng tâm, trọng điểm nhất là các lĩnh vực có nguy cơ',
    published: '2026-01-08',
    author: 'P.Y', // right-aligned "Tin, ảnh: P.Y"
    phrase: 'toàn ngành Thanh tra đã triển khai 66.032 cuộc thanh tra',
    notScanned: 'Nghị quyết số 57-NQ/TW',
  },
  {
    file: 'baolaocai.vn__song-dep-tu-nhung-dieu-gian-di.html',
    url: 'https://baolaocai.vn/song-dep-tu-nhung-dieu-gian-di-post404649.html',
    title: 'Sống đẹp từ những điều giản dị',
    published: '2025-06-17T13:43:02+07:00',
    phrase: 'hãy học từ việc nhỏ',
  },
  {
    file: 'nhandan.vn__danh-bai-argentina-world-cup.html',
    url: 'https://nhandan.vn/danh-bai-argentina-tay-ban-nha-vo-dich-world-cup-lan-thu-hai-post976641.html',
    title: 'Đánh bại Argentina, Tây Ban Nha vô địch World Cup lần thứ hai',
    published: '2026-07-20T06:31:56+07:00',
    author: 'TP',
    phrase: 'Bước ngoặt đến ở phút 106',
  },
  {
    file: 'vnexpress.net__dau-bung-keo-dai-lymphoma.html',
    url: 'https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html',
    title: 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non',
    published: '2025-10-22T19:25:00+07:00',
    author: 'Lê Phương',
    phrase: 'lymphoma đường ruột là u lympho ác tính',
  },
  {
    file: 'vtcnews.vn__mo-rong-duong-2000-ty.html',
    url: 'https://vtcnews.vn/mo-rong-duong-hon-2-000-ty-dong-giai-cuu-ket-xe-o-cua-ngo-phia-dong-tp-hcm-ar994669.html',
    title: "Mở rộng đường hơn 2.000 tỷ đồng 'giải cứu' kẹt xe ở cửa ngõ phía Đông TP.HCM",
    published: '2025-12-24T09:30:00+07:00',
    author: 'Lương Văn Ý',
    phrase: 'Theo quy định của Luật Đường bộ năm 2024',
  },
  {
    file: 'znews.vn__gia-vang-the-gioi-cao-nhat.html',
    url: 'https://znews.vn/gia-vang-the-gioi-cao-nhat-moi-thoi-dai-post1613516.html',
    title: 'Giá vàng thế giới cao nhất mọi thời đại',
    published: '2025-12-23T09:02:00+07:00',
    author: 'Anh Nguyễn',
    phrase: 'Chốt phiên giao dịch 22/12, giá vàng thế giới giao ngay tăng mạnh',
    // An in-body teaser (table.article) for another story.
    notScanned: 'Kỷ lục mới của giá vàng',
  },
];

const LISTINGS: Array<{ file: string; url: string }> = [
  { file: 'baocantho.com.vn__category-thoi-su.html', url: 'https://baocantho.com.vn/thoi-su/' },
  { file: 'vtcnews.vn__listing-tin-moi-nhat.html', url: 'https://vtcnews.vn/tin-moi-hom-nay.html' },
  { file: 'vtcnews.vn__listing-home.html', url: 'https://vtcnews.vn' },
  { file: 'znews.vn__category-kinh-doanh.html', url: 'https://znews.vn/kinh-doanh-tai-chinh.html' },
  { file: 'znews.vn__listing-home.html', url: 'https://znews.vn' },
];

const TEST_HOST = 'http://127.0.0.1:5173/page.html';

describe('saved article pages', () => {
  describe.each(ARTICLES)('$file', (page) => {
    const doc = loadSaved(page.file);

    it('the phrase really is in the saved file', () => {
      expect(doc.body.textContent?.normalize('NFC').replace(/\s+/g, ' ')).toContain(page.phrase);
    });

    it('is detected as an article with its metadata and body', () => {
      const d = detectArticle(doc, page.url);
      expect(d.isArticle, d.reason).toBe(true);
      expect(d.title).toBe(page.title);
      expect(d.published).toBe(page.published);
      expect(d.author).toBe(page.author);
      expect(d.canonicalUrl).toBe(page.url);
      expect(d.bodies.length).toBeGreaterThan(0);
      const text = scannedText(d);
      expect(text).toContain(page.phrase);
      // The body, not the whole page: navigation, sidebars and footers stay out.
      expect(text.length).toBeLessThan((doc.body.textContent ?? '').replace(/\s+/g, ' ').length * 0.7);
      if (page.notScanned) {
        expect(doc.body.textContent).toContain(page.notScanned);
        expect(text).not.toContain(page.notScanned);
      }
    });

    it('is still an article without the URL layer and the site adapters', () => {
      const d = detectArticle(loadSaved(page.file), TEST_HOST);
      expect(d.isArticle, d.reason).toBe(true);
      expect(scannedText(d)).toContain(page.phrase);
    });
  });
});

describe('saved listing and home pages', () => {
  describe.each(LISTINGS)('$file', (page) => {
    it('is not an article at its real URL', () => {
      const d = detectArticle(loadSaved(page.file), page.url);
      expect(d.isArticle, d.reason).toBe(false);
      expect(d.bodies).toEqual([]);
    });

    it('is not an article from the page content alone', () => {
      const d = detectArticle(loadSaved(page.file), TEST_HOST);
      expect(d.isArticle, d.reason).toBe(false);
      expect(d.decidedBy).not.toBe('url');
    });
  });

  it('znews category: "NewsArticle" teasers nested in an ItemList do not make it an article', () => {
    expect(savedHtml('znews.vn__category-kinh-doanh.html')).toContain('"NewsArticle"');
    const d = detectArticle(loadSaved('znews.vn__category-kinh-doanh.html'), TEST_HOST);
    expect(d.decidedBy).toBe('structured');
    expect(d.reason).toMatch(/CollectionPage/);
  });

  it('home pages are vetoed by the URL layer at their real URL', () => {
    for (const page of LISTINGS.filter((p) => new URL(p.url).pathname === '/')) {
      expect(detectArticle(loadSaved(page.file), page.url).decidedBy).toBe('url');
    }
  });
});

describe('timing', () => {
  it('detects the largest saved article quickly on a freshly parsed document', () => {
    const page = ARTICLES.reduce((a, b) => (savedHtml(a.file).length >= savedHtml(b.file).length ? a : b));
    detectArticle(loadSaved(page.file), page.url); // JIT warm-up
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const doc = loadSaved(page.file); // happy-dom caches query results: measure unseen documents
      const t = performance.now();
      detectArticle(doc, page.url);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    // happy-dom's selector engine is JS and far slower than a browser's; this only guards against
    // accidental quadratic work. The report quotes measured numbers.
    expect(runs[3]).toBeLessThan(150);
  });
});
