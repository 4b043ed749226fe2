/** Document pages of legal databases (utils/article/legal.ts) and their wiring into detectArticle. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { detectArticle, detectArticleOn } from '../../utils/article';
import { legalReaderOf, publishLegalReader } from '../../utils/page/legal-bridge';
import { detectLegalDocument } from '../../utils/article/legal';
import { siteFor } from '../../utils/article/sites';
import type { LegalDocumentMeta } from '../../utils/article/types';
import { FIXTURES, loadFixture, scannedText } from './helpers';

const LEGAL = path.join(FIXTURES, 'legal');

interface Row {
  file: string;
  /** The URL the page would have on the real site. */
  url: string;
  /** The document the page shows, or null for a page that is not one document. */
  doc: null | {
    meta: LegalDocumentMeta;
    title: string;
    /** Where the number and type were read. */
    from: 'the metadata table' | 'the header lines';
    /** Selector the full-text container must match. */
    body: string;
  };
  isArticle: boolean;
  decidedBy: 'adapter' | 'structured' | 'heuristic' | 'url';
  /** Text of the document: scanned. */
  scanned?: string[];
  /** On the page but outside the document (sidebars, the site's summary, lists): not scanned. */
  notScanned?: string[];
}

const ROWS: Row[] = [
  {
    file: 'tvpl-party-resolution.html',
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-18-NQ-TW-2017-to-chuc-bo-may-he-thong-chinh-tri-367349.aspx',
    doc: {
      meta: { number: '18-NQ/TW', typeName: 'Nghị quyết', issuer: 'Ban Chấp hành Trung ương', date: '2017-10-25', signer: 'Nguyễn Phú Trọng' },
      title: 'Nghị quyết 18-NQ/TW năm 2017 về tổ chức bộ máy của hệ thống chính trị',
      from: 'the metadata table', body: '#divContentDoc',
    },
    isArticle: true, decidedBy: 'adapter',
    scanned: ['Số 18-NQ/TW', 'NGHỊ QUYẾT', 'Kết luận số 64-KL/TW', 'mỗi cơ quan, tổ chức thực hiện một việc', 'Nguyễn Phú Trọng'],
    notScanned: ['Kết luận 40-KL/TW năm 2022', 'Quy định 70-QĐ/TW', 'Thông tư 15/2024/TT-BTC', 'Tóm tắt của Thư viện', 'Lưu trữ'],
  },
  {
    file: 'tvpl-decree.html',
    url: 'https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Nghi-dinh-178-2024-ND-CP-chinh-sach-can-bo-sap-xep-to-chuc-bo-may-638888.aspx',
    doc: {
      meta: { number: '178/2024/NĐ-CP', typeName: 'Nghị định', issuer: 'Chính phủ', date: '2024-12-31', signer: 'Phạm Quang Minh' },
      title: 'Nghị định 178/2024/NĐ-CP chính sách đối với cán bộ, công chức, viên chức khi sắp xếp tổ chức bộ máy',
      from: 'the metadata table', body: '#divContentDoc',
    },
    isArticle: true, decidedBy: 'adapter',
    scanned: ['Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017', 'Kết luận số 121-KL/TW', 'Điều 1. Phạm vi điều chỉnh'],
    notScanned: ['Nghị định 29/2023/NĐ-CP', 'Thông tư 01/2025/TT-BNV', 'Thông tư 10/2025/TT-NHNN'],
  },
  {
    // No property table: everything from the document's own header.
    file: 'tvpl-party-no-table.html',
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Chi-thi-12-CT-TW-2025-hoc-tap-nghi-quyet-650123.aspx',
    doc: {
      meta: { number: '12-CT/TW', typeName: 'Chỉ thị', issuer: 'BAN BÍ THƯ', date: '2025-04-14' },
      title: 'Chỉ thị 12-CT/TW năm 2025 về tổ chức học tập, quán triệt nghị quyết của Đảng',
      from: 'the header lines', body: '#divContentDoc',
    },
    isArticle: true, decidedBy: 'adapter',
    scanned: ['Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024', 'CHỈ THỊ'],
    notScanned: ['Quy định 189-QĐ/TW', 'Kết luận 123-KL/TW', 'Thông tư 05/2025/TT-BGDĐT', 'Bạn cần đăng nhập'],
  },
  {
    file: 'tvpl-search.html',
    url: 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=18-NQ%2FTW&match=True&area=0',
    doc: null, isArticle: false, decidedBy: 'structured',
  },
  {
    // A Q&A article quoting a document's properties in a table: not a /van-ban/ URL.
    file: 'tvpl-qa.html',
    url: 'https://thuvienphapluat.vn/phap-luat/ho-tro-phap-luat/nghi-quyet-18-nqtw-dat-muc-tieu-gi-cho-nam-2030-812345-198765.html',
    doc: null, isArticle: true, decidedBy: 'structured',
    scanned: ['Kế hoạch số 07-KH/TW'],
    notScanned: ['Lương cơ sở năm 2025'],
  },
  {
    file: 'luatvietnam-document.html',
    url: 'https://luatvietnam.vn/khoa-hoc-cong-nghe/nghi-quyet-57-nq-tw-2024-dot-pha-phat-trien-khoa-hoc-cong-nghe-389012-d1.html',
    doc: {
      meta: { number: '57-NQ/TW', typeName: 'Nghị quyết', issuer: 'Bộ Chính trị', date: '2024-12-22', signer: 'Tô Lâm' },
      title: 'Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      from: 'the metadata table', body: 'div.content-entry',
    },
    isArticle: true, decidedBy: 'adapter',
    scanned: ['Nghị quyết số 20-NQ/TW ngày 01 tháng 11 năm 2012', 'Số 57-NQ/TW', 'T/M BỘ CHÍNH TRỊ'],
    notScanned: ['Kết luận 91-KL/TW', 'Quyết định 1131/QĐ-TTg', 'Nghị quyết 03/NQ-CP', 'Thuộc tính văn bản'],
  },
  {
    // vbpl.vn prints no property table on the full-text page: the header is read.
    file: 'vbpl-document.html',
    url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=170123',
    doc: {
      meta: { number: '99/2025/QH15', typeName: 'Luật', issuer: 'QUỐC HỘI', date: '2025-06-19' },
      title: 'Luật 99/2025/QH15',
      from: 'the header lines', body: '#toanvancontent',
    },
    isArticle: true, decidedBy: 'adapter',
    scanned: ['Nghị quyết số 60-NQ/TW ngày 12 tháng 4 năm 2025', 'Điều 1. Phạm vi điều chỉnh'],
    notScanned: ['Cơ quan ban hành', 'Tải file đính kèm', 'CSDL Trung ương', 'Hiệu lực: Còn hiệu lực'],
  },
];

