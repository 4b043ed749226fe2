/**
 * Document pages of legal databases (sites of group 'legal'). On those sites a page is often one
 * document, a law, a decree or a party resolution, printed in full under a table of its
 * properties ("Số hiệu", "Loại văn bản", "Nơi ban hành", "Người ký", "Ngày ban hành", ...). Such a
 * page is scanned as a whole, and what it says about the document is kept.
 *
 * Three checks, all required: the URL has the site's document shape; a full-text container with
 * text is found; a metadata table, or failing that the document's own header ("Số: 18-NQ/TW",
 * "Hà Nội, ngày 25 tháng 10 năm 2017", "NGHỊ QUYẾT"), names a number and a type. Listing, search,
 * Q&A and news pages of the same sites fail the URL check and go through the generic layers.
 *
 * The table is read by its labels, not by position: a cell whose text (folded, without the
 * trailing colon) is a known label gives the next cell's text. Selectors below are only for the
 * URL, the full text and the title. Where each was seen (public repositories, read in the search
 * tool's stored copies):
 *
 *   thuvienphapluat.vn
 *     URL  /van-ban/<Lĩnh-vực>/<Slug>-<id>.aspx: canonical of a saved page in
 *          Ansvar-Systems/vietnamese-law-mcp data/source/cybersecurity-law-2018.html
 *          (".../van-ban/Cong-nghe-thong-tin/Luat-an-ninh-mang-2018-351416.aspx"); the same shape
 *          in johnPa02/thuvienphapluat-crawler crawler.py and Minhnhat45/crawl_vbpl tvpl_crawler.py.
 *     #divContentDoc (div.cldivContentDocVn > div.content1): the full text, header tables and
 *          signature included; that saved page. ".content1" alone: johnPa02/thuvienphapluat-crawler
 *          crawler.py; ".content1" and ".contentDoc .content1": Minhnhat45/crawl_vbpl tvpl_crawler.py.
 *     #divThuocTinh h1 + table ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:",
 *          "Ngày ban hành:", "Ngày hiệu lực:", "Ngày công báo:", "Số công báo:", "Tình trạng:", a
 *          spacer cell between the pairs): that saved page; the labels also in Minhnhat45/crawl_vbpl
 *          tvpl_crawler.py (LABEL_FIELD_MAP, "#divThuocTinh").
 *   luatvietnam.vn
 *     URL  /<lĩnh-vực>/<slug>-<id>-d<n>.html, n = 1 (central documents), 2 (provincial), 3
 *          (standards), 5 (consolidated), 6 (official letters), 8: routes "DocDetail12" ... in the
 *          site's own source, hieuhan/LuatVietNam website/LawsVN/App_Start/RouteConfig.cs (2018);
 *          "-d1.html" links in LexAIVN/crawl_thuvienphapluat src/crawler/luatvietnam_scraper.py and
 *          chatgptsdhas/luatvietnam_vbqppl_web 07_crawl_luatvietnam_list_by_field.py (current).
 *     h1.page-title, table.table-bordered of td.rows-td ("Cơ quan ban hành:", "Số hiệu:", "Loại văn
 *          bản:", "Người ký:", "Ngày ban hành:", "Ngày hết hiệu lực:", "Áp dụng:", "Tình trạng hiệu
 *          lực:", "Lĩnh vực:"), full text in #noidungp > div.content-entry.content-fixed.boxnoidung:
 *          hieuhan/LuatVietNam website/LawsVN/Views/Docs/DetailFull.cshtml (2018). Unverified on the
 *          live site: no saved page of today's markup was found (chatgptsdhas/luatvietnam_vbqppl_web
 *          08_process_field_documents_batch.py reads "Số hiệu", "Cơ quan ban hành" from the page
 *          text, which the label reader also does).
 *   vbpl.vn
 *     URL  /<đơn vị>/Pages/vbpq-toanvan.aspx?ItemID=<id>: canonical of Minh0511/vbpl-web-crawl
 *          misc/vbpl.html (".../TW/Pages/vbpq-toanvan.aspx?ItemID=96122").
 *     div.toanvancontent#toanvancontent (full text), header tables before it in div.fulltext
 *          ("QUỐC HỘI" / "Số: 100/2015/QH13", "Hà Nội, ngày 27 tháng 11 năm 2015"), .box-map
 *          breadcrumb whose last item names the document ("Bộ luật 100/2015/QH13"); no property
 *          table on this page, so the header is read: misc/vbpl.html and misc/vbpl_v2.html there,
 *          and app/service/vbpl.py (find('div', class 'toanvancontent')). The property table of
 *          vbpq-thuoctinh.aspx ("Số ký hiệu", "Ngày ban hành", "Loại văn bản", "Cơ quan ban hành/
 *          Chức danh / Người ký" over three cells): misc/vbpl_thuoctinh.html; that page has no full
 *          text and is not a document page here.
 *   lawnet.vn, hethongphapluat.vn, trogiupluat.vn, vietnamlawmagazine.vn: no document URL shape
 *          known (unverified), so never a document page here.
 *
 * Pure DOM reading (textContent and selectors), no browser API.
 */
