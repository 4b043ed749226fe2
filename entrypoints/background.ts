/**
 * Background: runs the reference engine for content scripts (with the catalog and what the
 * library has learned), keeps the toolbar badge, relays keyboard commands, and owns the library
 * (IndexedDB lives in the extension's origin only). Thin glue: what it answers is
 * utils/background/handlers.ts, served by utils/rpc.ts (which checks each message and its sender).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryConnection } from '../utils/db';
import { backgroundHandlers } from '../utils/background/handlers';
import { parseMessage } from '../utils/messages';
import { BACKGROUND_CALLERS, backgroundToContent, backgroundToPages } from '../utils/protocols';
import { client } from '../utils/rpc';
import { serve } from '../utils/rpc-serve';
import { extractSegmented } from '../utils/page/segmented-extract';
import { patternsFor } from '../utils/custom-sites';
import { isTestUrl, siteForAddress } from '../utils/article/sites';
import { leaveSite } from '../utils/page/site-handoff';
import type { Site } from '../utils/article/types';
import { readSettings, watchSettings } from '../utils/settings';
/** The content script's two stages (utils/page/gate.ts): the gate on every page of a supported site,
 *  the page script (detection, highlights, card) only where the gate or the reader asks for it. */
const GATE_SCRIPT = '/news-gate.js';
const PAGE_SCRIPT = '/page.js';
const PAGE_SCRIPT_CSS = '/content-scripts/highlights.css';
/** The hover card's code, loaded into a frame on its first hover (utils/page/card-bridge.ts). */
const CARD_SCRIPT = '/card.js';
/** A legal database's document pages' reader (utils/page/legal-bridge.ts). */
const LEGAL_SCRIPT = '/legal.js';
// The storage item's migrations run when the background starts.
import '../utils/settings/item';

/** The page script, and before it, on a legal database, the reader of its document pages. */
function scriptsFor(site: Site | null | undefined): Array<typeof PAGE_SCRIPT | typeof LEGAL_SCRIPT> {
  return site?.group === 'legal' ? [LEGAL_SCRIPT, PAGE_SCRIPT] : [PAGE_SCRIPT];
}

type Target = { tabId: number; frameIds?: number[] };

/** The document that asked (or its frame, where the browser gives no document id). */
function frameTarget(tabId: number, frameId: number, documentId?: string): Target {
  return (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] }) as Target;
}

/**
 * The frame's site (utils/page/site-handoff.ts), then the page script. Sent together, in order (a
 * frame runs its injections in the order they arrive): waiting for the first to come back before
 * sending the second would hold the highlights for one more round trip.
 */
async function injectPageScript(target: Target, site: Site | null, injectImmediately: boolean): Promise<void> {
  await Promise.all([
    browser.scripting.executeScript({ target, func: leaveSite, args: [site], injectImmediately }),
    browser.scripting.executeScript({ target, files: scriptsFor(site), injectImmediately }),
  ]);
}

/** What a test page's <meta name="vankien-test-site"> says (builds for tests and the demo only). */
async function testSiteOf(tabId: number): Promise<() => string | null> {
  const [r] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => document.querySelector('meta[name="vankien-test-site"]')?.getAttribute('content') ?? null,
  });
  const named = typeof r?.result === 'string' ? r.result : null;
  return () => named;
}

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const connection = new LibraryConnection();
  const toPages = client(backgroundToPages, (m) => browser.runtime.sendMessage(m));

  serve(backgroundHandlers({
    library: () => connection.get(),
    // Huge pages go in segments so one message never holds the worker for long.
    extract: (text, options) => extractSegmented(text, options, () => Promise.resolve()),
    setBadge: (tabId, { text, title }) => {
      void action.setBadgeText({ tabId, text });
      void action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
      void action.setTitle({ tabId, title });
    },
    inject: async (tabId) => {
      const target = { tabId };
      await browser.scripting.insertCSS({ target, files: [PAGE_SCRIPT_CSS] });
      const { url } = await browser.tabs.get(tabId);
      // A test page says which site it stands for in its markup: read only there.
      const site = siteForAddress(url, () => null) ?? (isTestUrl(url) ? siteForAddress(url, await testSiteOf(tabId)) : undefined);
      await injectPageScript(target, site ?? null, false);
    },
    loadPageScript: async (tabId, { frameId, documentId }, site) => {
      // At once: the first stage ran at document_end, and the default waits for document_idle (after
      // the page's images and ads).
      await injectPageScript(frameTarget(tabId, frameId, documentId), site, true);
    },
    loadCardScript: async (tabId, { frameId, documentId }) => {
      await browser.scripting.executeScript({ target: frameTarget(tabId, frameId, documentId), files: [CARD_SCRIPT], injectImmediately: true });
    },
    // An options page refreshes; none open is fine.
    announce: (change) => void toPages({ type: 'library-changed', ...change }),
    openOptions: async (hash, besideTab) => {
      const beside = besideTab !== undefined ? await browser.tabs.get(besideTab).catch(() => undefined) : undefined;
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`), ...(beside ? { index: beside.index + 1, windowId: beside.windowId } : {}) });
    },
  }), { validate: parseMessage, allowFrom: BACKGROUND_CALLERS });

  /**
   * The reader's own sites: one registered content script covering all of them; and, in the opt-in
   * mode, one for every other site (the script itself then runs only on pages in Vietnamese). Re-synced
   * at start and whenever the settings or permissions change; only what is still granted counts.
   */
  const CUSTOM_ID = 'vankien-custom-sites';
  const ANY_ID = 'vankien-any-vietnamese-page';
  const ALL_SITES = ['*://*/*'];
  async function register(id: string, script: string, matches: string[], excludeMatches: string[] = []): Promise<void> {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    if (!matches.length) return;
    await browser.scripting.registerContentScripts([{
      id, matches, ...(excludeMatches.length ? { excludeMatches } : {}),
      js: [script], css: [PAGE_SCRIPT_CSS], runAt: 'document_end',
    }]);
  }
  async function syncCustomSites(): Promise<void> {
    const { customSites, anyVietnamesePage } = await readSettings(browser.storage);
    const granted: string[] = [];
    for (const host of customSites) {
      if (await browser.permissions.contains({ origins: patternsFor(host) }).catch(() => false)) granted.push(...patternsFor(host));
    }
    // The reader's own sites get the whole script; every other page only the gate, which asks for
    // the rest when the page is in Vietnamese.
    await register(CUSTOM_ID, PAGE_SCRIPT, granted);
    const everywhere = anyVietnamesePage && await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
    // Sites with a script of their own (the manifest's, the reader's) are left out: one copy per page.
    const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
    await register(ANY_ID, GATE_SCRIPT, everywhere ? ALL_SITES : [], [...declared, ...granted]);
  }
  // One sync at a time, in order: a quick on-then-off must end unregistered.
  let syncing = Promise.resolve();
  const sync = () => {
    syncing = syncing.then(syncCustomSites).catch((e: unknown) => console.warn('VanKien: registering content scripts failed', e));
  };
  sync();
  watchSettings(browser.storage, sync);
  browser.permissions.onRemoved?.addListener(sync);
  browser.permissions.onAdded?.addListener(sync);

  browser.commands?.onCommand.addListener(async (command) => {
    const direction = command === 'next-reference' ? 'next' : command === 'previous-reference' ? 'previous' : null;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    // No content script on this tab: nothing to navigate, nothing to say.
    void client(backgroundToContent, (m) => browser.tabs.sendMessage(tabId, m))({ type: 'navigate', direction });
  });
});
