/**
 * One page of records in the order of an index read from its end (newest first), in a few requests
 * whatever the page size: a key cursor finds the page's first and last entries, one getAll reads
 * the records between them. A value cursor would cost one round trip per record (≈ 1–2 ms each in
 * Chromium: 100 rows took ~150 ms at 10 000 articles).
 */
import type { IDBPIndex } from 'idb';

// Any index of any store, read-only or not: only its cursors and getAll are used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyIndex<V> = Pick<IDBPIndex<any, any, any, any, any>, 'openKeyCursor' | 'getAll'> & { objectStore: { keyPath: unknown } };

export async function newestPage<V>(index: AnyIndex<V>, offset: number, limit: number): Promise<V[]> {
  if (limit <= 0) return [];
  if (!Number.isFinite(limit)) return ((await index.getAll()) as V[]).reverse().slice(offset);
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  if (!cursor) return [];
  const high = { key: cursor.key, primaryKey: cursor.primaryKey };
  let low = high;
  if (limit > 1) {
    const last = await cursor.advance(limit - 1);
    // Fewer entries left than the page holds: the page runs to the oldest.
    low = last ? { key: last.key, primaryKey: last.primaryKey } : { key: undefined, primaryKey: undefined };
  }
  const range = low.key === undefined ? IDBKeyRange.upperBound(high.key) : IDBKeyRange.bound(low.key, high.key);
  // Ascending by index key, equal keys by primary key: the reverse is exactly the 'prev' order.
  const records = ((await index.getAll(range)) as V[]).reverse();
  // Entries sharing the boundary keys but outside the page are cut off by their primary keys.
  const pk = primaryKeyOf(index.objectStore.keyPath);
  const start = records.findIndex((r) => indexedDB.cmp(pk(r), high.primaryKey) === 0);
  const end = low.key === undefined ? records.length : records.findIndex((r) => indexedDB.cmp(pk(r), low.primaryKey) === 0) + 1;
  return records.slice(Math.max(start, 0), end > 0 ? end : records.length);
}

function primaryKeyOf(keyPath: unknown): (record: unknown) => IDBValidKey {
  if (typeof keyPath !== 'string') throw new Error('newestPage: the store needs a single key path');
  return (record) => (record as Record<string, IDBValidKey>)[keyPath];
}
