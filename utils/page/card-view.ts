/**
 * The card that explains one reference, built with plain DOM calls: it ships inside the content
 * script on every article page, where a UI framework would cost more than the card itself.
 * Page and catalog text enter only through textContent; no HTML is ever parsed.
 */
import type { CardModel, Lang } from './card-model';

const TEXT = {
  vi: { party: 'Văn bản của Đảng', state: 'Văn bản nhà nước', catalog: 'theo danh mục VanKien', uncertain: 'chưa chắc chắn', context: 'Trong bài', candidates: 'Có thể là một trong các văn bản', guessOne: 'Có thể là (đoán theo danh mục — bài viết không nói rõ)', guessMany: 'Bài viết không nói rõ văn bản nào — có thể là (khả năng cao nhất trước)', numbered: 'Tức', sources: 'Nguồn', rel: { replaces: 'Thay thế', replacedBy: 'Được thay bởi', amends: 'Sửa đổi', amendedBy: 'Được sửa đổi bởi', reviews: 'Tổng kết', reviewedBy: 'Được tổng kết bởi', implements: 'Thực hiện', continues: 'Tiếp tục' } as Record<string, string>, close: 'Đóng', mentions: (n: number) => `Bài viết nhắc ${n} lần`, term: 'khóa', also: 'Cụm này còn nhắc', maybe: 'Bài viết không nói rõ — chỗ này cũng có thể là', maybeNote: 'Phía trên là văn bản được trích gần chỗ này nhất.', library: 'từ bài bạn đã lưu', reader: 'bạn đã sửa', chose: 'bạn đã chọn', choose: 'Chọn văn bản này', chosenNote: 'Bài viết không nói rõ văn bản nào; bạn đã chọn văn bản này.', unchoose: 'Bỏ chọn', others: { library: 'Bài bạn đã lưu ghi', reader: 'Bạn đã sửa là', catalog: 'Danh mục VanKien ghi', text: 'Bài này ghi', sources: 'Nguồn khác ghi' } as Record<string, string>, site: 'theo trang này', cited: (n: number) => `Trích trong ${n} bài đã lưu`, openLibrary: 'Mở trong thư viện', openLibraryTitle: 'Xem các bài đã lưu trích văn bản này; sửa, gộp hoặc tách nó', why: 'Vì sao là văn bản này' },
  en: { party: 'Party document', state: 'State document', catalog: 'from the VanKien catalog', uncertain: 'uncertain', context: 'In this article', candidates: 'Could be one of', guessOne: 'Possibly (a guess from the catalog — the article does not say)', guessMany: 'The article does not say which — possibly (most likely first)', numbered: 'That is', sources: 'Sources', rel: { replaces: 'Replaces', replacedBy: 'Replaced by', amends: 'Amends', amendedBy: 'Amended by', reviews: 'Reviews', reviewedBy: 'Reviewed by', implements: 'Implements', continues: 'Continues' } as Record<string, string>, close: 'Close', mentions: (n: number) => `Cited ${n}× in this article`, term: 'term', also: 'This phrase also names', maybe: 'The article does not say which — this may also be', maybeNote: 'Above: the one cited nearest to this place.', library: 'from an article you saved', reader: 'your correction', chose: 'your choice', choose: 'This is the one', chosenNote: 'The article does not say which document; you chose this one.', unchoose: 'Undo choice', others: { library: 'An article you saved says', reader: 'You corrected it to', catalog: 'The VanKien catalog says', text: 'This article says', sources: 'Other sources say' } as Record<string, string>, site: 'from this site', cited: (n: number) => `Cited in ${n} saved articles`, openLibrary: 'Open in your library', openLibraryTitle: 'See the saved articles that cite it; correct, merge or split it', why: 'Why this document' },
};

type Child = Node | string | null | undefined | false;

