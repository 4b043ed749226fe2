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
  /** What the site is called when the page is served on 127.0.0.1, where its address says less. */
  localSite?: string;
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
    body: '#news-bodyhtml', isArticle: true, decidedBy: 'adapter', site: 'tinhuy.dcs.vn',
    canonicalUrl: 'https://tinhuy.dcs.vn/news/tin-hoat-dong/tinh-uy-ban-hanh-ke-hoach-thuc-hien-nghi-quyet-57-nq-tw-1234.html',
    title: 'Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết 57-NQ/TW',
    published: '2025-03-12T09:00:00+07:00', author: 'Hồng Nhung', leadStart: 'Ban Thường vụ Tỉnh ủy vừa ban hành',
    scanned: ['coi khoa học, công nghệ, đổi mới sáng tạo'],
    notScanned: ['Kết luận 40', 'Tin cùng chuyên mục'],
  },
  {
    // No JSON-LD, no Open Graph, no known CMS: only the text layer can accept it.
    file: 'dcs-plain-article.html', url: 'https://tamnong.dcs.vn/tin-tuc/dang-bo-huyen-tam-nong-hoc-tap-nghi-quyet-57.html?utm_source=facebook&fbclid=IwAR0abc#binh-luan',
    // Served on 127.0.0.1 with no canonical address, nothing names the district's portal.
    body: '#noi-dung', isArticle: true, decidedBy: 'heuristic', site: 'tamnong.dcs.vn', localSite: 'dcs.vn',
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
  },  // Issue 15: sites of the built-in list without an adapter of their own (provincial party papers,
  // *.gov.vn portals, party and theory sites, English editions), articles and listings.
  {
    file: 'baonghean-article.html', url: 'https://baonghean.vn/nghe-an-ban-hanh-chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-57-nq-tw-10293417.html',
    body: 'div.detail__content', isArticle: true, decidedBy: 'structured', site: 'baonghean.vn',
    canonicalUrl: 'https://baonghean.vn/nghe-an-ban-hanh-chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-57-nq-tw-10293417.html',
    title: 'Nghệ An ban hành chương trình hành động thực hiện Nghị quyết 57-NQ/TW',
    published: '2025-04-08T15:20:00+07:00', author: 'Thành Duy', leadStart: 'Ban Thường vụ Tỉnh ủy Nghệ An vừa ban hành',
    scanned: ['cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024', 'Kết luận số 121-KL/TW về tổng kết', 'Đồng chí Bí thư Tỉnh ủy chủ trì phiên họp', 'tối thiểu 2% tổng chi'],
    notScanned: ['Chỉ thị số 35-CT/TW', 'Quy định số 296-QĐ/TW', 'Tin liên quan', 'Giấy phép số 427'],
  },
  {
    // No JSON-LD; the related box and most-read list sit outside div.content-detail.
    file: 'baothanhhoa-article.html', url: 'https://baothanhhoa.vn/thanh-hoa-sap-nhap-cac-ban-dang-theo-ket-luan-121-kl-tw-239871.htm',
    body: 'div.content-detail', isArticle: true, decidedBy: 'heuristic', site: 'baothanhhoa.vn',
    canonicalUrl: 'https://baothanhhoa.vn/thanh-hoa-sap-nhap-cac-ban-dang-theo-ket-luan-121-kl-tw-239871.htm',
    title: 'Thanh Hóa: Sáp nhập các ban đảng theo Kết luận 121-KL/TW',
    published: '2025-02-18T09:12:00+07:00', author: 'Minh Hiếu', leadStart: 'Chiều 17/2, Tỉnh ủy Thanh Hóa',
    scanned: ['theo Kết luận số 121-KL/TW ngày 24/01/2025', 'tổng kết Nghị quyết số 18-NQ/TW', 'Lãnh đạo tỉnh trao quyết định'],
    notScanned: ['Quy định số 366-QĐ/TW', 'Kết luận số 126-KL/TW', 'Hội nghị Trung ương 10', 'Tin đọc nhiều'],
  },
  {
    // WordPress single post: article .entry-content.
    file: 'baobacninhtv-article.html', url: 'https://baobacninhtv.vn/bac-ninh-day-manh-phat-trien-kinh-te-tu-nhan-theo-nghi-quyet-68-postid427315.bbg',
    body: 'div.entry-content', isArticle: true, decidedBy: 'heuristic', site: 'baobacninhtv.vn',
    canonicalUrl: 'https://baobacninhtv.vn/bac-ninh-day-manh-phat-trien-kinh-te-tu-nhan-theo-nghi-quyet-68-postid427315.bbg',
    title: 'Bắc Ninh đẩy mạnh phát triển kinh tế tư nhân theo Nghị quyết 68',
    published: '2025-07-21T10:05:00+07:00',
    scanned: ['Thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025', 'gắn với Nghị quyết số 66-NQ/TW', 'tối thiểu 5% diện tích đất'],
    notScanned: ['Kết luận số 150-KL/TW', 'Chỉ thị số 45-CT/TW', 'Bài viết liên quan', 'Thẻ:'],
  },
  {
    // Most-read items are link-only divs: they are not prose, so the main block is not widened to the sidebar.
    file: 'baodanang-article.html', url: 'https://baodanang.vn/da-nang-lay-y-kien-nhan-dan-ve-du-thao-van-kien-dai-hoi-3301752.html',
    body: 'div.detail__content', isArticle: true, decidedBy: 'heuristic', site: 'baodanang.vn',
    canonicalUrl: 'https://baodanang.vn/da-nang-lay-y-kien-nhan-dan-ve-du-thao-van-kien-dai-hoi-3301752.html',
    title: 'Đà Nẵng lấy ý kiến nhân dân về dự thảo văn kiện đại hội',
    published: '2025-08-14T07:30:00+07:00', author: 'KHÁNH HÒA',
    scanned: ['đúng tinh thần Chỉ thị số 45-CT/TW ngày 14/4/2025', 'Nghị quyết số 43-NQ/TW', 'Người dân phường Hải Châu góp ý'],
    notScanned: ['Kết luận số 79-KL/TW', 'Nghị quyết số 27-NQ/TW', 'Tin liên quan', 'Đọc nhiều nhất'],
  },
  {
    file: 'huengaynay-article.html', url: 'https://huengaynay.vn/chinh-tri-xa-hoi/hue-hoc-tap-chuyen-de-nam-2025-theo-chi-thi-05-152811.html',
    body: 'div.entry-content', isArticle: true, decidedBy: 'heuristic', site: 'huengaynay.vn',
    canonicalUrl: 'https://huengaynay.vn/chinh-tri-xa-hoi/hue-hoc-tap-chuyen-de-nam-2025-theo-chi-thi-05-152811.html',
    title: 'Huế học tập chuyên đề năm 2025 theo Chỉ thị 05',
    published: '2025-05-19T16:45:00+07:00',
    scanned: ['thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị', 'Kết luận số 01-KL/TW', 'Phan Thành'],
    notScanned: ['Quy định số 144-QĐ/TW', 'Kết luận số 127-KL/TW', 'Cùng chuyên mục', 'Festival Huế'],
  },
  {
    file: 'baonghean-category.html', url: 'https://baonghean.vn/chinh-tri/',
    isArticle: false, decidedBy: 'structured', site: 'baonghean.vn', canonicalUrl: 'https://baonghean.vn/chinh-tri/',
  },
  {
    file: 'baothanhhoa-home.html', url: 'https://baothanhhoa.vn/',
    isArticle: false, decidedBy: 'url', site: 'baothanhhoa.vn', canonicalUrl: 'https://baothanhhoa.vn/',
  },
  {
    // Teasers without headings (a.title + div.sapo), a featured story with a long summary.
    file: 'baodanang-listing.html', url: 'https://baodanang.vn/chinh-tri/',
    isArticle: false, decidedBy: 'heuristic', site: 'baodanang.vn', canonicalUrl: 'https://baodanang.vn/chinh-tri/',
  },
  {
    // og:type=article on a category; the only prose outside <li> teasers is the featured story's summary.
    file: 'huengaynay-listing.html', url: 'https://huengaynay.vn/chinh-tri-xa-hoi',
    isArticle: false, decidedBy: 'heuristic', site: 'huengaynay.vn', canonicalUrl: 'https://huengaynay.vn/chinh-tri-xa-hoi',
  },
  {
    file: 'baobacninhtv-category.html', url: 'https://baobacninhtv.vn/chinh-tri',
    isArticle: false, decidedBy: 'heuristic', site: 'baobacninhtv.vn', canonicalUrl: 'https://baobacninhtv.vn/chinh-tri',
  },
  {
    // Liferay asset publisher, full-content view; og:type=website on every page of the portal.
    file: 'hanoi-gov-article.html', url: 'https://hanoi.gov.vn/tin-tuc-su-kien/ha-noi-trien-khai-nghi-quyet-66-nq-tw-ve-doi-moi-xay-dung-va-thi-hanh-phap-luat-320250611093012345.htm',
    body: 'div.journal-content-article', isArticle: true, decidedBy: 'adapter', site: 'hanoi.gov.vn',
    canonicalUrl: 'https://hanoi.gov.vn/tin-tuc-su-kien/ha-noi-trien-khai-nghi-quyet-66-nq-tw-ve-doi-moi-xay-dung-va-thi-hanh-phap-luat-320250611093012345.htm',
    title: 'Hà Nội triển khai Nghị quyết 66-NQ/TW về đổi mới xây dựng và thi hành pháp luật',
    published: '2025-06-11T09:30:00+07:00', author: 'Ngọc Mai',
    scanned: ['thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025', 'Kết luận số 119-KL/TW'],
    notScanned: ['Chỉ thị số 24-CT/TU', 'Kết luận số 137-KL/TW', 'Các tin khác'],
  },
  {
    // SharePoint page: the whole page inside ASP.NET's <form>, paragraphs as divs.
    file: 'moha-gov-article.html', url: 'https://moha.gov.vn/tintuc/Pages/tin-hoat-dong-cua-bo.aspx?ItemID=58214',
    body: 'div.ms-rtestate-field', isArticle: true, decidedBy: 'heuristic', site: 'moha.gov.vn',
    canonicalUrl: 'https://moha.gov.vn/tintuc/Pages/tin-hoat-dong-cua-bo.aspx?ItemID=58214',
    title: 'Hướng dẫn đánh giá, xếp loại cán bộ theo Quy định 366-QĐ/TW',
    published: '2025-09-22T14:10:00+07:00',
    scanned: ['theo Quy định số 366-QĐ/TW ngày 30/8/2025', 'theo Kết luận số 121-KL/TW', 'Phòng Truyền thông'],
    notScanned: ['Quy định số 232-QĐ/TW', 'Kết luận số 150-KL/TW', 'Các tin đã đưa', 'Tin nổi bật'],
  },
  {
    // Table layout, the text one run of <br><br>-separated paragraphs.
    file: 'xaphuchoa-gov-article.html', url: 'https://xaphuchoa.tuyenquang.gov.vn/tin-tuc-su-kien/tin-hoat-dong/xa-phuc-hoa-to-chuc-dai-hoi-diem-chi-bo-thon-nhiem-ky-2025-2027-1203.html',
    body: 'div.DnnModule', isArticle: true, decidedBy: 'heuristic', site: 'xaphuchoa.tuyenquang.gov.vn',
    canonicalUrl: 'https://xaphuchoa.tuyenquang.gov.vn/tin-tuc-su-kien/tin-hoat-dong/xa-phuc-hoa-to-chuc-dai-hoi-diem-chi-bo-thon-nhiem-ky-2025-2027-1203.html',
    title: 'Xã Phúc Hòa tổ chức đại hội điểm chi bộ thôn nhiệm kỳ 2025 - 2027',
    published: '2025-03-14',
    scanned: ['tinh thần Chỉ thị số 35-CT/TW ngày 14/6/2024', 'Kết luận số 123-KL/TW', 'Hướng dẫn số 12-HD/BTCTW', 'không còn hộ nghèo'],
    notScanned: ['Nghị quyết số 18-NQ/TW', 'Kết luận số 126-KL/TW', 'Văn bản mới', 'Tổng lượt truy cập'],
  },
  {
    // SharePoint, no metadata, no <h1>: the headline is the element printing the document's title.
    file: 'hcma-article.html', url: 'https://hcma.vn/tintuc/Pages/tin-hoat-dong.aspx?ItemID=31528',
    body: 'div.ms-rtestate-field', isArticle: true, decidedBy: 'heuristic', site: 'hcma.vn',
    canonicalUrl: 'https://hcma.vn/tintuc/Pages/tin-hoat-dong.aspx?ItemID=31528',
    title: 'Khai giảng lớp Cao cấp lý luận chính trị hệ tập trung khóa mới',
    published: '2025-09-15',
    scanned: ['Khai giảng lớp Cao cấp lý luận chính trị', 'Nghị quyết số 57-NQ/TW về khoa học'],
    notScanned: ['Kết luận số 131-KL/TW', 'Kết luận số 14-KL/TW'],
  },
  {
    // A ward portal in tables: the headline is an <h2> printing the document's title.
    file: 'phuongbadinh-gov-article.html', url: 'https://phuongbadinh.hanoi.gov.vn/tin-tuc-su-kien/dang-uy-phuong-ba-dinh-quan-triet-cac-nghi-quyet-cua-trung-uong-c1024.html',
    body: 'tbody', isArticle: true, decidedBy: 'heuristic', site: 'phuongbadinh.hanoi.gov.vn',
    canonicalUrl: 'https://phuongbadinh.hanoi.gov.vn/tin-tuc-su-kien/dang-uy-phuong-ba-dinh-quan-triet-cac-nghi-quyet-cua-trung-uong-c1024.html',
    title: 'Đảng ủy phường Ba Đình quán triệt các nghị quyết của Trung ương',
    published: '2025-08-05',
    scanned: ['Nghị quyết số 57-NQ/TW về đột phá', 'Nghị quyết số 68-NQ/TW'],
    notScanned: ['Chỉ thị số 35-CT/TW'],
  },
  {
    // SharePoint table listing: a headline link and a two-sentence summary per row, no headings.
    file: 'quangninh-gov-listing.html', url: 'https://www.quangninh.gov.vn/Trang/TinTucSuKien.aspx',
    isArticle: false, decidedBy: 'heuristic', site: 'quangninh.gov.vn', canonicalUrl: 'https://www.quangninh.gov.vn/Trang/TinTucSuKien.aspx',
  },
  {
    file: 'hanoi-gov-listing.html', url: 'https://hanoi.gov.vn/tin-tuc-su-kien',
    isArticle: false, decidedBy: 'structured', site: 'hanoi.gov.vn', canonicalUrl: 'https://hanoi.gov.vn/tin-tuc-su-kien',
  },
  {
    // Table rows: title link and summary in one cell.
    file: 'moha-gov-listing.html', url: 'https://moha.gov.vn/tintuc/Pages/tin-hoat-dong-cua-bo.aspx',
    isArticle: false, decidedBy: 'heuristic', site: 'moha.gov.vn', canonicalUrl: 'https://moha.gov.vn/tintuc/Pages/tin-hoat-dong-cua-bo.aspx',
  },
  {
    // A list of document notices (số/ký hiệu, ngày ban hành, trích yếu) citing resolutions.
    file: 'bacninh-gov-van-ban.html', url: 'https://bacninh.gov.vn/web/guest/van-ban-chi-dao-dieu-hanh',
    isArticle: false, decidedBy: 'heuristic', site: 'bacninh.gov.vn', canonicalUrl: 'https://bacninh.gov.vn/web/guest/van-ban-chi-dao-dieu-hanh',
  },
  {
    file: 'xaphuchoa-gov-home.html', url: 'https://xaphuchoa.tuyenquang.gov.vn/',
    isArticle: false, decidedBy: 'url', site: 'xaphuchoa.tuyenquang.gov.vn', canonicalUrl: 'https://xaphuchoa.tuyenquang.gov.vn/',
  },
  {
    // Joomla K2 item: the headline is an h2, the abstract in .itemIntroText.
    file: 'lyluanchinhtri-article.html', url: 'http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/6214-doi-moi-phuong-thuc-lanh-dao-cua-dang-doi-voi-chinh-quyen-dia-phuong-hai-cap.html',
    body: 'div.itemFullText', isArticle: true, decidedBy: 'adapter', site: 'lyluanchinhtri.vn',
    canonicalUrl: 'http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/6214-doi-moi-phuong-thuc-lanh-dao-cua-dang-doi-voi-chinh-quyen-dia-phuong-hai-cap.html',
    title: 'Đổi mới phương thức lãnh đạo của Đảng đối với chính quyền địa phương hai cấp',
    // The page prints "Thứ hai, 07 Tháng 7 2025 10:15" (Joomla's Vietnamese locale), which parseVnDate does not read.
    author: 'TS. Hoàng Minh Đức', leadStart: 'Tóm tắt: Từ ngày 1/7/2025',
    scanned: ['Nghị quyết số 60-NQ/TW ngày 12/4/2025', 'Kết luận số 137-KL/TW của Bộ Chính trị', 'Tóm tắt: Từ ngày 1/7/2025'],
    notScanned: ['Quy định số 132-QĐ/TW', 'Nghị quyết số 41-NQ/TW', 'Bài liên quan (theo tags)'],
  },
  {
    file: 'tuyengiao-article.html', url: 'https://tuyengiao.vn/dua-nghi-quyet-71-nq-tw-ve-giao-duc-vao-cuoc-song-162418',
    body: 'div.article-body', isArticle: true, decidedBy: 'structured', site: 'tuyengiao.vn',
    canonicalUrl: 'https://tuyengiao.vn/dua-nghi-quyet-71-nq-tw-ve-giao-duc-vao-cuoc-song-162418',
    title: 'Đưa Nghị quyết 71-NQ/TW về giáo dục vào cuộc sống',
    published: '2025-09-03T08:00:00+07:00', author: 'Thu Hằng', leadStart: 'Ban Tuyên giáo và Dân vận Trung ương vừa ban hành',
    scanned: ['Nghị quyết số 71-NQ/TW của Bộ Chính trị', 'gắn với Nghị quyết số 57-NQ/TW', 'miễn học phí'],
    notScanned: ['Nghị quyết số 72-NQ/TW', 'Nghị quyết số 59-NQ/TW', 'Tin liên quan', 'Tiêu điểm'],
  },
  {
    file: 'mattran-article.html', url: 'https://mattran.org.vn/hoat-dong-mat-tran/mat-tran-cac-cap-giam-sat-viec-sap-xep-to-chuc-bo-may-61872.html',
    body: 'div.content-news', isArticle: true, decidedBy: 'heuristic', site: 'mattran.org.vn',
    canonicalUrl: 'https://mattran.org.vn/hoat-dong-mat-tran/mat-tran-cac-cap-giam-sat-viec-sap-xep-to-chuc-bo-may-61872.html',
    title: 'Mặt trận các cấp giám sát việc sắp xếp tổ chức bộ máy',
    published: '2025-05-27T11:40:00+07:00', author: 'Minh Châu', leadStart: 'Ban Thường trực Ủy ban Trung ương MTTQ',
    scanned: ['thực hiện Quy định số 124-QĐ/TW ngày 10/10/2023', 'Kết luận số 121-KL/TW của Ban Chấp hành Trung ương'],
    notScanned: ['Nghị quyết số 27-NQ/TW', 'Kết luận số 145-KL/TW', 'Hướng dẫn số 15-HD/MTTW-BTT', 'Bài viết liên quan'],
  },
  {
    file: 'lyluanchinhtri-category.html', url: 'http://lyluanchinhtri.vn/home/index.php/thuc-tien.html',
    isArticle: false, decidedBy: 'heuristic', site: 'lyluanchinhtri.vn', canonicalUrl: 'http://lyluanchinhtri.vn/home/index.php/thuc-tien.html',
  },
  {
    file: 'tuyengiao-listing.html', url: 'https://tuyengiao.vn/thoi-su',
    isArticle: false, decidedBy: 'structured', site: 'tuyengiao.vn', canonicalUrl: 'https://tuyengiao.vn/thoi-su',
  },
  {
    // og:type=article sitewide; a featured story with two summary blocks above heading-less teasers.
    file: 'mattran-listing.html', url: 'https://mattran.org.vn/hoat-dong-mat-tran/',
    isArticle: false, decidedBy: 'heuristic', site: 'mattran.org.vn', canonicalUrl: 'https://mattran.org.vn/hoat-dong-mat-tran/',
  },
  {
    file: 'hcma-listing.html', url: 'https://hcma.vn/tintuc/Pages/tin-hoat-dong.aspx',
    isArticle: false, decidedBy: 'heuristic', site: 'hcma.vn', canonicalUrl: 'https://hcma.vn/tintuc/Pages/tin-hoat-dong.aspx',
  },
  {
    file: 'baoquocte-en-article.html', url: 'https://en.baoquocte.vn/diplomatic-sector-implements-resolution-59-on-international-integration-31874.html',
    body: 'div.detail-content', isArticle: true, decidedBy: 'heuristic', site: 'en.baoquocte.vn',
    canonicalUrl: 'https://en.baoquocte.vn/diplomatic-sector-implements-resolution-59-on-international-integration-31874.html',
    title: 'Diplomatic sector implements Resolution 59 on international integration',
    published: '2025-03-06T14:25:00+07:00',
    scanned: ["Politburo's Resolution No. 59-NQ/TW", 'Conclusion No. 57-KL/TW', 'Delegates at the meeting'],
    notScanned: ['Directive No. 12-CT/TW', 'Resolution No. 27-NQ/TW', 'Related News', 'Most read'],
  },
  {
    // JNews (WordPress): related posts are <article> teasers inside the content.
    file: 'saigontimes-en-article.html', url: 'https://english.thesaigontimes.vn/hcmc-speeds-up-private-sector-reforms-under-resolution-68/',
    body: 'div.content-inner', isArticle: true, decidedBy: 'heuristic', site: 'english.thesaigontimes.vn',
    canonicalUrl: 'https://english.thesaigontimes.vn/hcmc-speeds-up-private-sector-reforms-under-resolution-68/',
    title: 'HCMC speeds up private sector reforms under Resolution 68',
    published: '2025-06-02T16:30:00+07:00',
    scanned: ["Politburo's Resolution No. 68-NQ/TW", 'Resolution No. 98/2023/QH15', 'land-price appraisal'],
    notScanned: ['Conclusion No. 77-KL/TW', 'Resolution No. 57-NQ/TW', 'Related Posts', 'Most Popular'],
  },
  {
    file: 'baoquocte-en-listing.html', url: 'https://en.baoquocte.vn/politics',
    isArticle: false, decidedBy: 'structured', site: 'en.baoquocte.vn', canonicalUrl: 'https://en.baoquocte.vn/politics',
  },
  {
    file: 'saigontimes-en-category.html', url: 'https://english.thesaigontimes.vn/business/',
    isArticle: false, decidedBy: 'heuristic', site: 'english.thesaigontimes.vn', canonicalUrl: 'https://english.thesaigontimes.vn/business/',
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
      expect(local.site).toBe(row.localSite ?? row.site);
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
