import { describe, expect, it } from 'vitest';
import { findExcludes, isExcluded } from '../../utils/article';
import { parseHtml } from './helpers';

const PROSE = 'Hội nghị quán triệt Nghị quyết số 57-NQ/TW được tổ chức trực tuyến đến các điểm cầu cơ sở trong toàn tỉnh.';

function body(inner: string): Element {
  return parseHtml(`<html><body><div id="b">${inner}</div></body></html>`).getElementById('b')!;
}

const ids = (els: Element[]) => els.map((e) => e.id || e.tagName.toLowerCase());

describe('findExcludes', () => {
  it('keeps inline links and captions, drops scripts and ads', () => {
    const b = body(`<p id="p1">${PROSE} Xem <a class="cms-relate" href="/tag">chuyển đổi số</a> và <a class="tag" href="/t">Nghị quyết 57</a>.</p>
      <figure><img src="x.jpg"><figcaption id="cap">Quang cảnh hội nghị.</figcaption></figure>
      <script id="s">var x = 1;</script><style id="st">p{}</style>
      <div id="ad" class="ads-item"><ins></ins></div><p>${PROSE}</p><p>${PROSE}</p>`);
    const ex = findExcludes(b);
    expect(ids(ex)).toEqual(['s', 'st', 'ad']);
    expect(isExcluded(b.querySelector('a.cms-relate')!, ex)).toBe(false);
    expect(isExcluded(b.querySelector('#cap')!.firstChild!, ex)).toBe(false);
  });

  it('drops a box opened by "Tin liên quan", and a bare heading with the link list after it', () => {
    const b = body(`<p>${PROSE}</p>
      <div id="box"><div>Tin liên quan</div><ul><li><a href="/a">Triển khai Kết luận 40-KL/TW về biên chế</a></li></ul></div>
      <p>${PROSE}</p>
      <h3 id="h">TIN CÙNG CHUYÊN MỤC:</h3><ul id="list"><li><a href="/b">Sơ kết Kết luận 40</a></li><li><a href="/c">Tin khác</a></li></ul>
      <p>${PROSE}</p>`);
    expect(ids(findExcludes(b))).toEqual(['box', 'h', 'list']);
  });

  it('drops an inline "Xem thêm:" paragraph but not prose that merely starts alike', () => {
    const b = body(`<p>${PROSE}</p><p id="more"><strong>Xem thêm:</strong> <a href="/x">Kết luận 40 về biên chế</a></p>
      <p id="keep">Xem thêm thông tin chi tiết tại trang của tỉnh, nơi đăng tải đầy đủ các văn bản hướng dẫn thực hiện nghị quyết.</p><p>${PROSE}</p>`);
    expect(ids(findExcludes(b))).toEqual(['more']);
  });

  it('drops nested teaser <article>s, asides and link-dense lists', () => {
    const b = body(`<p>${PROSE}</p><article id="teaser"><a href="/t"><img src="t.jpg"></a><h3><a href="/t">Kết luận 40</a></h3></article>
      <aside id="aside"><p>Chú thích bên lề</p></aside>
      <div id="links"><a href="/1">Bài một về Kết luận 40</a> · <a href="/2">Bài hai về biên chế</a></div><p>${PROSE}</p>`);
    expect(ids(findExcludes(b))).toEqual(['teaser', 'aside', 'links']);
  });

  it('never lets a generic rule drop most of the body, but honours adapter selectors', () => {
    const b = body(`<div id="wrap" class="content-share-wrapper"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div><div id="x" class="foo">chú thích</div>`);
    expect(findExcludes(b)).toEqual([]);
    expect(ids(findExcludes(b, ['div.foo', 'bad[[selector']))).toEqual(['x']);
  });

  it('recognises class, id, data-* and type tokens, including camelCase and joined spellings', () => {
    const b = body(`<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>
      <div id="a1" class="box-tinlienquan">x</div><div id="a2" type="RelatedNewsBox">x</div>
      <div id="a3" data-component-type="tin_xemthem"></div><div id="a4" class="rennab"></div>
      <div id="k1" class="shadow-box">giữ lại</div><div id="k2" class="loading-header">giữ lại</div>`);
    expect(ids(findExcludes(b))).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('returns only the outermost elements, in document order', () => {
    const b = body(`<p>${PROSE}</p><div id="outer" class="related"><div class="ads"><script>1</script></div></div><script id="s2">2</script><p>${PROSE}</p>`);
    expect(ids(findExcludes(b))).toEqual(['outer', 's2']);
  });
});
