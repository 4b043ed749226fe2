/**
 * The content script's second stage: thin glue between the browser and PageController. Loaded into
 * a frame by the background when the first stage (entrypoints/news-gate.ts, at document_end: as
 * soon as the page's HTML is parsed, not after its images, ads and embeds) found the page may be an
 * article, or when the reader asks to scan a page ("scan anyway"), and directly on the reader's own
 * sites. Text that arrives later is followed by the controller's observer; on pages that are not
 * articles it stops after detection. Its styles (the highlights') come apart, with the first stage
 * (entrypoints/highlights.content.css).
 * Like the first stage, outside WXT's content-script runtime and without the polyfill: the browser's
 * own API (utils/page/native-api.ts) and our own script context (utils/page/script-context.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseContentMessage } from '../../utils/messages';
import { CONTENT_CALLERS, contentToBackground } from '../../utils/protocols';
import { client, listener } from '../../utils/rpc';
import { PageController } from '../../utils/page/controller';
import { contentHandlers } from '../../utils/page/handlers';
import { ScriptLife, claimFrame } from '../../utils/page/script-life';
import { ScriptContext } from '../../utils/page/script-context';
import { alive, answerMessages, nativeApi, sendToExtension, type Api } from '../../utils/page/native-api';
import { publishPageScript } from '../../utils/page/stage-bridge';
import { handedSite } from '../../utils/page/site-handoff';
import { legalReaderOf } from '../../utils/page/legal-bridge';
import { unpackResult } from '../../utils/page/extract-wire';
// Only the reader, not the storage library: the content script runs on every supported page.
import { readSettings, watchSettings } from '../../utils/settings/read';
import { cardFactoryOf } from '../../utils/page/card-bridge';
import type { Message } from '../../utils/messages';
import type { ContentToBackground } from '../../utils/protocols';

export default defineUnlistedScript(() => {
  const api = nativeApi();
  // Orphaned before it ran (the extension reloading): nothing to do.
  if (api) main(api).catch((e: unknown) => console.warn('VanKien: the page script stopped', e));
});

/** How often a page with highlights checks that the extension is still there (to clean up if not). */
const WATCH_MS = 2000;

async function main(api: Api): Promise<void> {
  const ctx = new ScriptContext(() => alive(api));
  const lang = /^en\b/i.test(api.i18n.getUILanguage()) ? 'en' : 'vi';
  const toBackground = client(contentToBackground, (m: Message) => sendToExtension(api, m));
  const loadCardCode = cardLoader(toBackground);
  const life: ScriptLife<PageController> = new ScriptLife(
    async () => new PageController({
      doc: document,
      win: window,
      settings: await readSettings(api.storage),
      lang,
      // The site the background resolved when it injected this script (the list stays there).
      siteOf: () => handedSite(globalThis, location.hostname),
      // A legal database's document pages: their reader is injected before this script on those sites.
      legal: () => legalReaderOf(globalThis),
      // The badge's news: a background asleep or reloading gets the next one.
      send: (m) => void toBackground(m),
      extract: async (text, options) => {
        // Without the card's code yet, the result brings it (the background injects it after replying).
        const card = cardFactoryOf(globalThis) ? {} : { card: true as const };
        const r = await toBackground({ type: 'extract', text, state: options.state !== false, ...(options.articleDate ? { articleDate: options.articleDate } : {}), ...(options.locality ? { locality: options.locality } : {}), ...(options.legal ? { legal: options.legal } : {}), ...card });
        if (!r.ok) throw new Error(`no extraction from the background (${r.error}${r.detail ? `: ${r.detail}` : ''})`);
        return unpackResult(r.reply, text);
      },
      loadCard: async () => {
        await loadCardCode();
        const factory = cardFactoryOf(globalThis);
        if (!factory) throw new Error('the card\'s code did not arrive');
        return factory.createCard(() => life.live?.closeCard(), (cb) => ctx.onEnd(cb));
      },
      openLibrary: (id) => void toBackground({ type: 'open-library', id }),
      // Only a page with highlights has anything to clean up: no timer on the others.
      onHighlighted: () => ctx.watch(WATCH_MS),
    }),
    (c) => c.start(),
  );
  // Answers the popup and the keyboard commands from the start, once the first scan has settled
  // (a page asked about while it is being read answers when it is read); the first stage hands
  // over what reached the frame before this script was there.
  const answerNow = listener(contentHandlers(() => life.live), { validate: parseContentMessage, allowFrom: CONTENT_CALLERS, extensionOrigin: api.runtime.getURL('/') });
  let started: () => void = () => undefined;
  const ready = new Promise<void>((done) => { started = done; });
  const answer = (raw: unknown, sender: unknown) => {
    // Another listener's; what is ours answerNow validates, once.
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(CONTENT_CALLERS, type)) return undefined;
    return ready.then(() => answerNow(raw, sender as Parameters<typeof answerNow>[1]));
  };
  const unpublish = publishPageScript(globalThis, { answer });
  const unserve = answerMessages(api, answer);
  let unwatch = () => undefined as void;
  // A copy injected again into this frame ("scan anyway") replaces the older one.
  const release = claimFrame(globalThis, { destroy: () => ctx.end() });
  ctx.onEnd(() => {
    // The page first: extension APIs throw once the extension is gone.
    life.destroy();
    release();
    unpublish();
    try {
      unwatch();
      unserve();
    } catch {
      /* the extension is already gone */
    }
  });
  await life.restart().finally(started);
  if (ctx.ended) return;
  followAddress(ctx, () => void life.live?.start());
  unwatch = watchSettings(api.storage, () => void life.restart());
}

type ToBackground = ReturnType<typeof client<ContentToBackground>>;

/**
 * The card's code, at the first hover, where it is not here already: the background brings it with
 * an extraction result that has references (the `card` flag above), so this message is the fallback
 * (a hover before it arrived, or an injection the browser refused).
 */
function cardLoader(toBackground: ToBackground): () => Promise<void> {
  let cardCode: Promise<void> | undefined;
  return () => (cardCode ??= (async () => {
    if (cardFactoryOf(globalThis)) return;
    const r = await toBackground({ type: 'load-card' });
    if (!r.ok || !r.reply.ok) throw new Error(`the card could not be loaded (${r.ok ? r.reply.error : r.error})`);
  })().catch((e: unknown) => { cardCode = undefined; throw e; }));
}

/**
 * Rescans when the page moves to another address itself (a script's navigation): with the
 * Navigation API, on each navigation that committed; without it (Firefox ESR), on back/forward and
 * hash changes only — a script's pushState to a new article brings its text, which the
 * controller's observer sees (and detection reads the new address). No polling.
 */
function followAddress(ctx: ScriptContext, rescan: () => void): void {
  let href = location.href;
  const moved = () => {
    if (location.href === href) return;
    href = location.href;
    rescan();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof nav?.addEventListener === 'function') nav.addEventListener('navigatesuccess', moved, { signal: ctx.signal });
  else {
    addEventListener('popstate', moved, { signal: ctx.signal });
    addEventListener('hashchange', moved, { signal: ctx.signal });
  }
}
