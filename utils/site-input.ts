/** The add-a-site box of the options page: what the reader typed, as one site's hostname or an error. */
import { siteFor } from './article/sites';
import { isPublicSuffix } from './domains';

export type SiteInputError = 'empty' | 'invalid' | 'builtin' | 'public-suffix';

/** "https://www.baobinhduong.vn/tin" → "baobinhduong.vn", or an error. */
export function parseSiteInput(input: string): { host: string } | { error: SiteInputError; host?: string } {
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
  if (isPublicSuffix(host)) return { error: 'public-suffix', host };
  // A .vn site only the domain's catch-all covers may still be added: there every page loads VanKien,
  // not only those that look like articles.
  const known = siteFor(host);
  if (known && known.domain !== 'any') return { error: 'builtin' };
  return { host };
}
