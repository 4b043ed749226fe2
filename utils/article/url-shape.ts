/**
 * What an address alone says (detection's layer 0), in a module with no imports: the page gate
 * (utils/page/gate.ts) runs on every page of a supported site and must stay small, so neither it nor
 * this may pull in the site list or the text helpers.
 */

/** Article-id shapes per site host. Sites absent here (thanhnien, baochinhphu, party portals) cannot be told by URL. */
export const ARTICLE_PATH: Readonly<Record<string, RegExp>> = {
  'vnexpress.net': /-\d{7,}\.html$/,
  'e.vnexpress.net': /-\d{7,}\.html$/,
  'tuoitre.vn': /-\d{17,18}\.htm$/,
  'dantri.com.vn': /-\d{17}\.htm$/,
  'vtv.vn': /-\d{17}\.htm$/,
  'nhandan.vn': /-post\d+\.html$/,
  'en.nhandan.vn': /-post\d+\.html$/,
  'sggp.org.vn': /-post\d+\.html$/,
  'plo.vn': /-post\d+\.html$/,
  'znews.vn': /-post\d+\.html$/,
  'baolaocai.vn': /-post\d+\.html$/,
  'tienphong.vn': /-post\d+\.tpo$/,
  'vietnamplus.vn': /-post\d+\.vnp$/,
  'en.vietnamplus.vn': /-post\d+\.vnp$/,
  'vov.vn': /-post\d+\.vov$/,
  'laodong.vn': /-\d+\.ldo$/,
  'cand.com.vn': /-i\d+\/?$/,
  'qdnd.vn': /-\d+\/?$/,
  'hanoimoi.vn': /-\d+\.html$/,
  'tapchicongsan.org.vn': /\/-\/2018\/\d+\//,
  'dangcongsan.vn': /-\d{5,}\.html$/,
  'tulieuvankien.dangcongsan.vn': /-\d+$/,
  'vtcnews.vn': /-ar\d+\.html$/,
  'baocantho.com.vn': /-a\d+\.html$/,
};

/**
 * Sites whose every article address carries the id above, so an address without it is a section,
 * a tag or a home page. Not the party's portals: their articles also live under other shapes
 * (tapchicongsan's "media-story", dangcongsan's older ids).
 */
export const ID_IN_EVERY_ARTICLE: ReadonlySet<string> = new Set(Object.keys(ARTICLE_PATH)
  .filter((h) => h !== 'tapchicongsan.org.vn' && h !== 'dangcongsan.vn' && h !== 'tulieuvankien.dangcongsan.vn'));

/** Legal databases whose page of one document detection reads before the address (legal.ts): the
 *  address says nothing there ("…/van-ban/….aspx?page=2" is a document). */
export const LEGAL_DOCUMENT_HOSTS: ReadonlySet<string> = new Set(['thuvienphapluat.vn', 'luatvietnam.vn', 'vbpl.vn', 'lawnet.vn', 'hethongphapluat.vn']);

/** Path segments that only ever hold listings or media pages. */
const VETO_SEGMENTS = new Set([
  'video', 'videos', 'podcast', 'podcasts', 'photo', 'photos', 'emagazine', 'e-magazine',
  'event', 'tag', 'tags', 'chu-de', 'tim-kiem', 'search', 'chuyen-muc', 'tac-gia',
]);

const HOME_PATH = /^\/(?:index\.(?:html?|php|aspx?)|trang-chu(?:\.html?)?)?$/i;
/** A query naming one article: an id, a post, a news item. */
const ARTICLE_QUERY = /[?&](?:id|p|newsid|news_id|itemid|articleid|article_id|postid|view=article)(?:=\d|&|$)|[?&](?:id|p|newsid|itemid|articleid)=\d/i;
const PAGING_PATH = /\/(?:trang-\d+(?:\.html?)?|page\/\d+)\/?$/i;

/** Why the address alone says the page is certainly not an article (home, tag, search, paging, video), or null. */
export function urlVeto(u: URL): string | null {
  const path = u.pathname;
  if (u.hostname.toLowerCase().startsWith('video.')) return 'video subdomain';
  // "/?p=99" (WordPress), "/index.php?option=com_content&view=article&id=88" (Joomla), "/?id=2241":
  // the home page's address with the article's own query.
  if (HOME_PATH.test(path) && !ARTICLE_QUERY.test(u.search)) return 'home page URL';
  const segments = path.split('/').filter(Boolean);
  for (const seg of segments) {
    const bare = seg.toLowerCase().replace(/\.(?:html?|aspx?|php)$/, '');
    if (VETO_SEGMENTS.has(bare)) return `"/${bare}" path: a listing or media page`;
  }
  if (PAGING_PATH.test(path) || u.searchParams.has('page')) return 'paginated listing URL';
  if (/-event\d+\.html?$/i.test(path)) return 'event (topic aggregator) URL';
  return null;
}

/**
 * The built-in hosts that stand for every site under them with no owner of their own in the list:
 * the whole .vn domain, where Vietnamese news, party, state and organisation sites mostly live.
 * On such a site only a page that looks like an article loads the second stage (utils/page/gate.ts).
 */
export const ANY_SITE_UNDER = new Set(['vn']);

/** "/tin-tuc/bao-ve-nen-tang-tu-tuong-cua-dang", "/news/123456.html", "?id=2241": an article's own
 *  address — a slug of four words or more, or a number of three digits or more. */
const ARTICLE_LIKE_ADDRESS = /[a-z0-9]+(?:[-_][a-z0-9]+){3,}|\d{3,}/i;

/** Whether an address, on a site VanKien knows nothing of, looks like the address of one article. */
export function articleLikeAddress(u: URL): boolean {
  return ARTICLE_LIKE_ADDRESS.test(u.pathname) || ARTICLE_LIKE_ADDRESS.test(u.search) || ARTICLE_QUERY.test(u.search);
}

/** The end-to-end tests serve fixture pages here; nothing else may choose its own site. */
export function isTestHost(hostname: string): boolean {
  const h = normalizeHost(hostname ?? '');
  return h === '127.0.0.1' || h === 'localhost' || h === '[::1]' || h === '::1';
}

export function normalizeHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether `host` is `hostname` or a parent domain of it (both lower-cased, no trailing dot). */
export function covers(host: string, hostname: string): boolean {
  return hostname === host || hostname.endsWith('.' + host);
}

/** The longest of `hosts` equal to `hostname` or a parent domain of it. */
export function coveringHost(hostname: string, hosts: readonly string[]): string | undefined {
  const h = normalizeHost(hostname);
  let best: string | undefined;
  for (const s of hosts) {
    if (covers(s, h) && (!best || s.length > best.length)) best = s;
  }
  return best;
}
