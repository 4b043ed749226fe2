/**
 * Content script on supported news sites: thin glue between the browser and PageController.
 * Runs at document_idle; on pages that are not articles it stops after detection.
 */
import '../../utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '../../utils/article/sites';
import { parseMessage, type Message } from '../../utils/messages';
import { PageController } from '../../utils/page/controller';
import { ScriptLife, claimFrame, guardEvents } from '../../utils/page/script-life';
import type { ExtractResult } from '../../utils/refs/types';
import { onSettingsChanged, readStoredSettings } from '../../utils/settings-values';
import { createCard } from './card-host';

/** WXT's "a newer copy started" event name (private in its types; checked by the e2e attack test). */
function startedEventName(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string' ? name : `${browser.runtime.id}:news:wxt:content-script-started`;
}

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  // WXT would announce the script to the page with a postMessage carrying the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything else: page script must not be able to end or restart this script.
    const unguard = guardEvents(window, [startedEventName()]);
    const lang = /^en\b/i.test(browser.i18n.getUILanguage()) ? 'en' : 'vi';
    const life: ScriptLife<PageController> = new ScriptLife(
      async () => new PageController({
        doc: document,
        win: window,
        settings: await readStoredSettings(),
        lang,
        send: (m: Message) => { browser.runtime.sendMessage(m).catch(() => { /* background asleep or reloading */ }); },
        extract: async (text, options) => {
          const request: Message = { type: 'extract', text, state: options.state !== false, ...(options.articleDate ? { articleDate: options.articleDate } : {}) };
          return (await browser.runtime.sendMessage(request)) as ExtractResult;
        },
        loadCard: () => createCard(ctx, () => life.live?.closeCard()),
      }),
      (c) => c.start(),
    );
    let unwatch = () => undefined as void;
    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const m = parseMessage(raw);
      const c = life.live;
      if (!m || !c) return undefined;
      switch (m.type) {
        case 'navigate': return void c.navigate(m.direction), undefined;
        case 'close-card': return void c.closeCard(), undefined;
        case 'get-page': return c.idle.then(() => c.summary());
        case 'save-payload': return c.idle.then(() => c.savePayload());
        case 'focus-document': return Promise.resolve(c.focusDocument(m.key, m.position));
        case 'scan-anyway': return c.scanAnyway().then(() => c.summary());
        default: return undefined;
      }
    };
    const stop = () => {
      // The page first: extension APIs throw once the context is gone.
      life.destroy();
      unguard();
      release();
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the extension is already gone */
      }
    };
    // A copy injected again into this frame ("scan anyway") replaces the older one.
    const release = claimFrame(globalThis, { destroy: () => ctx.abort('replaced by a newer copy') });
    ctx.onInvalidated(stop);
    await life.restart();

    // Only a real change of address rescans: the page can dispatch WXT's location event too.
    let href = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (location.href === href) return;
      href = location.href;
      void life.live?.start();
    });
    unwatch = onSettingsChanged(() => void life.restart());
    browser.runtime.onMessage.addListener(onMessage);
    // An extension reload or update orphans this script without telling it (no new script is
    // injected into open tabs): ctx checks the runtime on each tick and then runs onInvalidated.
    ctx.setInterval(() => undefined, 2000);
  },
});
