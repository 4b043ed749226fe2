/** Turns the reference engine's output into highlight items. */

import type { ExtractResult } from '../refs';
import type { HighlightItem } from './types';

/**
 * One item per highlighted span; the id is the index in `result.mentions` of the span's first
 * mention. A list ("Nghị quyết 66 và 68") names several documents with one span: it is one
 * highlight (party when any of its documents is), not one per document stacked on each other.
 */
export function itemsFromMentions(result: ExtractResult): HighlightItem[] {
  const items: HighlightItem[] = [];
  let last: HighlightItem | undefined;
  result.mentions.forEach((m, id) => {
    const kind = result.documents[m.doc]?.party === false ? 'state' : 'party';
    if (last && last.start === m.start && last.end === m.end) {
      if (kind === 'party') last.kind = 'party';
      return;
    }
    items.push((last = { id, start: m.start, end: m.end, kind }));
  });
  return items;
}
