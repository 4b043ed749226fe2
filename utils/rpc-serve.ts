/** Answers one Api on `browser.runtime.onMessage` (the polyfilled one of the extension's own pages). */
import { browser } from 'wxt/browser';
import { listener, type Api, type Handlers, type ServeOptions } from './rpc';

/** Returns the function that stops answering. The extension's origin defaults to its own. */
export function serve<A extends Api>(handlers: Handlers<A>, options: Omit<ServeOptions<A>, 'extensionOrigin'> & { extensionOrigin?: string }): () => void {
  const l = listener(handlers, { ...options, extensionOrigin: options.extensionOrigin ?? browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener(l);
  return () => browser.runtime.onMessage.removeListener(l);
}
