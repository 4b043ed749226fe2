import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, placeCard, type Box } from '../../utils/page/placement';

const card = { width: 380, height: 300 };
const laptop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
const box = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  // [name, anchor, card, viewport, expected side]
  const ROWS: Array<[string, Box, { width: number; height: number }, { width: number; height: number }, string]> = [
    ['room below: below', box(200, 100), card, laptop, 'below'],
    ['a reference low on the screen: above', box(200, 600), card, laptop, 'above'],
    ['mid-screen on a laptop, a tall card: beside, not over it', box(200, 380), { width: 380, height: 500 }, laptop, 'right'],
    ['a reference at the right edge, a tall card: on its left', box(1100, 380), { width: 380, height: 500 }, laptop, 'left'],
    ['a phone, a tall card, no side holds it: the roomier side, scrolling inside', box(40, 300), { width: 380, height: 700 }, phone, 'below'],
  ];
  it.each(ROWS)('%s', (_name, anchor, size, view, side) => {
    const p = placeCard(anchor, size, view);
    expect(p.side).toBe(side);
    const h = Math.min(size.height, p.maxHeight);
    const w = Math.min(size.width, view.width - 2 * CARD_MARGIN);
    const placed: Box = { left: p.left, top: p.top, right: p.left + w, bottom: p.top + h };
    // Never over the mention, always inside the viewport.
    expect(overlaps(placed, anchor)).toBe(false);
    expect(placed.left).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(placed.top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(placed.right).toBeLessThanOrEqual(view.width - CARD_MARGIN);
    expect(placed.bottom).toBeLessThanOrEqual(view.height - CARD_MARGIN);
  });

  it('an open card keeps its side as the page scrolls under it, scrolling inside rather than jumping', () => {
    const size = { width: 380, height: 425 };
    const first = placeCard(box(40, 476), size, phone);
    expect(first.side).toBe('above');
    // 40 px later the card no longer fits above whole: fresh, it would move; kept, it stays above.
    const kept = placeCard(box(40, 436), size, phone, first.side);
    expect(kept.side).toBe('above');
    expect(kept.top).toBe(CARD_MARGIN);
    expect(kept.top + Math.min(size.height, kept.maxHeight)).toBeLessThanOrEqual(436 - CARD_MARGIN);
    // Fresh, a card that fits below goes below; kept above, it stays above while that side has room.
    expect(placeCard(box(40, 300), { width: 380, height: 300 }, phone).side).toBe('below');
    expect(placeCard(box(40, 300), { width: 380, height: 300 }, phone, 'above').side).toBe('above');
    // With no useful room left on its side, it goes where there is.
    expect(placeCard(box(40, 60), size, phone, 'above').side).toBe('below');
  });

  it('a card wider than a phone screen is narrowed to it', () => {
    const p = placeCard(box(10, 100), { width: 420, height: 200 }, { width: 360, height: 700 });
    expect(p.left).toBe(CARD_MARGIN);
  });
});
