import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/article';
import { pageInScope } from '../../utils/article/scope';
import { parseHtml } from './helpers';

const prose = (sentence: string) => Array.from({ length: 12 }, () => `<p>${sentence}</p>`).join('');
const VI = 'Chi bộ tổ chức sinh hoạt chuyên đề, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ đến từng đảng viên trong thôn.';
const EN = 'The council met on Tuesday to discuss the new parking rules for the town centre and the timetable for the summer market, which will open in June this year.';
const articlePage = (lang: string, title: string, sentence: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title>
<meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${prose(sentence)}</article></body></html>`;

// Our own pages on sites VanKien reads only in part.
const ROWS: Array<[name: string, html: string, url: string, article: boolean]> = [
  ['a Vietnamese post on a blog platform', articlePage('vi', 'Sinh hoạt chi bộ tháng Ba', VI), 'https://gocnhin.blogspot.com/2025/03/sinh-hoat-chi-bo.html', true],
  ['an English post on the same platform', articlePage('en', 'Council meeting notes', EN), 'https://townnews.blogspot.com/2025/03/council-meeting-notes.html', false],
  ['a Vietnamese service\'s article on a world broadcaster', articlePage('vi', 'Chi bộ quán triệt nghị quyết', VI), 'https://www.bbc.com/vietnamese/articles/c0abc1234567', true],
  ['the broadcaster\'s English article', articlePage('en-GB', 'Council meeting', EN), 'https://www.bbc.com/news/articles/c0abc7654321', false],
  ['a law firm\'s briefing on Vietnam', articlePage('en', 'Vietnam: what Resolution 68 means for investors', EN), 'https://www.mondaq.com/corporate/1600001/what-resolution-68-means', true],
  ['the firm\'s briefing on another country', articlePage('en', 'Thailand: what the new rules mean for investors', EN), 'https://www.mondaq.com/corporate/1600002/new-rules', false],
];

describe('sites read only in part', () => {
  it.each(ROWS)('%s', (_name, html, url, article) => {
    const d = detectArticle(parseHtml(html), url);
    expect(d.isArticle, d.reason).toBe(article);
    if (!article) expect(d.reason).toMatch(/not a page (in Vietnamese|about Vietnam)/);
  });

  it('knows a page about Vietnam by its headline, its summary or its address, in any spelling', () => {
    const doc = (head: string, body = '') => parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`);
    expect(pageInScope(doc('<title>Viet Nam tightens rules</title>'), undefined, 'about-vietnam')).toBe(true);
    expect(pageInScope(doc('', '<h1>Vietnamese exporters</h1>'), undefined, 'about-vietnam')).toBe(true);
    expect(pageInScope(doc('<meta name="description" content="Hanoi and Việt Nam">'), undefined, 'about-vietnam')).toBe(true);
    expect(pageInScope(doc('<title>Reform</title>'), new URL('https://x.example/viet-nam/reform'), 'about-vietnam')).toBe(true);
    expect(pageInScope(doc('<title>Reform in Laos</title>'), new URL('https://x.example/laos/reform'), 'about-vietnam')).toBe(false);
    // Not a word that merely holds the letters, and the marks in either Unicode form.
    expect(pageInScope(doc('<title>Soviet names vanish from old streets</title>'), undefined, 'about-vietnam')).toBe(false);
    expect(pageInScope(doc('<title>Vie\u0323\u0302t Nam and its neighbours</title>'), undefined, 'about-vietnam')).toBe(true);
    // A page about Vietnam written in English is still no page in Vietnamese.
    expect(pageInScope(doc('<title>Vietnam reform</title>'), undefined, 'vietnamese')).toBe(false);
  });
});
