import type { Site } from './types';
import { covers, normalizeHost } from './url-shape';

/**
 * What an article's site is called in the library: the listed host, but on a whole domain
 * (*.gov.vn, every other .vn site) the page's own host — a ministry's portal is not "gov.vn".
 */
export function siteLabel(site: Site, url: string | undefined): string {
  if (!site.domain || !url) return site.host;
  try {
    const h = normalizeHost(new URL(url).hostname).replace(/^www\./, '');
    return covers(site.host, h) && h !== site.host ? h : site.host;
  } catch {
    return site.host;
  }
}

