/**
 * The browser's own extension API for the content scripts, which carry neither webextension-polyfill
 * nor WXT's content-script runtime: their setup alone cost every page several milliseconds and a
 * tenth of the page script. Firefox's `browser` is a plain object; in Chromium `browser` is not
 * defined, and the page's DOM can make it something else (`<div id="browser">` is a named property
 * of the window in every world), so only a plain object with a runtime id counts.
 */
import type { browser } from 'wxt/browser';
import { isBrowserApiObject } from './browser-api';

/** Only the type: importing the polyfill itself is what the content scripts avoid. */
export type Api = typeof browser;

export function nativeApi(): Api | undefined {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const b = g.browser;
  if (isBrowserApiObject(b) && b!.runtime?.id) return b;
  return g.chrome?.runtime?.id ? g.chrome : undefined;
}

/** Whether the extension this script came from is still there (a reload or update orphans it). */
export function alive(api: Api): boolean {
  try {
    return !!api.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Sends to the extension's own pages and background. They use the polyfill, which in Chromium answers
 * a handler's failure with an object of its own form; the polyfill in the sender would turn that
 * into a rejection, and so does this (else a failure would pass for an answer).
 */
export async function sendToExtension(api: Api, message: unknown): Promise<unknown> {
  const reply: unknown = await api.runtime.sendMessage(message);
  const r = reply as { __mozWebExtensionPolyfillReject__?: unknown; message?: unknown } | null;
  if (r && typeof r === 'object' && r.__mozWebExtensionPolyfillReject__ === true) throw new Error(String(r.message ?? 'the extension failed to answer'));
  return reply;
}

type Respond = (reply: unknown) => void;
type Listener = Parameters<Api['runtime']['onMessage']['addListener']>[0];

/**
 * Answers runtime messages with `answer` (undefined: not this script's; a promise: its value once
 * settled). Firefox's listeners may return the promise; Chromium's answer through `respond`, and a
 * failure goes to the polyfilled sender (popup, background) in the polyfill's own form, so it
 * rejects there as it would have. Returns the function that stops answering.
 */
export function answerMessages(api: Api, answer: (raw: unknown, sender: unknown) => Promise<unknown> | undefined): () => void {
  const promises = api !== (globalThis as { chrome?: unknown }).chrome;
  const l = (raw: unknown, sender: unknown, respond: Respond) => {
    const r = answer(raw, sender);
    if (!r || promises) return r;
    r.then(respond, (e: unknown) => respond({ __mozWebExtensionPolyfillReject__: true, message: e instanceof Error ? e.message : String(e) }));
    return true;
  };
  api.runtime.onMessage.addListener(l as unknown as Listener);
  return () => api.runtime.onMessage.removeListener(l as unknown as Listener);
}
