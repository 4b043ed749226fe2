// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { collectText, nodeSpan, rangeFor } from '../../utils/highlight';
import { mount } from './helpers';

describe('collectText skips what is not article text', () => {
  const cases: Array<[string, string]> = [
    ['script', '<script>var DROP = 1;</script>'],
    ['style', '<style>.DROP{}</style>'],
    ['noscript', '<noscript>DROP</noscript>'],
    ['template', '<template><p>DROP</p></template>'],
    ['textarea', '<textarea>DROP</textarea>'],
    ['input', '<input value="DROP">'],
    ['select', '<select><option>DROP</option></select>'],
    ['button', '<button>DROP</button>'],
    ['contenteditable=""', '<div contenteditable="">DROP <b>DROP</b></div>'],
    ['contenteditable=true', '<div contenteditable="true"><p>DROP</p></div>'],
    ['contenteditable=plaintext-only', '<span contenteditable="plaintext-only">DROP</span>'],
    ['svg', '<svg><text>DROP</text></svg>'],
    ['iframe', '<iframe>DROP</iframe>'],
    ['hidden', '<div hidden>DROP</div>'],
    ['own UI attribute', '<div data-vankien-ui><p>DROP</p></div>'],
    ['own card element', '<vankien-card>DROP</vankien-card>'],
    ['other own custom element', '<vankien-popover><span>DROP</span></vankien-popover>'],
  ];
  it.each(cases)('%s', (_name, html) => {
    // Parsed into inert template content, so nothing in it runs or loads (happy-dom would try the iframe).
    const template = document.createElement('template');
    template.innerHTML = `<main><p>KEEP one ${html} KEEP two</p></main>`;
    const root = template.content.firstElementChild!;
    const { text } = collectText([root]);
    expect(text).not.toContain('DROP');
    expect(text).toContain('KEEP one');
    expect(text).toContain('KEEP two');
  });

  const kept: Array<[string, string]> = [
    ['contenteditable=false', '<span contenteditable="false">SEEN</span>'],
    ['hidden=until-found', '<div hidden="until-found">SEEN</div>'],
    ['the wrap engine mark', '<vankien-mark data-vankien-id="1">SEEN</vankien-mark>'],
    ['a custom element of the page', '<news-quote>SEEN</news-quote>'],
  ];
  it.each(kept)('keeps %s', (_name, html) => {
    expect(collectText([mount(`<p>a ${html} b</p>`)]).text).toContain('SEEN');
  });

  it('skips boxes given as elements or by a predicate', () => {
    const root = mount('<p>KEEP</p><aside class="related"><p>DROP one</p></aside><div class="cmt">DROP two</div><p>KEEP</p>');
    const aside = root.querySelector('aside')!;
    expect(collectText([root], { exclude: [aside, root.querySelector('.cmt')!] }).text).toBe('KEEP\nKEEP');
    expect(collectText([root], { exclude: (el) => el.matches('aside, .cmt') }).text).toBe('KEEP\nKEEP');
  });

  it('skips head and title when the root is the whole document', () => {
    document.head.innerHTML = '<title>DROP</title>';
    document.body.innerHTML = '<p>KEEP</p>';
    expect(collectText([document.documentElement]).text).toBe('KEEP');
  });

  it('skips roots inside skipped elements and roots inside other roots', () => {
    const root = mount('<article id="a"><p id="p">one</p></article><div contenteditable><p id="e">DROP</p></div>');
    const text = collectText([root.querySelector('#p')!, root.querySelector('#e')!, root.querySelector('#a')!]).text;
    expect(text).toBe('one');
  });

  it('takes several roots in document order, separated', () => {
    const root = mount('<div id="x">first</div><span>between</span><span id="y">second</span>');
    expect(collectText([root.querySelector('#y')!, root.querySelector('#x')!]).text).toBe('first\nsecond');
  });
});

