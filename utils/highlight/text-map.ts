/**
 * The page's visible article text as one string, plus a map from string offsets back to
 * (Text node, offset) so that matches found in the string can be turned into DOM ranges.
 */

import { BLOCK_TAGS, makeSkipTest, type ExcludeOption } from './skip-rules';

export interface TextMap {
  /** Node data concatenated in document order, with "\n" inserted at block boundaries. */
  readonly text: string;
  /** The collected text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** nodes[i] covers text[starts[i], ends[i]); the gaps between are inserted separators. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export interface CollectOptions {
  /** Boxes to leave out (related-article lists, comments), as elements or a predicate. */
  exclude?: ExcludeOption;
}

// Numeric NodeFilter / NodeType values: the NodeFilter global is not in every test realm.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SEPARATOR = '\n';

export function collectText(roots: Element[], options: CollectOptions = {}): TextMap {
  const skip = makeSkipTest(options.exclude);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;
  // Blocks we are inside of. TreeWalker reports entering nodes only, so leaving a block is
  // noticed when the next node is no longer contained in it.
  const openBlocks: Element[] = [];

  const noteLeftBlocks = (node: Node) => {
    while (openBlocks.length && !openBlocks[openBlocks.length - 1].contains(node)) {
      openBlocks.pop();
      pendingBreak = true;
    }
  };

  const filter = (node: Node): number => {
    noteLeftBlocks(node);
    if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
    const el = node as Element;
    const reason = skip(el);
    if (reason) {
      if (reason === 'excluded' || BLOCK_TAGS.has(el.localName)) pendingBreak = true;
      return FILTER_REJECT;
    }
    if (BLOCK_TAGS.has(el.localName)) {
      openBlocks.push(el);
      pendingBreak = true;
    }
    // Elements are only visited for the bookkeeping above; their text nodes are what we want.
    return FILTER_SKIP;
  };

  for (const root of orderedRoots(roots, skip)) {
    openBlocks.length = 0;
    pendingBreak = true; // separate roots like blocks
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, filter);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType !== TEXT_NODE) continue;
      const data = (node as Text).data;
      if (!data) continue;
      if (pendingBreak && length > 0 && lastChar !== SEPARATOR) {
        parts.push(SEPARATOR);
        length += 1;
      }
      pendingBreak = false;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      ends.push(length);
      lastChar = data[data.length - 1];
    }
  }
  return {
    text: parts.join(''),
    nodes,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/** Roots in document order, without roots inside other roots or inside skipped elements. */
function orderedRoots(roots: Element[], skip: (el: Element) => unknown): Element[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const sorted = [...new Set(roots)].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
  );
  const kept: Element[] = [];
  for (const root of sorted) {
    if (kept.some((outer) => outer.contains(root))) continue;
    if (isInsideSkipped(root, skip)) continue;
    kept.push(root);
  }
  return kept;
}

// TreeWalker never runs its filter on the root itself, so check the root and its ancestors here.
function isInsideSkipped(root: Element, skip: (el: Element) => unknown): boolean {
  for (let el: Element | null = root; el; el = el.parentElement) if (skip(el)) return true;
  return false;
}

/**
 * Indices of the first and last node overlapping text[start, end), or null when the span covers
 * only inserted separators (or nothing). Binary search: both arrays are strictly increasing.
 */
export function nodeSpan(map: TextMap, start: number, end: number): [number, number] | null {
  if (!(end > start)) return null;
  const first = firstIndexAbove(map.ends, start); // first node ending after start
  const last = firstIndexAtLeast(map.starts, end) - 1; // last node starting before end
  return first <= last ? [first, last] : null;
}

/** A live DOM Range for text[start, end), even across elements; separators at the edges are dropped. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const span = nodeSpan(map, start, end);
  if (!span) return null;
  const [first, last] = span;
  const startNode = map.nodes[first];
  const endNode = map.nodes[last];
  const startOffset = Math.max(0, start - map.starts[first]);
  const endOffset = Math.min(end, map.ends[last]) - map.starts[last];
  // The map is a snapshot: if the page changed these nodes since, refuse rather than throw.
  if (endOffset > endNode.length || startOffset > startNode.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

function firstIndexAbove(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstIndexAtLeast(sorted: Int32Array, value: number): number {
  return firstIndexAbove(sorted, value - 1);
}
