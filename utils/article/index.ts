/**
 * Article detection: decides whether a page is one news article and which elements to scan.
 * Pure DOM logic (textContent and selectors only), safe to run on every page of a supported site.
 */
export { detectArticle } from './detect';
export type { ArticleDetection, DetectionLayer, Site, SiteFamily } from './types';
export { SITES, matchPatterns, siteFor, siteForPage, isTestHost, TEST_SITE_META } from './sites';
export { classifyUrl, canonicalUrl, stripTracking, type UrlVerdict } from './url';
export { parseVnDate } from './dates';
export { analyzeStructured, type StructuredSignals } from './structured';
export { analyzeText, type TextAnalysis, type TextVerdict } from './heuristic';
export { findExcludes, isExcluded } from './exclude';
