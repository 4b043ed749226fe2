/**
 * The reader's highlight colours. The default ones are in highlights.css (manifest CSS); other
 * colours go in a constructed stylesheet adopted by the document, which adds no element to the page
 * (its DOM stays as it was). The text colour follows the background's lightness, for contrast.
 */
import { HIGHLIGHT_NAMES, MARK_TAG } from './types';

export interface HighlightColors { party: string; state: string }

const sheets = new WeakMap<Document, CSSStyleSheet>();

function textOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.22 ? '#111111' : '#ffffff';
}

export function colorsCss(c: HighlightColors): string {
  const rule = (sel: string, bg: string) => `${sel} { background-color: ${bg}; color: ${textOn(bg)}; }`;
  return [
    rule(`::highlight(${HIGHLIGHT_NAMES.party})`, c.party), rule(`::highlight(${HIGHLIGHT_NAMES.state})`, c.state),
    rule(`${MARK_TAG}[data-kind="party"]`, c.party), rule(`${MARK_TAG}[data-kind="state"]`, c.state),
  ].join('\n');
}

/** Applies the colours (null: back to the defaults). Returns false where the page cannot adopt sheets. */
export function applyColors(doc: Document, colors: HighlightColors | null): boolean {
  try {
    const current = sheets.get(doc);
    const others = doc.adoptedStyleSheets.filter((s) => s !== current);
    if (!colors) {
      if (current) doc.adoptedStyleSheets = others;
      sheets.delete(doc);
      return true;
    }
    const sheet = current ?? new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(colorsCss(colors));
    sheets.set(doc, sheet);
    doc.adoptedStyleSheets = [...others, sheet];
    return true;
  } catch {
    return false; // an old browser: the default colours stay
  }
}
