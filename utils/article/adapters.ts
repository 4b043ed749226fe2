/**
 * Layer 1: per-family and per-site markup (see the "CMS families" notes). An adapter matches
 * on its DOM fingerprint, a headline and a body with text, so a redesign falls through to the
 * generic layers instead of returning garbage. Selectors marked "unverified" come from a single
 * old or inferred source.
 */
import { countTeasers } from './heuristic';
import { TextMeasure } from './measure';
import { byPreference, firstValue, readMeta, type MetaIndex } from './text';
import type { Site, SiteFamily } from './types';

export interface AdapterSpec {
  id: string;
  /** Headline candidates, first with text wins. */
  title?: string;
  /** The fingerprint holds without a headline (dantri eMagazines may lack an h1). */
  titleOptional?: boolean;
  /** Body candidates, first with enough prose wins. Required. */
  body: string;
  lead?: string;
  /** Inside the lead, not part of it ("QĐND Online" marker, location stamps). */
  leadDrop?: string;
  /** [selector, attribute]: attribute omitted = element text. */
  dates?: Array<[string, string?]>;
  author?: string;
  /** Inside the body: not to scan. */
  drop?: string[];
  /** A page-level verdict the site states itself (VnExpress tt_page_type). */
  verdict?: (doc: Document, meta?: MetaIndex) => { isArticle: boolean; reason: string } | undefined;
}

export interface AdapterHit {
  spec: AdapterSpec;
  body: Element;
  titleEl?: Element;
  leadEl?: Element;
  dateTexts: string[];
  author?: string;
  verdict?: { isArticle: boolean; reason: string };
}

const MIN_BODY_PROSE = 200;
const MIN_TITLE = 10;

const FAMILY_A: AdapterSpec = {
  id: 'family A (cms-body)',
  title: 'h1.article__title, h1.cms-title',
  lead: '.article__sapo, .cms-desc',
  body: 'div.article__body.cms-body, div.cms-body[itemprop="articleBody"], .article__body .cms-body, div.article__body',
  dates: [
    ['meta.cms-date[itemprop="datePublished"]', 'content'],
    ['.article__meta time[datetime]', 'datetime'],
    ['.article__meta time'],
  ],
  author: '.article__author .name, .article__author, a.cms-author, .article__source .name',
  drop: ['.article__related', '.box-related', '.cms-related', '.related-news'],
};

const FAMILY_B: AdapterSpec = {
  id: 'family B (VCCorp)',
  title: 'h1.detail-title, h1[data-role="title"]',
  lead: '.detail-sapo, [data-role="sapo"]',
  body: 'div.detail-content[data-role="content"], div.detail-content.afcbc-body, div.detail-cmain, #main-detail-body, #abody',
  dates: [['[data-role="publishdate"]'], ['.detail-time']],
  author: '.detail-author [data-role="author"] .name, .author-info a.name, .author-item-name a.name, .detail-author .name',
  drop: [
    'div.VCSortableInPreviewMode[type="RelatedNewsBox"]',
    'div.VCSortableInPreviewMode[type="RelatedOneNews"]',
    'div.VCSortableInPreviewMode[type="VideoStream"]',
    '.readmore-body-box',
  ],
};

/** baochinhphu puts "Tham khảo thêm" and other non-content boxes in every VCSortable box. */
const BAOCHINHPHU: AdapterSpec = {
  ...FAMILY_B,
  id: 'baochinhphu (family B)',
  drop: [...(FAMILY_B.drop ?? []), 'div.VCSortableInPreviewMode:not([type="content"])'],
};

const FAMILY_C: AdapterSpec = {
  id: 'family C (longform)',
  title: 'h1.sc-longform-header-title, h1.article-title, h1.title, h1', // header inferred
  lead: '.sc-longform-header-sapo, .sapo',
  body: 'div.b-maincontent',
  dates: [['.sc-longform-header-date']],
  author: '.sc-longform-header-author',
  drop: ['div.c-box'],
};

const FAMILY_D: AdapterSpec = {
  id: 'family D (post-*)',
  title: 'h1.post-title, .post-title',
  lead: '.post-summary',
  leadDrop: 'p.logo-online',
  body: 'div.post-content',
  dates: [['.lbPublishedDate'], ['.post-date']],
  author: '.post-author, .lbAuthor',
};

