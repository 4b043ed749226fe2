/** Shared types and names of the highlighting module (DOM only, no extension APIs). */

import type { TextMap } from './text-map';

export type HighlightKind = 'party' | 'state';

/** One thing to highlight: [start, end) are UTF-16 offsets into `TextMap.text`. */
export interface HighlightItem {
  id: number;
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface HighlightEngine {
  readonly name: 'css' | 'wrap';
  /** May be called several times with batches of items against the same map. */
  add(items: HighlightItem[], map: TextMap): void;
  /** Removes everything this engine added and leaves the DOM as it was. */
  clear(): void;
  /** Shows one item with the focused style; null removes the focus. */
  setFocus(id: number | null): void;
  /** The item under a viewport point, for hover cards. */
  itemAt(x: number, y: number): number | null;
  /** A range covering the item, for scrolling to it or placing a card beside it. */
  rangeOf(id: number): Range | null;
  /** How many items are currently highlighted. */
  count(): number;
}

/** The wrap engine's element. A custom-element name, so page CSS rarely matches it. */
export const MARK_TAG = 'vankien-mark';
/** Marks any element of the extension's own UI; its text is never scanned. */
export const UI_ATTR = 'data-vankien-ui';
/** Prefix of the extension's custom elements (cards, hosts); all but MARK_TAG are UI. */
export const UI_TAG_PREFIX = 'vankien-';

/** Names registered in `CSS.highlights`; the stylesheet uses `::highlight(<name>)`. */
export const HIGHLIGHT_NAMES = {
  party: 'vankien-party',
  state: 'vankien-state',
  focus: 'vankien-focus',
} as const;
