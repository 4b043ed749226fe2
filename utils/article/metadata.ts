/**
 * Title, lead, date and author, each from the most specific source that has it:
 * adapter → JSON-LD → Open Graph / meta → generic markup near the headline.
 */
import type { AdapterHit } from './adapters';
import { parseVnDate } from './dates';
import { personNames, str } from './jsonld';
import type { StructuredSignals } from './structured';
import { TextMeasure } from './measure';
import { clean, fold, precedes, readMeta, squash, textOf, type MetaIndex } from './text';
import type { Site } from './types';

export interface Metadata {
  title?: string;
  lead?: string;
  published?: string;
  author?: string;
  /** The headline element, when one on the page carries the title. */
  titleEl?: Element;
  leadEl?: Element;
}

// "(Chinhphu.vn) - ", "(Dân trí) - ", "(PLO)-", "(ĐTCK) ", "(CTO) - ", "(ĐCSVN) -", "XDĐ -", "TTO - ".
const LEAD_PREFIX = /^\s*(?:\(\s*[^()\s][^()]{0,24}\)\s*[-–—:]?|(?:XDĐ|TCCS|TTO|QĐND Online|VOV\.VN|TTXVN)\s*[-–—])\s*/u;
const SEPARATORS = [' | ', ' - ', ' – ', ' — '];

function siteKeys(site?: Site): string[] {
  if (!site) return [];
  const label = site.host.split('.').filter((p) => !['www', 'm', 'en', 'e', 'english'].includes(p))[0];
  return [squash(site.name), label].filter((k): k is string => !!k && k.length >= 3);
}

/** "Title | Báo Nhân Dân" → "Title"; only a suffix naming the site or a paper is removed. */
export function stripSiteSuffix(title: string, site?: Site): string {
  const keys = siteKeys(site);
  for (const sep of SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const suffix = squash(title.slice(i + sep.length));
    if (suffix.length > 40) continue;
    if (keys.some((k) => suffix.includes(k)) || /^(bao|tapchi|congthongtin)|online$|vn$|news$/.test(suffix)) {
      return title.slice(0, i).trim();
    }
  }
  return title;
}

export function stripLeadPrefix(lead: string): string {
  return lead.replace(LEAD_PREFIX, '').trim();
}

function isPseudoAuthor(name: string, site?: Site): boolean {
  const s = squash(name);
  if (!s || /^https?/.test(name)) return true;
  if (siteKeys(site).some((k) => s.includes(k))) return true;
  return /^(bao|tapchi|congthongtin)|online$/.test(s);
}

// "Tin, ảnh: P.Y", "Bài và ảnh: ...", "Ảnh: ...": credit labels before the name.
const CREDIT = /^(?:(?:tin|bài|bài viết|ảnh|video|clip|nhóm pv)\s*(?:,|và|&|-|\/)?\s*)+:\s*/iu;

/** A short right-aligned closing paragraph is the byline on many VN sites. */
export function rightAlignedByline(body: Element): string | undefined {
  // The last of either kind (two single-selector queries are faster than one list).
  const styled = body.querySelectorAll('p[style*="right"]');
  const aligned = body.querySelectorAll('p[align="right"]');
  const a = styled[styled.length - 1], b = aligned[aligned.length - 1];
  const last = a && b ? (precedes(a, b) ? b : a) : a ?? b;
  const t = clean(last?.textContent).replace(CREDIT, '');
  return t && t.length <= 60 && !/^(theo|nguồn|source)\b/iu.test(t) ? t : undefined;
}

function sameTitle(a: string, b: string): boolean {
  const x = squash(a), y = squash(b);
  return !!x && !!y && (x === y || (x.length >= 20 && y.startsWith(x)) || (y.length >= 20 && x.startsWith(y)));
}

function headlineFor(doc: Document, title: string | undefined, hit: AdapterHit | undefined, m: TextMeasure): Element | undefined {
  if (hit?.titleEl) return hit.titleEl;
  const h1s = [...doc.getElementsByTagName('h1')].filter((h) => m.atLeast(h, 10));
  if (title) return h1s.find((h) => sameTitle(textOf(h), title));
  return h1s[0];
}

/** An h2/h3 or a title-classed element printing the page's title (a few candidates, looked at cheaply). */
function printedTitle(doc: Document, title: string, m: TextMeasure): Element | undefined {
  if (title.length < 15) return undefined;
  const found = doc.querySelectorAll('h2, h3, [class*="title" i]');
  for (let i = 0; i < found.length && i < 60; i++) {
    const el = found[i];
    if (m.atLeast(el, 10) && !el.querySelector('a') && el.closest('a') === null && sameTitle(textOf(el), title)) return el;
  }
  return undefined;
}

