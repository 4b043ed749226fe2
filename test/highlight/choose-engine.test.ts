// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { collectText, createEngine, itemsFromMentions, rangeFor } from '../../utils/highlight';
import { mount } from './helpers';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

describe('createEngine', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('falls back to wrapping where CSS.highlights is missing (happy-dom as is)', () => {
    expect(createEngine(document).name).toBe('wrap');
  });

  it('falls back when only one half of the API exists', () => {
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.stubGlobal('Highlight', undefined);
    expect(createEngine(document).name).toBe('wrap');
  });

  it('picks the CSS engine when CSS.highlights and Highlight exist', () => {
    const registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const root = mount('<p>Theo Nghị quyết số 18-NQ/TW.</p>');
    const before = root.innerHTML;
    const engine = createEngine(document);
    expect(engine.name).toBe('css');
    const map = collectText([root]);
    engine.add([{ id: 0, start: 5, end: 27, kind: 'party' }], map);
    expect(registry.get('vankien-party').size).toBe(1);
    expect(root.innerHTML).toBe(before);
  });
});

describe('itemsFromMentions', () => {
  it('makes one item per mention, kind from the document', () => {
    const root = mount('<p>Theo Nghị quyết số 18-NQ/TW và Nghị định số 178/2024/NĐ-CP.</p>');
    const map = collectText([root]);
    const result = extractReferences(map.text);
    const items = itemsFromMentions(result);
    expect(items.map((i) => [i.id, i.kind])).toEqual([[0, 'party'], [1, 'state']]);
    expect(items.map((i) => rangeFor(map, i.start, i.end)!.toString())).toEqual(result.mentions.map((m) => m.text));
  });
});