describe('collectText block separators', () => {
  const cases: Array<[string, string]> = [
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['<div>a<p>b</p>c</div>', 'a\nb\nc'],
    ['a<br>b', 'a\nb'],
    ['<b>a</b><i>b</i>c', 'abc'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\nb\nc'],
    ['<h2>Nghị quyết</h2><p>số 18</p>', 'Nghị quyết\nsố 18'],
    ['<blockquote>a</blockquote><figure><img><figcaption>b</figcaption></figure>', 'a\nb'],
    ['<p>a\n</p><p>b</p>', 'a\nb'], // no second newline when the text already ends in one
    ['<p>a</p>\n<p>b</p>', 'a\n\nb'], // page whitespace is kept verbatim
    ['<p>a<script>x</script>b</p>', 'ab'], // invisible content does not break the line
    ['<p>a<aside data-vankien-ui>x</aside>b</p>', 'a\nb'], // a foreign box does
    ['<p>a<textarea>x</textarea>b</p>', 'a\nb'],
    ['<p></p><p></p><p>a</p>', 'a'], // nothing before the first text
  ];
  it.each(cases)('%j → %j', (html, expected) => {
    expect(collectText([mount(html)]).text).toBe(expected);
  });

  it('maps every node back to its slice; separators belong to no node', () => {
    const root = mount('<h1>Tiêu đề</h1><p>Theo <b>Nghị quyết</b> số 18-<i>NQ/TW</i>,</p><p>hết.</p>');
    const map = collectText([root]);
    map.nodes.forEach((node, i) => expect(map.text.slice(map.starts[i], map.ends[i])).toBe(node.data));
    const covered = map.nodes.reduce((n, node) => n + node.length, 0);
    expect(map.text.length - covered).toBe(2);
  });
});

describe('rangeFor', () => {
  it('gives one range across inline elements', () => {
    const root = mount('<p>Theo <b>Nghị quyết</b> số 18-<i>NQ/TW</i>, cần tinh gọn.</p>');
    const map = collectText([root]);
    const ref = 'Nghị quyết số 18-NQ/TW';
    const start = map.text.indexOf(ref);
    const range = rangeFor(map, start, start + ref.length)!;
    expect(range.toString()).toBe(ref);
    expect(range.startContainer).toBe(root.querySelector('b')!.firstChild);
    expect(range.endContainer).toBe(root.querySelector('i')!.firstChild);
  });

  it('drops separators at the edges and refuses separator-only spans', () => {
    const root = mount('<p>ab</p><p>cd</p>');
    const map = collectText([root]);
    expect(map.text).toBe('ab\ncd');
    expect(rangeFor(map, 2, 4)!.toString()).toBe('c');
    expect(rangeFor(map, 1, 3)!.toString()).toBe('b');
    expect(rangeFor(map, 1, 5)!.toString()).toBe('bcd'); // DOM ranges have no separator character
    expect(rangeFor(map, 2, 3)).toBeNull();
    expect(rangeFor(map, 3, 3)).toBeNull();
    expect(rangeFor(map, 0, 99)!.toString()).toBe('abcd');
  });

  it('returns null instead of throwing when the page shortened a node since', () => {
    const root = mount('<p>Nghị quyết số 18-NQ/TW</p>');
    const map = collectText([root]);
    map.nodes[0].data = 'x';
    expect(rangeFor(map, 5, 15)).toBeNull();
  });

  it('maps extractReferences mentions onto the page', () => {
    const root = mount(
      '<h2>Tinh gọn bộ máy</h2><p>Thực hiện <a href="#">Nghị quyết số 18-NQ/TW</a> và <b>Kết luận</b> số 121-<i>KL/TW</i>, ' +
        'cùng Nghị định số 178/2024/NĐ-CP.</p>',
    );
    const map = collectText([root]);
    const { mentions } = extractReferences(map.text);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) expect(rangeFor(map, m.start, m.end)!.toString()).toBe(m.text);
  });
});

describe('collectText on a large page', () => {
  it('collects ~2 MB of text in one pass and maps offsets by binary search', () => {
    const paragraph =
      'Theo <b>Nghị quyết</b> số 18-<i>NQ/TW</i> của Ban Chấp hành Trung ương, việc sắp xếp bộ máy <a href="#">được thực hiện</a> khẩn trương. ';
    const root = mount('');
    const template = document.createElement('div');
    template.innerHTML = `<p>${paragraph.repeat(4)}</p>`;
    // Cloning is much faster than parsing 2 MB of markup in happy-dom.
    for (let i = 0; i < 4000; i++) root.appendChild(template.firstChild!.cloneNode(true));

    let t = performance.now();
    const map = collectText([root]);
    const collectMs = performance.now() - t;
    expect(map.text.length).toBeGreaterThan(1_600_000); // ≈ 2.3 MB as UTF-8
    expect(map.nodes.length).toBe(100_000);

    t = performance.now();
    for (let i = 0; i < 100_000; i++) nodeSpan(map, i * 17, i * 17 + 22);
    const spanMs = performance.now() - t;
    // Real ranges only for the first and last reference: in happy-dom each Range boundary
    // operation walks the whole tree, which is slow on 100k nodes.
    const ref = 'Nghị quyết số 18-NQ/TW';
    for (const at of [map.text.indexOf(ref), map.text.lastIndexOf(ref)]) {
      expect(rangeFor(map, at, at + ref.length)!.toString()).toBe(ref);
    }
    // Loose bounds: happy-dom is much slower than a browser; these catch quadratic work.
    expect(collectMs).toBeLessThan(2000);
    expect(spanMs).toBeLessThan(500);
  }, 60_000);
});
