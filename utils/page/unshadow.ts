/**
 * Imported first by the content script's second stage, before webextension-polyfill reads
 * `globalThis.browser`. In Chromium `browser` is no extension API, and an element of the page named
 * "browser" (`<form id="browser"><input name="runtime" id="x">`) is a property of the window in
 * every world: the polyfill would take that form for the API and VanKien would stop working on the
 * page. An own property of this world's global hides the page's element.
 */
import { isBrowserApiObject } from './browser-api';

const g = globalThis as { browser?: unknown };
if (g.browser !== undefined && !isBrowserApiObject(g.browser)) {
  Object.defineProperty(globalThis, 'browser', { value: undefined, writable: true, configurable: true });
}
