import { describe, expect, it, vi } from 'vitest';
import { withTrustedUrl } from '../../utils/library/trusted-url';
import type { SavePayload } from '../../utils/messages';

const payload = (url: string, pageUrl?: string): SavePayload => ({
  article: { url, title: 'Bài', site: 'Báo', text: 'Nội dung.', ...(pageUrl ? { pageUrl } : {}) },
  documents: [],
});

describe('withTrustedUrl: the canonical URL is the article\'s identity only when it names the same site', () => {
  it.each([
    ['same page', 'https://nhandan.vn/a-post1.html', 'https://nhandan.vn/a-post1.html', 'https://nhandan.vn/a-post1.html'],
    ['mobile page, canonical on the main host', 'https://nhandan.vn/a-post1.html', 'https://m.nhandan.vn/a-post1.html?utm=x', 'https://nhandan.vn/a-post1.html'],
    ['canonical on another site: the page\'s own address', 'https://tuoitre.vn/saved-article.htm', 'https://nhandan.vn/a-post1.html', 'https://nhandan.vn/a-post1.html'],
    ['another province under gov.vn', 'https://danang.gov.vn/x', 'https://binhduong.gov.vn/y', 'https://binhduong.gov.vn/y'],
    ['no page address (an older content script): as given', 'https://nhandan.vn/a-post1.html', undefined, 'https://nhandan.vn/a-post1.html'],
  ])('%s', (_name, canonical, pageUrl, want) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const out = withTrustedUrl(payload(canonical, pageUrl));
    expect(out.article.url).toBe(want);
    expect('pageUrl' in out.article).toBe(false); // never stored
    warn.mockRestore();
  });
});
