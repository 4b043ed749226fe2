/**
 * What not to scan inside a body. Related-article boxes sit inside the body on several sites,
 * and a linked article's title that names a resolution would be a false hit; so would ads,
 * share bars and scripts. Captions stay: they may cite documents.
 */
import { TextMeasure } from './measure';
import { fold } from './text';

/** Always dropped: never prose. */
const NEVER_PROSE = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'form', 'button', 'ins', 'nav', 'aside'];

/** Words in class/id/data-role/type values that mark non-content (after splitting). */
const WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'adsbygoogle', 'banner', 'baner', 'rennab', 'sda',
  'sponsor', 'sponsored', 'related', 'relate', 'relates', 'relation', 'relationship', 'tinlienquan', 'lienquan',
  'innerarticle', 'share', 'sharing', 'social', 'comment', 'comments', 'promo', 'promotion', 'widget',
  'tag', 'tags', 'tagbox', 'taglist', 'keyword', 'keywords', 'subscribe', 'newsletter', 'breadcrumb',
  'breadcrumbs', 'xemthem', 'docthem', 'readmore', 'recommend', 'recommended', 'quangcao', 'sidebar',
]);
/** Joined spellings ("box-tin-lien-quan", "relatedNews") found as substrings. */
const JOINED = /tinlienquan|baivietlienquan|bailienquan|xemthem|docthem|readmore|relatednews|relatedpost|innerarticle|advert|adsbygoogle/;

/** Headings and labels that open a non-content box. Compared folded, without trailing punctuation. */
const MARKERS = new Set([
  'tin lien quan', 'bai lien quan', 'bai viet lien quan', 'tin cung chuyen muc', 'cung chuyen muc',
  'bai doc tiep', 'tham khao them', 'xem them', 'doc tiep', 'doc them', 'co the ban quan tam',
  'ban co the quan tam', 'tin khac', 'bai khac', 'tin moi', 'tin doc nhieu', 'chia se facebook',
  'binh luan cua ban', 'quang cao', 'related', 'related news', 'related articles', 'related stories',
  'read more', 'see also', 'more news', 'you may be interested', 'advertisement',
]);

const BOXES = ['ul', 'ol', 'div', 'section', 'table'];
/** Elements carrying any of these may hold a token (see ATTRS). */
const TOKEN_CARRIERS = ['[class]', '[id]', '[data-role]', '[data-component-type]', '[type]'];
/** Token rules apply to boxes only: inline keyword links (nhandan's a.cms-relate) are prose. */
const TOKEN_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'LI', 'TABLE', 'P', 'FIGURE', 'HEADER', 'FOOTER', 'SPAN']);
const ATTRS = ['class', 'id', 'data-role', 'data-component-type', 'data-type', 'data-position', 'type'];

function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function looksNonContent(el: Element): string | undefined {
  for (const name of ATTRS) {
    const v = el.getAttribute(name);
    if (!v || v.length > 200) continue;
    if (JOINED.test(v.toLowerCase().replace(/[^a-z]/g, ''))) return `${name}="${v}"`;
    if (words(v).some((w) => WORDS.has(w))) return `${name}="${v}"`;
  }
  return undefined;
}

function markerText(s: string): boolean {
  if (s.length > 40) return false;
  const key = fold(s).replace(/\s+/g, ' ').replace(/^[\s>»›•|:-]+|[\s:>»›.…|-]+$/g, '');
  return MARKERS.has(key);
}

/**
 * The box a marker opens: the largest small, link-heavy ancestor still inside the body.
 * "More than half the body" is checked by reading the body only up to twice the box's length.
 */
function markerBox(marker: Element, body: Element, m: TextMeasure): Element[] {
  let box = marker;
  while (box.parentElement && box.parentElement !== body && body.contains(box.parentElement)) {
    const parent = box.parentElement;
    const len = m.length(parent);
    if (!m.atLeast(body, 2 * len)) break;
    if (len > 400 && m.linkDensityBelow(parent, 0.5)) break;
    box = parent;
  }
  const out = [box];
  // A bare heading directly in the body: the link list after it is the box.
  if (!m.atLeast(box, 61)) {
    let next = box.nextElementSibling;
    for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
      if (!m.atLeast(next, 1) || m.linkDensityBelow(next, 0.5)) break;
      out.push(next);
    }
  }
  return out;
}

function markers(body: Element): Element[] {
  const found: Element[] = [];
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as CharacterData).length > 60) continue; // before reading the string: most text is prose
    const t = n.nodeValue ?? '';
    if (t.length > 60 || !t.trim()) continue;
    if (markerText(t.trim()) && n.parentElement) found.push(n.parentElement);
  }
  return found;
}

/**
 * Elements inside `body` not to scan: the adapter's drop-list, then the generic backups
 * (non-prose tags, class/id tokens, "Tin liên quan"-style markers, nested teaser <article>s,
 * link lists). Generic rules never drop more than half of the body's text.
 */
export function findExcludes(body: Element, dropSelectors: string[] = [], m = new TextMeasure()): Element[] {
  const picked = new Set<Element>();
  // At most 200 characters, or at most half the body's (which is read only that far).
  const small = (el: Element) => !m.atLeast(el, 201) || m.atLeast(body, 2 * m.length(el));
  const add = (el: Element | null | undefined, force = false) => {
    if (!el || el === body || !body.contains(el)) return;
    if (force || small(el)) picked.add(el);
  };

  for (const sel of dropSelectors) {
    try {
      for (const el of body.querySelectorAll(sel)) add(el, true);
    } catch {
      /* an adapter selector the DOM engine rejects: skip it */
    }
  }
  // The order of the picks does not matter (they are sorted below), so each selector is queried
  // on its own: Blink matches a single selector far faster than a list.
  for (const sel of NEVER_PROSE) for (const el of body.querySelectorAll(sel)) add(el, true);
  for (const el of body.querySelectorAll('article')) add(el);
  for (const sel of TOKEN_CARRIERS) {
    for (const el of body.querySelectorAll(sel)) if (TOKEN_TAGS.has(el.tagName) && looksNonContent(el)) add(el);
  }
  for (const marker of markers(body)) for (const el of markerBox(marker, body, m)) add(el);
  for (const sel of BOXES) {
    for (const el of body.querySelectorAll(sel)) {
      if (el.getElementsByTagName('a').length < 2) continue;
      if (m.atLeast(el, 20) && !m.linkDensityBelow(el, 0.7)) add(el);
    }
  }

  // Keep the outermost of nested picks, in document order.
  const list = [...picked];
  return list
    .filter((el) => !list.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Whether a node sits in one of the excluded elements. */
export function isExcluded(node: Node, exclude: Element[]): boolean {
  return exclude.some((el) => el.contains(node));
}
