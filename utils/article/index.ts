/**
 * Article detection: decides whether a page is one news article and which elements to scan.
 * Pure DOM logic (textContent and selectors only), safe to run on every page of a supported site.
 */
import { detectArticleOn } from './detect';
import { siteForPage } from './sites';
import { detectLegalDocument } from './legal';
import type { ArticleDetection } from './types';

/** Detection on a page whose site is looked up in the list (the page script is handed its site instead). */
export function detectArticle(doc: Document, url: string): ArticleDetection {
  return detectArticleOn(doc, url, siteForPage(doc, url), detectLegalDocument);
}
export { detectArticleOn };
export type { ArticleDetection, DetectionLayer, Site, SiteFamily } from './types';
export { SITES, matchPatterns, siteFor, siteForPage, isTestHost, TEST_SITE_META } from './sites';
export { classifyUrl, canonicalUrl, stripTracking, type UrlVerdict } from './url';
export { parseVnDate } from './dates';
export { analyzeStructured, type StructuredSignals } from './structured';
export { analyzeText, type TextAnalysis, type TextVerdict } from './heuristic';
export { findExcludes, isExcluded } from './exclude';
