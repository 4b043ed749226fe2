/**
 * Layer 3: "one main text block" versus "many repeated teasers", from textContent alone.
 *
 * Prose blocks (<p>, and text-only <div>s: some CMSs write paragraphs as divs) are grouped by
 * their container, climbing past wrappers that add no text of their own (VTC wraps every <p> in
 * two divs). An article has one container holding most of the page's prose; a listing has many
 * small teaser containers, none dominant. Readability's isProbablyReaderable is not used: VN
 * listings wrap every teaser in <article>, which it counts as content.
 */
import { collapsedLength, following, TextMeasure } from './measure';

export type TextVerdict = 'article' | 'weak' | 'listing' | 'video' | 'none';

export interface TextAnalysis {
  verdict: TextVerdict;
  reason: string;
  /** The main text container, when one stands out. */
  main?: Element;
  stats: {
    mainProse: number;
    mainBlocks: number;
    pageProse: number;
    /** Main block's share of all prose on the page. */
    share: number;
    /** Main block's prose over the next largest container's. */
    dominance: number;
    /** Computed only when the main block could be an article. */
    linkDensity?: number;
    /** Computed only when no article block was found. */
    teasers?: number;
  };
}

const BLOCKS = 'p, div, td, blockquote, pre';
const BLOCK_CHILD = new Set([
  'P', 'DIV', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'FIGURE',
  'BLOCKQUOTE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FORM', 'LI', 'DL', 'PRE',
]);
/** Prose inside these is navigation or a teaser, not article text. */
const NOT_PROSE = new Set(['NAV', 'FOOTER', 'ASIDE', 'LI', 'A', 'BUTTON', 'FORM', 'SELECT', 'SCRIPT', 'STYLE', 'NOSCRIPT']);
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const MIN_PROSE = 40;
const LONG_BLOCK = 80;
/** Link text share from which a block is a link, not prose. */
const LINK_BLOCK = 0.5;

interface Group {
  el: Element;
  prose: number;
  blocks: number;
  /** Prose elements counted, and those whose text opens with a link (a teaser's headline). */
  elements: number;
  linkLed: number;
}

/** Whether the first text of `block` is a link's of at least 10 characters: a teaser's headline. */
function opensWithLink(block: Element, m: TextMeasure): boolean {
  for (let node: Node | null = block.firstChild; node; ) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) {
      for (let e = node.parentElement; e && e !== block; e = e.parentElement) {
        if (e.tagName === 'A') return m.shortLength(e) >= 10;
      }
      return false;
    }
    node = node.nodeType === 1 && node.firstChild && !SKIP_TEXT.has((node as Element).tagName) ? node.firstChild : following(node, block);
  }
  return false;
}

function isLeafText(el: Element): boolean {
  if (el.tagName === 'P' || el.tagName === 'PRE' || el.tagName === 'BLOCKQUOTE') return true;
  for (const c of el.children) if (BLOCK_CHILD.has(c.tagName)) return false;
  return true;
}

/**
 * ASP.NET WebForms pages (SharePoint portals of ministries and provinces) wrap the whole page in
 * one <form>: that one holds the page, not a search box or a comment form.
 */
function isPageForm(form: Element): boolean {
  return !!form.querySelector('input[name="__VIEWSTATE"], h1');
}

/**
 * Paragraphs of a block: old portals write them as text runs separated by <br><br> in one cell,
 * so each run of at least LONG_BLOCK characters between <br>s counts as one.
 */
function paragraphsIn(el: Element, len: number): number {
  if (len < 2 * LONG_BLOCK || !el.getElementsByTagName('br').length) return len >= LONG_BLOCK ? 1 : 0;
  let count = 0;
  let run = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') {
      if (run >= LONG_BLOCK) count++;
      run = 0;
    } else if (node.nodeType === 3) run += collapsedLength(node.nodeValue ?? '');
    else if (node.nodeType === 1) run += collapsedLength(node.textContent ?? '');
  }
  if (run >= LONG_BLOCK) count++;
  return Math.max(count, 1);
}

/**
 * Whether `el` or an ancestor below `root` is in NOT_PROSE. Blocks (BLOCKS) never are, so only
 * their ancestors are looked at, and the answer is kept for each ancestor on the way.
 */
function nonProseTest(root: Element): (block: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (block) => {
    const path: Element[] = [];
    let answer = false;
    for (let e = block.parentElement; e && e !== root; e = e.parentElement) {
      const k = known.get(e);
      if (k !== undefined) {
        answer = k;
        break;
      }
      path.push(e);
      if (NOT_PROSE.has(e.tagName) && !(e.tagName === 'FORM' && isPageForm(e))) {
        answer = true;
        break;
      }
    }
    // Every element on the path below the answer shares it.
    for (const e of path) known.set(e, answer);
    return answer;
  };
}

