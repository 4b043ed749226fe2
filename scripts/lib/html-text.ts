/** Readable text of an HTML file for the CLI (Node only): blocks become line breaks. */
import { Window } from 'happy-dom';

export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(s) || /<(?:p|div|article|body)[\s>]/i.test(s.slice(0, 5000));
}

const BLOCK = new Set(['P', 'DIV', 'ARTICLE', 'SECTION', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'BR', 'HEADER', 'FOOTER', 'FIGCAPTION', 'TD', 'TH', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

export async function htmlToText(html: string): Promise<string> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const doc = window.document;
    doc.write(html);
    const parts: string[] = [];
    const walk = (node: any) => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) parts.push(n.textContent.replace(/\s+/g, ' '));
        else if (n.nodeType === 1 && !SKIP.has(n.tagName)) {
          const block = BLOCK.has(n.tagName);
          if (block) parts.push('\n');
          walk(n);
          if (block) parts.push('\n');
        }
      }
    };
    walk(doc.body ?? doc.documentElement);
    return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').replace(/ {2,}/g, ' ').trim();
  } finally {
    await window.happyDOM.close();
  }
}
