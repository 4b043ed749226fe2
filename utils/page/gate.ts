/**
 * The first stage of the content script: on every page of a supported site (and, in the opt-in
 * mode, on every page), decide from what is cheap to read — the address and the page's metadata —
 * whether the rest of VanKien (detection, text, highlights, card) should load at all. It says "no"
 * only where detection would certainly say "not an article"; anything it cannot rule out loads the
 * second stage, whose detection decides. Pure and small: no site list, no engine, no browser API.
 */
import { ANY_SITE_UNDER, ARTICLE_PATH, ID_IN_EVERY_ARTICLE, LEGAL_DOCUMENT_HOSTS, articleLikeAddress, coveringHost, isTestHost, urlVeto } from '../article/url-shape';
import { outOfScope, pageInScope, type SiteScope } from '../article/scope';
import { isVietnamesePage } from '../article/vietnamese';

export interface GateInput {
  doc: Document;
  url: string;
  /** Every built-in site's host (utils/article/sites.ts SITES), given at build time. */
  hosts: readonly string[];
  /** A page on 127.0.0.1 may say which site it stands for (builds for tests and the demo only). */
  testHosts: boolean;
  /** The built-in sites read only in part (a blog platform, a world broadcaster): which pages. */
  scopes?: Readonly<Record<string, SiteScope>>;
}

export interface GateVerdict {
  load: boolean;
  /** In words, for the console and the tests. */
  reason: string;
  /** On a test host, the site the page says it stands for (the background hands it to the page script). */
  testSite?: string;
}

/** The meta a test page names its site with (utils/article/sites.ts TEST_SITE_META). */
const TEST_SITE_META = 'meta[name="vankien-test-site"]';
/** "/thoi-su", "/chinh-tri-xa-hoi/", "/politics": one path segment of a few words and no figure, a
 *  section of the site; an article's own address is longer or carries an id. */
const SECTION_PATH = /^\/[a-z]+(?:-[a-z]+){0,3}\/?(?:\.html?|\.aspx)?$/i;
/** "@type": "NewsArticle" (or Article, ReportageNewsArticle, BlogPosting, Report, a full schema.org
 *  address …) in a JSON-LD block: what detection's structured layer reads as an article. */
const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?:\/\/schema\.org\/)?[A-Za-z]*(?:Article|Posting|Report)"/;
/** Everything else detection's structured layer counts for an article, as one selector. */
const ARTICLE_MARKUP = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="tt_page_type" i][content="article" i]', '[itemtype*="Article"]', '[itemprop="articleBody"]',
].join(', ');

/**
 * The hosts the gate is built with. A news outlet of the .vn domain (a national or provincial paper,
 * an English edition) is left to the domain's own rule — article metadata or an article's address:
 * of the example addresses of listed .vn sites in the field lists, 341 of 359 are article-like and
 * the others tags and sections — unless the gate knows something of its own about it, or dropping it
 * would put it under another listed host's rule (en.qdnd.vn under qdnd.vn's article ids). So the
 * gate, on every page of every supported site, carries about 140 hosts instead of 310.
 */
export function gateHosts(sites: ReadonlyArray<{ host: string; group?: string; domain?: string; only?: SiteScope }>): string[] {
  const own = (h: string) => h in ARTICLE_PATH || LEGAL_DOCUMENT_HOSTS.has(h);
  const press = (s: { host: string; group?: string; domain?: string; only?: SiteScope }) =>
    /\.vn$/.test(s.host) && !s.domain && !s.only && ['national', 'provincial', 'english'].includes(s.group ?? '') && !own(s.host);
  const kept = [...new Set(sites.filter((s) => !press(s)).map((s) => s.host))];
  const under = sites.filter((s) => press(s) && coveringHost(s.host, kept) !== 'vn').map((s) => s.host);
  return [...kept, ...under];
}

export function gatePage({ doc, url, hosts, testHosts, scopes = {} }: GateInput): GateVerdict {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { load: true, reason: 'the address does not parse' };
  }
  const test = testHosts && isTestHost(u.hostname);
  const named = test ? doc.querySelector(TEST_SITE_META)?.getAttribute('content')?.trim() : undefined;
  const site = coveringHost(named ?? u.hostname, hosts);
  const scope = site ? scopes[site] : undefined;
  const verdict = scope && !pageInScope(doc, test ? canonicalOf(doc) : u, scope)
    ? { load: false, reason: `${site}: ${outOfScope(scope)}` }
    : gateAddress(doc, u, site, test, !!scope);
  return named ? { ...verdict, testSite: named } : verdict;
}

function gateAddress(doc: Document, u: URL, site: string | undefined, test: boolean, everyone: boolean): GateVerdict {
  // Not a built-in site: the opt-in "any Vietnamese page" mode injected this.
  if (!site) return isVietnamesePage(doc) ? { load: true, reason: 'a page in Vietnamese' } : { load: false, reason: 'not a page in Vietnamese' };
  // A legal database's page of one document is told by its markup, whatever its address.
  if (LEGAL_DOCUMENT_HOSTS.has(site)) return { load: true, reason: `${site}: a legal database` };
  // On a test host the served path means nothing: the fixture's canonical address stands in.
  const shown = test ? canonicalOf(doc) : u;
  if (!shown) return { load: true, reason: `${site}: no address to read` };
  const veto = urlVeto(shown);
  if (veto) return { load: false, reason: veto };
  // A site of the .vn domain VanKien has no entry for (a shop, a bank, a company as much as a paper),
  // or a site of everyone's pages (a blog platform): only what says it is an article, by its
  // metadata or the shape of its address, loads the rest.
  if ((everyone || ANY_SITE_UNDER.has(site)) && !hasArticleMetadata(doc) && !articleLikeAddress(shown)) {
    return { load: false, reason: `${everyone ? site : `a .${site} site`}: an address unlike an article's, and no article metadata` };
  }
  const id = ID_IN_EVERY_ARTICLE.has(site) ? ARTICLE_PATH[site] : undefined;
  // An id of another shape (an older article: "-1234567.htm" on a site now printing 17 digits) is no section.
  const noId = !!id && !id.test(shown.pathname) && !/\d{5}/.test(shown.pathname);
  const section = SECTION_PATH.test(shown.pathname) && !shown.search;
  if ((noId || section) && !hasArticleMetadata(doc)) {
    return { load: false, reason: noId ? `${site} address without its article id, and no article metadata` : 'a section\'s address ("/chinh-tri/"), and no article metadata' };
  }
  return { load: true, reason: `${site}: may be an article` };
}

function canonicalOf(doc: Document): URL | undefined {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return href ? new URL(href) : undefined;
  } catch {
    return undefined;
  }
}

/** What an article page declares about itself, read without parsing anything. */
export function hasArticleMetadata(doc: Document): boolean {
  for (const m of doc.querySelectorAll('meta[property="og:type"], meta[name="og:type"]')) {
    if (/^article$/i.test(m.getAttribute('content')?.trim() ?? '')) return true;
  }
  if (doc.querySelector(ARTICLE_MARKUP)) return true;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (LD_ARTICLE.test(s.textContent ?? '')) return true;
  }
  return false;
}
