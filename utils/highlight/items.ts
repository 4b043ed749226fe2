/** Turns the reference engine's output into highlight items. */

import type { ExtractResult } from '../refs';
import type { HighlightItem } from './types';

/** One item per mention; the id is the mention's index in `result.mentions`. */
export function itemsFromMentions(result: ExtractResult): HighlightItem[] {
  return result.mentions.map((m, id) => ({
    id,
    start: m.start,
    end: m.end,
    kind: result.documents[m.doc]?.party === false ? 'state' : 'party',
  }));
}
