// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CardCandidate, CardModel, Lang } from '../../utils/page/card-model';
import { CARD_CSS, renderCard } from '../../utils/page/card-view';

const EVIL = '<img src=x onerror=alert(1)>';

function model(over: Partial<CardModel> = {}): CardModel {
  return {
    key: '144-QĐ/TW',
    party: true,
    heading: 'Quy định số 144-QĐ/TW',
    fields: [
      { label: 'Số, ký hiệu', value: '144-QĐ/TW' },
      { label: 'Cơ quan ban hành', value: 'Bộ Chính trị', fromCatalog: true, lowConfidence: false },
      { label: 'Ngày ban hành', value: '9/5/2024', fromCatalog: true, lowConfidence: true },
      { label: 'Trích yếu', value: 'về chuẩn mực đạo đức cách mạng' },
    ],
    sentence: 'Lãnh đạo tỉnh đề nghị bám sát Quy định số 144-QĐ/TW trong quý tới.',
    quote: { before: 'Lãnh đạo tỉnh đề nghị bám sát ', mention: 'Quy định số 144-QĐ/TW', after: ' trong quý tới.' },
    candidates: [],
    guess: false,
    chosen: false,
    source: 'https://danh-muc.example.vn/quy-dinh-144',
    sources: [{ url: 'https://danh-muc.example.vn/quy-dinh-144', host: 'danh-muc.example.vn' }],
    decidedBy: [],
    why: [],
    relations: [],
    mentionCount: 3,
    alsoNamed: [],
    maybe: [],
    citedInSaved: 0,
    ...over,
  };
}

/** Every tag renderCard may create: anything else came from parsing page or catalog text. */
const OWN_TAGS = new Set(['div', 'header', 'span', 'button', 'h2', 'h3', 'dl', 'dt', 'dd', 'small', 'section', 'ul', 'li', 'blockquote', 'footer', 'p', 'a', 'strong', 'details', 'summary']);

const cand = (c: Partial<CardCandidate> & { title: string | null }): CardCandidate =>
  ({ key: '18-NQ/TW', body: null, term: null, date: null, confidence: 'high', ...c });

const render = (m: CardModel, lang: Lang = 'vi', onClose = () => {}) => renderCard(document, m, lang, onClose);
const tags = (el: Element) => [el, ...el.querySelectorAll('*')].map((e) => e.localName);

describe('renderCard: text only', () => {
  const evil: CardModel = model({
    key: EVIL,
    heading: `Quy định ${EVIL}`,
    fields: [
      { label: `Nhãn ${EVIL}`, value: `Giá trị ${EVIL}` },
      { label: 'Trích yếu', value: `<script>alert(2)</script><b>đậm</b>`, fromCatalog: true, lowConfidence: true },
    ],
    sentence: `Câu có ${EVIL} bên trong.`,
    quote: { before: 'Câu có ', mention: EVIL, after: ' bên trong.' },
    candidates: [
      cand({ term: `XII${EVIL}`, date: '2017-10-25', title: `Tiêu đề ${EVIL}`, source: `javascript:alert(4)` }),
      cand({ term: null, date: null, title: '<svg onload=alert(3)>' }),
    ],
    sources: [],
    source: `Văn kiện Đảng toàn tập ${EVIL}, tập 47`,
    alsoNamed: [`Nghị quyết ${EVIL}`],
    maybe: [`Chỉ thị ${EVIL}`],
  });

  it.each(['vi', 'en'] as const)('markup in any string stays literal text (%s)', (lang) => {
    const card = render(evil, lang);
    for (const t of tags(card)) expect(OWN_TAGS).toContain(t);
    expect(card.querySelector('img, script, svg, b, a, iframe')).toBeNull();
    expect(card.querySelectorAll('[onerror], [onload], [href], [src]')).toHaveLength(0);
    const text = card.textContent ?? '';
    expect(text).toContain(`Quy định ${EVIL}`);
    expect(text).toContain(`Nhãn ${EVIL}`);
    expect(text).toContain(`Giá trị ${EVIL}`);
    expect(text).toContain('<script>alert(2)</script><b>đậm</b>');
    expect(text).toContain(`Câu có ${EVIL} bên trong.`);
    expect(text).toContain(`Tiêu đề ${EVIL}`);
    expect(text).toContain('<svg onload=alert(3)>');
    expect(text).toContain(`Nghị quyết ${EVIL}`);
    expect(card.getAttribute('aria-label')).toBe(`Quy định ${EVIL}`);
    expect(card.querySelector('h2')!.textContent).toBe(`Quy định ${EVIL}`);
    expect(card.querySelector('blockquote')!.textContent).toBe(`Câu có ${EVIL} bên trong.`);
  });

  it('the HTML of the card escapes the strings in its text', () => {
    const card = render(evil);
    expect(card.querySelector('h2')!.innerHTML).toBe('Quy định &lt;img src=x onerror=alert(1)&gt;');
    expect(card.querySelector('blockquote')!.innerHTML).toBe('Câu có <strong class="mention">&lt;img src=x onerror=alert(1)&gt;</strong> bên trong.');
  });

  it('a source that is not an http(s) address never becomes a link', () => {
    const card = render(evil);
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('.candidates li')!.textContent).toContain(`Tiêu đề ${EVIL}`);
  });
});

