/** Layer 0: what the URL alone says, and the canonical URL of a page. */
import { isTestHost } from './sites';
import { readMeta, type MetaIndex } from './text';
import type { Site } from './types';

export interface UrlVerdict {
  /**
   * veto: certainly not an article (home, tag, search, paging, video...);
   * negative: probably a category (one path segment without the site's article id);
   * positive: has the site's article id (never decides alone: a DOM check must agree).
   */
  kind: 'veto' | 'negative' | 'positive' | 'unknown';
  reason: string;
}

/** Article-id shapes per site host. Sites absent here (thanhnien, baochinhphu, party portals) cannot be told by URL. */
const ARTICLE_PATH: Record<string, RegExp> = {
  'vnexpress.net': /-\d{7,}\.html$/,
  'e.vnexpress.net': /-\d{7,}\.html$/,
  'tuoitre.vn': /-\d{17,18}\.htm$/,
  'dantri.com.vn': /-\d{17}\.htm$/,
  'vtv.vn': /-\d{17}\.htm$/,
  'nhandan.vn': /-post\d+\.html$/,
  'en.nhandan.vn': /-post\d+\.html$/,
  'sggp.org.vn': /-post\d+\.html$/,
  'plo.vn': /-post\d+\.html$/,
  'znews.vn': /-post\d+\.html$/,
  'baolaocai.vn': /-post\d+\.html$/,
  'tienphong.vn': /-post\d+\.tpo$/,
  'vietnamplus.vn': /-post\d+\.vnp$/,
  'en.vietnamplus.vn': /-post\d+\.vnp$/,
  'vov.vn': /-post\d+\.vov$/,
  'laodong.vn': /-\d+\.ldo$/,
  'cand.com.vn': /-i\d+\/?$/,
  'qdnd.vn': /-\d+\/?$/,
  'hanoimoi.vn': /-\d+\.html$/,
  'tapchicongsan.org.vn': /\/-\/2018\/\d+\//,
  'dangcongsan.vn': /-\d{5,}\.html$/,
  'tulieuvankien.dangcongsan.vn': /-\d+$/,
  'vtcnews.vn': /-ar\d+\.html$/,
  'baocantho.com.vn': /-a\d+\.html$/,
};

/** Path segments that only ever hold listings or media pages. */
const VETO_SEGMENTS = new Set([
  'video', 'videos', 'podcast', 'podcasts', 'photo', 'photos', 'emagazine', 'e-magazine',
  'event', 'tag', 'tags', 'chu-de', 'tim-kiem', 'search', 'chuyen-muc', 'tac-gia',
]);

const HOME_PATH = /^\/(?:index\.(?:html?|php|aspx?)|trang-chu(?:\.html?)?)?$/i;
const PAGING_PATH = /\/(?:trang-\d+(?:\.html?)?|page\/\d+)\/?$/i;

export function classifyUrl(url: string, site?: Site): UrlVerdict {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unknown', reason: 'URL does not parse' };
  }
  const path = u.pathname;
  if (u.hostname.toLowerCase().startsWith('video.')) return { kind: 'veto', reason: 'video subdomain' };
  if (HOME_PATH.test(path)) return { kind: 'veto', reason: 'home page URL' };
  const segments = path.split('/').filter(Boolean);
  for (const seg of segments) {
    const bare = seg.toLowerCase().replace(/\.(?:html?|aspx?|php)$/, '');
    if (VETO_SEGMENTS.has(bare)) return { kind: 'veto', reason: `"/${bare}" path: a listing or media page` };
  }
  if (PAGING_PATH.test(path) || u.searchParams.has('page')) return { kind: 'veto', reason: 'paginated listing URL' };
  if (/-event\d+\.html?$/i.test(path)) return { kind: 'veto', reason: 'event (topic aggregator) URL' };

  const pattern = site ? ARTICLE_PATH[site.host] : undefined;
  if (!pattern) return { kind: 'unknown', reason: site ? `URL shape of ${site.host} is not decisive` : 'no site' };
  if (pattern.test(path)) return { kind: 'positive', reason: `URL has the ${site!.host} article id` };
  if (segments.length === 1) return { kind: 'negative', reason: 'one-segment URL without an article id (a category?)' };
  return { kind: 'unknown', reason: `URL lacks the ${site!.host} article id` };
}

const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|zarsrc|gidzl|mc_cid|mc_eid|_hsenc|_hsmi)$/i;

/** The URL without its fragment and tracking parameters; the input unchanged if it does not parse. */
export function stripTracking(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
    return u.toString();
  } catch {
    return url;
  }
}

function absoluteHttp(href: string | null | undefined, base: string): URL | undefined {
  if (!href || !href.trim()) return undefined;
  let u: URL | undefined;
  for (const attempt of [() => new URL(href.trim()), () => new URL(href.trim(), base)]) {
    try {
      u = attempt();
      break;
    } catch {
      /* relative, or the base does not parse either */
    }
  }
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u : undefined;
}

/**
 * link[rel=canonical] → og:url → the page URL. A canonical pointing at the home page from a
 * deeper page is a template bug on some sites, so it is skipped (except on test hosts, where
 * the served path means nothing).
 */
export function canonicalUrl(doc: Document, url: string, meta: MetaIndex = readMeta(doc)): string {
  let page: URL | undefined;
  try {
    page = new URL(url);
  } catch {
    /* keep undefined */
  }
  const testHost = page ? isTestHost(page.hostname) : false;
  let link: string | null | undefined;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && link === undefined; i++) {
    if ((links[i].getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) link = links[i].getAttribute('href');
  }
  const candidates = [link, meta.get('og:url')];
  for (const href of candidates) {
    const u = absoluteHttp(href, url);
    if (!u) continue;
    if (!testHost && page && u.pathname === '/' && page.pathname !== '/') continue;
    return stripTracking(u.toString());
  }
  return stripTracking(url);
}
