/**
 * "Is this page one news article, and what should be scanned?" Layers, cheapest first:
 *   L0 URL shape (vetoes only: a positive URL never decides alone)
 *   L1 site/family adapter (DOM fingerprint)
 *   L2 structured metadata (JSON-LD, Open Graph, microdata, tt_page_type)
 *   L3 text density (one main block vs repeated teasers)
 * The layer that settled the question is recorded. Never throws: a failing layer falls through.
 */
import { runAdapters, type AdapterHit } from './adapters';
import { findExcludes } from './exclude';
import { analyzeText, type TextAnalysis } from './heuristic';
import type { detectLegalDocument } from './legal';
import { readMetadata, type Metadata } from './metadata';
import { outOfScope, pageInScope } from './scope';
import { TextMeasure } from './measure';
import { siteLabel } from './site-label';
import { isTestHost } from './url-shape';
import { analyzeStructured, STRONG_NEGATIVE, STRONG_POSITIVE, type StructuredSignals } from './structured';
import type { ArticleDetection, DetectionLayer, Site } from './types';
import { precedes, readMeta, type MetaIndex } from './text';
import { canonicalUrl, classifyUrl, stripTracking, type UrlVerdict } from './url';

export type { ArticleDetection } from './types';

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * On a test host the served path means nothing; the fixture's canonical URL on the chosen site
 * stands in for it, or the URL layer abstains.
 */
function urlForLayer(url: string, canonical: string, site?: Site): string | undefined {
  const host = attempt(() => new URL(url).hostname, '');
  if (!isTestHost(host)) return url;
  const chost = attempt(() => new URL(canonical).hostname, '');
  return site && (chost === site.host || chost.endsWith('.' + site.host)) ? canonical : undefined;
}

interface Decision {
  isArticle: boolean;
  decidedBy: DetectionLayer;
  reason: string;
  main?: Element;
  drop?: string[];
}

function decide(
  urlV: UrlVerdict,
  hit: AdapterHit | undefined,
  structured: StructuredSignals,
  text: () => TextAnalysis,
): Decision {
  if (urlV.kind === 'veto') return { isArticle: false, decidedBy: 'url', reason: urlV.reason };

  if (hit) {
    const id = hit.spec.id;
    if (hit.verdict && !hit.verdict.isArticle) {
      return { isArticle: false, decidedBy: 'adapter', reason: `${id}: ${hit.verdict.reason}` };
    }
    const why = hit.verdict ? `, ${hit.verdict.reason}` : '';
    return { isArticle: true, decidedBy: 'adapter', reason: `${id} markup: headline and body found${why}`, main: hit.body, drop: hit.spec.drop };
  }

  const sReasons = structured.reasons.join(', ') || 'no structured metadata';
  if (structured.pageType) {
    const isArticle = structured.pageType === 'article';
    const main = isArticle ? structured.articleBody ?? text().main : undefined;
    if (!isArticle || main) return { isArticle, decidedBy: 'structured', reason: sReasons, main };
  }

  if (structured.score >= STRONG_POSITIVE) {
    const t = structured.articleBody ? undefined : text();
    const main = structured.articleBody ?? t?.main;
    if (main) return { isArticle: true, decidedBy: 'structured', reason: sReasons, main };
    return { isArticle: false, decidedBy: 'heuristic', reason: `metadata says article (${sReasons}) but no text block: ${t?.reason}` };
  }

  if (structured.score <= STRONG_NEGATIVE) {
    // Only an article-shaped URL justifies reading the text against the metadata.
    const t = urlV.kind === 'positive' ? text() : undefined;
    if (t?.verdict === 'article') {
      return { isArticle: true, decidedBy: 'heuristic', reason: `${t.reason}; ${urlV.reason}; overrides ${sReasons}`, main: t.main };
    }
    return { isArticle: false, decidedBy: 'structured', reason: sReasons };
  }
  const t = text();
  if (t.verdict === 'article') return { isArticle: true, decidedBy: 'heuristic', reason: t.reason, main: t.main };
  if (t.verdict === 'weak' && (urlV.kind === 'positive' || structured.score > 0)) {
    const support = urlV.kind === 'positive' ? urlV.reason : sReasons;
    return { isArticle: true, decidedBy: 'heuristic', reason: `${t.reason}; ${support}`, main: t.main };
  }
  const url = urlV.kind === 'negative' ? `; ${urlV.reason}` : '';
  return { isArticle: false, decidedBy: 'heuristic', reason: `${t.verdict}: ${t.reason}${url}` };
}

