// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isVietnamesePage, looksVietnamese } from '../../utils/article/vietnamese';

function page(html: string, lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html;
  if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('isVietnamesePage: decided from the declared language, the title, the description', () => {
  it.each([
    ['declared vi', page('<head><title>Home</title></head><body></body>', 'vi'), true],
    ['declared vi-VN', page('<head><title>x</title></head>', 'vi-VN'), true],
    ['no language, Vietnamese title', page('<head><title>Tỉnh ủy quán triệt nghị quyết của Trung ương về tinh gọn bộ máy</title></head>'), true],
    ['declared en by a CMS default, Vietnamese headline', page('<head><title>Tin tức</title></head><body><h1>Hội nghị sơ kết việc thực hiện Kết luận của Bộ Chính trị</h1></body>', 'en'), true],
    ['English', page('<head><title>Party congress resolution explained</title><meta name="description" content="What the resolution means for the economy"></head>', 'en'), false],
    ['French with accents', page('<head><title>Résolution adoptée à l\'unanimité par le congrès</title></head>', 'fr'), false],
    ['Vietnamese without diacritics (unknowable)', page('<head><title>Nghi quyet cua Trung uong</title></head>'), false],
    ['nothing at all', page(''), false],
  ])('%s → %s', (_n, doc, want) => {
    expect(isVietnamesePage(doc)).toBe(want);
  });

  it.each([
    ['Bộ Chính trị ban hành Kết luận về sắp xếp tổ chức bộ máy', true],
    ['Portuguese: ação e informação são necessárias', false],
    ['a lone ư', false],
  ])('looksVietnamese(%s) → %s', (text, want) => {
    expect(looksVietnamese(text)).toBe(want);
  });
});
