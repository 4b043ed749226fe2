/**
 * Reads every ld+json block of a page. Sites ship arrays, @graph, array @type and JSON that
 * JSON.parse rejects (raw newlines in strings, trailing commas); a block that still fails is
 * skipped, never fatal.
 */

export type JsonObject = Record<string, unknown>;

export interface LdNode {
  types: string[];
  node: JsonObject;
}

export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'ScholarlyArticle', 'Report',
]);

/** Page types that, without any Article node, mean "not one article". */
export const LISTING_TYPES = new Set(['WebPage', 'CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);

const MAX_BLOCK = 200_000;

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" both occur.
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Top-level nodes only (and @graph members): teasers nested in an ItemList are not the page. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  const push = (x: unknown) => {
    if (!isObject(x)) return;
    const types = typesOf(x);
    if (types.length) out.push({ types, node: x });
    if (Array.isArray(x['@graph'])) for (const g of x['@graph']) if (isObject(g)) push(g);
  };
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_BLOCK) continue;
    const data = parseLenient(text);
    for (const item of Array.isArray(data) ? data : [data]) push(item);
  }
  return out;
}

/** The page's Article node: a top-level one, or a WebPage's mainEntity that is an Article. */
export function articleNode(nodes: LdNode[]): JsonObject | undefined {
  for (const n of nodes) if (n.types.some((t) => ARTICLE_TYPES.has(t))) return n.node;
  for (const n of nodes) {
    const main = n.node['mainEntity'];
    if (isObject(main) && typesOf(main).some((t) => ARTICLE_TYPES.has(t))) return main;
  }
  return undefined;
}

export function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return str(x[0]);
  return undefined;
}

/** Person names from an author field; organisations and URLs are not bylines. */
export function personNames(author: unknown): string[] {
  const list = Array.isArray(author) ? author : [author];
  const names: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') names.push(a);
    else if (isObject(a) && !typesOf(a).some((t) => /Organization$/.test(t))) {
      const name = str(a['name']);
      if (name) names.push(name);
    }
  }
  return names.map((s) => s.trim()).filter((s) => s && !/^https?:\/\//i.test(s));
}