/**
 * Text length of `el` (scripts aside), counting only up to `limit`: enough to tell a wrapper
 * from a container without reading a whole page's text for every block.
 */
function lengthUpTo(el: Element, limit: number): number {
  if (SKIP_TEXT.has(el.tagName)) return 0;
  let n = 0;
  // Text nodes in document order, by hand: it rarely takes more than a few steps.
  for (let node: Node | null = el.firstChild; node; ) {
    const type = node.nodeType;
    if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (type === 3 && !SKIP_TEXT.has((node.parentNode as Element).tagName)) {
      n += (node.nodeValue ?? '').trim().length;
      if (n > limit) return n;
    }
    node = following(node, el);
  }
  return n;
}

/** Text of one child node, counted up to `limit`. */
function nodeLength(node: Node, limit: number): number {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim().length;
  return node.nodeType === 1 ? lengthUpTo(node as Element, limit) : 0;
}

/** Text in `parent` outside `child`, counted up to `limit`. */
function textBeside(parent: Element, child: Element, limit: number): number {
  let n = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node === child) continue;
    n += nodeLength(node, limit - n);
    if (n > limit) break;
  }
  return n;
}

const WRAPPER_TEXT = 20;

/**
 * Whether `parent` has more than WRAPPER_TEXT characters outside `child`. Per parent, the
 * leading children that already hold more are noted once: for any child after them the answer
 * is yes without reading (an article body's 4 000 paragraphs share one parent).
 */
function besideTest(): (parent: Element, child: Element) => boolean {
  const prefixes = new Map<Element, Set<Node> | null>(); // null: the parent never exceeds the limit
  return (parent, child) => {
    let prefix = prefixes.get(parent);
    if (prefix === undefined) {
      const nodes = new Set<Node>();
      let n = 0;
      for (let node = parent.firstChild; node && n <= WRAPPER_TEXT; node = node.nextSibling) {
        nodes.add(node);
        n += nodeLength(node, WRAPPER_TEXT - n);
      }
      prefix = n > WRAPPER_TEXT ? nodes : null;
      prefixes.set(parent, prefix);
    }
    if (prefix && !prefix.has(child)) return true;
    return textBeside(parent, child, WRAPPER_TEXT) > WRAPPER_TEXT;
  };
}

/** The container a block belongs to, past wrappers that add (almost) no text. */
function containerOf(block: Element, root: Element, hasTextBeside: (parent: Element, child: Element) => boolean): Element | null {
  let e = block;
  for (let i = 0; i < 6; i++) {
    const parent = e.parentElement;
    if (!parent || parent === root || hasTextBeside(parent, e)) return parent;
    e = parent;
  }
  return e.parentElement;
}

/** h2–h4 that are essentially one link (or sit inside one): teaser headlines. Plus teaser <article>s. */
export function countTeasers(root: Element, m = new TextMeasure()): number {
  let n = 0;
  // One query per tag (Blink is much faster on single selectors); only the count matters.
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of root.querySelectorAll(tag)) {
      if (m.shortLength(h) < 10) continue;
      if (h.parentElement?.closest('a') || (h.querySelector('a') && !m.linkDensityBelow(h, 0.6))) n++;
    }
  }
  for (const a of root.querySelectorAll('article')) if (a.querySelector('a')) n++;
  return n;
}

const VIDEO = ['video', 'iframe[src*="youtube"]', 'iframe[src*="player"]', 'iframe[src*="video"]', '[class*="video-player"]', '[class*="videoplayer"]'];

function hasVideo(doc: Document): boolean {
  return VIDEO.some((sel) => doc.querySelector(sel));
}

