/**
 * Where the hover card goes, like a good popover: never over the reference it explains — below it,
 * else above it, else beside it — and always inside the visible viewport. When no side has room
 * for the whole card, it takes the roomier side and scrolls inside (maxHeight) instead of running
 * off the screen.
 */
export interface Box { left: number; top: number; right: number; bottom: number }
export interface Viewport { width: number; height: number }
export interface Placement { left: number; top: number; maxHeight: number; side: 'below' | 'above' | 'right' | 'left' }

export const CARD_MARGIN = 8;
/** Less room than this on a side and the card would be a sliver: not a side worth taking. */
const MIN_USEFUL_HEIGHT = 120;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}

/**
 * `keep`: the side the open card is on (the page scrolled or the window changed under it). It stays
 * there while that side has useful room, scrolling inside when it shrinks, rather than jumping to the
 * other side of the reference under the reader's eyes.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, view: Viewport, keep?: Placement['side']): Placement {
  const m = CARD_MARGIN;
  const width = Math.min(card.width, view.width - 2 * m);
  const left = clamp(anchor.left, m, view.width - width - m);
  const below = view.height - anchor.bottom - 2 * m;
  const above = anchor.top - 2 * m;
  if (keep === 'below' && below >= Math.min(card.height, MIN_USEFUL_HEIGHT)) return { left, top: anchor.bottom + m, maxHeight: below, side: 'below' };
  if (keep === 'above' && above >= Math.min(card.height, MIN_USEFUL_HEIGHT)) {
    return { left, top: anchor.top - m - Math.min(card.height, above), maxHeight: above, side: 'above' };
  }
  if (card.height <= below) return { left, top: anchor.bottom + m, maxHeight: below, side: 'below' };
  if (card.height <= above) return { left, top: anchor.top - m - card.height, maxHeight: above, side: 'above' };
  // Beside the reference, where a narrow reference on a wide screen leaves room.
  const full = view.height - 2 * m;
  const top = clamp(anchor.top - card.height / 2, m, view.height - Math.min(card.height, full) - m);
  if (view.width - anchor.right - 2 * m >= width) return { left: anchor.right + m, top, maxHeight: full, side: 'right' };
  if (anchor.left - 2 * m >= width) return { left: anchor.left - m - width, top, maxHeight: full, side: 'left' };
  // No side holds it whole: the roomier of below and above, scrolling inside.
  if (below >= above || above < MIN_USEFUL_HEIGHT) return { left, top: anchor.bottom + m, maxHeight: Math.max(below, MIN_USEFUL_HEIGHT), side: 'below' };
  return { left, top: m, maxHeight: above, side: 'above' };
}