const siteOf = (url: string) => siteFor(new URL(url).hostname);
const load = (file: string) => loadFixture(path.join('legal', file));

describe('legal document pages: fixtures', () => {
  it('has a row for every fixture file', () => {
    const files = readdirSync(LEGAL).filter((f) => f.endsWith('.html')).sort();
    expect(ROWS.map((r) => r.file).sort()).toEqual(files);
  });

  describe.each(ROWS)('$file', (row) => {
    const doc = load(row.file);
    const page = detectLegalDocument(doc, row.url, siteOf(row.url));
    const d = detectArticle(doc, row.url);

    if (row.doc) {
      const want = row.doc;
      it('is one document page, with its number, type, issuer and date', () => {
        expect(page, 'detectLegalDocument').not.toBeNull();
        expect(page!.meta).toEqual(want.meta);
        expect(page!.title).toBe(want.title);
        expect(page!.reason).toContain(`number and type from ${want.from}`);
        expect(page!.body.matches(want.body), page!.reason).toBe(true);
      });

      it('scans the document text and not the site around it', () => {
        expect(d.isArticle, d.reason).toBe(true);
        expect(d.decidedBy).toBe('adapter');
        expect(d.reason.startsWith('legal document page: ')).toBe(true);
        expect(d.bodies).toEqual([page!.body]);
        expect(d.title).toBe(want.title);
        expect(d.published).toBe(want.meta.date);
        expect(d.legalDocument).toEqual({ ...want.meta, title: want.title });
        const text = scannedText(d);
        for (const s of row.scanned ?? []) expect(text).toContain(s);
        for (const s of row.notScanned ?? []) {
          expect(doc.body.textContent?.replace(/\s+/g, ' '), `fixture should contain "${s}"`).toContain(s);
          expect(text).not.toContain(s);
        }
      });
    } else {
      it('is not a document page and goes through the generic layers', () => {
        expect(page).toBeNull();
        expect(d.legalDocument).toBeUndefined();
        expect(d.reason.startsWith('legal document page')).toBe(false);
        expect({ isArticle: d.isArticle, decidedBy: d.decidedBy }, d.reason).toEqual({ isArticle: row.isArticle, decidedBy: row.decidedBy });
        if (row.isArticle) {
          const text = scannedText(d);
          for (const s of row.scanned ?? []) expect(text).toContain(s);
          for (const s of row.notScanned ?? []) expect(text).not.toContain(s);
        }
      });
    }

    it('decides the same when served on 127.0.0.1 with the test-site meta', () => {
      const local = detectArticle(load(row.file), `http://127.0.0.1:5173/sites/legal/${row.file}`);
      expect(local.isArticle, local.reason).toBe(row.isArticle);
      expect(local.site).toBe(siteOf(row.url)?.host);
      expect(local.legalDocument).toEqual(row.doc ? { ...row.doc.meta, title: row.doc.title } : undefined);
    });
  });
});

