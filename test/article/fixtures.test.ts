import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { detectArticle, type ArticleDetection } from '../../utils/article';
import { allInside, FIXTURES, loadFixture, scannedText } from './helpers';

interface Row {
  file: string;
  /** The URL the page would have on the real site. */
  url: string;
  isArticle: boolean;
  decidedBy: ArticleDetection['decidedBy'];
  site: string;
  canonicalUrl: string;
  title?: string;
  published?: string;
  author?: string;
  leadStart?: string;
  /** Selector the main text container (one of bodies) must match. */
  body?: string;
  /** Must be scanned (body text, captions). */
  scanned?: string[];
  /** Present in the page inside the body's related box (or comments, sidebars): must not be scanned. */
  notScanned?: string[];
}

const ROWS: Row[] = [
  {
    file: 'nhandan-article.html', url: 'https://nhandan.vn/dong-thap-quan-triet-nghi-quyet-so-57-nqtw-post870001.html',
    body: 'div.article__body', isArticle: true, decidedBy: 'adapter', site: 'nhandan.vn',
    canonicalUrl: 'https://nhandan.vn/dong-thap-quan-triet-nghi-quyet-so-57-nqtw-post870001.html',
    title: 'Đồng Tháp quán triệt Nghị quyết số 57-NQ/TW về khoa học, công nghệ',
    published: '2025-03-12T08:15:00+07:00', author: 'Minh Khoa', leadStart: 'Sáng 11/3, Ban Thường vụ Tỉnh ủy Đồng Tháp',
    scanned: ['Nghị quyết số 57-NQ/TW xác định', 'Quang cảnh hội nghị', 'quý II/2025'],
    notScanned: ['Kết luận 40-KL/TW', 'Tin liên quan', 'Khánh thành cầu vượt'],
  },
  {
    file: 'tuoitre-article.html', url: 'https://tuoitre.vn/sinh-vien-tphcm-thi-y-tuong-chuyen-doi-so-20250312090512345.htm',
    body: 'div.detail-content', isArticle: true, decidedBy: 'adapter', site: 'tuoitre.vn',
    canonicalUrl: 'https://tuoitre.vn/sinh-vien-tphcm-thi-y-tuong-chuyen-doi-so-20250312090512345.htm',
    title: 'Sinh viên TP.HCM thi ý tưởng chuyển đổi số theo tinh thần Nghị quyết 57',
    published: '2025-03-12T09:05:00+07:00', author: 'Thanh Hà', leadStart: 'Hơn 200 đội thi từ 30 trường',
    scanned: ['bám sát các nhiệm vụ mà Nghị quyết số 57-NQ/TW', 'Các đội thi trình bày ý tưởng'],
    notScanned: ['Kết luận 40-KL/TW', 'Chưa có bình luận'],
  },
  {
    file: 'hanoimoi-article.html', url: 'https://hanoimoi.vn/thu-do-di-dau-dua-nghi-quyet-57-vao-cuoc-song-695432.html',
    body: 'div.b-maincontent', isArticle: true, decidedBy: 'adapter', site: 'hanoimoi.vn',
    canonicalUrl: 'https://hanoimoi.vn/thu-do-di-dau-dua-nghi-quyet-57-vao-cuoc-song-695432.html',
    title: 'Thủ đô đi đầu đưa Nghị quyết 57 vào cuộc sống',
    published: '2025-03-12T10:20:00+07:00', author: 'Ngọc Lan', leadStart: 'Hà Nội xác định chuyển đổi số',
    scanned: ['Thực hiện Nghị quyết số 57-NQ/TW, Thành ủy Hà Nội'],
    notScanned: ['Kết luận 40', 'Bài liên quan'],
  },
  {
    file: 'qdnd-article.html', url: 'https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/quan-khu-9-trien-khai-nghi-quyet-57-nq-tw-820011',
    body: 'div.post-content', isArticle: true, decidedBy: 'adapter', site: 'qdnd.vn',
    canonicalUrl: 'https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/quan-khu-9-trien-khai-nghi-quyet-57-nq-tw-820011',
    title: 'Quân khu 9 triển khai Nghị quyết 57-NQ/TW trong lực lượng vũ trang',
    published: '2025-03-12T11:30:00+07:00', author: 'Hữu Phước', leadStart: 'Đảng ủy Quân khu 9 vừa tổ chức',
    scanned: ['những quan điểm, mục tiêu của Nghị quyết số 57-NQ/TW'],
    notScanned: ['Kết luận 40', 'Xem thêm'],
  },
  {
    file: 'vnexpress-article.html', url: 'https://vnexpress.net/doanh-nghiep-cong-nghe-duoc-uu-dai-thue-4860001.html?utm_source=zalo#box_comment',
    body: 'article.fck_detail', isArticle: true, decidedBy: 'adapter', site: 'vnexpress.net',
    canonicalUrl: 'https://vnexpress.net/doanh-nghiep-cong-nghe-duoc-uu-dai-thue-4860001.html',
    title: 'Doanh nghiệp công nghệ được ưu đãi thuế theo Nghị quyết 57',
    published: '2025-03-12T07:00:00+07:00', author: 'Hoài Thu', leadStart: 'Bộ Tài chính đề xuất miễn thuế',
    scanned: ['hướng dẫn Nghị quyết số 57-NQ/TW', 'Một phòng thí nghiệm bán dẫn'],
    notScanned: ['Kết luận 40', 'Tin liên quan'],
  },
  {
    file: 'dantri-article.html', url: 'https://dantri.com.vn/xa-hoi/ha-tinh-so-hoa-ho-so-dat-dai-20250312144512345.htm',
    body: 'div.singular-content', isArticle: true, decidedBy: 'adapter', site: 'dantri.com.vn',
    canonicalUrl: 'https://dantri.com.vn/xa-hoi/ha-tinh-so-hoa-ho-so-dat-dai-20250312144512345.htm',
    title: 'Hà Tĩnh số hóa hồ sơ đất đai, thực hiện Nghị quyết 57',
    published: '2025-03-12T14:45:00+07:00', author: 'Quang Phong', leadStart: 'Hà Tĩnh đặt mục tiêu số hóa',
    scanned: ['thực hiện Nghị quyết số 57-NQ/TW', 'hơn 1,2 triệu hồ sơ địa chính'],
    notScanned: ['Kết luận 40'],
  },
  {
    file: 'znews-article.html', url: 'https://znews.vn/startup-viet-huong-loi-tu-nghi-quyet-57-post1540001.html',
    body: 'div.the-article-body', isArticle: true, decidedBy: 'adapter', site: 'znews.vn',
    canonicalUrl: 'https://znews.vn/startup-viet-huong-loi-tu-nghi-quyet-57-post1540001.html',
    title: 'Startup Việt hưởng lợi từ Nghị quyết 57',
    published: '2025-03-12T15:42:00+07:00', author: 'Lê Hoàng', leadStart: 'Quỹ đầu tư mạo hiểm trong nước',
    scanned: ['theo tinh thần Nghị quyết số 57-NQ/TW', 'khoảng 4.000 startup'],
    notScanned: ['Kết luận 40'],
  },
  {
    file: 'dangcongsan-article.html', url: 'https://dangcongsan.vn/thoi-su/ban-bi-thu-chi-dao-so-ket-viec-thuc-hien-nghi-quyet-57-nq-tw-689001.html',
    body: 'div.post-content', isArticle: true, decidedBy: 'adapter', site: 'dangcongsan.vn',
    canonicalUrl: 'https://dangcongsan.vn/thoi-su/ban-bi-thu-chi-dao-so-ket-viec-thuc-hien-nghi-quyet-57-nq-tw-689001.html',
    title: 'Ban Bí thư chỉ đạo sơ kết việc thực hiện Nghị quyết 57-NQ/TW',
    published: '2025-03-12T16:00:00+07:00', leadStart: 'Ban Bí thư yêu cầu các tỉnh ủy',
    scanned: ['cụ thể hóa Nghị quyết số 57-NQ/TW'],
    notScanned: ['Kết luận 40-KL/TW'],
  },
  {
    file: 'tapchicongsan-article.html', url: 'https://www.tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/1070001/dot-pha-phat-trien-khoa-hoc-cong-nghe.aspx',
    body: 'div.journal-content-article', isArticle: true, decidedBy: 'adapter', site: 'tapchicongsan.org.vn',
    canonicalUrl: 'https://www.tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/1070001/dot-pha-phat-trien-khoa-hoc-cong-nghe.aspx',
    title: 'Đột phá phát triển khoa học, công nghệ theo tinh thần Nghị quyết số 57-NQ/TW',
    published: '2025-03-12', leadStart: 'Bài viết phân tích những điểm mới',
    scanned: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
    notScanned: ['Kết luận 40-KL/TW', 'Bài học kinh nghiệm'],
  },
  {
    file: 'vietnamplus-en-article.html', url: 'https://en.vietnamplus.vn/hau-giang-rolls-out-resolution-57-on-science-and-technology-post310001.vnp',
    body: 'div.article__body', isArticle: true, decidedBy: 'adapter', site: 'en.vietnamplus.vn',
    canonicalUrl: 'https://en.vietnamplus.vn/hau-giang-rolls-out-resolution-57-on-science-and-technology-post310001.vnp',
    title: 'Hau Giang rolls out Resolution 57 on science and technology',
    published: '2025-03-12T10:00:00+07:00', author: 'Thu Trang', leadStart: 'The Mekong Delta province',
    scanned: ["Politburo's Resolution No. 57-NQ/TW", 'all eligible administrative procedures'],
    notScanned: ['Conclusion No. 40-KL/TW', 'Read more'],
  },
  {
    file: 'dcs-nukeviet-article.html', url: 'https://tinhuy.dcs.vn/news/tin-hoat-dong/tinh-uy-ban-hanh-ke-hoach-thuc-hien-nghi-quyet-57-nq-tw-1234.html',
    body: '#news-bodyhtml', isArticle: true, decidedBy: 'adapter', site: 'dcs.vn',
    canonicalUrl: 'https://tinhuy.dcs.vn/news/tin-hoat-dong/tinh-uy-ban-hanh-ke-hoach-thuc-hien-nghi-quyet-57-nq-tw-1234.html',
    title: 'Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết 57-NQ/TW',
    published: '2025-03-12T09:00:00+07:00', author: 'Hồng Nhung', leadStart: 'Ban Thường vụ Tỉnh ủy vừa ban hành',
    scanned: ['coi khoa học, công nghệ, đổi mới sáng tạo'],
    notScanned: ['Kết luận 40', 'Tin cùng chuyên mục'],
  },
  {
    // No JSON-LD, no Open Graph, no known CMS: only the text layer can accept it.
    file: 'dcs-plain-article.html', url: 'https://tamnong.dcs.vn/tin-tuc/dang-bo-huyen-tam-nong-hoc-tap-nghi-quyet-57.html?utm_source=facebook&fbclid=IwAR0abc#binh-luan',
    body: '#noi-dung', isArticle: true, decidedBy: 'heuristic', site: 'dcs.vn',
    canonicalUrl: 'https://tamnong.dcs.vn/tin-tuc/dang-bo-huyen-tam-nong-hoc-tap-nghi-quyet-57.html',
    title: 'Đảng bộ huyện Tam Nông học tập Nghị quyết 57',
    published: '2025-03-12T08:45:00+07:00', author: 'Văn Tâm',
    scanned: ['quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị', 'chuyển đổi số trong nông nghiệp'],
    notScanned: ['Kết luận 40', 'Trao Huy hiệu Đảng', 'Giấy phép số'],
  },
  {
    // og:type=article on a category page (as laodong does), JSON-LD [WebPage, Organization].
    file: 'laodong-category.html', url: 'https://laodong.vn/thoi-su/',
    isArticle: false, decidedBy: 'heuristic', site: 'laodong.vn', canonicalUrl: 'https://laodong.vn/thoi-su/',
  },
  {
    file: 'sggp-listing.html', url: 'https://www.sggp.org.vn/chinhtri/',
    isArticle: false, decidedBy: 'heuristic', site: 'sggp.org.vn', canonicalUrl: 'https://www.sggp.org.vn/chinhtri/',
  },
  {
    file: 'vnexpress-listing.html', url: 'https://vnexpress.net/thoi-su',
    isArticle: false, decidedBy: 'structured', site: 'vnexpress.net', canonicalUrl: 'https://vnexpress.net/thoi-su',
  },
  {
    file: 'thanhnien-video.html', url: 'https://thanhnien.vn/toan-canh-hoi-nghi-trien-khai-nghi-quyet-57-185250312101010123.htm',
    isArticle: false, decidedBy: 'structured', site: 'thanhnien.vn',
    canonicalUrl: 'https://thanhnien.vn/toan-canh-hoi-nghi-trien-khai-nghi-quyet-57-185250312101010123.htm',
  },
];

