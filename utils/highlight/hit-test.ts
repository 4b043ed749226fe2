/** Thin geometry helpers for hover hit-testing; kept apart because happy-dom has no layout. */

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position nearest a viewport point (standard API first, WebKit/Blink legacy second). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Whether the point lies on the range's painted text. The caret API snaps to the nearest text even
 * when the pointer is in a margin, so its answer must be confirmed against the range's boxes.
 */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** Whether a caret point lies within the range, boundaries included (a caret after the last letter counts). */
export function rangeHasCaret(range: Range, caret: CaretPoint): boolean {
  try {
    return range.comparePoint(caret.node, caret.offset) === 0;
  } catch {
    return false; // caret in another document or a doctype: not ours
  }
}
