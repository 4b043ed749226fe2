/**
 * Layer 2: what the page says about itself (JSON-LD, Open Graph, microdata, VnExpress tt_*).
 * Weights follow the reliability measured in the site notes: Article JSON-LD is strong,
 * og:type=article weak (laodong categories carry it), og:type=website a better negative.
 */
import { articleNode, ARTICLE_TYPES, LISTING_TYPES, readJsonLd, type JsonObject } from './jsonld';
import { TextMeasure } from './measure';
import { readMeta, type MetaIndex } from './text';

export interface StructuredSignals {
  /** ≥ STRONG_POSITIVE: article; ≤ STRONG_NEGATIVE: not one; in between: let the text decide. */
  score: number;
  reasons: string[];
  /** VnExpress's tt_page_type, authoritative where present. */
  pageType?: string;
  article?: JsonObject;
  /** The first itemprop=articleBody container with text (none when teasers repeat it). */
  articleBody?: Element;
}

export const STRONG_POSITIVE = 3;
export const STRONG_NEGATIVE = -2;
const MIN_BODY_TEXT = 200;

/** Article-typed microdata items and itemprop=articleBody elements, in document order. */
function microdata(doc: Document): { items: Element[]; bodies: Element[] } {
  const items: Element[] = [];
  const bodies: Element[] = [];
  // Two single-selector queries: Blink matches those far faster than a list.
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const type = el.getAttribute('itemtype');
    if (type && ARTICLE_TYPES.has(type.trim().replace(/^.*[/:#]/, ''))) items.push(el);
  }
  for (const el of doc.querySelectorAll('[itemprop]')) {
    if ((el.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody')) bodies.push(el);
  }
  return { items, bodies };
}

export function analyzeStructured(doc: Document, meta: MetaIndex = readMeta(doc), m = new TextMeasure()): StructuredSignals {
  const out: StructuredSignals = { score: 0, reasons: [] };
  const add = (weight: number, why: string) => {
    out.score += weight;
    out.reasons.push(`${why} (${weight > 0 ? '+' : ''}${weight})`);
  };

  const nodes = readJsonLd(doc);
  const article = articleNode(nodes);
  if (article) {
    out.article = article;
    add(3, `JSON-LD ${nodes.find((n) => n.node === article)?.types.join('/') ?? 'Article'}`);
  } else {
    const listing = nodes.flatMap((n) => n.types).filter((t) => LISTING_TYPES.has(t));
    if (listing.length) add(-2, `JSON-LD ${[...new Set(listing)].join('/')} without an Article`);
    if (nodes.some((n) => n.types.includes('VideoObject'))) add(-2, 'JSON-LD VideoObject without an Article');
  }

  const og = meta.get('og:type')?.toLowerCase();
  if (og === 'article') add(1, 'og:type=article');
  else if (og === 'website' || og?.startsWith('video')) add(-2, `og:type=${og}`);

  if (meta.get('article:published_time')) add(0.5, 'article:published_time');

  const { items: micro, bodies } = microdata(doc);
  if (micro.length >= 3) add(-1, `${micro.length} Article microdata items (teasers)`);
  else if (micro.length > 0 && !article) add(2, 'Article microdata');

  if (bodies.length >= 3) add(-1, `${bodies.length} itemprop=articleBody (teasers)`);
  else {
    const body = bodies.find((b) => m.atLeast(b, MIN_BODY_TEXT));
    if (body) {
      out.articleBody = body;
      add(2, 'itemprop=articleBody with text');
    }
  }

  const tt = meta.get('tt_page_type')?.toLowerCase();
  if (tt) {
    out.pageType = tt;
    add(tt === 'article' ? 10 : -10, `tt_page_type=${tt}`);
  }
  return out;
}
