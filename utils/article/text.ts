/** Small text helpers shared by the layers. textContent only: no layout, no innerText. */
import { collapsedLength, WS } from './measure';
import { foldText } from '../refs/normalize';

/** NFC (tuoitre serves NFD bylines) with whitespace collapsed. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').replace(WS, ' ').trim();
}

export function textOf(el: Element | null | undefined): string {
  return el ? clean(el.textContent) : '';
}

/**
 * Collapsed length, without the NFC pass (it is only used for comparisons). Layers measure
 * through a shared TextMeasure (measure.ts), which gives the same number without reading more
 * text than a comparison needs.
 */
export function textLength(el: Element | null | undefined): number {
  return el ? collapsedLength(el.textContent ?? '') : 0;
}

/** Lowercase, no diacritics, đ → d: for comparing titles and site names. */
export function fold(s: string): string {
  return foldText(s);
}

/** Letters and digits only, folded: "Báo Nhân Dân" → "baonhandan". */
export function squash(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '');
}

/**
 * Elements matching a comma-separated selector list, in the list's order of preference (a plain
 * querySelectorAll would return document order, and an outer wrapper would win).
 */
export function* byPreference(root: ParentNode, selectors: string): Generator<Element> {
  for (const sel of selectors.split(',')) {
    if (sel.trim()) yield* root.querySelectorAll(sel.trim());
  }
}

/** First non-empty value among CSS selectors (attribute, or text when attr is omitted). */
export function firstValue(root: ParentNode, selectors: string, attr?: string): string | undefined {
  for (const el of byPreference(root, selectors)) {
    const v = clean(attr ? el.getAttribute(attr) : el.textContent);
    if (v) return v;
  }
  return undefined;
}

/** <meta> contents by property/name/itemprop (lower-cased), first non-empty wins; one pass. */
export type MetaIndex = Map<string, string>;

export function readMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  // Not only <head>: a stray tag in the head makes parsers move the rest of it into <body>.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

/** document position: a before b. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
