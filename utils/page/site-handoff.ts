/**
 * Which built-in site the page script runs on, handed to it by the background that injects it: the
 * list of sites (≈ 25 KB, a fifth of the page script) stays in the background. The background runs
 * `leaveSite` in the frame's isolated world just before the page script; a symbol-keyed slot of that
 * world's global, which page scripts cannot reach nor imitate (an element named like a global can).
 */
import type { Site } from '../article/types';
import { VN_DOMAIN_SITE } from '../article/vn-domain-site';

type Slot = { site: Site | null };

/**
 * Runs in the frame, serialised by scripting.executeScript: it may use no name from outside itself
 * (so the symbol's key is spelt here and in `handedSite`, and a test checks they meet).
 */
export function leaveSite(site: Site | null): void {
  (globalThis as unknown as Record<symbol, Slot>)[Symbol.for('vankien.site')] = { site };
}

const isPlain = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && Object.getPrototypeOf(o) === Object.prototype;
const optString = (v: unknown) => v === undefined || typeof v === 'string';

function isSite(s: unknown): s is Site {
  return isPlain(s) && typeof s.host === 'string' && typeof s.name === 'string' && (s.lang === 'vi' || s.lang === 'en')
    && optString(s.family) && optString(s.group) && optString(s.locality) && optString(s.domain);
}

/**
 * The site the background handed over for this frame. Where it handed none, the script was
 * registered for one of the reader's own sites, which no built-in entry covers but the .vn
 * domain's (utils/site-input.ts refuses the others).
 */
export function handedSite(global: object, hostname: string): Site | undefined {
  const slot = (global as Record<symbol, unknown>)[Symbol.for('vankien.site')];
  if (isPlain(slot)) return isSite(slot.site) ? slot.site : undefined;
  return /\.vn\.?$/i.test(hostname) ? VN_DOMAIN_SITE : undefined;
}
