/**
 * The content script's first stage, on every page of a supported site (and, in the opt-in mode, on
 * every page): decides from the address and the page's metadata whether the page may be an article
 * (utils/page/gate.ts) and only then has the background load the second stage (entrypoints/
 * page.content) into this frame. A listing or home page pays for this file and one decision: no
 * settings read, no message, no timer. Outside WXT's content-script runtime and without the
 * polyfill on purpose: their setup alone cost every page several milliseconds.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gatePage } from '../utils/page/gate';
import { LOADS_PAGE_SCRIPT, pageScriptOf, type PageScript } from '../utils/page/stage-bridge';
import type { Message } from '../utils/messages';

declare const __VANKIEN_SITE_HOSTS__: string[];
declare const __VANKIEN_TEST_HOSTS__: boolean;

/** Only the type: importing the polyfill itself is what this file avoids. */
type Api = typeof browser;
type Sender = { id?: string };
type Respond = (reply: unknown) => void;

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = g.browser ?? g.chrome;
  // Already here: "scan anyway" injected the second stage first, or this copy is a second one.
  if (!api?.runtime?.id || pageScriptOf(globalThis)) return;

  let loading: Promise<PageScript | undefined> | undefined;
  const load = (): Promise<PageScript | undefined> => (loading ??= (async () => {
    try {
      await api.runtime.sendMessage({ type: 'load-page-script' } satisfies Message);
    } catch (e) {
      // The extension reloading or gone: nothing to load; a later message may try again.
      console.warn('VanKien: the page script could not be loaded', e);
    }
    const script = pageScriptOf(globalThis);
    if (!script) loading = undefined;
    return script;
  })());

  // The popup asking about a page the gate let be: load the second stage and let it answer.
  api.runtime.onMessage.addListener(((raw: unknown, sender: Sender, respond: Respond) => {
    if (pageScriptOf(globalThis)) return undefined; // it answers for itself
    const type = (raw as { type?: unknown } | null)?.type;
    if (sender?.id !== api.runtime.id || typeof type !== 'string' || !LOADS_PAGE_SCRIPT.has(type)) return undefined;
    void load()
      .then((script) => script?.answer(raw, sender))
      .then(respond, () => respond(undefined));
    return true; // answered later, through `respond`
  }) as Parameters<Api['runtime']['onMessage']['addListener']>[0]);

  const decide = () => {
    if (loading || pageScriptOf(globalThis)) return;
    const start = performance.now();
    const verdict = gatePage({ doc: document, url: location.href, hosts: __VANKIEN_SITE_HOSTS__, testHosts: __VANKIEN_TEST_HOSTS__ });
    performance.measure?.('vankien:gate', { start, end: performance.now(), detail: verdict });
    if (verdict.load) void load();
  };
  // A script's own navigation to another address (the second stage follows them once loaded).
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav?.addEventListener) nav.addEventListener('navigatesuccess', decide);
  else {
    addEventListener('popstate', decide);
    addEventListener('hashchange', decide);
  }
  decide();
});