import { parseVnDate } from './dates';
import { TextMeasure } from './measure';
import { clean, fold } from './text';
import type { LegalDocumentMeta, Site } from './types';

export interface LegalDocumentPage {
  /** The full text container to scan. */
  body: Element;
  /** The document's name or subject as the page prints it. */
  title?: string;
  meta: LegalDocumentMeta;
  /** Human-readable: which checks passed and where the number and type came from. */
  reason: string;
}

interface SiteRule {
  /** The URL of a page showing one document. */
  isDocument: (u: URL) => boolean;
  /** Full-text containers, in order of preference; the first with enough text wins. */
  body: string[];
  /** The document's name, first with text wins; the first h1 otherwise. */
  title: string[];
}

const RULES: Record<string, SiteRule> = {
  'thuvienphapluat.vn': {
    isDocument: (u) => /^\/van-ban\/[^/]+\/[^/]+-\d+\.aspx$/i.test(u.pathname),
    body: ['#divContentDoc', 'div.cldivContentDocVn', '#tab1 .content1'],
    title: ['#divThuocTinh h1'],
  },
  'luatvietnam.vn': {
    isDocument: (u) => /^\/[^/]+\/[^/]+-\d+-d\d\.html$/i.test(u.pathname),
    body: ['#noidungp .content-entry', 'div.content-entry.boxnoidung', '#noidungp'], // 2018 source; unverified live
    title: ['h1.page-title'], // 2018 source; unverified live
  },
  'vbpl.vn': {
    isDocument: (u) =>
      /\/pages\/vbpq-toanvan\.aspx$/i.test(u.pathname) && [...u.searchParams.keys()].some((k) => k.toLowerCase() === 'itemid'),
    body: ['#toanvancontent', 'div.toanvancontent'],
    title: ['.box-map li:last-child'],
  },
};

const MIN_BODY_PROSE = 200;

type Field = keyof LegalDocumentMeta;

/**
 * Labels of property tables, folded (lowercase, no diacritics, đ → d), without the colon.
 * null: a known label that is not read (it is never taken for a value either).
 */
const LABELS = new Map<string, Field | null>(Object.entries({
  'so hieu': 'number', 'so ky hieu': 'number', 'so/ky hieu': 'number', 'so, ky hieu': 'number', 'ky hieu': 'number',
  'so van ban': 'number', 'so hieu van ban': 'number',
  'loai van ban': 'typeName', 'hinh thuc van ban': 'typeName', 'the loai': 'typeName',
  'noi ban hanh': 'issuer', 'co quan ban hanh': 'issuer', 'don vi ban hanh': 'issuer',
  'nguoi ky': 'signer', 'nguoi ky duyet': 'signer',
  'ngay ban hanh': 'date',
  'chuc danh': null, 'ngay hieu luc': null, 'ngay co hieu luc': null, 'ngay het hieu luc': null, 'ap dung': null,
  'hieu luc': null, 'tinh trang': null, 'tinh trang hieu luc': null, 'ngay cong bao': null, 'so cong bao': null,
  'ngay dang cong bao': null, 'linh vuc': null, 'nguon thu thap': null, 'pham vi': null, 'trich yeu': null,
  'ngay cap nhat': null, 'cap nhat': null,
} satisfies Record<string, Field | null>));