const VNEXPRESS: AdapterSpec = {
  id: 'vnexpress',
  title: 'h1.title-detail',
  lead: 'p.description',
  leadDrop: 'span.location-stamp',
  body: 'article.fck_detail',
  dates: [['span.date'], ['div.date-new']],
  author: 'p.author_mail strong, p.author_mail',
  drop: ['.box-tin-lien-quan', '.list-news', '[data-component-type="tin_xemthem"]'],
  verdict: (doc, meta = readMeta(doc)) => {
    const tt = meta.get('tt_page_type')?.toLowerCase();
    return tt ? { isArticle: tt === 'article', reason: `tt_page_type=${tt}` } : undefined;
  },
};

const DANTRI: AdapterSpec = {
  id: 'dantri',
  title: 'h1.title-page.detail, h1.e-magazine__title, h1.title-page',
  titleOptional: true,
  lead: 'h2.singular-sapo, .e-magazine__sapo',
  body: 'article.singular-container div.singular-content, div.singular-content, div.e-magazine__body',
  dates: [['time.author-time[datetime]', 'datetime'], ['time.author-time']],
  author: 'div.author-name b, div.author-name a, div.author-name',
};

const ZNEWS: AdapterSpec = {
  id: 'znews',
  title: 'h1.the-article-title',
  lead: 'p.the-article-summary',
  body: 'div.the-article-body',
  dates: [['li.the-article-publish']],
  author: 'li.the-article-author, div.the-article-credit p.author',
  // In-body teasers are <table class="article">.
  drop: ['#innerarticle', '.inner-article', 'table.article', '.the-article-tags'],
};

const VOV: AdapterSpec = {
  id: 'vov',
  title: '.article-title, h1.main-title',
  body: '.detail.detail--normal, div.content-detail',
  drop: ['.field-related-article', '#custompost-list'],
};

const CAND: AdapterSpec = {
  id: 'cand',
  title: '.box-title-detail.entry-title, h1.entry-title',
  lead: 'div.box-des-detail',
  body: 'div.detail-content-body',
  drop: ['.contref.simplebox'],
};

const LAODONG: AdapterSpec = {
  id: 'laodong',
  title: 'h1.title, .article-header h1, article h1', // unverified
  body: 'div.art-body, div.article-content', // unverified
  dates: [['time.f-datetime', 'datetime'], ['time.f-datetime']],
};

/** NukeViet's news module (several *.dcs.vn portals). */
const NUKEVIET: AdapterSpec = {
  id: 'NukeViet news',
  title: '.news_details h1, #news-detail h1, h1.title, h1',
  lead: '.hometext',
  body: '#news-bodyhtml',
  dates: [['[itemprop="datePublished"]', 'content'], ['.news_details .time, .time']],
};

/** Party portals without documented markup: the candidate containers seen in their templates. */
const PARTY: AdapterSpec = {
  id: 'party portal',
  title: 'h1.title, h1.article-title, h1.asset-title, .journal-content-article h1, .article-header h1, h1',
  lead: '.sapo, .article-sapo, .summary, .hometext, .lead',
  body: '.journal-content-article, .article-content, .content-news, .detail-content, .content-detail, .news-content, .post-content, #news-bodyhtml',
  dates: [['[itemprop="datePublished"]', 'content'], ['time[datetime]', 'datetime'], ['.publish-date, .date-time, .date']],
  author: '.author, .article-author',
};

/**
 * Liferay's asset publisher showing one web content in full (many *.gov.vn portals): the
 * full-content wrapper appears only on a single asset's page, listings show abstracts.
 */
const LIFERAY_ASSET: AdapterSpec = {
  id: 'Liferay asset (full content)',
  title: '.asset-full-content .header-title, .asset-full-content .asset-title, .asset-full-content h1, h1',
  lead: '.asset-full-content .asset-summary',
  body: '.asset-full-content .journal-content-article',
  dates: [['.asset-full-content .metadata-publish-date'], ['.asset-full-content .metadata-entry']],
  author: '.asset-full-content .metadata-author',
};

/** Joomla's K2 item view (theory journals): the headline is an h2, the intro text an abstract. */
const JOOMLA_K2: AdapterSpec = {
  id: 'Joomla K2 item',
  title: '.itemView .itemTitle',
  lead: '.itemView .itemIntroText',
  body: '.itemView .itemFullText, .itemView .itemBody',
  dates: [['.itemView .itemDateCreated']],
  author: '.itemView .itemAuthor a, .itemView .itemAuthor',
};

