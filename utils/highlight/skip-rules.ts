/** Which elements collectText looks into, and which ones break the text into separate lines. */

import { MARK_TAG, UI_ATTR, UI_TAG_PREFIX } from './types';

/** Elements whose content is not article text, or that the page or user edits. */
const SKIPPED_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select',
  'option', 'button', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
]);

/**
 * Elements laid out as their own line(s). Text on either side of them must not run together, or a
 * heading ending in "Nghị quyết" would merge with a paragraph starting "số 18-NQ/TW".
 * Tag names only: computed styles would cost a style recalculation on huge pages.
 */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  // Skipped replaced content still occupies a box of its own.
  'iframe', 'textarea', 'select', 'video', 'audio', 'canvas', 'object', 'embed',
]);

export type ExcludeOption = Element[] | ((el: Element) => boolean);

/** True for the extension's own UI. The mark element wraps page text, so it is not UI. */
export function isOwnUi(el: Element): boolean {
  if (el.hasAttribute(UI_ATTR)) return true;
  const tag = el.localName;
  return tag.startsWith(UI_TAG_PREFIX) && tag !== MARK_TAG;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** `hidden` content is not rendered; "until-found" content is, on find-in-page, so keep it. */
function isHidden(el: Element): boolean {
  const value = el.getAttribute('hidden');
  return value !== null && value.toLowerCase() !== 'until-found';
}

/** Why an element is skipped, or null when its text is collected. */
export type SkipReason = 'content' | 'excluded';

export function makeSkipTest(exclude?: ExcludeOption): (el: Element) => SkipReason | null {
  const excludedSet = Array.isArray(exclude) ? new Set(exclude) : null;
  const excludedFn = typeof exclude === 'function' ? exclude : null;
  return (el) => {
    if (SKIPPED_TAGS.has(el.localName) || isEditable(el) || isHidden(el)) return 'content';
    if (isOwnUi(el)) return 'excluded';
    if (excludedSet?.has(el) || excludedFn?.(el)) return 'excluded';
    return null;
  };
}
