import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { createV1, DB_VERSION, LibraryError, openLibrary, toLibraryError, type SchemaV1 } from '../../utils/db';
import { article, cite, dump, freshLibrary, freshName, ref, track } from './helpers';

const A = 'https://nhandan.vn/a';
const B = 'https://tuoitre.vn/b';

/** Make IDBObjectStore.put throw `error` on its `n`th call from now (1-based); other calls go through. */
function failPut(n: number, error: () => unknown) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === n) throw error();
    return original.apply(this, args);
  });
}

async function rejection(p: Promise<unknown>): Promise<LibraryError> {
  const e = await p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e);
  expect(e).toBeInstanceOf(LibraryError);
  return e as LibraryError;
}

describe('write failures', () => {
  it('quota exceeded mid-save: LibraryError kind quota, and the saved article is left exactly as it was', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const before = await dump(name);

    // Re-save with new content: the article put (1) and the first document put (2) succeed, the third put fails.
    failPut(3, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await rejection(lib.saveArticle({
      article: article(A, { title: 'Changed', text: 'Changed' }),
      documents: [cite(ref('18-NQ/TW', { term: 'XII', title: 'về tinh gọn' })), cite(ref('57-NQ/TW', { term: 'XIII' }))],
    }));
    expect(err.kind).toBe('quota');
    expect(err.message).toMatch(/storage space/);
    expect(err.cause).toBeInstanceOf(DOMException);
    vi.restoreAllMocks();

    expect(await dump(name)).toEqual(before);
    expect((await lib.getArticle(A))!.title).toBe(`Title of ${A}`);
    // The library still works after the failure.
    expect((await lib.saveArticle({ article: article(B), documents: [] })).status).toBe('created');
  });

  it('a new article whose save fails leaves no trace', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const before = await dump(name);
    failPut(2, () => new DOMException('Could not clone', 'DataCloneError'));
    const err = await rejection(lib.saveArticle({ article: article(B), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] }));
    expect(err.kind).toBe('write');
    expect(err.message).toMatch(/DataCloneError/);
    vi.restoreAllMocks();
    expect(await dump(name)).toEqual(before);
    expect(await lib.savedStatus(B)).toBeNull();
  });

  it('a request failing asynchronously aborts the transaction: kind write, nothing changed', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    await lib.saveArticle({ article: article(A), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    const before = await dump(name);
    // `add` of an existing key fails with a ConstraintError request error, not a synchronous throw.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown) {
      return this.add(value);
    });
    const err = await rejection(lib.saveArticle({ article: article(A, { title: 'Changed' }), documents: [] }));
    expect(err.kind).toBe('write');
    expect(err.message).toMatch(/ConstraintError/);
    vi.restoreAllMocks();
    expect(await dump(name)).toEqual(before);
  });
});

describe('opening', () => {
  it('a database newer than this code: kind version', async () => {
    const name = freshName();
    (await openDB(name, 7)).close();
    expect((await rejection(openLibrary(name))).kind).toBe('version');
  });

  it('an older connection that will not close blocks the upgrade: kind blocked; the connection is not leaked', async () => {
    const name = freshName();
    const old = await openDB<SchemaV1>(name, 1, { upgrade: createV1 }); // ignores versionchange
    expect((await rejection(openLibrary(name))).kind).toBe('blocked');
    old.close(); // the pending open now upgrades and closes itself
    const lib = await openLibrary(name); // queued after it, so it has finished
    expect(await lib.listArticles()).toEqual([]);
    lib.close();
    // No connection is left open: a newer version opens without being blocked.
    let blocked = false;
    const newer = await openDB(name, DB_VERSION + 1, { blocked: () => { blocked = true; } });
    newer.close();
    expect(blocked).toBe(false);
  });

  it('a newer version opening elsewhere closes this connection; later calls fail with kind version', async () => {
    const name = freshName();
    const lib = await freshLibrary(name);
    const newer = await openDB(name, DB_VERSION + 1); // would be blocked if the library held on
    newer.close();
    expect(lib.isClosed).toBe(true);
    const err = await rejection(lib.savedStatus(A));
    expect(err.kind).toBe('version');
  });
});

describe('toLibraryError', () => {
  it('classifies errors by name and legacy code', () => {
    expect(toLibraryError(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    expect(toLibraryError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).kind).toBe('quota');
    expect(toLibraryError({ name: 'Error', code: 22 }).kind).toBe('quota');
    expect(toLibraryError(new DOMException('x', 'VersionError')).kind).toBe('version');
    expect(toLibraryError(new DOMException('x', 'AbortError'), 'version').kind).toBe('version');
    expect(toLibraryError('weird').kind).toBe('write');
    const e = new LibraryError('blocked');
    expect(toLibraryError(e)).toBe(e);
    expect(e.name).toBe('LibraryError');
    expect(e.message).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđ]/);
  });
});