const BY_FAMILY: Record<SiteFamily, AdapterSpec[]> = {
  A: [FAMILY_A], B: [FAMILY_B], C: [FAMILY_C], D: [FAMILY_D],
  vnexpress: [VNEXPRESS], dantri: [DANTRI], znews: [ZNEWS], vov: [VOV], cand: [CAND], laodong: [LAODONG],
  party: [NUKEVIET, FAMILY_D, PARTY],
};
const BY_HOST: Record<string, AdapterSpec[]> = {
  'baochinhphu.vn': [BAOCHINHPHU],
  'en.baochinhphu.vn': [BAOCHINHPHU],
};
/** Distinctive enough to try on any site: unlisted papers reuse these CMSs. */
const ANY_SITE: AdapterSpec[] = [FAMILY_A, FAMILY_B, FAMILY_C, FAMILY_D, NUKEVIET, VNEXPRESS, ZNEWS, DANTRI, LIFERAY_ASSET, JOOMLA_K2];

function first(doc: ParentNode, selectors: string | undefined, ok: (el: Element) => boolean): Element | undefined {
  if (!selectors) return undefined;
  for (const el of byPreference(doc, selectors)) if (ok(el)) return el;
  return undefined;
}

/**
 * More teaser headlines than paragraphs: a category page reusing the article container's class.
 * Paragraphs are counted only until they outnumber the teasers, each read only up to 80 characters.
 */
function teaserList(body: Element, m: TextMeasure): boolean {
  const teasers = countTeasers(body, m);
  if (teasers < 4) return false;
  let paragraphs = 0;
  const ps = body.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    if (m.atLeast(ps[i], 80) && ++paragraphs > teasers) return false;
  }
  return true;
}

/** Elements matching one selector, in document order; each selector is queried once. */
type Candidates = (selector: string) => Element[];

function candidates(doc: Document): Candidates {
  const cache = new Map<string, Element[]>();
  return (selector) => {
    let list = cache.get(selector);
    if (!list) cache.set(selector, (list = [...doc.querySelectorAll(selector)]));
    return list;
  };
}

/** Body candidates in the spec's order of preference. */
function pickBody(spec: AdapterSpec, find: Candidates, m: TextMeasure): Element | undefined {
  for (const sel of spec.body.split(',')) {
    if (!sel.trim()) continue;
    for (const el of find(sel.trim())) if (m.proseAtLeast(el, MIN_BODY_PROSE) && !teaserList(el, m)) return el;
  }
  return undefined;
}

export function matchAdapter(
  doc: Document, spec: AdapterSpec, find: Candidates = candidates(doc), m = new TextMeasure(), meta?: MetaIndex,
): AdapterHit | undefined {
  const body = pickBody(spec, find, m);
  if (!body) return undefined;
  // Liferay and NukeViet put the headline inside the content container.
  const titleEl = first(doc, spec.title, (el) => m.atLeast(el, MIN_TITLE));
  if (spec.title && !titleEl && !spec.titleOptional) return undefined;
  const leadEl = first(doc, spec.lead, (el) => m.atLeast(el, 1));
  const dateTexts: string[] = [];
  for (const [sel, attr] of spec.dates ?? []) {
    const v = firstValue(doc, sel, attr);
    if (v) dateTexts.push(v);
  }
  const author = spec.author ? firstValue(doc, spec.author) : undefined;
  return { spec, body, titleEl, leadEl, dateTexts, author, verdict: spec.verdict?.(doc, meta) };
}

/** The site's own adapters first, then the distinctive family fingerprints. */
export function runAdapters(doc: Document, site?: Site, m = new TextMeasure(), meta?: MetaIndex): AdapterHit | undefined {
  const own = [...(site ? BY_HOST[site.host] ?? [] : []), ...(site?.family ? BY_FAMILY[site.family] : [])];
  const specs = [...new Set([...own, ...ANY_SITE])];
  // Is there any container an adapter could use? Most pages without a known CMS have none; on
  // an article the first match comes early. Then each spec queries its own selectors one by
  // one (Blink matches a single selector far faster than a long list), each at most once.
  if (!doc.querySelector(specs.map((s) => s.body).join(', '))) return undefined;
  const find = candidates(doc);
  for (const spec of specs) {
    const hit = matchAdapter(doc, spec, find, m, meta);
    if (hit) return hit;
  }
  return undefined;
}
