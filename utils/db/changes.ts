/**
 * The log of the library's writes that the persisted search index follows (schema version 4).
 * Every readwrite transaction over articles, documents or citations says what it changed through a
 * ChangeLog, and Library writes the log's row in that same transaction: a write either happens with
 * its row or not at all. A write that says nothing is logged as `all` — the index is rebuilt rather
 * than left stale.
 */
import type { IDBPTransaction } from 'idb';
import type { ChangeRecord, LibrarySchema, PrunedRecord, SearchSnapshotRecord } from './schema';

/** What the index needs to catch up: the snapshot (when asked for), the log after `after`, and where it ends. */
export interface SearchState {
  snapshot: SearchSnapshotRecord | null;
  /** Rows with seq > after (or > the snapshot's seq when `after` is not given), in order. */
  changes: ChangeRecord[];
  /** The last change logged so far (0: none ever). */
  last: number;
  /** Rows up to this seq are gone from the log: an index older than it must reload the snapshot. */
  pruned: number;
}

type StateTx = IDBPTransaction<LibrarySchema, ('snapshots' | 'changes')[], 'readonly'>;

/** In `tx`: the state after change `after`, or from the snapshot's change. */
export async function readSearchState(tx: StateTx, after: number | undefined): Promise<SearchState> {
  const snapshots = tx.objectStore('snapshots'), log = tx.objectStore('changes');
  // Asked for together: the reads run as one batch.
  const [snap, prunedRec, cursor] = await Promise.all([
    after === undefined ? snapshots.get('search') : undefined, snapshots.get('pruned'), log.openKeyCursor(null, 'prev'),
  ]);
  const snapshot = snap?.id === 'search' ? snap : null;
  const changes = await log.getAll(IDBKeyRange.lowerBound(after ?? snapshot?.seq ?? 0, true));
  const pruned = prunedRec?.seq ?? 0;
  // With no row left after the last prune, the log ends where the prune did.
  return { snapshot, changes, last: Math.max(cursor?.key ?? 0, pruned), pruned };
}

/** Log rows up to `seq` are gone (never moves back). */
async function markPruned(tx: LogTx, seq: number): Promise<void> {
  const snapshots = tx.objectStore('snapshots');
  const pruned = (await snapshots.get('pruned')) as PrunedRecord | undefined;
  if (!pruned || pruned.seq < seq) await snapshots.put({ id: 'pruned', seq });
}

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
  await markPruned(tx, key);
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
export async function writeSearchSnapshot(tx: LogTx, next: SearchSnapshotRecord, replace = false): Promise<boolean> {
  const snapshots = tx.objectStore('snapshots');
  const current = await snapshots.get('search');
  if (!replace && current && current.id === 'search' && current.seq >= next.seq && current.format === next.format) return false;
  await snapshots.put(next);
  const upTo = next.seq - LOG_TAIL;
  if (upTo > 0) {
    await tx.objectStore('changes').delete(IDBKeyRange.upperBound(upTo));
    await markPruned(tx, upTo);
  }
  return true;
}
