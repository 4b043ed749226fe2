/**
 * The content script's second stage: thin glue between the browser and PageController. Loaded into
 * a frame by the background when the first stage (entrypoints/news-gate.ts, at document_end: as
 * soon as the page's HTML is parsed, not after its images, ads and embeds) found the page may be an
 * article, or when the reader asks to scan a page ("scan anyway"), and directly on the reader's own
 * sites. Text that arrives later is followed by the controller's observer; on pages that are not
 * articles it stops after detection.
 */
// First: before the polyfill reads `globalThis.browser` (see the module).
import '../../utils/page/unshadow';
import '../../utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseMessage } from '../../utils/messages';
import { CONTENT_CALLERS, contentToBackground } from '../../utils/protocols';
import { client, listener } from '../../utils/rpc';
import { PageController } from '../../utils/page/controller';
import { contentHandlers } from '../../utils/page/handlers';
import { ScriptLife, claimFrame, guardEvents } from '../../utils/page/script-life';
import { publishPageScript } from '../../utils/page/stage-bridge';
import { handedSite } from '../../utils/page/site-handoff';
import { legalReaderOf } from '../../utils/page/legal-bridge';
import { unpackResult } from '../../utils/page/extract-wire';
// Only the reader, not the storage library: the content script runs on every supported page.
import { readSettings, watchSettings } from '../../utils/settings/read';
import { cardFactoryOf } from '../../utils/page/card-bridge';

/** WXT's "a newer copy started" event name (private in its types; checked by the e2e attack test). */
function startedEventName(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string' ? name : `${browser.runtime.id}:page:wxt:content-script-started`;
}

export default defineContentScript({
  // Not in the manifest: the background injects it (wxt.config.ts puts the first stage there). The
  // hosts it may be injected into are granted by the manifest (wxt.config.ts lists them as host
  // permissions): a list here would be carried in this script's code, a third of it, for nothing.
  registration: 'runtime',
  matches: [],
  runAt: 'document_end',
  // WXT would announce the script to the page with a postMessage carrying the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything else: page script must not be able to end or restart this script.
    const unguard = guardEvents(window, [startedEventName()]);
    const lang = /^en\b/i.test(browser.i18n.getUILanguage()) ? 'en' : 'vi';
    // An extension reload or update orphans this script without telling it (no new script is
    // injected into open tabs): ctx checks the runtime on each tick and then runs onInvalidated.
    // Only a page with highlights has anything to clean up: no timer on the others.
    let watchdog = false;
    const startWatchdog = () => {
      if (watchdog) return;
      watchdog = true;
      ctx.setInterval(() => undefined, 2000);
    };
    const toBackground = client(contentToBackground, (m) => browser.runtime.sendMessage(m));
    // The card's code, from the background (injected into this frame), once: fetched when the page is
    // idle after its highlights, while the worker that just answered is awake, so the first hover
    // does not wait for a worker that has since gone to sleep; at the first hover at the latest.
    let cardCode: Promise<void> | undefined;
    const loadCardCode = (): Promise<void> => (cardCode ??= (async () => {
      if (cardFactoryOf(globalThis)) return;
      const r = await toBackground({ type: 'load-card' });
      if (!r.ok || !r.reply.ok) throw new Error(`the card could not be loaded (${r.ok ? r.reply.error : r.error})`);
    })().catch((e: unknown) => { cardCode = undefined; throw e; }));
    const preloadCard = () => {
      const later = (globalThis as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
      const run = () => void loadCardCode().catch((e: unknown) => console.warn('VanKien: the card could not be loaded ahead', e));
      if (later) later(run, { timeout: 2000 }); else setTimeout(run, 200);
    };
    const life: ScriptLife<PageController> = new ScriptLife(
      async () => new PageController({
        doc: document,
        win: window,
        settings: await readSettings(),
        lang,
        // The site the background resolved when it injected this script (the list stays there).
        siteOf: () => handedSite(globalThis, location.hostname),
        // A legal database's document pages: their reader is injected before this script on those sites.
        legal: () => legalReaderOf(globalThis),
        // The badge's news: a background asleep or reloading gets the next one.
        send: (m) => void toBackground(m),
        extract: async (text, options) => {
          const r = await toBackground({ type: 'extract', text, state: options.state !== false, ...(options.articleDate ? { articleDate: options.articleDate } : {}), ...(options.locality ? { locality: options.locality } : {}), ...(options.legal ? { legal: options.legal } : {}) });
          if (!r.ok) throw new Error(`no extraction from the background (${r.error}${r.detail ? `: ${r.detail}` : ''})`);
          return unpackResult(r.reply, text);
        },
        loadCard: async () => {
          await loadCardCode();
          const factory = cardFactoryOf(globalThis);
          if (!factory) throw new Error('the card\'s code did not arrive');
          return factory.createCard(() => life.live?.closeCard(), (cb) => ctx.onInvalidated(cb));
        },
        openLibrary: (id) => void toBackground({ type: 'open-library', id }),
        onHighlighted: () => { startWatchdog(); preloadCard(); },
      }),
      (c) => c.start(),
    );
    let unwatch = () => undefined as void;
    // Answers the popup and the keyboard commands from the start, once the first scan has settled
    // (a page asked about while it is being read answers when it is read); the first stage hands
    // over what reached the frame before this script was there.
    const answerNow = listener(contentHandlers(() => life.live), { validate: parseMessage, allowFrom: CONTENT_CALLERS });
    let started: () => void = () => undefined;
    const ready = new Promise<void>((done) => { started = done; });
    const answer = (raw: unknown, sender: unknown) => {
      // Another listener's; what is ours answerNow validates, once.
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !Object.hasOwn(CONTENT_CALLERS, type)) return undefined;
      return ready.then(() => answerNow(raw, sender as Parameters<typeof answerNow>[1]));
    };
    const unpublish = publishPageScript(globalThis, { answer });
    browser.runtime.onMessage.addListener(answer);
    const unserve = () => browser.runtime.onMessage.removeListener(answer);
    const stop = () => {
      // The page first: extension APIs throw once the context is gone.
      life.destroy();
      unguard();
      release();
      unpublish();
      try {
        unwatch();
        unserve();
      } catch {
        /* the extension is already gone */
      }
    };
    // A copy injected again into this frame ("scan anyway") replaces the older one.
    const release = claimFrame(globalThis, { destroy: () => ctx.abort('replaced by a newer copy') });
    ctx.onInvalidated(stop);
    await life.restart().finally(started);

    // Only a real change of address rescans: the page can dispatch WXT's location event too.
    let href = location.href;
    const moved = () => {
      if (location.href === href) return;
      href = location.href;
      void life.live?.start();
    };
    if (typeof (globalThis as { navigation?: { addEventListener?: unknown } }).navigation?.addEventListener === 'function') {
      ctx.addEventListener(window, 'wxt:locationchange', moved);
    } else {
      // Without the Navigation API (Firefox ESR) WXT would poll the address every second on every
      // page. Back/forward say so themselves; a script's pushState to a new article brings its text,
      // which the controller's observer sees (and detection reads the new address).
      ctx.addEventListener(window, 'popstate', moved);
      ctx.addEventListener(window, 'hashchange', moved);
    }
    unwatch = watchSettings(() => void life.restart());

  },
});
