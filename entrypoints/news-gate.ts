/**
 * The content script's first stage, on every page of a supported site (and, in the opt-in mode, on
 * every page): decides from the address and the page's metadata whether the page may be an article
 * (utils/page/gate.ts) and only then has the background load the second stage (entrypoints/
 * page) into this document. A listing or home page pays for this file and one decision: no
 * settings read, no message, no timer. Outside WXT's content-script runtime and without the
 * polyfill on purpose: their setup alone cost every page several milliseconds.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { alive as extensionAlive, nativeApi, type Api } from '../utils/page/native-api';
import { gatePage } from '../utils/page/gate';
import type { SiteScope } from '../utils/article/scope';
import { leaveMeasure } from '../utils/page/timeline';
import { LOADS_PAGE_SCRIPT, pageScriptOf, type PageScript } from '../utils/page/stage-bridge';
import type { Message } from '../utils/messages';

declare const __VANKIEN_SITE_HOSTS__: string[];
declare const __VANKIEN_SITE_SCOPES__: Record<string, SiteScope>;
declare const __VANKIEN_TEST_HOSTS__: boolean;

type Sender = { id?: string };
type Respond = (reply: unknown) => void;

export default defineUnlistedScript(() => {
  const api = nativeApi();
  // Already here: "scan anyway" injected the second stage first, or this copy is a second one.
  if (!api || pageScriptOf(globalThis)) return;
  const ownId = api.runtime.id;
  // An extension reload or update orphans this script: its runtime is gone, and so is its work.
  const alive = () => extensionAlive(api);

  let loading: Promise<PageScript | undefined> | undefined;
  let testSite: string | undefined;
  const load = (): Promise<PageScript | undefined> => (loading ??= (async () => {
    try {
      await api.runtime.sendMessage({ type: 'load-page-script', ...(testSite ? { testSite } : {}) } satisfies Message);
    } catch (e) {
      // The extension reloading or gone: nothing to load; a later message may try again.
      if (alive()) console.warn('VanKien: the page script could not be loaded', e);
    }
    const script = pageScriptOf(globalThis);
    if (script) stopWatching();
    else loading = undefined;
    return script;
  })());

  // The popup asking about a page the gate let be: load the second stage and let it answer.
  const bridge = (raw: unknown, sender: Sender, respond: Respond) => {
    if (pageScriptOf(globalThis)) return undefined; // it answers for itself
    const type = (raw as { type?: unknown } | null)?.type;
    if (sender?.id !== ownId || typeof type !== 'string' || !LOADS_PAGE_SCRIPT.has(type)) return undefined;
    void load()
      .then((script) => script?.answer(raw, sender))
      .then(respond, () => respond(undefined));
    return true; // answered later, through `respond`
  };
  api.runtime.onMessage.addListener(bridge as Parameters<Api['runtime']['onMessage']['addListener']>[0]);

  let decided = '';
  const decide = () => {
    if (!alive()) return stopWatching();
    if (loading || pageScriptOf(globalThis)) return;
    const start = performance.now();
    const verdict = gatePage({ doc: document, url: location.href, hosts: __VANKIEN_SITE_HOSTS__, scopes: __VANKIEN_SITE_SCOPES__, testHosts: __VANKIEN_TEST_HOSTS__ });
    decided = location.href;
    testSite = verdict.testSite;
    // A page can read the performance timeline: the mark is left only in builds for tests and benches.
    leaveMeasure('vankien:gate', { start, end: performance.now(), detail: verdict });
    if (verdict.load) void load();
  };

  // What can turn a page the gate stopped into an article: a script's own navigation to another
  // address (pushState fires no event without the Navigation API, but a page that moves to an
  // article retitles itself and rewrites its metadata in <head>), back/forward, a restore from the
  // back-forward cache. Watched until the second stage is here, which follows them itself.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const moved = () => { if (location.href !== decided) decide(); };
  const restored = (e: Event) => { if ((e as PageTransitionEvent).persisted) decide(); };
  const head = new MutationObserver((records) => {
    if (records.some(touchesMetadata)) { if (location.href !== decided || records.some(addsMetadata)) decide(); }
  });
  if (document.head) head.observe(document.head, { childList: true, subtree: true, characterData: true });
  nav?.addEventListener?.('navigatesuccess', moved);
  addEventListener('popstate', moved);
  addEventListener('hashchange', moved);
  addEventListener('pageshow', restored);
  function stopWatching(): void {
    head.disconnect();
    nav?.removeEventListener?.('navigatesuccess', moved);
    removeEventListener('popstate', moved);
    removeEventListener('hashchange', moved);
    removeEventListener('pageshow', restored);
    if (!alive()) {
      try {
        api!.runtime.onMessage.removeListener(bridge as Parameters<Api['runtime']['onMessage']['addListener']>[0]);
      } catch {
        /* the extension is already gone */
      }
    }
  }
  decide();
});

/** A change to the title or to what <head> says of the page (not the scripts and styles ads add). */
function touchesMetadata(r: MutationRecord): boolean {
  const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  return el?.nodeName === 'TITLE' || addsMetadata(r);
}

function addsMetadata(r: MutationRecord): boolean {
  for (const n of r.addedNodes) {
    if (n.nodeName === 'META' || n.nodeName === 'TITLE' || n.nodeName === 'LINK'
      || (n.nodeName === 'SCRIPT' && (n as HTMLScriptElement).type === 'application/ld+json')) return true;
  }
  return false;
}
