/**
 * The log of the library's writes that the persisted search index follows (schema version 4).
 * Every readwrite transaction over articles, documents or citations says what it changed through a
 * ChangeLog, and Library writes the log's row in that same transaction: a write either happens with
 * its row or not at all. A write that says nothing is logged as `all` — the index is rebuilt rather
 * than left stale.
 */
import type { IDBPTransaction } from 'idb';
import type { ChangeRecord, LibrarySchema, PrunedRecord, SearchSnapshotRecord } from './schema';

export { readSearchState, type SearchState } from './search-state';

/** Beyond this many articles in one write (an import), re-reading them all is as cheap as a rebuild. */
export const MAX_LOGGED_URLS = 2000;

export class ChangeLog {
  private readonly urls = new Set<string>();
  private docs = false;
  private said = false;
  private unknown = false;

  /** This article's record or its citations changed (saved, deleted, restored, moved). */
  article(url: string): void {
    this.urls.add(url);
    this.said = true;
  }

  /** Documents' facts or ids changed. */
  documents(): void {
    this.docs = true;
    this.said = true;
  }

  /** Records were rewritten in ways not worth listing: the index is rebuilt. */
  everything(): void {
    this.unknown = true;
  }

  /** Nothing the index reads changed. */
  none(): void {
    this.said = true;
  }

  /** The row to log, or null when there is nothing to say. */
  row(): ChangeRecord | null {
    if (!this.said || this.unknown || this.urls.size > MAX_LOGGED_URLS) return { all: true };
    if (!this.urls.size && !this.docs) return null;
    const row: ChangeRecord = {};
    if (this.urls.size) row.urls = [...this.urls];
    if (this.docs) row.docs = true;
    return row;
  }
}

export const LOG_LIMITS = {
  /** Every this many rows, the log is checked against the stored index (logChange). */
  checkEvery: 1000,
  /** A stored index this many changes behind is dropped with its log: rebuilding is then cheaper. */
  maxBehind: 5000,
};

export type LogTx = IDBPTransaction<LibrarySchema, ['changes', 'snapshots'], 'readwrite'>;

/**
 * Add `row` to the log, in the writer's transaction. The log only grows while no options page is
 * open, and is useful only behind a stored index: with none, the rows are dropped; with one far
 * behind, the index and its rows are (the next visit rebuilds). Checked every LOG_LIMITS.checkEvery rows.
 */
export async function logChange(tx: LogTx, row: ChangeRecord): Promise<void> {
  const key = await tx.objectStore('changes').add(row);
  if (key % LOG_LIMITS.checkEvery !== 0) return;
  const snapshots = tx.objectStore('snapshots');
  const snap = await snapshots.get('search');
  const behind = snap?.id === 'search' ? key - snap.seq : Infinity;
  if (behind <= LOG_LIMITS.maxBehind) return;
  if (snap) await snapshots.delete('search');
  await tx.objectStore('changes').delete(IDBKeyRange.upperBound(key));
  await snapshots.put({ id: 'pruned', seq: key });
}

/**
 * Log rows kept behind a stored snapshot: a page open in another tab, a little behind, catches up
 * from them instead of reloading the whole snapshot.
 */
export const LOG_TAIL = 500;

/**
 * Keep `next` unless a snapshot of this change or a later one is already there (another page wrote
 * it; `replace`: the one there did not fit and goes regardless); drop the log rows older than
 * LOG_TAIL before it. Returns whether it was written.
 */
export async function writeSearchSnapshot(tx: IDBPTransaction<LibrarySchema, ['snapshots', 'changes'], 'readwrite'>, next: SearchSnapshotRecord, replace = false): Promise<boolean> {
  const snapshots = tx.objectStore('snapshots');
  const current = await snapshots.get('search');
  if (!replace && current && current.id === 'search' && current.seq >= next.seq && current.format === next.format) return false;
  await snapshots.put(next);
  const upTo = next.seq - LOG_TAIL;
  if (upTo > 0) {
    await tx.objectStore('changes').delete(IDBKeyRange.upperBound(upTo));
    const pruned = (await snapshots.get('pruned')) as PrunedRecord | undefined;
    if (!pruned || pruned.seq < upTo) await snapshots.put({ id: 'pruned', seq: upTo });
  }
  return true;
}
