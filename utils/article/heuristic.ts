/**
 * Layer 3: "one main text block" versus "many repeated teasers", from textContent alone.
 *
 * Prose blocks (<p>, and text-only <div>s: some CMSs write paragraphs as divs) are grouped by
 * their container, climbing past wrappers that add no text of their own (VTC wraps every <p> in
 * two divs). An article has one container holding most of the page's prose; a listing has many
 * small teaser containers, none dominant. Readability's isProbablyReaderable is not used: VN
 * listings wrap every teaser in <article>, which it counts as content.
 */
import { linkDensity, textLength } from './text';

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

interface Group {
  el: Element;
  prose: number;
  blocks: number;
}

function isLeafText(el: Element): boolean {
  if (el.tagName === 'P' || el.tagName === 'PRE' || el.tagName === 'BLOCKQUOTE') return true;
  for (const c of el.children) if (BLOCK_CHILD.has(c.tagName)) return false;
  return true;
}

function insideNonProse(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (NOT_PROSE.has(e.tagName)) return true;
  return false;
}

/**
 * Text length of `el` (scripts aside), counting only up to `limit`: enough to tell a wrapper
 * from a container without reading a whole page's text for every block.
 */
function lengthUpTo(el: Element, limit: number): number {
  if (SKIP_TEXT.has(el.tagName)) return 0;
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (SKIP_TEXT.has(t.parentElement?.tagName ?? '')) continue;
    n += (t.nodeValue ?? '').trim().length;
    if (n > limit) return n;
  }
  return n;
}

/** Text in `parent` outside `child`, counted up to `limit`. */
function textBeside(parent: Element, child: Element, limit: number): number {
  let n = 0;
  for (const node of parent.childNodes) {
    if (node === child) continue;
    if (node.nodeType === 3) n += (node.nodeValue ?? '').trim().length;
    else if (node.nodeType === 1) n += lengthUpTo(node as Element, limit - n);
    if (n > limit) break;
  }
  return n;
}

/** The container a block belongs to, past wrappers that add (almost) no text. */
function containerOf(block: Element, root: Element): Element | null {
  let e = block;
  for (let i = 0; i < 6; i++) {
    const parent = e.parentElement;
    if (!parent || parent === root || textBeside(parent, e, 20) > 20) return parent;
    e = parent;
  }
  return e.parentElement;
}

/** h2–h4 that are essentially one link (or sit inside one): teaser headlines. Plus teaser <article>s. */
export function countTeasers(root: Element): number {
  let n = 0;
  for (const h of root.querySelectorAll('h2, h3, h4')) {
    const len = textLength(h);
    if (len < 10) continue;
    if (h.parentElement?.closest('a') || (h.querySelector('a') && linkDensity(h, len) >= 0.6)) n++;
  }
  for (const a of root.querySelectorAll('article')) if (a.querySelector('a')) n++;
  return n;
}

function hasVideo(doc: Document): boolean {
  return !!doc.querySelector(
    'video, iframe[src*="youtube"], iframe[src*="player"], iframe[src*="video"], [class*="video-player"], [class*="videoplayer"]',
  );
}

export function analyzeText(doc: Document): TextAnalysis {
  const root = doc.body ?? doc.documentElement;
  const empty: TextAnalysis['stats'] = { mainProse: 0, mainBlocks: 0, pageProse: 0, share: 0, dominance: 0 };
  if (!root) return { verdict: 'none', reason: 'no document body', stats: empty };

  const groups = new Map<Element, Group>();
  let pageProse = 0;
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (!isLeafText(el) || insideNonProse(el, root)) continue;
    const len = textLength(el);
    if (len < MIN_PROSE) continue;
    pageProse += len;
    const c = containerOf(el, root);
    if (!c) continue;
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { el: c, prose: 0, blocks: 0 }));
    g.prose += len;
    if (len >= LONG_BLOCK) g.blocks++;
  }

  const ranked = [...groups.values()].sort((a, b) => b.prose - a.prose);
  const main = ranked[0] && widen(ranked[0], ranked);
  if (!main) {
    if (hasVideo(doc)) return { verdict: 'video', reason: 'no prose, a video player', stats: empty };
    const teasers = countTeasers(root);
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
    stats.linkDensity = linkDensity(main.el);
    const inMain = countTeasers(main.el);
    teaserList = inMain >= 4 && inMain >= main.blocks;
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
    if (ld < 0.4) return { verdict: 'weak', reason: `a modest text block: ${summary()}`, main: main.el, stats };
  }
  stats.teasers = countTeasers(root);
  const listing = stats.teasers >= 6 || teaserList;
  return { verdict: listing ? 'listing' : 'none', reason: `no dominant text block: ${summary()}`, stats };
}

/**
 * Sections split an article's prose over sibling containers: take the ancestor holding them all,
 * unless it gathers many one-paragraph groups or headline links (a teaser list).
 */
function widen(main: Group, ranked: Group[]): Group {
  let best = main;
  let el = main.el.parentElement;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    let prose = 0;
    let blocks = 0;
    let groups = 0;
    for (const g of ranked) {
      if (el.contains(g.el)) {
        prose += g.prose;
        blocks += g.blocks;
        groups++;
      }
    }
    if (prose < best.prose * 1.25) continue;
    if (groups >= 4 && blocks < groups * 2) break;
    if (countTeasers(el) >= 2) break;
    best = { el, prose, blocks };
  }
  return best;
}