const SAPO_CLASS = /sapo|summary|chapeau|desc|lead|intro/i;

/** A sapo-like element among the few after the headline, before the body. */
function leadNear(doc: Document, titleEl: Element | undefined, main: Element | undefined, m: TextMeasure): Element | undefined {
  if (!titleEl) return undefined;
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = titleEl;
  let seen = 0;
  for (let el = walker.nextNode() as Element | null; el && seen < 20; el = walker.nextNode() as Element | null) {
    if (titleEl.contains(el)) continue;
    if (main && (el === main || el.contains(main) || main.contains(el))) return undefined;
    seen++;
    if (!SAPO_CLASS.test(el.getAttribute('class') ?? '')) continue;
    if (m.atLeast(el, 40) && !m.atLeast(el, 1201)) return el;
  }
  return undefined;
}

function leadText(el: Element, drop?: string): string {
  if (!drop) return textOf(el);
  const copy = el.cloneNode(true) as Element;
  for (const d of copy.querySelectorAll(drop)) d.remove();
  return textOf(copy);
}

function firstDate(values: Array<string | null | undefined>): string | undefined {
  for (const v of values) {
    const d = parseVnDate(v);
    if (d) return d;
  }
  return undefined;
}

function timeNearHeadline(doc: Document, titleEl?: Element): string | undefined {
  if (!titleEl) return undefined;
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const dt = times[i].getAttribute('datetime');
    if (dt && precedes(titleEl, times[i])) return dt;
  }
  return undefined;
}

/** A short date line among the few elements after the headline ("Cập nhật: 08:45 ngày 12/03/2025"). */
function dateTextNearHeadline(doc: Document, titleEl: Element | undefined, m: TextMeasure): string | undefined {
  if (!titleEl) return undefined;
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = titleEl;
  let seen = 0;
  for (let el = walker.nextNode() as Element | null; el && seen < 15; el = walker.nextNode() as Element | null) {
    if (titleEl.contains(el)) continue;
    seen++;
    if (el.childElementCount > 2) continue;
    if (!m.atLeast(el, 8) || m.atLeast(el, 81)) continue;
    const d = parseVnDate(textOf(el));
    if (d) return d;
  }
  return undefined;
}

export function readMetadata(
  doc: Document,
  opts: { hit?: AdapterHit; structured: StructuredSignals; site?: Site; main?: Element; meta?: MetaIndex; measure?: TextMeasure },
): Metadata {
  const { hit, structured, site, main } = opts;
  const m = opts.measure ?? new TextMeasure();
  const meta = opts.meta ?? readMeta(doc);
  const ld = structured.article;
  const out: Metadata = {};

  const ogTitle = meta.get('og:title');
  out.title =
    textOf(hit?.titleEl) ||
    clean(str(ld?.['headline'])) ||
    clean(str(ld?.['name'])) ||
    (ogTitle ? stripSiteSuffix(ogTitle, site) : '') ||
    undefined;
  out.titleEl = headlineFor(doc, out.title, hit, m);
  // Portals with no metadata and no <h1> (SharePoint, table layouts): the document title names the
  // article, and the element printing the same words is its headline.
  if (!out.title && !out.titleEl && doc.title.trim()) {
    const title = stripSiteSuffix(clean(doc.title), site);
    const el = printedTitle(doc, title, m);
    if (el) { out.title = textOf(el); out.titleEl = el; }
  }
  if (!out.title && out.titleEl) out.title = textOf(out.titleEl);

  out.leadEl = hit?.leadEl ?? leadNear(doc, out.titleEl, main ?? hit?.body, m);
  const lead =
    (out.leadEl ? leadText(out.leadEl, hit?.spec.leadDrop) : '') ||
    clean(str(ld?.['description'])) ||
    meta.get('og:description') ||
    meta.get('description');
  if (lead) out.lead = stripSiteSuffix(stripLeadPrefix(lead), site) || undefined;

  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  out.published = firstDate([
    ...(hit?.dateTexts ?? []),
    str(ld?.['datePublished']),
    meta.get('article:published_time'),
    itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? itemprop?.textContent,
    timeNearHeadline(doc, out.titleEl),
    dateTextNearHeadline(doc, out.titleEl, m),
  ]);

  const authors = [hit?.author, ...personNames(ld?.['author']), main ? rightAlignedByline(main) : undefined]
    .map((a) => clean(a))
    .filter((a) => a && !isPseudoAuthor(a, site));
  if (authors.length) out.author = authors[0];

  if (out.title && fold(out.title) === fold(site?.name ?? '')) out.title = undefined;
  return out;
}
