// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { collectText, MARK_TAG, WrapHighlightEngine, type HighlightItem } from '../../utils/highlight';
import { itemFor, mount } from './helpers';

const marks = (root: Element) => [...root.querySelectorAll(MARK_TAG)];
const markText = (root: Element, id: number) =>
  marks(root).filter((m) => m.getAttribute('data-vankien-id') === String(id)).map((m) => m.textContent).join('');

interface Fixture {
  name: string;
  html: string;
  /** Strings to highlight, in collected-text terms, each with its expected marked text. */
  refs: Array<{ needle: string; marked?: string; nth?: number }>;
}

const fixtures: Fixture[] = [
  { name: 'one node, one item', html: '<p>Theo Nghị quyết số 18-NQ/TW, cần tinh gọn.</p>', refs: [{ needle: 'Nghị quyết số 18-NQ/TW' }] },
  {
    name: 'one node, several items',
    html: '<p>Nghị quyết 18-NQ/TW, Kết luận 121-KL/TW và Chỉ thị 35-CT/TW cùng Nghị định 178/2024/NĐ-CP.</p>',
    refs: [{ needle: 'Nghị quyết 18-NQ/TW' }, { needle: 'Kết luận 121-KL/TW' }, { needle: 'Chỉ thị 35-CT/TW' }, { needle: 'Nghị định 178/2024/NĐ-CP' }],
  },
  {
    name: 'nested inline markup',
    html: '<p>Theo <b>Nghị <em>quyết</em></b> số 18-<i>NQ/<span class="x">TW</span></i> và <a href="/kl"><strong>Kết luận</strong> 121-KL/TW</a>.</p>',
    refs: [{ needle: 'Nghị quyết số 18-NQ/TW' }, { needle: 'Kết luận 121-KL/TW' }],
  },
  {
    name: 'items at node edges and touching each other',
    html: '<p><b>18-NQ/TW</b>21-KL/TW<i>35-CT/TW</i></p>',
    refs: [{ needle: '18-NQ/TW' }, { needle: '21-KL/TW' }, { needle: '35-CT/TW' }],
  },
  {
    name: 'item across a block boundary keeps the separator out',
    html: '<h2>Nghị quyết</h2><p>số 18-NQ/TW</p>',
    refs: [{ needle: 'Nghị quyết\nsố 18-NQ/TW', marked: 'Nghị quyếtsố 18-NQ/TW' }],
  },
  {
    name: 'table whitespace is never wrapped',
    html: '<table>\n <tbody>\n  <tr>\n   <td>Kết luận</td>\n   <td>số 21-KL/TW</td>\n  </tr>\n </tbody>\n</table>',
    refs: [{ needle: 'Kết luận\n\n   \nsố 21-KL/TW', marked: 'Kết luậnsố 21-KL/TW' }],
  },
  {
    name: 'list whitespace is never wrapped',
    html: '<ul>\n  <li>Nghị quyết</li>\n  <li>18-NQ/TW</li>\n</ul>',
    refs: [{ needle: 'Nghị quyết\n\n  \n18-NQ/TW', marked: 'Nghị quyết18-NQ/TW' }],
  },
  {
    name: 'same string twice',
    html: '<p>18-NQ/TW rồi lại <i>18-NQ</i>/TW</p>',
    refs: [{ needle: '18-NQ/TW' }, { needle: '18-NQ/TW', nth: 1 }],
  },
];

