/**
 * VanKien's five messaging directions (the Apis of utils/rpc.ts): for each request type, who may
 * send it and what it answers, with the checks a reply must pass on arrival. The checks are about
 * shape, not trust: they catch a reply from the wrong handler or an older copy of the extension.
 */
import { isPackedResult, type PackedResult } from './page/extract-wire';
import type { SaveResponse, SavedStatusResponse } from './library-messages';
import type { PageSummary, SavePayloadReply } from './messages';
import type { ExtractResult } from './refs/types';
import type { Protocol } from './rpc';

/** Where the content script scrolled for 'focus-document'; null when the document is not on the page. */
export type FocusReply = { position: number; total: number } | null;
/** Whether the content script could be injected ('inject'); error is for the console only. */
export interface InjectReply { ok: boolean; error?: string }
export interface StarReply { ok: boolean }

/** Content script → background. */
export interface ContentToBackground {
  /** The result packed for the wire (utils/page/extract-wire.ts). */
  extract: { from: 'tab'; reply: PackedResult };
  'page-status': { from: 'tab'; reply: void };
  'open-library': { from: 'tab'; reply: void };
  'load-page-script': { from: 'tab'; reply: InjectReply };
  /** The hover card's code (content-scripts card.js), into the asking frame, on the first hover. */
  'load-card': { from: 'tab'; reply: InjectReply };
}

/** Popup and options page → background (the library and injection). */
export interface PageToBackground {
  'save-article': { from: 'extension-page'; reply: SaveResponse };
  'saved-status': { from: 'extension-page'; reply: SavedStatusResponse };
  'set-starred': { from: 'extension-page'; reply: StarReply };
  inject: { from: 'extension-page'; reply: InjectReply };
}

/** Everything the background answers. */
export type BackgroundApi = ContentToBackground & PageToBackground;

/** Popup → content script. */
export interface PopupToContent {
  'get-page': { from: 'extension-page'; reply: PageSummary };
  'save-payload': { from: 'extension-page'; reply: SavePayloadReply };
  'focus-document': { from: 'extension-page'; reply: FocusReply };
  'scan-anyway': { from: 'extension-page'; reply: PageSummary };
  'close-card': { from: 'extension-page'; reply: void };
  /** The reader picks (index) or un-picks (null) the document a page leaves open; the page as it then is. */
  'choose-candidate': { from: 'extension-page'; reply: PageSummary };
}

/** Background → content script (keyboard commands). */
export interface BackgroundToContent {
  navigate: { from: 'extension-page'; reply: void };
}

/** Everything the content script answers. */
export type ContentApi = PopupToContent & BackgroundToContent;

/** Background → open extension pages. */
export interface BackgroundToPages {
  'library-changed': { from: 'extension-page'; reply: void };
}

const isObj = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o);
const isStr = (s: unknown): s is string => typeof s === 'string';
const isInt = (n: unknown): n is number => Number.isInteger(n);

export function isExtractResult(r: unknown): r is ExtractResult {
  return isObj(r) && Array.isArray(r.documents) && Array.isArray(r.mentions);
}

export function isPageSummary(r: unknown): r is PageSummary {
  return isObj(r) && ['article', 'not-article', 'unsupported', 'scanning'].includes(r.status as string) &&
    typeof r.forced === 'boolean' && isStr(r.canonicalUrl) && Array.isArray(r.documents);
}

export function isSavePayloadReply(r: unknown): r is SavePayloadReply {
  if (!isObj(r)) return false;
  if (r.ok === true) return isObj(r.payload) && isObj(r.payload.article) && Array.isArray(r.payload.documents);
  if (r.reason === 'too-long') return r.ok === false && isInt(r.length) && isInt(r.limit);
  return r.ok === false && (r.reason === 'not-ready' || r.reason === 'address-too-long');
}

export function isFocusReply(r: unknown): r is FocusReply {
  return r === null || (isObj(r) && isInt(r.position) && isInt(r.total));
}

const LIBRARY_ERRORS = ['quota', 'write', 'blocked', 'version'];

export function isSaveResponse(r: unknown): r is SaveResponse {
  if (!isObj(r)) return false;
  if (r.ok === true) return (r.status === 'created' || r.status === 'updated') && isStr(r.savedAt) && isStr(r.updatedAt);
  return r.ok === false && [...LIBRARY_ERRORS, 'invalid'].includes(r.kind as string) && isStr(r.message);
}

export function isSavedStatusResponse(r: unknown): r is SavedStatusResponse {
  if (!isObj(r) || !Array.isArray(r.starredKeys) || !r.starredKeys.every(isStr)) return false;
  const savedOk = r.saved === null || (isObj(r.saved) && isStr(r.saved.savedAt) && isStr(r.saved.updatedAt));
  return savedOk && (r.error === undefined || LIBRARY_ERRORS.includes(r.error as string));
}

const isOkReply = (r: unknown): r is { ok: boolean } => isObj(r) && typeof r.ok === 'boolean';
const isInjectReply = (r: unknown): r is InjectReply => isOkReply(r) && ((r as InjectReply).error === undefined || isStr((r as InjectReply).error));

export const contentToBackground: Protocol<ContentToBackground> = {
  name: 'content → background',
  replies: { extract: isPackedResult, 'page-status': null, 'open-library': null, 'load-page-script': isInjectReply, 'load-card': isInjectReply },
};

export const pageToBackground: Protocol<PageToBackground> = {
  name: 'page → background',
  replies: { 'save-article': isSaveResponse, 'saved-status': isSavedStatusResponse, 'set-starred': isOkReply, inject: isInjectReply },
};

export const popupToContent: Protocol<PopupToContent> = {
  name: 'popup → content',
  replies: { 'get-page': isPageSummary, 'save-payload': isSavePayloadReply, 'focus-document': isFocusReply, 'scan-anyway': isPageSummary, 'close-card': null, 'choose-candidate': isPageSummary },
};

export const backgroundToContent: Protocol<BackgroundToContent> = {
  name: 'background → content',
  replies: { navigate: null },
};

export const backgroundToPages: Protocol<BackgroundToPages> = {
  name: 'background → pages',
  replies: { 'library-changed': null },
};

/** Who may send what to each side: the runtime half of the Apis' `from`. */
export const BACKGROUND_CALLERS = {
  extract: 'tab', 'page-status': 'tab', 'open-library': 'tab', 'load-page-script': 'tab', 'load-card': 'tab',
  'save-article': 'extension-page', 'saved-status': 'extension-page', 'set-starred': 'extension-page', inject: 'extension-page',
} as const;
export const CONTENT_CALLERS = {
  'get-page': 'extension-page', 'save-payload': 'extension-page', 'focus-document': 'extension-page',
  'scan-anyway': 'extension-page', 'close-card': 'extension-page', navigate: 'extension-page', 'choose-candidate': 'extension-page',
} as const;
export const PAGES_CALLERS = { 'library-changed': 'extension-page' } as const;
