/**
 * Importing a backup into a library that may already hold some of it. The file is checked whole
 * first (./validate.ts); then everything is merged in ONE transaction, so a failed write leaves the
 * library exactly as it was. Merge rules:
 *   articles  — by URL: the version saved last (updatedAt) wins, keeping the earliest first save;
 *   citations — follow their article: an article taken from the file brings its citations and drops
 *               the ones its newer version no longer has; an article kept ignores the file's;
 *   documents — by id, with the library's knowledge rules (mergeRecords): starred if either is.
 *               A document of the file that nothing cites and nobody starred is not brought in.
 */
import { LibraryError, mergeRecords, settleDocuments, splitByProvince, type CitationRecord, type DocumentRecord, type Library } from '../db';
import type { LibraryBackup } from './export';
import { ImportError, parseBackup } from './validate';

export { ImportError, IMPORT_LIMITS, parseBackup, type ImportErrorReason } from './validate';

/** What happened to the file's records: added, replaced or merged (updated), or changing nothing (kept);
 *  `removed`: the library's records that went (citations an updated article dropped, documents left uncited). */
export interface MergeCounts {
  added: number;
  updated: number;
  kept: number;
  removed: number;
}

export interface ImportResult {
  articles: MergeCounts;
  documents: MergeCounts;
  citations: MergeCounts;
}

/** Structural equality of two stored records (key order aside). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) &&
    sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const counts = (): MergeCounts => ({ added: 0, updated: 0, kept: 0, removed: 0 });

/** Merge a checked backup into the library (see the rules above). */
export async function importBackup(library: Library, backup: LibraryBackup): Promise<ImportResult> {
  const result: ImportResult = { articles: counts(), documents: counts(), citations: counts() };
  const incoming = new Map<string, CitationRecord[]>();
  for (const c of backup.citations) {
    const list = incoming.get(c.articleUrl);
    if (list) list.push(c);
    else incoming.set(c.articleUrl, [c]);
  }
  try {
    await library.transaction('readwrite', async (tx, log) => {
      log.documents();
      const articles = tx.objectStore('articles'), documents = tx.objectStore('documents'), citations = tx.objectStore('citations');
      const cited = new Set<string>();
      const touched = new Set<string>();

      for (const a of backup.articles) {
        const mine = incoming.get(a.url) ?? [];
        const local = await articles.get(a.url);
        if (local && a.updatedAt <= local.updatedAt) {
          result.articles.kept++;
          result.citations.kept += mine.length;
          continue;
        }
        await articles.put(local && local.savedAt < a.savedAt ? { ...a, savedAt: local.savedAt } : a);
        log.article(a.url);
        result.articles[local ? 'updated' : 'added']++;
        const before = new Map((local ? await citations.index('byArticle').getAll(a.url) : []).map((c) => [c.id, c]));
        for (const c of mine) {
          const old = before.get(c.id);
          before.delete(c.id);
          cited.add(c.docId);
          if (old && sameRecord(old, c)) { result.citations.kept++; continue; }
          await citations.put(c);
          result.citations[old ? 'updated' : 'added']++;
        }
        for (const old of before.values()) {
          await citations.delete(old.id);
          touched.add(old.docId);
          result.citations.removed++;
        }
      }

      const outcome = new Map<string, 'added' | 'updated' | 'kept'>();
      for (const d of backup.documents) {
        const local = await documents.get(d.id);
        let next: DocumentRecord | null;
        if (local) {
          const merged = mergeRecords(local, d);
          next = sameRecord(local, merged) ? null : merged;
        } else {
          next = d.starred || cited.has(d.id) ? d : null;
        }
        outcome.set(d.id, next ? (local ? 'updated' : 'added') : 'kept');
        if (next) await documents.put(next);
        touched.add(d.id);
      }
      // lastCited from the citations now there; documents nothing cites any more go unless starred.
      const removed = new Set(await settleDocuments(tx, touched));
      // A backup from before organisations were told apart may fold two provinces' documents into one.
      if (backup.version < 2) {
        await splitByProvince(tx as unknown as Parameters<typeof splitByProvince>[0]);
        log.everything();
      }
      for (const [id, o] of outcome) if (!removed.has(id)) result.documents[o]++;
      result.documents.removed = removed.size;
    });
  } catch (e) {
    if (e instanceof LibraryError) throw new ImportError('storage', `the library could not store the import, nothing was changed (${e.message})`, undefined, { cause: e });
    throw e;
  }
  return result;
}

/** Check the backup file `text` whole, then merge it; throws ImportError (nothing changed) on any problem. */
export async function importJson(library: Library, text: string): Promise<ImportResult> {
  return importBackup(library, parseBackup(text));
}