describe('WrapHighlightEngine', () => {
  it.each(fixtures)('$name: wraps, then clear() restores the DOM exactly', ({ html, refs }) => {
    const root = mount(html);
    const before = root.innerHTML;
    const textNodesBefore = collectText([root]).nodes;
    const map = collectText([root]);
    const items = refs.map((r, id) => itemFor(map, r.needle, id, id % 2 ? 'state' : 'party', r.nth));
    const engine = new WrapHighlightEngine(document);
    engine.add(items, map);

    expect(engine.count()).toBe(refs.length);
    refs.forEach((r, id) => expect(markText(root, id)).toBe(r.marked ?? r.needle));
    for (const m of marks(root)) {
      expect(['table', 'tbody', 'tr', 'ul', 'ol']).not.toContain(m.parentElement!.localName);
      expect(m.textContent!.trim()).not.toBe('');
    }
    // Marks carry page text, so collecting again gives the same text.
    expect(collectText([root]).text).toBe(map.text);

    engine.clear();
    expect(root.innerHTML).toBe(before);
    expect(marks(root)).toHaveLength(0);
    expect(engine.count()).toBe(0);
    // The page's own Text nodes (which frameworks hold on to) are the ones left in place.
    const textNodesAfter = collectText([root]).nodes;
    expect(textNodesAfter).toHaveLength(textNodesBefore.length);
    textNodesAfter.forEach((node, i) => expect(node).toBe(textNodesBefore[i]));
  });

  it('applies batches against the same map, in any order, within one text node', () => {
    const root = mount('<p>A 18-NQ/TW, B 21-KL/TW, C 35-CT/TW, D 01/NQ-CP.</p>');
    const before = root.innerHTML;
    const map = collectText([root]);
    const needles = ['18-NQ/TW', '21-KL/TW', '35-CT/TW', '01/NQ-CP'];
    const items = needles.map((n, id) => itemFor(map, n, id));
    const engine = new WrapHighlightEngine(document);
    for (const i of [2, 0, 3, 1]) engine.add([items[i]], map);
    needles.forEach((n, id) => expect(markText(root, id)).toBe(n));
    expect(root.textContent).toBe('A 18-NQ/TW, B 21-KL/TW, C 35-CT/TW, D 01/NQ-CP.');
    engine.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('leaves adjacent Text nodes of the page separate (no blanket normalize())', () => {
    const root = mount('');
    const p = document.createElement('p');
    const own = [document.createTextNode('Theo '), document.createTextNode('Nghị quyết số 18-NQ/TW'), document.createTextNode(' nhé')];
    p.append(...own);
    root.append(p);
    const map = collectText([root]);
    const engine = new WrapHighlightEngine(document);
    engine.add([itemFor(map, 'quyết số 18', 1)], map);
    engine.clear();
    expect([...p.childNodes]).toEqual(own);
    own.forEach((node, i) => expect(p.childNodes[i]).toBe(node));
    expect(own.map((n) => n.data)).toEqual(['Theo ', 'Nghị quyết số 18-NQ/TW', ' nhé']);
  });

  it('nests overlapping items and still restores', () => {
    const root = mount('<p>Nghị quyết Hội nghị Trung ương 4 khóa XII</p>');
    const before = root.innerHTML;
    const map = collectText([root]);
    const engine = new WrapHighlightEngine(document);
    engine.add([itemFor(map, 'Nghị quyết Hội nghị Trung ương 4', 1)], map);
    engine.add([itemFor(map, 'Trung ương 4 khóa XII', 2, 'state')], map);
    expect(markText(root, 1)).toBe('Nghị quyết Hội nghị Trung ương 4');
    expect(markText(root, 2)).toBe('Trung ương 4 khóa XII');
    engine.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('ignores items already added, empty spans and separator-only spans', () => {
    const root = mount('<p>ab</p><p>cd</p>');
    const map = collectText([root]);
    const engine = new WrapHighlightEngine(document);
    const items: HighlightItem[] = [
      { id: 1, start: 0, end: 2, kind: 'party' },
      { id: 1, start: 3, end: 5, kind: 'party' },
      { id: 2, start: 2, end: 3, kind: 'party' },
      { id: 3, start: 4, end: 4, kind: 'party' },
    ];
    engine.add(items, map);
    expect(engine.count()).toBe(1);
    expect(markText(root, 1)).toBe('ab');
  });

  it('marks carry id and kind; focus moves between items; rangeOf spans all pieces', () => {
    const root = mount('<p>Theo <b>Nghị quyết</b> số 18-<i>NQ/TW</i> và Nghị định 01/2025/NĐ-CP.</p>');
    const map = collectText([root]);
    const engine = new WrapHighlightEngine(document);
    engine.add([itemFor(map, 'Nghị quyết số 18-NQ/TW', 7), itemFor(map, 'Nghị định 01/2025/NĐ-CP', 8, 'state')], map);
    const of = (id: number) => marks(root).filter((m) => m.getAttribute('data-vankien-id') === String(id));
    expect(of(7).map((m) => m.getAttribute('data-kind'))).toEqual(['party', 'party', 'party']);
    expect(of(8).map((m) => m.getAttribute('data-kind'))).toEqual(['state']);

    engine.setFocus(7);
    expect(of(7).every((m) => m.hasAttribute('data-vankien-focus'))).toBe(true);
    engine.setFocus(8);
    expect(of(7).some((m) => m.hasAttribute('data-vankien-focus'))).toBe(false);
    expect(of(8)[0].hasAttribute('data-vankien-focus')).toBe(true);
    engine.setFocus(null);
    expect(root.querySelector('[data-vankien-focus]')).toBeNull();

    expect(engine.rangeOf(7)!.toString()).toBe('Nghị quyết số 18-NQ/TW');
    expect(engine.rangeOf(99)).toBeNull();
  });

  it('itemAt reads the topmost mark from elementsFromPoint, ignoring foreign elements', () => {
    const root = mount('<p>Theo Nghị quyết số 18-NQ/TW.</p>');
    const map = collectText([root]);
    const engine = new WrapHighlightEngine(document);
    expect(engine.itemAt(1, 1)).toBeNull(); // happy-dom has no elementsFromPoint at all
    engine.add([itemFor(map, 'Nghị quyết số 18-NQ/TW', 4)], map);
    const mark = root.querySelector(MARK_TAG)!;
    const fake = document.createElement(MARK_TAG); // same tag, but not ours
    const hits = vi.fn<(x: number, y: number) => Element[]>().mockReturnValue([fake, mark, root]);
    Object.assign(document, { elementsFromPoint: hits });
    try {
      expect(engine.itemAt(10, 20)).toBe(4);
      expect(hits).toHaveBeenCalledWith(10, 20);
      hits.mockReturnValue([root]);
      expect(engine.itemAt(10, 20)).toBeNull();
    } finally {
      delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });
});
