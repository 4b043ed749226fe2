/**
 * Extraction that keeps the page responsive: an ordinary article goes through the engine in one
 * call (a few ms); a huge page is cut at paragraph breaks into segments extracted one task at a
 * time, then merged, with short forms re-keyed from documents other segments established.
 */
import { extractReferences, formatKey, parseKey, type ExtractOptions, type ExtractResult, type RefDocument } from '../refs';
import { enrichAll } from '../refs/catalog';

export const SEGMENT_CHARS = 120_000;

export async function extractSegmented(
  text: string,
  options: ExtractOptions,
  yieldFn: () => Promise<void>,
  signal?: AbortSignal,
): Promise<ExtractResult> {
  if (text.length <= SEGMENT_CHARS) return extractReferences(text, options);
  const result: ExtractResult = { documents: [], mentions: [] };
  const byKey = new Map<string, number>();
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + SEGMENT_CHARS);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from + SEGMENT_CHARS / 2) to = nl + 1;
    }
    // The catalog comes last, once the segments' facts are merged: a term one segment prints
    // settles which catalog entry a bare citation in another segment is.
    const part = extractReferences(text.slice(from, to), { ...options, catalog: false });
    for (const m of part.mentions) {
      const doc = part.documents[m.doc];
      const id = doc.locality ? `${doc.key}|${doc.locality}` : doc.key;
      let di = byKey.get(id);
      if (di === undefined) {
        di = result.documents.push({ ...doc, mentions: [] }) - 1;
        byKey.set(id, di);
      } else fillMissing(result.documents[di], doc);
      result.documents[di].mentions.push(result.mentions.push({ ...m, start: m.start + from, end: m.end + from, doc: di }) - 1);
    }
    from = to;
    await yieldFn();
    if (signal?.aborted) break;
  }
  rekeyShortForms(result);
  if (options.catalog !== false) enrichAll(result, text, options.articleDate);
  return result;
}

function fillMissing(into: RefDocument, from: RefDocument): void {
  for (const f of ['body', 'term', 'date', 'title', 'locality'] as const) {
    if (!into[f] && from[f]) {
      into[f] = from[f];
      into.sources[f] = from.sources[f];
    }
  }
}

/** "57-NQ" from one segment is "57-NQ/TW" when another segment settled that, and only that. */
function rekeyShortForms(result: ExtractResult): void {
  const settled = new Map<string, number[]>();
  result.documents.forEach((d, i) => {
    const k = parseKey(d.key);
    if (k?.kind !== 'party' || !k.issuer) return;
    const short = formatKey({ kind: 'party', number: k.number, code: k.code });
    settled.set(short, [...(settled.get(short) ?? []), i]);
  });
  const drop = new Set<number>();
  result.documents.forEach((d, i) => {
    const target = settled.get(d.key);
    if (!target || target.length !== 1) return;
    const into = result.documents[target[0]];
    for (const mi of d.mentions) {
      result.mentions[mi].key = into.key;
      result.mentions[mi].doc = target[0];
      into.mentions.push(mi);
    }
    drop.add(i);
  });
  if (!drop.size) return;
  const remap = new Map<number, number>();
  const kept = result.documents.filter((_, i) => !drop.has(i));
  result.documents.forEach((d, i) => { if (!drop.has(i)) remap.set(i, kept.indexOf(d)); });
  result.documents = kept;
  for (const m of result.mentions) m.doc = remap.get(m.doc)!;
  for (const d of kept) d.mentions.sort((a, b) => a - b);
}
