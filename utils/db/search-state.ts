/**
 * Reading what the persisted search index needs (its snapshot, the log of changes since; ./changes.ts
 * says what the stores hold), every request issued before the first answer so they run as one batch.
 */
import type { ChangeRecord, PrunedRecord, SearchSnapshotRecord } from './schema';

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

const done = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});

/** In `tx` (over snapshots and changes): the state after change `after`, or from the snapshot's change. */
export async function readSearchState(tx: IDBTransaction, after: number | undefined): Promise<SearchState> {
  const snapshots = tx.objectStore('snapshots'), changesStore = tx.objectStore('changes');
  // Every request is made before the first answer: the store reads run as one batch.
  const snapRead = after === undefined ? done<SearchSnapshotRecord | PrunedRecord | undefined>(snapshots.get('search')) : Promise.resolve(undefined);
  const prunedRead = done<PrunedRecord | undefined>(snapshots.get('pruned'));
  const lastRead = done(changesStore.openKeyCursor(null, 'prev'));
  const snap = await snapRead;
  const snapshot = snap && snap.id === 'search' ? snap : null;
  const from = after ?? snapshot?.seq ?? 0;
  const changes = await done<ChangeRecord[]>(changesStore.getAll(IDBKeyRange.lowerBound(from, true)));
  const pruned = (await prunedRead)?.seq ?? 0;
  const lastKey = (await lastRead)?.key as number | undefined;
  // With no row left after the last prune, the log ends where the prune did.
  return { snapshot, changes, last: Math.max(lastKey ?? 0, pruned), pruned };
}
