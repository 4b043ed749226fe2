/** Highlighting of found references in the page: DOM code only, for the content script. */

export type { HighlightEngine, HighlightItem, HighlightKind } from './types';
export { HIGHLIGHT_NAMES, MARK_TAG, UI_ATTR } from './types';
export { collectText, nodeSpan, rangeFor, type CollectOptions, type TextMap } from './text-map';
export { isOwnUi, type ExcludeOption } from './skip-rules';
export { CssHighlightEngine, findHighlightApi, type HighlightApi } from './css-engine';
export { WrapHighlightEngine } from './wrap-engine';
export { createEngine } from './choose-engine';
export { runChunked, yieldToMain, type ChunkOptions } from './schedule';
export { itemsFromMentions } from './items';
