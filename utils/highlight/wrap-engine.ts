/**
 * Fallback engine for browsers without `CSS.highlights`: wraps the matched text in
 * `<vankien-mark>` elements, splitting text nodes where needed, and undoes it exactly on clear().
 */

import { nodeSpan, type TextMap } from './text-map';
import { MARK_TAG, type HighlightEngine, type HighlightItem } from './types';


const FOCUS_ATTR = 'data-vankien-focus';
const ID_ATTR = 'data-vankien-id';

/** Containers whose content model forbids an inline element between their children. */
const NO_INLINE_CHILD = new Set([
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup',
  'datalist', 'html', 'head', 'frameset',
]);

export class WrapHighlightEngine implements HighlightEngine {
  readonly name = 'wrap' as const;
  /** Marks per item id, in creation order. */
  private readonly marks = new Map<number, Element[]>();
  private readonly idOfMark = new WeakMap<Element, number>();
  /**
   * What each original text node has become: itself (keeping the prefix, as splitText does) then
   * the nodes split off it, in text order. Lets later batches find original offsets again and
   * lets clear() merge exactly the nodes we split, not other adjacent text nodes the page owns.
   */
  private readonly pieces = new Map<Text, Text[]>();
  private focused: number | null = null;

  constructor(private readonly doc: Document = document) {}

  add(items: HighlightItem[], map: TextMap): void {
    for (const item of items) {
      if (this.marks.has(item.id)) continue;
      const span = nodeSpan(map, item.start, item.end);
      if (!span) continue;
      const created: Element[] = [];
      for (let i = span[0]; i <= span[1]; i++) {
        const from = Math.max(item.start, map.starts[i]) - map.starts[i];
        const to = Math.min(item.end, map.ends[i]) - map.starts[i];
        this.wrapOriginal(map.nodes[i], from, to, item, created);
      }
      if (created.length) this.marks.set(item.id, created);
    }
  }

  clear(): void {
    for (const list of this.marks.values()) for (const mark of list) unwrap(mark);
    for (const [original, list] of this.pieces) mergePieces(original, list);
    this.marks.clear();
    this.pieces.clear();
    this.focused = null;
  }

  setFocus(id: number | null): void {
    if (this.focused !== null) for (const m of this.marks.get(this.focused) ?? []) m.removeAttribute(FOCUS_ATTR);
    this.focused = id;
    if (id !== null) for (const m of this.marks.get(id) ?? []) m.setAttribute(FOCUS_ATTR, '');
  }

  itemAt(x: number, y: number): number | null {
    // Topmost first, so the innermost of nested marks wins. happy-dom lacks the method.
    const hits = typeof this.doc.elementsFromPoint === 'function' ? this.doc.elementsFromPoint(x, y) : [];
    for (const el of hits) {
      const id = this.idOfMark.get(el);
      if (id !== undefined) return id;
    }
    return null;
  }

  rangeOf(id: number): Range | null {
    const list = this.marks.get(id)?.filter((m) => m.isConnected);
    if (!list?.length) return null;
    const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
    const sorted = [...list].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    const range = this.doc.createRange();
    range.setStartBefore(sorted[0]);
    range.setEndAfter(sorted[sorted.length - 1]);
    return range;
  }

  count(): number {
    return this.marks.size;
  }

  /** Wraps [from, to) of the original node's text, wherever earlier splits have moved it. */
  private wrapOriginal(original: Text, from: number, to: number, item: HighlightItem, out: Element[]): void {
    let list = this.pieces.get(original);
    if (!list) {
      list = [original];
      this.pieces.set(original, list);
    }
    // Walk the pieces from the last so splitting one does not shift the pieces still to visit.
    let pieceStart = list.reduce((sum, p) => sum + p.length, 0);
    for (let k = list.length - 1; k >= 0; k--) {
      const piece = list[k];
      pieceStart -= piece.length;
      const a = Math.max(from, pieceStart) - pieceStart;
      const b = Math.min(to, pieceStart + piece.length) - pieceStart;
      if (a < b) this.wrapPiece(list, k, a, b, item, out);
    }
  }

  private wrapPiece(list: Text[], k: number, a: number, b: number, item: HighlightItem, out: Element[]): void {
    let target = list[k];
    const parent = target.parentNode;
    // Whitespace-only runs are skipped so no element lands where tables or lists forbid it.
    if (!parent || NO_INLINE_CHILD.has((parent as Element).localName) || !/\S/.test(target.data.slice(a, b))) return;
    if (b < target.length) list.splice(k + 1, 0, target.splitText(b));
    if (a > 0) {
      target = target.splitText(a);
      list.splice(k + 1, 0, target);
    }
    const mark = target.ownerDocument.createElement(MARK_TAG);
    mark.setAttribute(ID_ATTR, String(item.id));
    mark.setAttribute('data-kind', item.kind);
    if (item.id === this.focused) mark.setAttribute(FOCUS_ATTR, '');
    parent.insertBefore(mark, target);
    mark.appendChild(target);
    this.idOfMark.set(mark, item.id);
    out.push(mark);
  }
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/** Joins the split pieces back into the original node, which page scripts may still hold. */
function mergePieces(original: Text, list: Text[]): void {
  for (let k = 1; k < list.length; k++) {
    const piece = list[k];
    // Stop if the page moved things in between: the text stays correct, only still split.
    if (piece.previousSibling !== original) return;
    original.appendData(piece.data);
    piece.remove();
  }
}
