/** Picks the highlighting engine the page's browser supports. */

import { CssHighlightEngine, findHighlightApi } from './css-engine';
import type { HighlightEngine } from './types';
import { WrapHighlightEngine } from './wrap-engine';

/** CSS Custom Highlight API when `CSS.highlights` and `Highlight` exist, else wrapping in marks. */
export function createEngine(doc: Document = document): HighlightEngine {
  const api = findHighlightApi(doc.defaultView ?? globalThis);
  return api ? new CssHighlightEngine(api, doc) : new WrapHighlightEngine(doc);
}
