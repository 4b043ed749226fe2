import { detectArticle } from '../../utils/article';
import { runAdapters } from '../../utils/article/adapters';
import { analyzeStructured } from '../../utils/article/structured';
import { analyzeText } from '../../utils/article/heuristic';
import { readMetadata } from '../../utils/article/metadata';
import { findExcludes } from '../../utils/article/exclude';
import { readMeta } from '../../utils/article/text';
import { siteForPage } from '../../utils/article/sites';

const T = (n: string, f: () => unknown) => { const t = performance.now(); const r = f(); return [n, +(performance.now() - t).toFixed(3), r] as const; };

/** Each layer alone, then detectArticle twice (the layers' code is already compiled by then). */
(globalThis as any).probe = () => {
  const url = location.href; const doc = document;
  const site = siteForPage(doc, url);
  const out: unknown[] = [];
  const meta = readMeta(doc);
  out.push(T('runAdapters', () => !!runAdapters(doc, site)));
  out.push(T('structured', () => analyzeStructured(doc, meta).score));
  out.push(T('text', () => analyzeText(doc).verdict));
  const hit = runAdapters(doc, site);
  // Times analyzeStructured too, as it always did.
  out.push(T('readMetadata', () => !!readMetadata(doc, { hit, structured: analyzeStructured(doc, meta), site, main: hit?.body, meta } as any)));
  out.push(['hit', !!hit]); if (hit) out.push(T('findExcludes', () => findExcludes(hit.body, []).length));
  out.push(T('detect', () => detectArticle(doc, url).isArticle));
  out.push(T('detect2', () => detectArticle(doc, url).isArticle));
  return out;
};

/** detectArticle first, as the content script runs it once on a fresh page: no code compiled yet. */
(globalThis as any).probeCold = () => {
  const url = location.href; const doc = document;
  const out: unknown[] = [];
  out.push(T('detect', () => detectArticle(doc, url).isArticle));
  out.push(T('detect2', () => detectArticle(doc, url).isArticle));
  const d = detectArticle(doc, url);
  out.push(['result', JSON.stringify({ ...d, bodies: d.bodies.length, exclude: d.exclude.length })]);
  return out;
};
