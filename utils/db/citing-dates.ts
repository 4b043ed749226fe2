/**
 * "Trích gần nhất": when a document was last cited is the date of the newest article citing it (the
 * day the paper printed it), not the day the reader saved that article. Read from the indexes' keys
 * only (no article text, no sentences), so it stays cheap on a library of thousands of articles.
 */
import type { Library } from './library';

/** Per document id: the publication date (else save date) of the newest saved article citing it. */
export function latestCitingDates(lib: Library): Promise<Map<string, string>> {
  return lib.transaction('readonly', async (tx) => {
    const published = new Map<string, string>();
    for (let c = await tx.objectStore('articles').index('byPublished').openKeyCursor(); c; c = await c.continue()) {
      if (/^\d{4}-\d{2}-\d{2}/.test(String(c.key))) published.set(c.primaryKey, String(c.key)); // a date, not "Thứ Hai"
    }
    const saved = new Map<string, string>();
    for (let c = await tx.objectStore('articles').index('bySavedAt').openKeyCursor(); c; c = await c.continue()) {
      saved.set(c.primaryKey, String(c.key));
    }
    const out = new Map<string, string>();
    for (let c = await tx.objectStore('citations').index('byDocument').openKeyCursor(); c; c = await c.continue()) {
      const docId = String(c.key);
      // A citation's id is `${articleUrl}|${docId}` (citationIdOf).
      const url = c.primaryKey.slice(0, c.primaryKey.length - docId.length - 1);
      const date = (published.get(url) ?? saved.get(url))?.slice(0, 10);
      if (date && date > (out.get(docId) ?? '')) out.set(docId, date);
    }
    return out;
  });
}
