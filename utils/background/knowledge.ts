/**
 * What the library learned from saved articles enriches every later page (card, popup) — but the
 * page's highlights never wait on the library for long (an import holding the database, an
 * upgrade blocked by another tab): past the bound the page gets the engine's result alone.
 */
import { within, type Library } from '../db';
import type { ExtractResult } from '../refs/types';
import { applyKnowledge } from '../library/precedence';

/** How long highlighting may wait for what the library knows (it is usually ready in a few ms). */
export const KNOWLEDGE_WAIT_MS = 300;

export async function withKnowledge(
  result: ExtractResult,
  library: () => Promise<Pick<Library, 'knowledge'>>,
  waitMs = KNOWLEDGE_WAIT_MS,
): Promise<ExtractResult> {
  try {
    const known = await within(library().then((l) => l.knowledge(result.documents.map((d) => d.key))), waitMs, null);
    if (!known) {
      console.warn(`VanKien: library knowledge not ready within ${waitMs} ms; highlighting without it`);
      return result;
    }
    // Per field, the stronger source wins and a disagreeing weaker one is kept beside it.
    for (const d of result.documents) applyKnowledge(d, known.get(d.key) ?? []);
  } catch (e) {
    // The library is unavailable: the page still gets the engine's result.
    console.warn('VanKien: library knowledge unavailable', e);
  }
  return result;
}
