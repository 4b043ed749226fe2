// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  collectText,
  CssHighlightEngine,
  findHighlightApi,
  HIGHLIGHT_NAMES,
  type HighlightApi,
} from '../../utils/highlight';
import { HIGHLIGHT_CSS } from '../../utils/highlight/styles';
import { itemFor, mount } from './helpers';

/** Minimal stand-in for the browser's Highlight (a set of ranges with a priority). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  const api = { registry, Highlight: FakeHighlight } as unknown as HighlightApi;
  return { api, registry };
}

const HTML =
  '<h2>Tinh gọn</h2><p>Theo <b>Nghị quyết</b> số 18-<i>NQ/TW</i>, Kết luận 121-KL/TW và Nghị định 178/2024/NĐ-CP.</p>';

function setup() {
  const root = mount(HTML);
  const map = collectText([root]);
  const items = [
    itemFor(map, 'Nghị quyết số 18-NQ/TW', 0, 'party'),
    itemFor(map, 'Kết luận 121-KL/TW', 1, 'party'),
    itemFor(map, 'Nghị định 178/2024/NĐ-CP', 2, 'state'),
  ];
  const { api, registry } = fakeApi();
  const engine = new CssHighlightEngine(api, document);
  return { root, map, items, registry, engine };
}

const texts = (h: FakeHighlight | undefined) => [...(h ?? [])].map((r) => (r as Range).toString());

describe('CssHighlightEngine', () => {
  afterEach(() => {
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  it('registers one highlight per kind with the right ranges and never touches the DOM', () => {
    const { root, map, items, registry, engine } = setup();
    const before = root.innerHTML;
    engine.add(items.slice(0, 1), map);
    engine.add(items.slice(1), map); // batches
    expect(engine.count()).toBe(3);
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(texts(registry.get('vankien-party'))).toEqual(['Nghị quyết số 18-NQ/TW', 'Kết luận 121-KL/TW']);
    expect(texts(registry.get('vankien-state'))).toEqual(['Nghị định 178/2024/NĐ-CP']);
    expect(registry.get('vankien-focus')!.size).toBe(0);
    engine.setFocus(2);
    expect(engine.rangeOf(0)!.toString()).toBe('Nghị quyết số 18-NQ/TW');
    expect(root.innerHTML).toBe(before);
    engine.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('focus holds exactly the focused range, above the kinds in priority', () => {
    const { map, items, registry, engine } = setup();
    engine.setFocus(1); // before the item exists: applied when it is added
    engine.add(items, map);
    const focus = registry.get('vankien-focus')!;
    expect(texts(focus)).toEqual(['Kết luận 121-KL/TW']);
    expect(focus.priority).toBeGreaterThan(registry.get('vankien-party')!.priority);
    engine.setFocus(2);
    expect(texts(focus)).toEqual(['Nghị định 178/2024/NĐ-CP']);
    engine.setFocus(null);
    expect(focus.size).toBe(0);
    engine.setFocus(42);
    expect(focus.size).toBe(0);
  });

  it('ignores duplicate ids and spans that map to no text', () => {
    const { map, items, engine, registry } = setup();
    engine.add([...items, items[0], { id: 9, start: 0, end: 0, kind: 'party' }], map);
    expect(engine.count()).toBe(3);
    expect(registry.get('vankien-party')!.size).toBe(2);
  });

  it('clear() unregisters its names but not names someone else registered since', () => {
    const { map, items, registry, engine } = setup();
    engine.add(items, map);
    const other = new FakeHighlight();
    registry.set('vankien-state', other);
    engine.clear();
    expect([...registry.keys()]).toEqual(['vankien-state']);
    expect(registry.get('vankien-state')).toBe(other);
    expect(engine.count()).toBe(0);
    expect(engine.rangeOf(0)).toBeNull();
    engine.add(items, map); // usable again after clear
    expect(registry.get('vankien-party')!.size).toBe(2);
  });

  it('rangeOf returns a copy, so callers cannot move the painted range', () => {
    const { map, items, registry, engine } = setup();
    engine.add(items, map);
    engine.rangeOf(0)!.collapse(true);
    expect(texts(registry.get('vankien-party'))[0]).toBe('Nghị quyết số 18-NQ/TW');
  });

  it('itemAt uses highlightsFromPoint where the browser has it', () => {
    const { map, items, registry, engine } = setup();
    engine.add(items, map);
    const state = registry.get('vankien-state')!;
    const foreign = document.createRange();
    Object.assign(registry, {
      highlightsFromPoint: vi.fn(() => [{ highlight: new FakeHighlight(), ranges: [foreign] }, { highlight: state, ranges: [...state] }]),
    });
    expect(engine.itemAt(5, 5)).toBe(2);
    (registry as unknown as { highlightsFromPoint: () => unknown[] }).highlightsFromPoint = () => [];
    expect(engine.itemAt(5, 5)).toBeNull();
  });

  it('itemAt otherwise narrows by caret position and confirms with the range boxes', () => {
    const { root, map, items, engine } = setup();
    engine.add(items, map);
    const kl = [...root.querySelector('p')!.childNodes].find((n) => n.textContent!.includes('Kết luận')) as Text;
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: kl, offset: kl.data.indexOf('121') }) });
    // happy-dom has no layout: pretend every range box covers the point.
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 100, top: 0, bottom: 20 }] as unknown as DOMRectList);
    expect(engine.itemAt(50, 10)).toBe(1);
    expect(rects).toHaveBeenCalledTimes(1); // the caret filter spared the other ranges
    expect(engine.itemAt(500, 10)).toBeNull(); // caret snapped to text, but the pointer is beside it
  });

  it('finds the API on a window-like object only when both parts exist', () => {
    expect(findHighlightApi({})).toBeNull();
    expect(findHighlightApi({ CSS: {}, Highlight: FakeHighlight })).toBeNull();
    expect(findHighlightApi({ CSS: { highlights: new Map() } })).toBeNull();
    expect(findHighlightApi({ CSS: { highlights: new Map() }, Highlight: FakeHighlight })).not.toBeNull();
    expect(findHighlightApi(null)).toBeNull();
  });

  it('ships a stylesheet for every registered name using only ::highlight-safe properties', () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    const props = [...HIGHLIGHT_CSS.matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]);
    for (const p of props) expect(p).toMatch(/^(color|background-color|text-decoration(-[a-z]+)?|text-shadow)$/);
  });
});