/** Types of documents, a compound one before its head ("Nghị quyết liên tịch", "Bộ luật" before "Luật"). */
const TYPES = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Văn bản hợp nhất', 'Hiến pháp', 'Bộ luật', 'Pháp lệnh',
  'Nghị quyết', 'Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị', 'Kết luận', 'Quy định', 'Quy chế',
  'Hướng dẫn', 'Thông báo', 'Thông tri', 'Công văn', 'Công điện', 'Kế hoạch', 'Chương trình', 'Sắc lệnh',
  'Luật', 'Lệnh',
];
const TYPE_BY_FOLD = new Map(TYPES.map((t) => [fold(t), t]));

/** Header lines that are never the issuer: the national motto, the party's name opposite the issuer. */
const NOT_ISSUER = new Set([
  'cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc', 'doc lap tu do hanh phuc', 'dang cong san viet nam',
]);

function labelKey(text: string | null | undefined): string {
  const t = fold(clean(text)).replace(/\s*\/\s*/g, '/').replace(/\s*[:：]\s*$/, '').trim();
  return t.length <= 60 ? t : '';
}

/** The fields a label cell announces, in the order of the cells after it; undefined: not a label. */
function labelFields(key: string): Array<Field | null> | undefined {
  if (!key) return undefined;
  if (LABELS.has(key)) return [LABELS.get(key)!];
  // "Cơ quan ban hành/ Chức danh / Người ký": one value cell per part.
  const parts = key.split('/');
  if (parts.length > 1 && parts.every((p) => LABELS.has(p))) return parts.map((p) => LABELS.get(p)!);
  return undefined;
}

const isLabel = (text: string) => labelFields(labelKey(text)) !== undefined;

type Found = Partial<Record<Field, string>>;

/**
 * Property-table values outside the full text (a document may hold its own tables with such
 * headers). Cells first (td, th, dt and the cell after them), then inline labels
 * ("<b>Số hiệu:</b> 18-NQ/TW" in one block).
 */
function readLabels(doc: Document, body: Element, m: TextMeasure): Found {
  const out: Found = {};
  const put = (field: Field | null, value: string) => {
    if (field && value && !out[field] && !isLabel(value)) out[field] = value;
  };
  for (const sel of ['td', 'th', 'dt']) {
    for (const cell of doc.getElementsByTagName(sel)) {
      if (m.atLeast(cell, 61) || body.contains(cell)) continue;
      const fields = labelFields(labelKey(cell.textContent));
      if (!fields) continue;
      let next = cell.nextElementSibling;
      for (const field of fields) {
        put(field, next && !m.atLeast(next, 301) ? clean(next.textContent) : '');
        next = next?.nextElementSibling ?? null;
      }
    }
  }
  for (const sel of ['b', 'strong', 'label', 'span']) {
    for (const el of doc.getElementsByTagName(sel)) {
      if (m.atLeast(el, 61) || body.contains(el)) continue;
      const labelText = clean(el.textContent);
      const fields = labelFields(labelKey(labelText));
      const parent = el.parentElement;
      if (fields?.length !== 1 || !fields[0] || out[fields[0]] || !parent || m.atLeast(parent, 301)) continue;
      const whole = clean(parent.textContent);
      if (labelText && whole.startsWith(labelText)) put(fields[0], whole.slice(labelText.length).replace(/^[\s:：]+/, ''));
    }
  }
  return out;
}