/** Headline, lead and main text, in document order so their text reads as on the page. */
function scanTargets(main: Element, meta: Metadata, m: TextMeasure, drop: string[] = []): { bodies: Element[]; exclude: Element[] } {
  const bodies = [main];
  for (const el of [meta.titleEl, meta.leadEl]) {
    if (el && !bodies.some((b) => b.contains(el) || el.contains(b))) bodies.push(el);
  }
  bodies.sort((a, b) => (precedes(a, b) ? -1 : 1));
  const exclude = bodies.flatMap((b) => attempt(() => findExcludes(b, b === main ? drop : [], m), []));
  return { bodies, exclude };
}

/** How a legal database's page of one document is read (utils/article/legal.ts): passed in, so the
 *  page script carries it only on those sites (the background injects it there). */
export type LegalReader = typeof detectLegalDocument;

/**
 * `site`: the built-in site the page is on (utils/article/sites.ts siteForPage; in the page script,
 * what the background handed over), or undefined. `legal`: present where the site is a legal database.
 */
export function detectArticleOn(doc: Document, url: string, site: Site | undefined, legal?: LegalReader): ArticleDetection {
  const metaRead = attempt(() => readMeta(doc), undefined);
  const meta = metaRead ?? (new Map() as MetaIndex);
  // Text lengths, read once and only as far as a layer needs them, shared by all layers.
  const m = new TextMeasure();
  const canonical = attempt(() => canonicalUrl(doc, url, meta), stripTracking(url));
  const result: ArticleDetection = {
    isArticle: false, decidedBy: 'heuristic', reason: '', canonicalUrl: canonical, bodies: [], exclude: [],
  };
  try {
    const layerUrl = urlForLayer(url, canonical, site);
    if (site) result.site = siteLabel(site, layerUrl);
    // A site of every language and subject: its other pages are no concern of VanKien's.
    if (site?.only && !pageInScope(doc, attempt(() => (layerUrl ? new URL(layerUrl) : undefined), undefined), site.only)) {
      result.reason = `${site.host}: ${outOfScope(site.only)}`;
      return result;
    }
    const urlV: UrlVerdict = layerUrl
      ? attempt(() => classifyUrl(layerUrl, site), { kind: 'unknown', reason: 'URL layer failed' })
      : { kind: 'unknown', reason: 'test host without a canonical URL on the site' };
    // One document of a legal database (a law, a decree, a resolution): its full text, and what
    // the page says about it. Any other page of those sites goes through the layers below.
    const legalPage = site?.group === 'legal' && layerUrl && legal ? attempt(() => legal(doc, layerUrl, site), null) : null;
    if (legalPage) {
      const page: Partial<ArticleDetection> = {
        isArticle: true, decidedBy: 'adapter', reason: `legal document page: ${legalPage.reason}`,
        title: legalPage.title, published: legalPage.meta.date, legalDocument: { ...legalPage.meta, title: legalPage.title },
        bodies: [legalPage.body], exclude: attempt(() => findExcludes(legalPage.body, [], m), []),
      };
      Object.assign(result, page);
      return result;
    }
    const hit = urlV.kind === 'veto' ? undefined : attempt(() => runAdapters(doc, site, m, metaRead), undefined);
    const structured = attempt(() => analyzeStructured(doc, meta, m), { score: 0, reasons: ['metadata unreadable'] });
    let analysis: TextAnalysis | undefined;
    const failed: TextAnalysis = {
      verdict: 'none', reason: 'text analysis failed', stats: { mainProse: 0, mainBlocks: 0, pageProse: 0, share: 0, dominance: 0 },
    };
    const text = () => (analysis ??= attempt(() => analyzeText(doc, m), failed));

    const d = decide(urlV, hit, structured, text);
    Object.assign(result, { isArticle: d.isArticle, decidedBy: d.decidedBy, reason: d.reason });
    const info = attempt(() => readMetadata(doc, { hit, structured, site, main: d.main, meta, measure: m }), {} as Metadata);
    result.title = info.title;
    result.lead = info.lead;
    result.published = info.published;
    result.author = info.author;
    if (d.isArticle && d.main) Object.assign(result, scanTargets(d.main, info, m, d.drop));
  } catch (e) {
    result.isArticle = false;
    result.reason = `detection failed: ${e instanceof Error ? e.message : String(e)}`;
  }
  return result;
}
