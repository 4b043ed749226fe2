/**
 * Sites that publish in every language and on every subject — world broadcasters, blog platforms,
 * law firms' and analysts' sites — where VanKien is for some pages only: a page in Vietnamese, or
 * a page about Vietnam. Decided, like the any-page mode, from what is cheap to read, so the other
 * pages of those sites pay almost nothing (the page gate asks this before anything loads).
 */
import { isVietnamesePage } from './vietnamese';

/** Which pages of a site VanKien reads: those in Vietnamese, or those about Vietnam (in any language). */
export type SiteScope = 'vietnamese' | 'about-vietnam';

/** "Vietnam", "Viet Nam", "Việt Nam", "Vietnamese", "viet-nam" in an address (not "Soviet names"). */
const VIETNAM = /\bvi[eệ]t[\s_-]?nam/i;

export function pageInScope(doc: Document, url: URL | undefined, scope: SiteScope): boolean {
  if (isVietnamesePage(doc)) return true;
  if (scope === 'vietnamese') return false;
  const said = [
    url?.pathname ?? '',
    doc.title,
    doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '',
    doc.querySelector('h1')?.textContent ?? '',
  ].join(' ').slice(0, 1200).normalize('NFC');
  return VIETNAM.test(said);
}

/** In words, for the gate's and detection's reasons. */
export function outOfScope(scope: SiteScope): string {
  return scope === 'vietnamese' ? 'not a page in Vietnamese' : 'not a page about Vietnam';
}
