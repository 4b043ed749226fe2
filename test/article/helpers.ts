/** Shared by the article-detection tests: parsing pages and reading what would be scanned. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { ArticleDetection } from '../../utils/article';

export const FIXTURES = path.resolve(__dirname, '../fixtures/sites');
/** Real saved pages; they live beside the repository and are never copied into it. */
export const SAVED_PAGES = path.resolve(__dirname, '../../../shared/data/pages');

// Scripts in saved pages must not run: a parser-only window.
const window = new Window({
  url: 'https://example.invalid/',
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function loadFixture(name: string): Document {
  return parseHtml(fixtureHtml(name));
}

export function savedHtml(name: string): string {
  return readFileSync(path.join(SAVED_PAGES, name), 'utf8');
}

export function loadSaved(name: string): Document {
  return parseHtml(savedHtml(name));
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text a scanner would see: bodies, minus excluded elements, scripts and styles. */
export function scannedText(d: ArticleDetection): string {
  const parts: string[] = [];
  for (const body of d.bodies) {
    const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && SKIP.has(parent.tagName)) continue;
      if (d.exclude.some((ex) => ex.contains(n))) continue;
      parts.push(n.nodeValue ?? '');
    }
  }
  return parts.join(' ').normalize('NFC').replace(/\s+/g, ' ');
}

/** Every element of `inner` is inside one of `outer` (or is one). */
export function allInside(inner: Element[], outer: Element[]): boolean {
  return inner.every((el) => outer.some((o) => o === el || o.contains(el)));
}
