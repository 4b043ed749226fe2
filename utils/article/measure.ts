/**
 * Text lengths for one detection, shared by the layers (detectArticle makes one TextMeasure and
 * passes it through). Each length is what `textLength` in text.ts returns (textContent with
 * whitespace collapsed and trimmed), but a large element is read text node by text node, without
 * building its whole textContent string, and only as far as the question needs: "has this 2 MB
 * body at least 200 characters?" reads its first paragraph. Progress is kept per element, so a
 * later, larger question about it resumes where the last one stopped, and an answer once known
 * is never computed again in the same detection.
 */

/** The characters WS collapses: JS \s plus U+200B–U+200D (U+00A0 and U+FEFF are in \s). */
export function isWsCode(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whitespace runs, collapsed to one space wherever text is compared (text.ts's clean too). */
export const WS = /[\s\u00a0\u200b\u200c\u200d\ufeff]+/g;
const NON_WS = /[^\s\u200b\u200c\u200d\ufeff]/;
/** Below this length a string is simply collapsed (the cheapest way, and no other pattern runs). */
const SHORT = 64;
/** Any whitespace but a lone plain space. Most prose has none: its length is then plain arithmetic. */
const ANY_IRREGULAR = /[^\S ]|[\u200b\u200c\u200d]| {2}/;
/** Whitespace runs that collapse to something shorter or other than one plain space. */
const IRREGULAR = /[\s\u200b\u200c\u200d\ufeff]{2,}|[^\S ]|[\u200b\u200c\u200d]/g;

/** Collapsed length of a concatenation of strings, fed one at a time. */
interface Collapse {
  /** Length so far: never more than the final length. */
  n: number;
  /** A non-whitespace character has been seen. */
  started: boolean;
  /** Whitespace after the last non-whitespace character (a space if more text follows). */
  pending: boolean;
}

function feed(st: Collapse, s: string): void {
  const len = s.length;
  if (!len) return;
  if (len < SHORT) {
    const r = s.replace(WS, ' ');
    if (r === ' ') {
      st.pending = true;
      return;
    }
    const rl = r.charCodeAt(0) === 32, rt = r.charCodeAt(r.length - 1) === 32;
    if (st.started && (st.pending || rl)) st.n++;
    st.n += r.length - (rl ? 1 : 0) - (rt ? 1 : 0);
    st.started = true;
    st.pending = rt;
    return;
  }
  const lead = isWsCode(s.charCodeAt(0));
  const trail = isWsCode(s.charCodeAt(len - 1));
  const irregular = ANY_IRREGULAR.test(s);
  // Whitespace only: without irregular runs that is a single space.
  if (lead && trail && (irregular ? !NON_WS.test(s) : len === 1)) {
    st.pending = true;
    return;
  }
  let core = len - (lead ? 1 : 0) - (trail ? 1 : 0);
  if (irregular) {
    IRREGULAR.lastIndex = 0;
    for (let m = IRREGULAR.exec(s); m; m = IRREGULAR.exec(s)) core -= m[0].length - 1;
  }
  if (st.started && (st.pending || lead)) st.n++;
  st.n += core;
  st.started = true;
  st.pending = trail;
}

/** `s.replace(WS, ' ').trim().length` without building the replaced string. */
export function collapsedLength(s: string): number {
  const len = s.length;
  if (len < SHORT) return s.replace(WS, ' ').trim().length;
  if (!ANY_IRREGULAR.test(s)) {
    // Plain prose: only single spaces, at most one at each end.
    const lead = s.charCodeAt(0) === 32;
    return lead && len === 1 ? 0 : len - (lead ? 1 : 0) - (s.charCodeAt(len - 1) === 32 ? 1 : 0);
  }
  const st: Collapse = { n: 0, started: false, pending: false };
  feed(st, s);
  return st.n;
}

/**
 * The node after `node` in `root`'s subtree in document order, skipping `node`'s own children.
 * A hand walk: most elements measured are small, and creating a TreeWalker costs more than
 * the few steps they take.
 */
export function following(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

interface Progress extends Collapse {
  /** The next node to read; null once all are read. */
  next?: Node | null;
  done: boolean;
}

/** textLength of an element without element children: its textContent is one short string. */
function leafLength(el: Element): number {
  return collapsedLength(el.textContent ?? '');
}

export class TextMeasure {
  private progress = new Map<Element, Progress>();

  private advance(el: Element, limit: number): Progress {
    let p = this.progress.get(el);
    if (!p) {
      p = { n: 0, started: false, pending: false, done: false };
      if (!el.firstElementChild) {
        p.n = leafLength(el);
        p.done = true;
      }
      this.progress.set(el, p);
    }
    if (p.done || p.n >= limit) return p;
    // Text and CDATA nodes, as textContent reads them.
    let node = p.next === undefined ? el.firstChild : p.next;
    while (node) {
      const type = node.nodeType;
      if (type === 3 || type === 4) {
        feed(p, node.nodeValue ?? '');
        node = following(node, el);
        if (p.n >= limit) {
          p.next = node;
          return p;
        }
      } else {
        node = type === 1 && node.firstChild ? node.firstChild : following(node, el);
      }
    }
    p.done = true;
    p.next = null;
    return p;
  }

  /** textLength(el), exactly. */
  length(el: Element): number {
    return this.advance(el, Infinity).n;
  }

  /**
   * textLength(el), exactly, for elements short by nature (headings, links): one textContent
   * read costs less than walking their few text nodes.
   */
  shortLength(el: Element): number {
    let p = this.progress.get(el);
    if (!p) this.progress.set(el, (p = { n: leafLength(el), started: false, pending: false, done: true }));
    return p.done ? p.n : this.length(el);
  }

  /** textLength(el) >= n, reading no further than needed. */
  atLeast(el: Element, n: number): boolean {
    return n <= 0 || this.advance(el, n).n >= n;
  }

  /** Sum of the lengths of the links inside (text.ts's linkTextLength). */
  linkTextLength(el: Element): number {
    let n = 0;
    const links = el.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) n += this.shortLength(links[i]);
    return n;
  }

  /**
   * linkDensity(el) < threshold, for 0 < threshold <= 1. The element's own length is read only
   * up to where the links could still reach the threshold.
   */
  linkDensityBelow(el: Element, threshold: number, links = this.linkTextLength(el)): boolean {
    // Beyond this length links / length is below the threshold by far more than rounding.
    if (this.atLeast(el, Math.floor(links / threshold) + 2)) return true;
    const len = this.length(el);
    return (len > 0 ? Math.min(1, links / len) : 0) < threshold;
  }

  /** linkDensity(el), exactly (text.ts's linkDensity). */
  linkDensity(el: Element): number {
    const links = this.linkTextLength(el);
    if (links === 0) return 0; // 0 / len, or 0 for an empty element
    const len = this.length(el);
    return len > 0 ? Math.min(1, links / len) : 0;
  }

  /**
   * proseLength(el) >= n (text.ts): text outside scripts and styles, each text node trimmed,
   * read no further than needed.
   */
  proseAtLeast(el: Element, n: number): boolean {
    if (n <= 0) return true;
    let total = 0;
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const tag = t.parentElement?.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      total += collapsedLength(t.nodeValue ?? '');
      if (total >= n) return true;
    }
    return false;
  }
}
