/**
 * The address an article is saved under. The page names its canonical URL, and page script controls
 * it: a canonical link to another site's article would make the popup say "already saved" for the
 * wrong article and an update overwrite it. It is trusted only when it names the site the page was
 * read on (same registrable domain); otherwise the page's own address is the article's identity.
 */
import { sameSite } from '../domains';
import type { SavePayload } from '../messages';

export function trustedUrl(canonical: string, pageUrl?: string): string {
  if (!pageUrl || canonical === pageUrl || sameSite(canonical, pageUrl)) return canonical;
  return pageUrl.split('#')[0];
}

export function withTrustedUrl(payload: SavePayload): SavePayload {
  const { pageUrl, ...article } = payload.article;
  const url = trustedUrl(article.url, pageUrl);
  if (url !== article.url) console.warn(`VanKien: canonical URL ${article.url} names another site than ${pageUrl}; saving under the page's own address`);
  return { ...payload, article: { ...article, url } };
}
