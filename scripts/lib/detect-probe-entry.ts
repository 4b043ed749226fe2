import { detectArticle } from '../../utils/article/detect';
import { runAdapters } from '../../utils/article/adapters';
import { analyzeStructured } from '../../utils/article/structured';
import { analyzeText } from '../../utils/article/heuristic';
import { readMetadata } from '../../utils/article/metadata';
import { findExcludes } from '../../utils/article/exclude';
import { readMeta } from '../../utils/article/text';
import { siteForPage } from '../../utils/article/sites';
(globalThis as any).probe = () => {
  const T = (n: string, f: () => unknown) => { const t = performance.now(); const r = f(); return [n, +(performance.now() - t).toFixed(2), r] as const; };
  const url = location.href; const doc = document;
  const site = siteForPage(doc, url);
  const out: unknown[] = [];
  // Cold first: the content script runs detectArticle once on a fresh page.
  out.push(T('detect', () => detectArticle(doc, url).isArticle));
  out.push(T('detect2', () => detectArticle(doc, url).isArticle));
  const meta = readMeta(doc);
  out.push(T('runAdapters', () => !!runAdapters(doc, site)));
  out.push(T('structured', () => analyzeStructured(doc, meta).score));
  out.push(T('text', () => analyzeText(doc).verdict));
  const hit = runAdapters(doc, site);
  const structured = analyzeStructured(doc, meta);
  out.push(T('readMetadata', () => !!readMetadata(doc, { hit, structured, site, main: hit?.body, meta } as any)));
  out.push(['hit', !!hit]); if (hit) out.push(T('findExcludes', () => findExcludes(hit.body, []).length));
  const d = detectArticle(doc, url);
  out.push(['result', JSON.stringify({ ...d, bodies: d.bodies.length, exclude: d.exclude.length })]);
  return out;
};
