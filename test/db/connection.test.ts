import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { createV1, DB_VERSION, LibraryConnection, LibraryError, openLibrary, within, type SchemaV1 } from '../../utils/db';
import { freshName } from './helpers';

async function kindOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => 'resolved', (err: unknown) => err);
  return e instanceof LibraryError ? e.kind : String(e);
}

describe('LibraryConnection: a blocked upgrade never piles up opens or hangs callers', () => {
  it('tells callers "blocked" at once, keeps one open queued, and serves the library once the old tab lets go', async () => {
    const name = freshName();
    const old = await openDB<SchemaV1>(name, 1, { upgrade: createV1 }); // an old tab that ignores versionchange
    const opener = vi.fn(openLibrary);
    const connection = new LibraryConnection(name, opener);
    expect(await kindOf(connection.get())).toBe('blocked');
    expect(connection.isBlocked).toBe(true);
    // Later calls are told at once, without queueing another open behind the first.
    expect(await kindOf(connection.get())).toBe('blocked');
    expect(await kindOf(connection.get())).toBe('blocked');
    expect(opener).toHaveBeenCalledTimes(1);
    old.close(); // the reader closes the old tab: the queued open upgrades and completes
    await vi.waitFor(() => expect(connection.isBlocked).toBe(false));
    const lib = await connection.get();
    expect(await lib.listArticles()).toEqual([]);
    expect(opener).toHaveBeenCalledTimes(1);
    connection.close();
  });

  it('reopens after a newer version made the connection close itself', async () => {
    const name = freshName();
    const connection = new LibraryConnection(name);
    const first = await connection.get();
    (await openDB(name, DB_VERSION + 1)).close(); // a newer version elsewhere; the library steps aside
    expect(first.isClosed).toBe(true);
    // The newer database cannot be opened by this code: a typed error, not a hang.
    expect(await kindOf(connection.get())).toBe('version');
  });
});

describe('within', () => {
  it('gives the fallback after the bound, the value before it, and passes failures on', async () => {
    vi.useFakeTimers();
    try {
      const slow = new Promise((r) => setTimeout(() => r('late'), 1000));
      const bounded = within(slow, 300, 'fallback');
      await vi.advanceTimersByTimeAsync(300);
      expect(await bounded).toBe('fallback');
      expect(await within(Promise.resolve('now'), 300, 'fallback')).toBe('now');
      await expect(within(Promise.reject(new Error('broken')), 300, 'fallback')).rejects.toThrow('broken');
    } finally {
      vi.useRealTimers();
    }
  });
});
