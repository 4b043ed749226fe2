/**
 * The one list of supported sites. The manifest's content-script matches and the options page
 * are generated from it, so adding a site here is all it takes.
 */
import type { Site } from './types';

export type { Site, SiteFamily } from './types';

export const SITES: readonly Site[] = [
  // Party and state
  { host: 'nhandan.vn', name: 'Nhân Dân', family: 'A', lang: 'vi' },
  { host: 'dangcongsan.vn', name: 'Báo điện tử Đảng Cộng sản Việt Nam', family: 'D', lang: 'vi' },
  { host: 'tulieuvankien.dangcongsan.vn', name: 'Tư liệu Văn kiện Đảng', family: 'party', lang: 'vi' },
  { host: 'dangcongsan.org.vn', name: 'Cổng thông tin điện tử Đảng Cộng sản Việt Nam', family: 'party', lang: 'vi' },
  { host: 'tapchicongsan.org.vn', name: 'Tạp chí Cộng sản', family: 'party', lang: 'vi' },
  { host: 'xaydungdang.org.vn', name: 'Tạp chí Xây dựng Đảng', family: 'party', lang: 'vi' },
  { host: 'xaydungdang.tapchicongsan.org.vn', name: 'Tạp chí Xây dựng Đảng', family: 'party', lang: 'vi' },
  // Provincial party committees' portals: many CMSs, so they are matched on DOM features.
  { host: 'dcs.vn', name: 'Cổng thông tin Đảng bộ tỉnh, thành phố (*.dcs.vn)', family: 'party', lang: 'vi' },
  { host: 'daihoidangtoanquoc.vn', name: 'Đại hội Đảng toàn quốc', lang: 'vi' },
  { host: 'baochinhphu.vn', name: 'Báo Điện tử Chính phủ', family: 'B', lang: 'vi' },
  { host: 'vietnamplus.vn', name: 'VietnamPlus', family: 'A', lang: 'vi' },
  { host: 'qdnd.vn', name: 'Quân đội nhân dân', family: 'D', lang: 'vi' },
  { host: 'cand.com.vn', name: 'Công an nhân dân', family: 'cand', lang: 'vi' },
  { host: 'vov.vn', name: 'VOV', family: 'vov', lang: 'vi' },
  { host: 'vtv.vn', name: 'VTV', lang: 'vi' },
  { host: 'vtv.gov.vn', name: 'VTV', lang: 'vi' },
  // National news
  { host: 'vnexpress.net', name: 'VnExpress', family: 'vnexpress', lang: 'vi' },
  { host: 'tuoitre.vn', name: 'Tuổi Trẻ', family: 'B', lang: 'vi' },
  { host: 'thanhnien.vn', name: 'Thanh Niên', family: 'B', lang: 'vi' },
  { host: 'nld.com.vn', name: 'Người Lao Động', family: 'B', lang: 'vi' },
  { host: 'dantri.com.vn', name: 'Dân trí', family: 'dantri', lang: 'vi' },
  { host: 'laodong.vn', name: 'Lao Động', family: 'laodong', lang: 'vi' },
  { host: 'tienphong.vn', name: 'Tiền Phong', family: 'A', lang: 'vi' },
  { host: 'znews.vn', name: 'Znews', family: 'znews', lang: 'vi' },
  { host: 'plo.vn', name: 'Pháp Luật TP.HCM', family: 'A', lang: 'vi' },
  { host: 'sggp.org.vn', name: 'Sài Gòn Giải Phóng', family: 'A', lang: 'vi' },
  { host: 'hanoimoi.vn', name: 'Hànộimới', family: 'C', lang: 'vi' },
  { host: 'vietnamnet.vn', name: 'VietNamNet', lang: 'vi' },
  { host: 'vtcnews.vn', name: 'VTC News', lang: 'vi' },
  { host: 'baomoi.com', name: 'Báo Mới', lang: 'vi' },
  // Provincial party papers
  { host: 'baocantho.com.vn', name: 'Báo Cần Thơ', lang: 'vi', locality: 'Đảng bộ thành phố Cần Thơ' },
  { host: 'baolaocai.vn', name: 'Báo Lào Cai', family: 'A', lang: 'vi', locality: 'Đảng bộ tỉnh Lào Cai' },
  // English editions
  { host: 'en.nhandan.vn', name: 'Nhan Dan (English)', family: 'A', lang: 'en' },
  { host: 'en.vietnamplus.vn', name: 'VietnamPlus (English)', family: 'A', lang: 'en' },
  { host: 'en.baochinhphu.vn', name: 'Viet Nam Government News (English)', family: 'B', lang: 'en' },
  { host: 'en.qdnd.vn', name: "People's Army Newspaper (English)", family: 'D', lang: 'en' },
  { host: 'en.dangcongsan.vn', name: 'Communist Party of Vietnam Online (English)', lang: 'en' },
  { host: 'english.vov.vn', name: 'VOV (English)', family: 'vov', lang: 'en' },
  { host: 'e.vnexpress.net', name: 'VnExpress International', family: 'vnexpress', lang: 'en' },
  { host: 'vietnamnews.vn', name: 'Viet Nam News', lang: 'en' },
  { host: 'tuoitrenews.vn', name: 'Tuoi Tre News', lang: 'en' },
];

/** Lower-cased, without a trailing dot. */
function normalizeHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

function covers(host: string, hostname: string): boolean {
  return hostname === host || hostname.endsWith('.' + host);
}

/**
 * The site a hostname belongs to: the longest listed host equal to it or a parent domain of it,
 * so en.nhandan.vn gets its own entry and www./m./any other subdomain gets the parent's.
 * The `override` is honoured only on a test host (see isTestHost).
 */
export function siteFor(hostname: string, opts: { override?: string | null } = {}): Site | undefined {
  const h = normalizeHost(hostname ?? '');
  if (isTestHost(h)) return opts.override ? siteFor(opts.override) : undefined;
  let best: Site | undefined;
  for (const s of SITES) {
    if (covers(s.host, h) && (!best || s.host.length > best.host.length)) best = s;
  }
  return best;
}

/** The end-to-end tests serve fixture pages here; nothing else may choose its own site. */
/** The party organisation whose paper a page is on, when it is a local party paper. */
export function localityOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return siteFor(new URL(url).hostname)?.locality;
  } catch {
    return undefined; // not an address: no site, no locality
  }
}

export function isTestHost(hostname: string): boolean {
  const h = normalizeHost(hostname ?? '');
  return h === '127.0.0.1' || h === 'localhost' || h === '[::1]' || h === '::1';
}

export const TEST_SITE_META = 'vankien-test-site';

/** siteFor the page, reading <meta name="vankien-test-site"> only on a test host. */
export function siteForPage(doc: Document, url: string): Site | undefined {
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  if (!isTestHost(hostname)) return siteFor(hostname);
  const override = doc.querySelector(`meta[name="${TEST_SITE_META}"]`)?.getAttribute('content');
  return siteFor(hostname, { override: override?.trim() });
}

/**
 * WebExtension match patterns for every site. "*://*.host/*" already matches the bare host in
 * Chrome and Firefox; the bare form is listed too for readers of the manifest. Hosts covered by
 * a listed parent domain are left out.
 */
export function matchPatterns(): string[] {
  const hosts = SITES.map((s) => s.host);
  const out = new Set<string>();
  for (const host of hosts) {
    if (hosts.some((p) => p !== host && host.endsWith('.' + p))) continue;
    out.add(`*://${host}/*`);
    out.add(`*://*.${host}/*`);
  }
  return [...out];
}