function h(doc: Document, tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

/** "Bài bạn đã lưu ghi: …" — one line per source that says otherwise. */
function othersOf(doc: Document, others: CardModel['fields'][number]['others'], labels: Record<string, string>): HTMLElement[] {
  const bySource = new Map<string, string[]>();
  for (const o of others ?? []) bySource.set(o.from, [...(bySource.get(o.from) ?? []), o.value]);
  return [...bySource].map(([from, values]) => h(doc, 'small', { class: 'others' }, `${labels[from] ?? from}: ${values.join('; ')}`));
}

/** What the reader can do from the card besides closing it. */
export interface CardActions {
  /** Pick candidate `index` as the document. */
  choose?(index: number): void;
  /** Undo that pick. */
  unchoose?(): void;
  /** Open the library's page of this document (offered when the library has it). */
  openInLibrary?(): void;
}

function button(doc: Document, label: string, onClick: () => void, cls = 'act'): HTMLElement {
  const b = h(doc, 'button', { type: 'button', class: cls }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Builds the card; `onClose` runs when the reader presses its close button. */
export function renderCard(doc: Document, model: CardModel, lang: Lang, onClose: () => void, actions: CardActions = {}): HTMLElement {
  const t = TEXT[lang];
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': t.close, title: `${t.close} (Esc)` }, '×');
  close.addEventListener('click', onClose);
  // The catalog's rows carry a mark; what the mark means is said once, under them.
  const fromCatalog = model.fields.filter((f) => f.fromCatalog);
  const catalogNote = fromCatalog.length > 0 &&
    h(doc, 'p', { class: 'catalog-note' },
      fromCatalog.some((f) => !f.lowConfidence) && h(doc, 'span', null, h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, '◆'), ` ${t.catalog}`),
      fromCatalog.some((f) => !f.lowConfidence) && fromCatalog.some((f) => f.lowConfidence) && ' · ',
      fromCatalog.some((f) => f.lowConfidence) && h(doc, 'span', null, h(doc, 'span', { class: 'mark uncertain', 'aria-hidden': 'true' }, '◇'), ` ${t.catalog}, ${t.uncertain}`));
  const rows = model.fields.map((f) =>
    h(doc, 'div', { class: f.fromCatalog ? 'row catalog' : 'row' },
      h(doc, 'dt', null, f.label),
      h(doc, 'dd', null, f.value,
        f.fromCatalog && h(doc, 'span', { class: f.lowConfidence ? 'mark uncertain' : 'mark', title: f.lowConfidence ? `${t.catalog}, ${t.uncertain}` : t.catalog, 'aria-label': f.lowConfidence ? `${t.catalog}, ${t.uncertain}` : t.catalog }, f.lowConfidence ? ' ◇' : ' ◆'),
        f.fromLibrary && h(doc, 'small', { class: 'tag' }, t.library),
        f.fromReader && h(doc, 'small', { class: 'tag reader' }, f.chosen ? t.chose : t.reader),
        f.fromSite && h(doc, 'small', { class: 'tag' }, t.site),
        ...othersOf(doc, f.others, t.others))));
  const candidates = (model.candidates.length > 1 || model.guess) && model.candidates.length > 0 &&
    h(doc, 'section', { class: model.guess ? 'candidates guess' : 'candidates' },
      h(doc, 'h3', null, !model.guess ? t.candidates : model.candidates.length === 1 ? t.guessOne : t.guessMany),
      h(doc, 'ul', null, ...model.candidates.map((c, i) =>
        h(doc, 'li', null, [c.numbered, c.body, c.term && `${t.term} ${c.term}`, c.date, c.title].filter(Boolean).join(' · '),
          c.source && /^https?:\/\//.test(c.source) ? link(doc, c.source, c.host ?? '') : null,
          actions.choose && button(doc, t.choose, () => actions.choose!(i))))));
  const chosen = model.chosen && h(doc, 'p', { class: 'chosen' }, t.chosenNote, ' ',
    actions.unchoose && button(doc, t.unchoose, () => actions.unchoose!()));
  const relations = model.relations.length > 0 &&
    h(doc, 'p', { class: 'relations' }, model.relations.map((r) => `${t.rel[r.rel] ?? r.rel} ${r.key}`).join(' · '));
  const sources = model.sources.length > 0 &&
    h(doc, 'p', { class: 'sources' }, `${t.sources}: `, ...model.sources.flatMap((s, i) => [i ? ', ' : '', link(doc, s.url, s.host)]));
  return h(doc, 'div', { class: `card ${model.party ? 'party' : 'state'}`, role: 'dialog', 'aria-label': model.heading, lang },
    h(doc, 'header', null, h(doc, 'span', { class: 'kind' }, model.party ? t.party : t.state), close),
    h(doc, 'h2', null, model.heading),
    h(doc, 'dl', null, ...rows),
    catalogNote,
    // Folded: the card stays as short as before on a small screen; the reasons are a click away.
    catalogNote && model.why.length > 0 && h(doc, 'details', { class: 'why' }, h(doc, 'summary', null, t.why), model.why.join('; ')),
    model.numbered && h(doc, 'p', { class: 'numbered' }, `${t.numbered}: ${model.numbered}`),
    relations,
    candidates,
    model.maybe.length > 0 && h(doc, 'section', { class: 'maybe guess' }, h(doc, 'h3', null, t.maybe),
      h(doc, 'ul', null, ...model.maybe.map((line) => h(doc, 'li', null, line))),
      h(doc, 'small', { class: 'others' }, t.maybeNote)),
    chosen,
    sources,
    model.alsoNamed.length > 0 && h(doc, 'p', { class: 'also' }, `${t.also}: ${model.alsoNamed.join('; ')}`),
    h(doc, 'section', { class: 'context' }, h(doc, 'h3', null, t.context),
      h(doc, 'blockquote', null, model.quote.before, h(doc, 'strong', { class: 'mention' }, model.quote.mention), model.quote.after)),
    h(doc, 'footer', null,
      h(doc, 'span', null, t.mentions(model.mentionCount) + (model.citedInSaved ? ` · ${t.cited(model.citedInSaved)}` : '')),
      actions.openInLibrary && libraryButton(doc, t.openLibrary, t.openLibraryTitle, actions.openInLibrary)));
}

function libraryButton(doc: Document, label: string, title: string, onClick: () => void): HTMLElement {
  const b = button(doc, label, onClick, 'act library');
  b.title = title;
  return b;
}

/** A link to a catalog source (from VanKien's bundle, never from the page): opens a new tab. */
function link(doc: Document, url: string, label: string): HTMLElement | string {
  if (!/^https?:\/\//.test(url)) return label;
  return h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label || url);
}

export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 480px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1b1b;
  background: #fffdf7; border: 1px solid #d9c7a0; border-left: 4px solid #b45309; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 10px 14px 12px; }
.card.state { border-left-color: #3b5a78; }
header { display: flex; justify-content: space-between; align-items: center; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #8a5a14; }
.state .kind { color: #3b5a78; }
.close { all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 0 4px; color: #555; border-radius: 4px; }
.close:focus-visible { outline: 2px solid #b45309; }
h2 { font-size: 16px; margin: 4px 0 8px; font-weight: 650; }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 10px 0 4px; font-weight: 600; }
dl { margin: 0; }
.row { display: grid; grid-template-columns: 112px 1fr; gap: 8px; padding: 2px 0; }
dt { color: #666; }
dd { margin: 0; }
.mark { color: #b7791f; font-size: 10px; }
.catalog-note { margin: 4px 0 0; font-size: 11.5px; color: #6b4e16; }
.why { margin: 2px 0 0; font-size: 11.5px; color: #5f5a50; } .why summary { cursor: pointer; }
.others { display: block; margin-top: 2px; font-size: 11.5px; color: #6b6355; font-style: italic; }
.tag { display: inline-block; margin-left: 6px; font-size: 10.5px; color: #6b4e16; background: #f6e7c4; border-radius: 3px; padding: 0 4px; }
blockquote .mention { font-weight: 600; color: inherit; }
blockquote { margin: 0; padding: 6px 8px; background: #f5f1e8; border-radius: 4px; font-size: 13px; color: #333; }
.also, .relations, .numbered { margin: 8px 0 0; font-size: 13px; color: #5b4a2a; }
.guess h3 { color: #8a5a14; }
.sources { margin: 8px 0 0; font-size: 12px; color: #666; }
a { color: #8a4b08; }
.candidates li a { margin-left: 6px; font-size: 12px; }
.act { margin-left: 6px; font: inherit; font-size: 12px; padding: 1px 6px; white-space: nowrap; border: 1px solid #c9a45c; border-radius: 4px; background: #fff8e8; color: #6b4e16; cursor: pointer; }
.act:focus-visible { outline: 2px solid #b45309; }
.chosen { margin: 8px 0 0; font-size: 12.5px; color: #5b4a2a; }
ul { margin: 0; padding-left: 18px; font-size: 13px; }
footer { display: flex; justify-content: space-between; gap: 8px; margin-top: 8px; font-size: 12px; color: #666; }
@media (prefers-color-scheme: dark) {
  .card { color: #eee; background: #22201c; border-color: #5a4a2a; box-shadow: 0 8px 28px rgba(0,0,0,.6); }
  dt, h3, footer, .close { color: #b5ad9c; }
  .kind { color: #f0b458; } .state .kind { color: #9ec0e0; }
  blockquote { background: #2e2b25; color: #ddd; }
  .tag { background: #4a3a18; color: #f3d9a2; }
  a { color: #f0b458; } .also, .relations, .numbered { color: #e0cfa8; } .sources { color: #b5ad9c; }
  .others { color: #b5ad9c; } .mark { color: #f0b458; } .catalog-note { color: #e0cfa8; } .why { color: #c9c2b4; }
  .act { background: #3a2f1a; color: #f3d9a2; border-color: #7a5f2a; } .chosen { color: #e0cfa8; }
}
`;
