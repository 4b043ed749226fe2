/**
 * Sites the reader adds in the options page: each needs an optional host permission, granted at
 * that moment, and the content script registered for it. One hostname per site; its subdomains
 * are covered as for the built-in sites.
 */
import type { Site } from './article/types';

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
