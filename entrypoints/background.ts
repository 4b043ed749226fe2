/**
 * Background: runs the reference engine for content scripts (with the catalog and what the
 * library has learned), keeps the toolbar badge, relays keyboard commands, and owns the library
 * (IndexedDB lives in the extension's origin only). Messages are checked against who may send them.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryConnection, LibraryError, within, type Library } from '../utils/db';
import type { SaveResponse, SavedStatusResponse } from '../utils/library-messages';
import { badgeText, parseMessage, type Message } from '../utils/messages';
import { extractSegmented } from '../utils/page/segmented-extract';
import { patternsFor } from '../utils/custom-sites';
import { localityOfUrl } from '../utils/article/sites';
import { readSettings, settingsItem } from '../utils/settings';
import { trustedUrl, withTrustedUrl } from '../utils/library/trusted-url';
import type { ExtractResult } from '../utils/refs/types';

type Sender = Browser.runtime.MessageSender;

/** How long highlighting may wait for what the library knows (it is usually ready in a few ms). */
const KNOWLEDGE_WAIT_MS = 300;

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const connection = new LibraryConnection();
  /** The open library; reopened when a newer version elsewhere made this connection close itself. */
  const lib = (): Promise<Library> => connection.get();
  const extensionOrigin = browser.runtime.getURL('/');
  /** The popup and options pages; never a content script, whose sender URL is the web page's. */
  const fromExtensionPage = (s: Sender) => (s.url ?? '').startsWith(extensionOrigin);

  /**
   * What the library learned from saved articles enriches every later page (card, popup) — but the
   * page's highlights never wait on the library for long (an import holding the database, an
   * upgrade blocked by another tab): past the bound the page gets the engine's result alone.
   */
  async function withKnowledge(result: ExtractResult): Promise<ExtractResult> {
    try {
      const known = await within(lib().then((l) => l.knowledge(result.documents.map((d) => d.key))), KNOWLEDGE_WAIT_MS, null);
      if (!known) {
        console.warn(`VanKien: library knowledge not ready within ${KNOWLEDGE_WAIT_MS} ms; highlighting without it`);
        return result;
      }
      for (const d of result.documents) {
        const records = known.get(d.key) ?? [];
        const rec = records.length === 1 ? records[0] : records.find((r) => r.doc.term && r.doc.term === d.term);
        if (!rec) continue;
        d.citedInSaved = rec.citedIn;
        for (const f of ['body', 'term', 'date', 'title'] as const) {
          const fact = rec.doc.facts?.[f];
          if (rec.doc[f] && fact?.from === 'article' && d.sources[f] !== 'text') {
            d[f] = rec.doc[f];
            d.sources[f] = 'library';
          }
        }
      }
    } catch (e) {
      // The library is unavailable: the page still gets the engine's result.
      console.warn('VanKien: library knowledge unavailable', e);
    }
    return result;
  }

  /** Tell an open options page to refresh; nobody listening is fine. */
  const announce = (m: Message) => void browser.runtime.sendMessage(m).catch(() => undefined);

  async function save(m: Extract<Message, { type: 'save-article' }>): Promise<SaveResponse> {
    try {
      const payload = withTrustedUrl(m.payload);
      const r = await (await lib()).saveArticle(payload);
      announce({ type: 'library-changed', url: payload.article.url });
      return { ok: true, ...r };
    } catch (e) {
      const kind = e instanceof LibraryError ? e.kind : 'write';
      return { ok: false, kind, message: e instanceof Error ? e.message : String(e) };
    }
  }

  async function savedStatus(url: string): Promise<SavedStatusResponse> {
    try {
      const l = await lib();
      const [saved, starred] = await Promise.all([l.savedStatus(url), l.listDocuments({ starred: true })]);
      return { saved, starredKeys: starred.map((s) => s.doc.key) };
    } catch (e) {
      console.warn('VanKien: saved status unavailable', e);
      return { saved: null, starredKeys: [], error: e instanceof LibraryError ? e.kind : 'write' };
    }
  }

  async function inject(tabId: number): Promise<{ ok: boolean; error?: string }> {
    // Only on the reader's request from the popup: activeTab grants this tab until it navigates.
    try {
      await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/news.css'] });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/news.js'] });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const m = parseMessage(raw);
    if (!m) return undefined; // malformed: refused
    const tabId = sender.tab?.id;
    const page = fromExtensionPage(sender);
    switch (m.type) {
      case 'extract':
        if (tabId === undefined) return undefined;
        // Huge pages go in segments so one message never holds the worker for long.
        return extractSegmented(m.text, { articleDate: m.articleDate, state: m.state, locality: localityOfUrl(sender.tab?.url ?? sender.url) }, () => Promise.resolve()).then(withKnowledge);
      case 'page-status':
        if (tabId === undefined) return undefined;
        void action.setBadgeText({ tabId, text: badgeText(m.partyDocuments) });
        void action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
        void action.setTitle({ tabId, title: m.partyDocuments ? `VanKien: ${m.partyDocuments} văn bản của Đảng, ${m.stateDocuments} văn bản nhà nước` : 'VanKien' });
        return undefined;
      case 'save-article':
        return page ? save(m) : undefined;
      case 'saved-status':
        return page ? savedStatus(trustedUrl(m.url, m.pageUrl)) : undefined;
      case 'set-starred':
        return page ? lib().then((l) => l.setStarred(m.doc, m.starred)).then(() => {
          announce({ type: 'library-changed' });
          return { ok: true };
        }, () => ({ ok: false })) : undefined;
      case 'inject':
        return page ? inject(m.tabId) : undefined;
      default:
        return undefined;
    }
  });

  /**
   * The reader's own sites: one registered content script covering all of them, re-synced at
   * start and whenever the list changes; only hosts whose permission is still granted count.
   */
  const CUSTOM_ID = 'vankien-custom-sites';
  async function syncCustomSites(): Promise<void> {
    const { customSites } = await readSettings();
    const granted: string[] = [];
    for (const host of customSites) {
      if (await browser.permissions.contains({ origins: patternsFor(host) }).catch(() => false)) granted.push(...patternsFor(host));
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_ID] }).catch(() => []);
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_ID] }).catch(() => undefined);
    if (!granted.length) return;
    await browser.scripting.registerContentScripts([{
      id: CUSTOM_ID, matches: granted, js: ['/content-scripts/news.js'], css: ['/content-scripts/news.css'], runAt: 'document_idle',
    }]);
  }
  void syncCustomSites().catch(() => undefined);
  settingsItem.watch(() => void syncCustomSites().catch(() => undefined));
  browser.permissions.onRemoved?.addListener(() => void syncCustomSites().catch(() => undefined));

  browser.commands?.onCommand.addListener(async (command) => {
    const direction = command === 'next-reference' ? 'next' : command === 'previous-reference' ? 'previous' : null;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'navigate', direction };
    browser.tabs.sendMessage(tab.id, message).catch(() => { /* no content script on this tab */ });
  });
});