const RESOLUTION = ROWS[0];
const DECREE = ROWS[1];

/** A fixture with part of it changed, as a redesign or a logged-out view would. */
function variant(row: Row, change: (doc: Document) => void): Document {
  const doc = load(row.file);
  change(doc);
  return doc;
}

describe('detection without the legal reader (the page script where the background injected none)', () => {
  it('reads a legal database\'s document page through the other layers, not as one document', () => {
    const row = ROWS.find((r) => r.file === 'tvpl-party-resolution.html')!;
    const doc = load(row.file);
    expect(detectArticleOn(doc, row.url, siteOf(row.url), detectLegalDocument).reason).toMatch(/^legal document page/);
    expect(detectArticleOn(doc, row.url, siteOf(row.url)).reason).not.toMatch(/^legal document page/);
  });

  it('the reader the legal script leaves is the one the page script finds', () => {
    const frame = {};
    expect(legalReaderOf(frame)).toBeUndefined();
    publishLegalReader(frame, detectLegalDocument);
    expect(legalReaderOf(frame)).toBe(detectLegalDocument);
  });
});

describe('detectLegalDocument: the checks', () => {
  it('needs a legal site', () => {
    const doc = load(RESOLUTION.file);
    expect(detectLegalDocument(doc, RESOLUTION.url, undefined)).toBeNull();
    expect(detectLegalDocument(doc, RESOLUTION.url, siteFor('nhandan.vn'))).toBeNull();
    expect(detectLegalDocument(doc, RESOLUTION.url, { host: 'example.org', name: 'Riêng', lang: 'vi' })).toBeNull();
    // A legal site without a known document URL shape.
    expect(detectLegalDocument(doc, 'https://lawnet.vn/vb/Nghi-quyet-18-NQ-TW-2017-5A1B2.html', siteFor('lawnet.vn'))).toBeNull();
  });

  it.each([
    ['listing of a field', 'https://thuvienphapluat.vn/van-ban-moi/Bo-may-hanh-chinh'],
    ['search', 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=18-NQ'],
    ['Q&A', 'https://thuvienphapluat.vn/hoi-dap-phap-luat/839F6DB-hd-nghi-quyet-18.html'],
    ['English tab', 'https://thuvienphapluat.vn/van-ban/EN/Bo-may-hanh-chinh/Resolution-18-NQ-TW-2017/367349/tieng-anh.aspx'],
    ['not a URL', 'nghi-quyet-18.aspx'],
  ])('needs the document URL shape (%s)', (_what, url) => {
    expect(detectLegalDocument(load(RESOLUTION.file), url, siteFor('thuvienphapluat.vn'))).toBeNull();
  });

  it('knows the URL shapes of luatvietnam.vn and vbpl.vn document pages', () => {
    const lv = load('luatvietnam-document.html');
    const lvSite = siteFor('luatvietnam.vn');
    expect(detectLegalDocument(lv, 'https://luatvietnam.vn/khoa-hoc-cong-nghe-27-f1.html', lvSite)).toBeNull();
    expect(detectLegalDocument(lv, 'https://luatvietnam.vn/tin-phap-luat/nghi-quyet-57-co-gi-moi-230-98765-article.html', lvSite)).toBeNull();
    expect(detectLegalDocument(lv, 'https://luatvietnam.vn/khoa-hoc-cong-nghe/nghi-quyet-57-nq-tw-2024-389012-d1.html', lvSite)).not.toBeNull();
    const vb = load('vbpl-document.html');
    const vbSite = siteFor('vbpl.vn');
    expect(detectLegalDocument(vb, 'https://vbpl.vn/TW/Pages/vbpq-thuoctinh.aspx?ItemID=170123', vbSite)).toBeNull();
    expect(detectLegalDocument(vb, 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx', vbSite)).toBeNull();
    expect(detectLegalDocument(vb, 'https://vbpl.vn/hanoi/Pages/vbpq-toanvan.aspx?dvid=201&ItemID=5', vbSite)).not.toBeNull();
  });

  it('needs the full text', () => {
    const gone = variant(RESOLUTION, (doc) => doc.getElementById('tab1')?.remove());
    expect(detectLegalDocument(gone, RESOLUTION.url, siteOf(RESOLUTION.url))).toBeNull();
    const d = detectArticle(gone, RESOLUTION.url);
    expect(d.legalDocument).toBeUndefined();
  });

  it('needs a number', () => {
    const none = variant(RESOLUTION, (doc) => {
      doc.querySelector('#divThuocTinh table')?.remove();
      for (const p of doc.querySelectorAll('#divContentDoc p')) if (p.textContent?.startsWith('Số 18')) p.remove();
    });
    expect(detectLegalDocument(none, RESOLUTION.url, siteOf(RESOLUTION.url))).toBeNull();
  });
});

describe('detectLegalDocument: reading the metadata', () => {
  it('falls back to the "Số: …" and place-and-date lines when the table is missing', () => {
    const decree = variant(DECREE, (doc) => doc.querySelector('#divThuocTinh table')?.remove());
    const page = detectLegalDocument(decree, DECREE.url, siteOf(DECREE.url));
    expect(page?.meta).toEqual({ number: '178/2024/NĐ-CP', typeName: 'Nghị định', issuer: 'CHÍNH PHỦ', date: '2024-12-31' });
    expect(page?.reason).toContain('number and type from the header lines');

    const resolution = variant(RESOLUTION, (doc) => doc.querySelector('#divThuocTinh table')?.remove());
    expect(detectLegalDocument(resolution, RESOLUTION.url, siteOf(RESOLUTION.url))?.meta).toEqual({
      number: '18-NQ/TW', typeName: 'Nghị quyết', issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG', date: '2017-10-25',
    });
  });

  it('reads "Luật số: …" headers, and a header in plain paragraphs', () => {
    const law = variant(DECREE, (doc) => {
      doc.querySelector('#divThuocTinh table')?.remove();
      const content = doc.querySelector('#divContentDoc .content1')!;
      content.innerHTML =
        '<p align="center"><b>ỦY BAN NHÂN DÂN</b></p><p align="center"><b>TỈNH HÀ GIANG</b></p><p>-------</p>' +
        '<p align="center">Luật số: 42/2025/QH15</p><p align="right"><i>Hà Giang, ngày 3 tháng 2 năm 2025</i></p>' +
        '<p>Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017; </p>' +
        `<p>${'Nội dung văn bản viết cho phép thử, đủ dài để là toàn văn của một văn bản. '.repeat(5)}</p>`;
    });
    expect(detectLegalDocument(law, DECREE.url, siteOf(DECREE.url))?.meta).toEqual({
      number: '42/2025/QH15', typeName: 'Luật', issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG', date: '2025-02-03',
    });
  });

  it('reads labels wherever the page puts them, not at fixed positions', () => {
    const redesigned = variant(RESOLUTION, (doc) => {
      doc.querySelector('#divThuocTinh table')!.outerHTML =
        '<ul class="props"><li><span>Loại văn bản:</span> Nghị quyết</li><li><strong>Số hiệu</strong>: 18-NQ/TW</li>' +
        '<li><b>Cơ quan ban hành:</b> Ban Chấp hành Trung ương</li><li><b>Ngày ban hành:</b> 25/10/2017</li></ul>' +
        '<dl><dt>Người ký</dt><dd>Nguyễn Phú Trọng</dd></dl>' +
        '<table><tr><td>constructor</td><td>toString</td><td>__proto__:</td><td>Số hiệu:</td></tr></table>';
    });
    expect(detectLegalDocument(redesigned, RESOLUTION.url, siteOf(RESOLUTION.url))?.meta).toEqual(RESOLUTION.doc!.meta);
  });

  it('reads a label over several cells ("Cơ quan ban hành/ Chức danh / Người ký", vbpl.vn)', () => {
    const withProps = variant(ROWS[6], (doc) => {
      doc.querySelector('.vbInfo')!.insertAdjacentHTML(
        'afterend',
        '<div class="vbProperties"><table><tr><td class="label">Số ký hiệu</td><td>99/2025/QH15</td>' +
          '<td class="label">Ngày ban hành</td><td>19/06/2025</td></tr><tr><td class="label">Loại văn bản</td>' +
          '<td><a href="#">Luật</a></td></tr><tr><td rowspan="1" class="label">Cơ quan ban hành/ Chức danh / Người ký</td>' +
          '<td><a href="#">Quốc hội</a></td><td>Chủ tịch Quốc hội</td><td>Trần Thanh Mẫn</td></tr></table></div>',
      );
    });
    const page = detectLegalDocument(withProps, ROWS[6].url, siteOf(ROWS[6].url));
    expect(page?.meta).toEqual({ number: '99/2025/QH15', typeName: 'Luật', issuer: 'Quốc hội', date: '2025-06-19', signer: 'Trần Thanh Mẫn' });
  });

  it("ignores labels in the document's own tables", () => {
    const appendix = variant(DECREE, (doc) => {
      doc.querySelector('#divThuocTinh table')?.remove();
      doc.querySelector('#divContentDoc .content1 > div > div')!.insertAdjacentHTML(
        'beforeend',
        '<table><tr><td>STT</td><td>Số hiệu</td><td>Tên văn bản</td></tr><tr><td>1</td><td>29/2023/NĐ-CP</td><td>Nghị định tinh giản biên chế</td></tr></table>',
      );
    });
    expect(detectLegalDocument(appendix, DECREE.url, siteOf(DECREE.url))?.meta.number).toBe('178/2024/NĐ-CP');
  });

  it('does not take a cited document for the page\'s own ("Căn cứ Nghị quyết số …")', () => {
    const cited = variant(DECREE, (doc) => {
      doc.querySelector('#divThuocTinh table')?.remove();
      for (const p of doc.querySelectorAll('#divContentDoc p')) if (p.textContent?.startsWith('Số:')) p.remove();
      doc.querySelector('#divContentDoc .content1 > div > div')!.insertAdjacentHTML('afterbegin', '<p>Căn cứ Nghị quyết số 18-NQ/TW;</p>');
    });
    expect(detectLegalDocument(cited, DECREE.url, siteOf(DECREE.url))).toBeNull();
  });
});