export function analyzeText(doc: Document, m = new TextMeasure()): TextAnalysis {
  const root = doc.body ?? doc.documentElement;
  const empty: TextAnalysis['stats'] = { mainProse: 0, mainBlocks: 0, pageProse: 0, share: 0, dominance: 0 };
  if (!root) return { verdict: 'none', reason: 'no document body', stats: empty };

  const groups = new Map<Element, Group>();
  const insideNonProse = nonProseTest(root);
  const hasTextBeside = besideTest();
  let pageProse = 0;
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (!isLeafText(el) || insideNonProse(el)) continue;
    // Exact: the lengths add up to the stats. No textContent for a block with inline children.
    const len = el.firstElementChild ? m.length(el) : collapsedLength(el.textContent ?? '');
    if (len < MIN_PROSE) continue;
    // A block that is mostly one link is a teaser headline (a "most read" item), not prose.
    if (el.firstElementChild && !m.linkDensityBelow(el, LINK_BLOCK)) continue;
    pageProse += len;
    const c = containerOf(el, root, hasTextBeside);
    if (!c) continue;
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { el: c, prose: 0, blocks: 0, elements: 0, linkLed: 0 }));
    g.prose += len;
    g.elements++;
    if (el.firstElementChild && opensWithLink(el, m)) g.linkLed++;
    g.blocks += paragraphsIn(el, len);
  }

  const ranked = [...groups.values()].sort((a, b) => b.prose - a.prose);
  const main = ranked[0] && widen(ranked[0], ranked, m);
  if (!main) {
    if (hasVideo(doc)) return { verdict: 'video', reason: 'no prose, a video player', stats: empty };
    const teasers = countTeasers(root, m);
    return { verdict: teasers >= 6 ? 'listing' : 'none', reason: `no prose block; ${teasers} teasers`, stats: { ...empty, teasers } };
  }

  const second = ranked.find((g) => !main.el.contains(g.el) && !g.el.contains(main.el));
  const stats: TextAnalysis['stats'] = {
    mainProse: main.prose,
    mainBlocks: main.blocks,
    pageProse,
    share: pageProse ? main.prose / pageProse : 0,
    dominance: second ? main.prose / second.prose : Infinity,
  };
  // Link density and teaser counts read a lot of text: only for a block that could win.
  const candidate = main.prose >= 250 && (stats.share >= 0.3 || stats.dominance >= 2);
  let teaserList = false;
  if (candidate) {
    stats.linkDensity = m.linkDensity(main.el);
    const inMain = countTeasers(main.el, m);
    // Teaser rows without headings (table-based portals): most blocks open with a headline link.
    let linkLed = 0;
    let elements = 0;
    for (const g of groups.values()) {
      if (main.el === g.el || main.el.contains(g.el)) {
        linkLed += g.linkLed;
        elements += g.elements;
      }
    }
    teaserList = (inMain >= 4 && inMain >= main.blocks) || (linkLed >= 4 && linkLed * 2 >= elements);
  }
  const ld = stats.linkDensity ?? 1;
  const summary = () =>
    `main block ${main.prose} chars in ${main.blocks} paragraphs, ${Math.round(stats.share * 100)}% of page prose` +
    (stats.linkDensity === undefined ? '' : `, link density ${ld.toFixed(2)}`) +
    (stats.teasers === undefined ? '' : `, ${stats.teasers} teasers`);

  if (main.prose < 300 && hasVideo(doc)) return { verdict: 'video', reason: `video player, ${summary()}`, stats };
  if (candidate && !teaserList) {
    const dominant = stats.share >= 0.4 || stats.dominance >= 3;
    if (main.blocks >= 3 && main.prose >= 500 && ld < 0.3 && dominant) {
      return { verdict: 'article', reason: `one main text block: ${summary()}`, main: main.el, stats };
    }
    // One paragraph alone, or a block with under a third of the page's prose among many small
    // ones, is a featured teaser's summary more often than an article.
    if (ld < 0.4 && main.blocks >= 2 && stats.share >= 0.3) return { verdict: 'weak', reason: `a modest text block: ${summary()}`, main: main.el, stats };
  }
  stats.teasers = countTeasers(root, m);
  const listing = stats.teasers >= 6 || teaserList;
  return { verdict: listing ? 'listing' : 'none', reason: `no dominant text block: ${summary()}`, stats };
}

/**
 * Sections split an article's prose over sibling containers: take the ancestor holding them all,
 * unless it gathers many one-paragraph groups or headline links (a teaser list).
 */
function widen(main: Group, ranked: Group[], m: TextMeasure): Group {
  let best = main;
  let el = main.el.parentElement;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    let prose = 0;
    let blocks = 0;
    let groups = 0;
    let elements = 0;
    let linkLed = 0;
    for (const g of ranked) {
      if (el.contains(g.el)) {
        prose += g.prose;
        blocks += g.blocks;
        elements += g.elements;
        linkLed += g.linkLed;
        groups++;
      }
    }
    if (prose < best.prose * 1.25) continue;
    if (groups >= 4 && blocks < groups * 2) break;
    if (countTeasers(el, m) >= 2) break;
    best = { el, prose, blocks, elements, linkLed };
  }
  return best;
}
