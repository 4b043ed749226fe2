/**
 * Sites the reader adds in the options page: each needs an optional host permission, granted at
 * that moment, and the content script registered for it. One hostname per site; its subdomains
 * are covered as for the built-in sites.
 */
import { siteFor } from './article/sites';
import type { Site } from './article/types';

/** The hostname a reader typed ("https://www.baobinhduong.vn/tin" → "baobinhduong.vn"), or an error. */
export function parseSiteInput(input: string): { host: string } | { error: 'empty' | 'invalid' | 'builtin' } {
  const raw = input.trim().toLowerCase();
  if (!raw) return { error: 'empty' };
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return { error: 'invalid' };
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A registrable-looking name: labels of letters, digits and hyphens, a dot, no IP ranges or wildcards.
  if (!/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return { error: 'invalid' };
  if (siteFor(host)) return { error: 'builtin' };
  return { host };
}

/** Match patterns (for permissions and registered content scripts) of a custom site. */
export function patternsFor(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** The custom site a hostname belongs to, as a Site the detector understands. */
export function customSiteFor(hostname: string, custom: readonly string[]): Site | undefined {
  const h = hostname.toLowerCase();
  const host = custom.find((c) => h === c || h.endsWith('.' + c));
  return host ? { host, name: host, lang: 'vi' } : undefined;
}