interface Line {
  text: string;
  el: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK = new Set([
  'P', 'DIV', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'CAPTION', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV',
  'BLOCKQUOTE', 'CENTER', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'FORM', 'HR',
]);

/** The first `max` lines of text under root, split at blocks and <br>; each with its block. */
function linesOf(root: Element, max: number): Line[] {
  const out: Line[] = [];
  let buf = '';
  let bufEl = root;
  const flush = () => {
    const text = clean(buf);
    if (text) out.push({ text, el: bufEl });
    buf = '';
  };
  const walk = (node: Node, block: Element): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (out.length >= max) return false;
      if (c.nodeType === 3) {
        if (!buf.trim()) bufEl = block;
        buf += c.nodeValue ?? '';
      } else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          flush();
        } else if (BLOCK.has(tag)) {
          flush();
          if (!walk(el, el)) return false;
          flush();
        } else if (!walk(el, block)) {
          return false;
        }
      }
    }
    return true;
  };
  walk(root, root);
  flush();
  return out.slice(0, max);
}

// "Số: 18-NQ/TW", "Số 18-NQ/TW", "Luật số: 24/2018/QH14", "Số: Không số".
const NUMBER_LINE = /^(?:(\p{L}+(?: \p{L}+){0,3}) )?(?:số|Số|SỐ)(?: (?:ký hiệu|hiệu|Ký hiệu))?\s*[:.]?\s*(\S.*)$/u;
const NUMBER = /^(\d[\p{L}\d.]*(?:[-/–][\p{L}\d.]+)+)\s*[.,;]?$/u;
// "Hà Nội, ngày 25 tháng 10 năm 2017"
const PLACE_DATE = /^[^,\d]{2,50},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu;
const SEPARATOR = /^[\s*_\-–—=.·•~]*$/u;

function typeOf(text: string): string | undefined {
  return TYPE_BY_FOLD.get(fold(text).replace(/[\s.:,;]+$/, '').trim());
}

/** "Bộ luật 100/2015/QH13", "Nghị quyết 18-NQ/TW năm 2017 ...": the type the name starts with. */
function typeAtStart(text: string): string | undefined {
  const folded = fold(text);
  for (const t of TYPES) {
    const f = fold(t);
    if (folded.startsWith(f) && (folded.length === f.length || /[\s\d]/.test(folded[f.length]))) return t;
  }
  return undefined;
}

const isUpper = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();

interface Header {
  number?: string;
  typeName?: string;
  issuer?: string;
  date?: string;
}

/**
 * The issuer printed in the header: the first cell of the header table holding the number (above
 * the number), or the upper-case lines just above the number when there is no such table.
 */
function issuerOf(lines: Line[], numberAt: number, scope: Element): string | undefined {
  const numberLine = lines[numberAt];
  const table = numberLine.el.closest('table');
  const firstCell = table && scope.contains(table) ? table.querySelector('td, th') : null;
  const parts: string[] = [];
  if (firstCell) {
    for (const line of linesOf(firstCell, 8)) {
      if (line.text === numberLine.text) break;
      if (!SEPARATOR.test(line.text) && !NOT_ISSUER.has(fold(line.text)) && isUpper(line.text)) {
        parts.push(line.text.replace(/[\s*_\-–—]+$/u, ''));
      }
    }
  } else {
    for (let i = numberAt - 1; i >= 0 && parts.length < 3; i--) {
      const t = lines[i].text;
      if (SEPARATOR.test(t) || NOT_ISSUER.has(fold(t))) continue;
      if (!isUpper(t)) break;
      parts.unshift(t.replace(/[\s*_\-–—]+$/u, ''));
    }
  }
  return clean(parts.join(' ')) || undefined;
}

