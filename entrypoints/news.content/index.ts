/**
 * Content script on supported news sites: thin glue between the browser and PageController.
 * Runs at document_idle; on pages that are not articles it stops after detection.
 */
import '../../utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '../../utils/article/sites';
import { parseMessage, type Message } from '../../utils/messages';
import { PageController } from '../../utils/page/controller';
import type { ExtractResult } from '../../utils/refs/types';
import { onSettingsChanged, readStoredSettings } from '../../utils/settings-values';
import { createCard } from './card-host';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const lang = /^en\b/i.test(browser.i18n.getUILanguage()) ? 'en' : 'vi';
    let controller: PageController | null = null;
    const make = async () => {
      controller?.destroy();
      controller = new PageController({
        doc: document,
        win: window,
        settings: await readStoredSettings(),
        lang,
        send: (m: Message) => { browser.runtime.sendMessage(m).catch(() => { /* background asleep or reloading */ }); },
        extract: async (text, options) => {
          const request: Message = { type: 'extract', text, state: options.state !== false, ...(options.articleDate ? { articleDate: options.articleDate } : {}) };
          return (await browser.runtime.sendMessage(request)) as ExtractResult;
        },
        loadCard: () => createCard(ctx, () => controller?.closeCard()),
      });
      await controller.start();
    };
    await make();

    ctx.addEventListener(window, 'wxt:locationchange', () => void controller?.start());
    const unwatch = onSettingsChanged(() => void make());
    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const m = parseMessage(raw);
      if (!m || !controller) return undefined;
      const c = controller;
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
    browser.runtime.onMessage.addListener(onMessage);
    // An extension reload or update orphans this script without telling it (no new script is
    // injected into open tabs): ctx checks the runtime on each tick and then runs onInvalidated.
    ctx.setInterval(() => undefined, 2000);
    ctx.onInvalidated(() => {
      // The page first: extension APIs throw once the context is gone.
      controller?.destroy();
      controller = null;
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the extension is already gone */
      }
    });
  },
});
