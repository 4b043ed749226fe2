/**
 * Registrable domains by the Public Suffix List (tldts, private section included), for the
 * background and the options page only: the list is too big for the content script.
 */
import { parse } from 'tldts';

const OPTIONS = { allowPrivateDomains: true } as const;

/**
 * Whether a host is a public suffix (com.vn, gov.vn, github.io, blogspot.com …): approving one
 * would cover every site registered under it.
 */
export function isPublicSuffix(host: string): boolean {
  const p = parse(host, OPTIONS);
  return !p.domain || p.publicSuffix === host;
}

/** "tin.baobinhduong.vn" → "baobinhduong.vn"; null for an IP, a suffix or a malformed URL. */
export function registrableDomain(urlOrHost: string): string | null {
  return parse(urlOrHost, OPTIONS).domain ?? null;
}

/** Two addresses of the same site (same registrable domain). */
export function sameSite(a: string, b: string): boolean {
  const da = registrableDomain(a);
  return da !== null && da === registrableDomain(b);
}
