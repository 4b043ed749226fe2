import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newestPage } from '../../utils/db/newest-page';
import { freshName, track } from './helpers';

interface Row { id: string; at: string }

/** A store of rows keyed by id with an index on `at`; many rows share an `at` on purpose. */
async function store(ats: string[]) {
  const db = track(await openDB(freshName(), 1, {
    upgrade(d) { d.createObjectStore('rows', { keyPath: 'id' }).createIndex('byAt', 'at'); },
  }));
  const tx = db.transaction('rows', 'readwrite');
  await Promise.all(ats.map((at, i) => tx.store.put({ id: `r${String(i).padStart(2, '0')}`, at })));
  await tx.done;
  return db;
}

/** What a value cursor from the end gives: the order newestPage must keep. */
async function byCursor(db: Awaited<ReturnType<typeof store>>, offset: number, limit: number): Promise<Row[]> {
  const out: Row[] = [];
  let c = await db.transaction('rows').store.index('byAt').openCursor(null, 'prev');
  if (c && offset) c = await c.advance(offset);
  for (; c && out.length < limit; c = await c.continue()) out.push(c.value as Row);
  return out;
}

const TIES = ['2025-01', '2025-02', '2025-02', '2025-02', '2025-03', '2025-03', '2025-04', '2025-02', '2025-05', '2025-03'];

describe('newestPage', () => {
  const cases: Array<[name: string, ats: string[], offset: number, limit: number]> = [
    ['a page inside distinct keys', ['a', 'b', 'c', 'd', 'e'], 1, 2],
    ['the first page', ['a', 'b', 'c', 'd', 'e'], 0, 3],
    ['a page running past the oldest', ['a', 'b', 'c'], 1, 10],
    ['an offset past the end', ['a', 'b'], 5, 3],
    ['a page of one', TIES, 4, 1],
    ['a page starting inside a run of equal keys', TIES, 2, 3],
    ['a page ending inside a run of equal keys', TIES, 0, 5],
    ['a page inside one run of equal keys', TIES, 6, 2],
    ['every row, one page', TIES, 0, 10],
    ['all keys equal', ['x', 'x', 'x', 'x', 'x'], 1, 3],
    ['no limit', TIES, 3, Infinity],
    ['no rows', [], 0, 5],
  ];
  it.each(cases)('%s: same rows in the same order as a cursor from the end', async (_name, ats, offset, limit) => {
    const db = await store(ats);
    const expected = await byCursor(db, offset, limit);
    const got = await newestPage<Row>(db.transaction('rows').store.index('byAt'), offset, limit);
    expect(got).toEqual(expected);
    expect(got.length).toBe(Math.max(0, Math.min(limit, ats.length - offset)));
  });
  it('a limit of 0 reads nothing', async () => {
    expect(await newestPage((await store(TIES)).transaction('rows').store.index('byAt'), 0, 0)).toEqual([]);
  });
});