describe('fixtures: detectArticle', () => {
  it('has a row for every fixture file', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
    expect(ROWS.map((r) => r.file).sort()).toEqual(files);
  });

  describe.each(ROWS)('$file', (row) => {
    const doc = loadFixture(row.file);
    const d = detectArticle(doc, row.url);

    it(`isArticle=${row.isArticle}, decided by ${row.decidedBy}`, () => {
      expect({ isArticle: d.isArticle, decidedBy: d.decidedBy }, d.reason).toEqual({
        isArticle: row.isArticle, decidedBy: row.decidedBy,
      });
      expect(d.reason.length).toBeGreaterThan(5);
      expect(d.site).toBe(row.site);
      expect(d.canonicalUrl).toBe(row.canonicalUrl);
    });

    if (row.isArticle) {
      it('extracts title, date, author and lead', () => {
        expect(d.title).toBe(row.title);
        expect(d.published).toBe(row.published);
        expect(d.author).toBe(row.author);
        if (row.leadStart) expect(d.lead?.startsWith(row.leadStart), d.lead).toBe(true);
      });

      it('scans the body and skips the related box', () => {
        expect(d.bodies.length).toBeGreaterThan(0);
        expect(d.bodies.filter((b) => b.matches(row.body!))).toHaveLength(1);
        const order = d.bodies.map((b, i) => (i === 0 ? true : (d.bodies[i - 1].compareDocumentPosition(b) & 4) !== 0));
        expect(order.every(Boolean)).toBe(true);
        expect(allInside(d.exclude, d.bodies)).toBe(true);
        for (const b of d.bodies) expect(d.exclude).not.toContain(b);
        const text = scannedText(d);
        for (const s of row.scanned ?? []) expect(text).toContain(s);
        for (const s of row.notScanned ?? []) {
          expect(doc.body.textContent, `fixture should contain "${s}"`).toContain(s);
          expect(text).not.toContain(s);
        }
        // The headline is scanned too (it may cite a document).
        expect(text).toContain(row.title!);
      });
    } else {
      it('has nothing to scan', () => {
        expect(d.bodies).toEqual([]);
        expect(d.exclude).toEqual([]);
      });
    }

    it('decides the same when served on 127.0.0.1 with the test-site meta', () => {
      const local = detectArticle(loadFixture(row.file), `http://127.0.0.1:5173/sites/${row.file}`);
      expect(local.isArticle, local.reason).toBe(row.isArticle);
      expect(local.site).toBe(row.site);
      if (row.isArticle) expect(local.title).toBe(row.title);
    });
  });

  it('ignores the test-site meta on a real host', () => {
    const d = detectArticle(loadFixture('nhandan-article.html'), 'https://mirror.example.org/dong-thap.html');
    expect(d.site).toBeUndefined();
    // Still recognised by its family-A markup.
    expect(d.isArticle).toBe(true);
    expect(d.decidedBy).toBe('adapter');
  });
});
