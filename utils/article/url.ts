/** Layer 0: what the URL alone says, and the canonical URL of a page. */
import { ARTICLE_PATH, isTestHost, urlVeto } from './url-shape';
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

export function classifyUrl(url: string, site?: Site): UrlVerdict {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unknown', reason: 'URL does not parse' };
  }
  const path = u.pathname;
  const veto = urlVeto(u);
  if (veto) return { kind: 'veto', reason: veto };
  const segments = path.split('/').filter(Boolean);

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