describe('renderCard: structure', () => {
  it('the close button calls onClose, once per click', () => {
    const onClose = vi.fn();
    const card = render(model(), 'vi', onClose);
    const close = card.querySelector('button.close') as HTMLButtonElement;
    expect(close.getAttribute('type')).toBe('button');
    expect(onClose).not.toHaveBeenCalled();
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    close.click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('other clicks on the card do not close it', () => {
    const onClose = vi.fn();
    const card = render(model(), 'vi', onClose);
    (card.querySelector('h2') as HTMLElement).click();
    (card.querySelector('blockquote') as HTMLElement).click();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('is a labelled dialog in the card language, classed by kind', () => {
    const card = render(model(), 'en');
    expect(card.localName).toBe('div');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Quy định số 144-QĐ/TW');
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.classList.contains('card')).toBe(true);
    expect(card.classList.contains('party')).toBe(true);
    const state = render(model({ party: false, heading: 'Nghị định số 24/2023/NĐ-CP' }), 'vi');
    expect(state.classList.contains('state')).toBe(true);
    expect(state.classList.contains('party')).toBe(false);
  });

  it('one row per field, catalog rows marked; what the marks mean said once per card', () => {
    const card = render(model());
    const rows = [...card.querySelectorAll('dl > .row')];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.querySelector('dt')!.textContent)).toEqual(['Số, ký hiệu', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu']);
    expect(rows.map((r) => r.classList.contains('catalog'))).toEqual([false, true, true, false]);
    expect(rows[0].querySelector('dd')!.textContent).toBe('144-QĐ/TW');
    expect(rows[0].querySelector('.mark')).toBeNull();
    expect(rows[1].querySelector('.mark')!.getAttribute('aria-label')).toBe('theo danh mục VanKien');
    expect(rows[2].querySelector('.mark')!.getAttribute('aria-label')).toBe('theo danh mục VanKien, chưa chắc chắn');
    expect(card.querySelectorAll('.catalog-note')).toHaveLength(1);
    expect(card.querySelector('.catalog-note')!.textContent).toBe('◆ theo danh mục VanKien · ◇ theo danh mục VanKien, chưa chắc chắn');
    expect(rows[2].querySelector('dd')!.firstChild!.textContent).toBe('9/5/2024');
  });

  it('a single candidate is shown only as a guess; two or more as a choice', () => {
    const one = render(model({ candidates: [cand({ term: 'XII', date: '2017-10-25', title: 'Một nghị quyết' })] }));
    expect(one.querySelector('.candidates')).toBeNull();
    const guess = render(model({ guess: true, fields: [], candidates: [cand({ term: 'XII', date: '25/10/2017', title: 'Một nghị quyết', source: 'https://nguon.example.vn/a', host: 'nguon.example.vn' })] }));
    expect(guess.querySelector('.candidates.guess h3')!.textContent).toBe('Có thể là (đoán theo danh mục — bài viết không nói rõ)');
    expect(guess.querySelector('.candidates li')!.textContent).toBe('khóa XII · 25/10/2017 · Một nghị quyếtnguon.example.vn');
    expect(guess.querySelector('.candidates li a')!.getAttribute('href')).toBe('https://nguon.example.vn/a');
    const two = render(model({
      candidates: [
        cand({ term: 'XIII', date: '2022-06-16', title: 'Về đất đai' }),
        cand({ term: null, date: null, title: 'Về bộ máy' }),
      ],
    }));
    const items = [...two.querySelectorAll('.candidates li')].map((li) => li.textContent);
    expect(items).toEqual(['khóa XIII · 2022-06-16 · Về đất đai', 'Về bộ máy']);
    expect(two.querySelector('.candidates h3')!.textContent).toBe('Có thể là một trong các văn bản');
    const en = render(model({ candidates: [cand({ term: 'XII', title: 'A' }), cand({ term: 'XIII', title: 'B' })] }), 'en');
    expect([...en.querySelectorAll('.candidates li')].map((li) => li.textContent)).toEqual(['term XII · A', 'term XIII · B']);
  });

  it('each candidate can be picked from the card; a pick says so and can be undone; no action, no button', () => {
    const choose = vi.fn(), unchoose = vi.fn();
    const m = model({ guess: true, candidates: [cand({ term: 'XIII', title: 'Về đất đai' }), cand({ term: 'XII', title: 'Về bộ máy' })] });
    const card = render(m);
    expect(card.querySelectorAll('button.act')).toHaveLength(0);
    const withActions = renderCard(document, m, 'vi', () => {}, { choose });
    const buttons = [...withActions.querySelectorAll<HTMLButtonElement>('.candidates li button.act')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Chọn văn bản này', 'Chọn văn bản này']);
    buttons[1].click();
    expect(choose).toHaveBeenCalledWith(1);
    const chosen = renderCard(document, model({ chosen: true, fields: [{ label: 'Khóa', value: 'XII', fromReader: true, chosen: true }] }), 'vi', () => {}, { unchoose });
    expect(chosen.querySelector('.row .tag')!.textContent).toBe('bạn đã chọn');
    expect(chosen.querySelector('.chosen')!.textContent).toBe('Bài viết không nói rõ văn bản nào; bạn đã chọn văn bản này. Bỏ chọn');
    chosen.querySelector<HTMLButtonElement>('.chosen button')!.click();
    expect(unchoose).toHaveBeenCalledTimes(1);
  });

  it('offers the library\'s page of the document only when given the action, in the footer', () => {
    const open = vi.fn();
    expect(render(model()).querySelector('footer button')).toBeNull();
    const card = renderCard(document, model({ citedInSaved: 2 }), 'vi', () => {}, { openInLibrary: open });
    const b = card.querySelector<HTMLButtonElement>('footer button.library')!;
    expect(b.textContent).toBe('Mở trong thư viện');
    expect(b.title).toMatch(/sửa, gộp hoặc tách/);
    b.click();
    expect(open).toHaveBeenCalledTimes(1);
    expect(renderCard(document, model(), 'en', () => {}, { openInLibrary: open }).querySelector('footer button')!.textContent).toBe('Open in your library');
  });

  it('a mention the text leaves open lists the other documents it may be, said to be the article\'s silence', () => {
    expect(render(model()).querySelector('.maybe')).toBeNull();
    const card = render(model({ maybe: ['Chỉ thị số 05-CT/TW · Bộ Chính trị · 15/5/2016'] }));
    expect(card.querySelector('.maybe h3')!.textContent).toBe('Bài viết không nói rõ — chỗ này cũng có thể là');
    expect([...card.querySelectorAll('.maybe li')].map((li) => li.textContent)).toEqual(['Chỉ thị số 05-CT/TW · Bộ Chính trị · 15/5/2016']);
  });

    it('alsoNamed appears only when the span names other documents', () => {
    expect(render(model()).querySelector('.also')).toBeNull();
    const card = render(model({ alsoNamed: ['Nghị quyết số 68-NQ/TW', 'Nghị quyết số 57-NQ/TW'] }));
    expect(card.querySelector('.also')!.textContent).toBe('Cụm này còn nhắc: Nghị quyết số 68-NQ/TW; Nghị quyết số 57-NQ/TW');
    const en = render(model({ alsoNamed: ['Nghị quyết No. 68-NQ/TW'] }), 'en');
    expect(en.querySelector('.also')!.textContent).toBe('This phrase also names: Nghị quyết No. 68-NQ/TW');
  });

  it('the sources are links that open a new tab; no source, no source line', () => {
    const p = render(model()).querySelector('.sources')!;
    expect(p.textContent).toBe('Nguồn: danh-muc.example.vn');
    const a = p.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['https://danh-muc.example.vn/quy-dinh-144', '_blank', 'noopener noreferrer']);
    expect(render(model({ sources: [] })).querySelector('.sources')).toBeNull();
  });
});

describe('renderCard: labels', () => {
  it.each([
    ['vi', true, 'Văn bản của Đảng', 'Đóng', 'Trong bài', 'Bài viết nhắc 3 lần', 'Nguồn: danh-muc.example.vn'],
    ['vi', false, 'Văn bản nhà nước', 'Đóng', 'Trong bài', 'Bài viết nhắc 3 lần', 'Nguồn: danh-muc.example.vn'],
    ['en', true, 'Party document', 'Close', 'In this article', 'Cited 3× in this article', 'Sources: danh-muc.example.vn'],
    ['en', false, 'State document', 'Close', 'In this article', 'Cited 3× in this article', 'Sources: danh-muc.example.vn'],
  ] as const)('%s, party=%s', (lang, party, kind, close, context, mentions, source) => {
    const card = render(model({ party }), lang);
    expect(card.querySelector('header .kind')!.textContent).toBe(kind);
    const button = card.querySelector('button.close')!;
    expect(button.getAttribute('aria-label')).toBe(close);
    expect(button.getAttribute('title')).toBe(`${close} (Esc)`);
    expect(button.textContent).toBe('×');
    expect(card.querySelector('.context h3')!.textContent).toBe(context);
    expect(card.querySelector('.context blockquote')!.textContent).toBe('Lãnh đạo tỉnh đề nghị bám sát Quy định số 144-QĐ/TW trong quý tới.');
    const footer = [...card.querySelectorAll('footer span')].map((s) => s.textContent);
    expect(footer).toEqual([mentions]);
    expect(card.querySelector('.sources')!.textContent).toBe(source);
  });

  it.each([
    ['vi', ['bạn đã sửa'], ['Danh mục VanKien ghi: Tên A', 'Bài bạn đã lưu ghi: Tên B; Tên C']],
    ['en', ['your correction'], ['The VanKien catalog says: Tên A', 'An article you saved says: Tên B; Tên C']],
  ] as const)('%s: the reader\'s correction is marked as such; what others say is grouped by who says it', (lang, tagsShown, othersShown) => {
    const card = render(model({ fields: [{ label: 'Trích yếu', value: 'Tên đúng', fromReader: true, others: [
      { value: 'Tên A', from: 'catalog' }, { value: 'Tên B', from: 'library' }, { value: 'Tên C', from: 'library' },
    ] }] }), lang);
    expect([...card.querySelectorAll('.row .tag')].map((e) => e.textContent)).toEqual(tagsShown);
    expect([...card.querySelectorAll('.row .others')].map((e) => e.textContent)).toEqual(othersShown);
  });

  it.each([
    ['vi', 'Vì sao là văn bản này', 'khóa XIII theo bài; bài ghi ngày 9/5/2024'],
    ['en', 'Why this document', 'khóa XIII theo bài; bài ghi ngày 9/5/2024'],
  ] as const)('%s: why the catalog\'s entry was matched is said under its facts, folded', (lang, summary, shown) => {
    const card = render(model({ why: ['khóa XIII theo bài', 'bài ghi ngày 9/5/2024'] }), lang);
    const why = card.querySelector('details.why')!;
    expect(why.querySelector('summary')?.textContent).toBe(summary);
    expect(why.textContent).toBe(summary + shown);
    // Nothing from the catalog shown: nothing to explain.
    const bare = render(model({ why: ['khóa XIII theo bài'], fields: [{ label: 'Số, ký hiệu', value: '144-QĐ/TW' }] }), lang);
    expect(bare.querySelector('.why')).toBeNull();
  });

  it.each([
    ['vi', 'Nguồn khác ghi: 1/6/2012'],
    ['en', 'Other sources say: 2012-06-01'],
  ] as const)('%s: a date the catalog\'s own sources dispute is said beside the catalog\'s', (lang, shown) => {
    const card = render(model({ fields: [{ label: 'Ngày', value: '10/6/2012', fromCatalog: true, lowConfidence: true, others: [
      { value: lang === 'vi' ? '1/6/2012' : '2012-06-01', from: 'sources' },
    ] }] }), lang);
    expect([...card.querySelectorAll('.row .others')].map((e) => e.textContent)).toEqual([shown]);
  });

  it('the sentence sets the mention apart, as text', () => {
    const q = render(model()).querySelector('blockquote')!;
    expect(q.textContent).toBe('Lãnh đạo tỉnh đề nghị bám sát Quy định số 144-QĐ/TW trong quý tới.');
    expect(q.querySelector('strong.mention')!.textContent).toBe('Quy định số 144-QĐ/TW');
  });

  it('English catalog marks', () => {
    const marks = [...render(model(), 'en').querySelectorAll('.row .mark')].map((t) => t.getAttribute('aria-label'));
    expect(marks).toEqual(['from the VanKien catalog', 'from the VanKien catalog, uncertain']);
  });

  it('CARD_CSS styles the classes the card uses', () => {
    for (const sel of ['.card', '.card.state', '.close', '.row', '.tag', '.mark', '.catalog-note', '.others', 'blockquote', 'footer', '.also']) expect(CARD_CSS).toContain(sel);
  });
});
