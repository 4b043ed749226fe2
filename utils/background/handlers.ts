/**
 * What the background answers (BackgroundApi), as logic over its dependencies: the browser glue
 * (badge, injection, messaging) and the library come in as parameters, so each answer can be
 * tested without a browser. Who may call which is checked before these run (utils/rpc.ts serve).
 */
import { packResult } from '../page/extract-wire';
import { LibraryError, type Library } from '../db';
import type { SaveResponse, SavedStatusResponse } from '../library-messages';
import { badgeText, documentCounts } from '../messages';
import { isTestUrl, localityOfUrl, siteForAddress } from '../article/sites';
import type { Site } from '../article/types';

import { trustedUrl, withTrustedUrl } from '../library/trusted-url';
import type { BackgroundApi } from '../protocols';
import type { ExtractOptions, ExtractResult } from '../refs/types';
import type { Handlers } from '../rpc';
import { KNOWLEDGE_WAIT_MS, withKnowledge } from './knowledge';
import { applyLegalMeta } from './legal-facts';

export type BackgroundLibrary = Pick<Library, 'saveArticle' | 'savedStatus' | 'listDocuments' | 'setStarred' | 'knowledge'>;

export interface BackgroundDeps {
  /** The open library (reopened when a newer version elsewhere closed the connection). */
  library(): Promise<BackgroundLibrary>;
  /** The reference engine over a page's text. */
  extract(text: string, options: ExtractOptions): Promise<ExtractResult>;
  /** Shows a tab's count on the toolbar button. */
  setBadge(tabId: number, badge: { text: string; title: string }): void;
  /** Injects the content script and its styles into a tab; throws when the browser will not. */
  inject(tabId: number): Promise<void>;
  /** Injects the content script's second stage into the document whose first stage asked for it
   *  (its styles came with the first): by its id where the browser gives one (Chromium), so a tab
   *  that has moved on gets nothing; else into its frame. Throws when the browser will not. */
  /** `site`: the frame's built-in site, handed to the page script (utils/page/site-handoff.ts). */
  loadPageScript(tabId: number, frame: { frameId: number; documentId?: string }, site: Site | null): Promise<void>;
  /** The hover card's code into the frame that asks (its first hover). */
  loadCardScript(tabId: number, frame: { frameId: number; documentId?: string }): Promise<void>;
  /** Tells open extension pages the library changed (nobody listening is fine). */
  announce(change: { url?: string }): void;
  /** Opens the options page at `hash` in a new tab, beside the reader's tab. */
  openOptions(hash: string, besideTab?: number): Promise<void>;
  knowledgeWaitMs?: number;
}

const libraryKind = (e: unknown) => (e instanceof LibraryError ? e.kind : 'write');
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function badgeTitle(partyDocuments: number, stateDocuments: number): string {
  return partyDocuments ? `VanKien: ${partyDocuments} văn bản của Đảng, ${stateDocuments} văn bản nhà nước` : 'VanKien';
}

function showCounts(deps: BackgroundDeps, tabId: number, c: { partyDocuments: number; stateDocuments: number }): void {
  deps.setBadge(tabId, { text: badgeText(c.partyDocuments), title: badgeTitle(c.partyDocuments, c.stateDocuments) });
}

/** The sender's document: by its id where the browser gives one, so a tab that moved on gets nothing. */
const frameOf = (from: { frameId?: number; documentId?: string }) => ({ frameId: from.frameId ?? 0, ...(from.documentId ? { documentId: from.documentId } : {}) });

export function backgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundApi> {
  // The badge's news in the order the page sent it: a reading that finishes after a newer one was asked
  // (or after a page-status, e.g. highlighting switched off meanwhile) says nothing of the page now.
  const latest = new Map<number, number>();
  let sent = 0;
  const ask = (tabId: number) => {
    if (latest.size > 1000) latest.clear(); // tabs closed long ago; a reading in flight then only sets no badge
    latest.set(tabId, ++sent);
    return sent;
  };
  return {
    extract: async (m, from) => {
      const asked = ask(from.tabId);
      // The sender's address says whose paper it is; a test page (127.0.0.1) says so itself.
      const locality = localityOfUrl(from.url) ?? (isTestUrl(from.url) ? m.locality : undefined);
      const result = await deps.extract(m.text, { articleDate: m.articleDate, state: m.state, locality });
      const known = await withKnowledge(result, deps.library, deps.knowledgeWaitMs ?? KNOWLEDGE_WAIT_MS);
      // Last: what the page prints about itself fills gaps the catalog and the library left.
      applyLegalMeta(known, m.legal);
      // The badge from the result itself: the page then has no status to send after highlighting.
      if (latest.get(from.tabId) === asked) showCounts(deps, from.tabId, documentCounts(known));
      // The card's code for a page that will have references to point at, after the reply (the
      // highlights first): no message from the page for it, and the first hover does not wait.
      if (m.card && known.mentions.length) {
        setTimeout(() => void deps.loadCardScript(from.tabId, frameOf(from)).catch((e: unknown) => console.warn('VanKien: the card could not be brought ahead', e)), 0);
      }
      return packResult(known);
    },

    'page-status': (m, from) => {
      ask(from.tabId);
      showCounts(deps, from.tabId, m);
    },

    'open-library': async (m, from) => {
      await deps.openOptions(`documents/${encodeURIComponent(m.id)}`, from.tabId);
    },

    'save-article': async (m): Promise<SaveResponse> => {
      try {
        const payload = withTrustedUrl(m.payload);
        const r = await (await deps.library()).saveArticle(payload);
        deps.announce({ url: payload.article.url });
        return { ok: true, ...r };
      } catch (e) {
        return { ok: false, kind: libraryKind(e), message: describe(e) };
      }
    },

    'saved-status': async (m): Promise<SavedStatusResponse> => {
      try {
        const l = await deps.library();
        const [saved, starred] = await Promise.all([l.savedStatus(trustedUrl(m.url, m.pageUrl)), l.listDocuments({ starred: true })]);
        return { saved, starredKeys: starred.map((s) => s.doc.key) };
      } catch (e) {
        console.warn('VanKien: saved status unavailable', e);
        return { saved: null, starredKeys: [], error: libraryKind(e) };
      }
    },

    'set-starred': async (m) => {
      try {
        await (await deps.library()).setStarred(m.doc, m.starred);
      } catch {
        return { ok: false };
      }
      deps.announce({});
      return { ok: true };
    },

    'load-page-script': async (m, from) => {
      try {
        // The frame's own address; a test page (127.0.0.1) says which site it stands for.
        const site = siteForAddress(from.url, () => m.testSite) ?? null;
        await deps.loadPageScript(from.tabId, frameOf(from), site);
        return { ok: true };
      } catch (e) {
        console.warn('VanKien: the page script could not be loaded', e);
        return { ok: false, error: describe(e) };
      }
    },

    'load-card': async (_m, from) => {
      try {
        await deps.loadCardScript(from.tabId, frameOf(from));
        return { ok: true };
      } catch (e) {
        console.warn('VanKien: the card could not be loaded', e);
        return { ok: false, error: describe(e) };
      }
    },

    // Only on the reader's request from the popup: activeTab grants this tab until it navigates.
    inject: async (m) => {
      try {
        await deps.inject(m.tabId);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: describe(e) };
      }
    },
  };
}
