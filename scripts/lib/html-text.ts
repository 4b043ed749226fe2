/**
 * Readable text of an HTML file for the CLI (Node only): blocks become line breaks. An article page
 * is reduced as the content script reduces it: through article detection (utils/article), to the
 * article's body without its related boxes, ads and share bars, so a sidebar's or a footer's
 * references are not the article's.
 */
import { Window } from 'happy-dom';
import { detectArticle, type ArticleDetection } from '../../utils/article';

export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(s) || /<(?:p|div|article|body)[\s>]/i.test(s.slice(0, 5000));
}

const BLOCK = new Set(['P', 'DIV', 'ARTICLE', 'SECTION', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'BR', 'HEADER', 'FOOTER', 'FIGCAPTION', 'TD', 'TH', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The text under `roots`, leaving out `exclude` (and scripts, styles …). */
function textOf(roots: Node[], exclude: ReadonlySet<Node> = new Set()): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push((n.textContent ?? '').replace(/\s+/g, ' '));
      else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName) && !exclude.has(n)) {
        const block = BLOCK.has((n as Element).tagName);
        if (block) parts.push('\n');
        walk(n);
        if (block) parts.push('\n');
      }
    }
  };
  for (const r of roots) { parts.push('\n'); walk(r); }
  return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').replace(/ {2,}/g, ' ').trim();
}

async function withDocument<T>(html: string, url: string, fn: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    return fn(doc);
  } finally {
    await window.happyDOM.close();
  }
}

/** The whole page's readable text. */
export function htmlToText(html: string): Promise<string> {
  return withDocument(html, 'http://localhost/', (doc) => textOf([doc.body ?? doc.documentElement]));
}

/** Where the page says it lives: link[rel=canonical], else og:url. */
export function pageUrlOf(html: string): string | undefined {
  const canonical = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const og = /<meta\b[^>]*\bproperty=["']?og:url["']?[^>]*>/i.exec(html)?.[0];
  const href = canonical && /\bhref=["']([^"']+)["']/i.exec(canonical)?.[1];
  const content = og && /\bcontent=["']([^"']+)["']/i.exec(og)?.[1];
  for (const u of [href, content]) {
    if (u && /^https?:\/\//i.test(u)) return u;
  }
  return undefined;
}

export interface PageText {
  /** The article's text, or '' when the page is not an article. */
  text: string;
  detection: Omit<ArticleDetection, 'bodies' | 'exclude'>;
}

/** Article detection as the content script runs it, then the text of what it would scan. */
export function articleText(html: string, url: string): Promise<PageText> {
  return withDocument(html, url, (doc) => {
    const d = detectArticle(doc, url);
    const { bodies, exclude, ...detection } = d;
    return { text: d.isArticle ? textOf(bodies, new Set(exclude)) : '', detection };
  });
}
