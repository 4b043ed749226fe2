import type { SiteScope } from './scope';

/**
 * Markup family of a site: one of the four shared CMS layouts (A–D), a site-specific adapter,
 * or 'party' for party portals whose markup is undocumented (matched on DOM features).
 */
export type SiteFamily =
  | 'A' | 'B' | 'C' | 'D'
  | 'vnexpress' | 'dantri' | 'znews' | 'vov' | 'cand' | 'laodong'
  | 'party';

/**
 * What kind of publisher a site is: a national outlet, a provincial (or centrally-run city's) party
 * paper or station, a party / theory / mass-organisation site, a state portal, a legal database,
 * an English edition, the press and analysts abroad, blogs and study sites, or any other .vn site.
 */
export type SiteGroup = 'national' | 'provincial' | 'party' | 'government' | 'organisations' | 'legal' | 'english' | 'abroad' | 'community' | 'domain';

export interface Site {
  /** Registrable host without "www."; also matches every subdomain not listed separately. */
  host: string;
  name: string;
  family?: SiteFamily;
  /** Every built-in site (SITES) has one; a reader's custom site has none. */
  group?: SiteGroup;
  lang: 'vi' | 'en';
  /** A local party paper: the organisation it belongs to, the locality of the provincial documents
   *  its articles cite when they do not name one. */
  locality?: string;
  /** A whole domain of many owners (*.gov.vn, *.org.vn, every other .vn site): its pages' site is
   *  their own host, and where nothing more specific is known, only pages that look like articles
   *  load the second stage (utils/page/gate.ts). */
  domain?: 'suffix' | 'any';
  /** A site of every language and subject (a world broadcaster, a blog platform, a law firm): only
   *  its pages in Vietnamese, or about Vietnam, are read (utils/article/scope.ts). */
  only?: SiteScope;
}

export type DetectionLayer = 'url' | 'adapter' | 'structured' | 'heuristic';

/** What a legal database prints about the one document a page shows (see legal.ts). */
export interface LegalDocumentMeta {
  /** As printed: "18-NQ/TW", "178/2024/NĐ-CP". */
  number?: string;
  /** "Nghị quyết", "Nghị định". */
  typeName?: string;
  /** The issuing body as printed ("Ban Chấp hành Trung ương", "QUỐC HỘI"). */
  issuer?: string;
  /** Date of issue, yyyy-mm-dd. */
  date?: string;
  signer?: string;
}

export interface ArticleDetection {
  isArticle: boolean;
  decidedBy: DetectionLayer;
  /** Human-readable: which signals led to the decision. */
  reason: string;
  /** `host` of the supported site (see SITES), when the page is on one. */
  site?: string;
  title?: string;
  lead?: string;
  /** ISO 8601 in Asia/Ho_Chi_Minh (+07:00), or a bare date when the page gives no time. */
  published?: string;
  author?: string;
  /** link[rel=canonical] → og:url → the page URL, without fragment and tracking parameters. */
  canonicalUrl: string;
  /**
   * What to scan, in document order: the main text container, plus the headline and lead
   * elements when they sit outside it. Empty when isArticle is false.
   */
  bodies: Element[];
  /** Elements inside bodies that must not be scanned (related boxes, ads, share bars, scripts). */
  exclude: Element[];
  /** Set when the page is one document of a legal database (site group 'legal'). */
  legalDocument?: LegalDocumentMeta & { title?: string };
}
