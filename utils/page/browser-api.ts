/**
 * Whether a global named `browser` is the browser's own extension API: Firefox's is a plain object;
 * anything else (a page's element named "browser", seen by every world) is not. The test
 * webextension-polyfill makes, shared by both stages of the content script.
 */
export function isBrowserApiObject(x: unknown): boolean {
  return !!x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype;
}