/** Number, type, issuer and date from the first lines of the document, as printed. */
function readHeader(scope: Element): Header {
  const lines = linesOf(scope, 80);
  const out: Header = {};
  let numberAt = -1;
  for (let i = 0; i < lines.length && numberAt < 0; i++) {
    const t = lines[i].text;
    if (t.length > 60) continue;
    const m = t.match(NUMBER_LINE);
    if (!m) continue;
    // Only a type may stand before "số" ("Luật số: ..."), not "Căn cứ Nghị quyết số ...".
    const prefixType = m[1] ? typeOf(m[1]) : undefined;
    if (m[1] && !prefixType) continue;
    const num = m[2].match(NUMBER)?.[1];
    if (!num || !/\p{L}/u.test(num)) continue;
    out.number = num.replace(/\.+$/, '');
    out.typeName = prefixType;
    numberAt = i;
  }
  for (const line of lines) {
    if (!out.date && PLACE_DATE.test(line.text)) out.date = parseVnDate(line.text.match(PLACE_DATE)![0])?.slice(0, 10);
    if (!out.typeName && line.text.length <= 40 && isUpper(line.text)) out.typeName = typeOf(line.text);
  }
  if (numberAt >= 0) out.issuer = issuerOf(lines, numberAt, scope);
  return out;
}

function firstWithText(doc: Document, selectors: string[], ok: (el: Element) => boolean): Element | undefined {
  for (const sel of selectors) {
    for (const el of doc.querySelectorAll(sel)) if (ok(el)) return el;
  }
  return undefined;
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean)[0];
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}`;
}

/**
 * The one document a legal database's page shows, or null when the page is not such a page
 * (not a legal site, not a document URL, no full text, or no number and type to be read).
 */
export function detectLegalDocument(doc: Document, url: string, site?: Site): LegalDocumentPage | null {
  if (site?.group !== 'legal') return null;
  const rule = RULES[site.host];
  if (!rule) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!rule.isDocument(u)) return null;

  const m = new TextMeasure();
  const body = firstWithText(doc, rule.body, (el) => m.proseAtLeast(el, MIN_BODY_PROSE));
  if (!body) return null;

  const titleEl = firstWithText(doc, [...rule.title, 'h1'], (el) => !body.contains(el) && m.atLeast(el, 5));
  const title = titleEl ? clean(titleEl.textContent) : undefined;

  // The property table first; the document's own header for what the table lacks.
  const table = readLabels(doc, body, m);
  let header: Header | undefined;
  const head = (): Header => {
    if (!header) {
      const parent = body.parentElement;
      const scope = parent && parent !== doc.body && parent !== doc.documentElement ? parent : body;
      header = readHeader(scope);
    }
    return header;
  };
  type Source = 'the metadata table' | 'the header lines' | 'the title';
  const pick = (fromTable: string | undefined, fromHeader: () => string | undefined, fromTitle?: () => string | undefined) => {
    if (fromTable) return { value: fromTable, source: 'the metadata table' as Source };
    const h = fromHeader();
    if (h) return { value: h, source: 'the header lines' as Source };
    const t = fromTitle?.();
    return t ? { value: t, source: 'the title' as Source } : undefined;
  };

  const number = pick(table.number && /\d/.test(table.number) ? table.number.replace(/[\s.,;]+$/, '') : undefined, () => head().number);
  const typeName = pick(table.typeName, () => head().typeName, () => (title ? typeAtStart(title) : undefined));
  if (!number || !typeName) return null;

  const meta: LegalDocumentMeta = { number: number.value, typeName: typeName.value };
  const issuer = table.issuer ?? head().issuer;
  if (issuer) meta.issuer = issuer;
  const date = (table.date ? parseVnDate(table.date)?.slice(0, 10) : undefined) ?? head().date;
  if (date) meta.date = date;
  if (table.signer) meta.signer = table.signer;

  const how =
    number.source === typeName.source
      ? `number and type from ${number.source}`
      : `number from ${number.source}, type from ${typeName.source}`;
  return {
    body,
    title,
    meta,
    reason: `${site.host} document URL; ${how}; full text in ${describe(body)}`,
  };
}
