/**
 * The built-in entry for every .vn site without one of its own (utils/article/sites.ts lists it
 * last). Apart so the page script can know it without the list: a reader's own site is either
 * outside every built-in entry or under this one alone (utils/site-input.ts).
 */
import type { Site, SiteGroup } from './types';

// The listed hosts say no more than where VanKien knows a site's layout or province; the news,
// party and state sites that cite party documents are far more than any list (two held-out lists of
// such hosts: 39–45% covered by name alone). Only its pages that look like articles load the second
// stage (utils/page/gate.ts).
export const VN_DOMAIN_SITE: Site & { group: SiteGroup } = { host: 'vn', name: 'Mọi trang khác có tên miền .vn', lang: 'vi', group: 'domain', domain: 'any' };
