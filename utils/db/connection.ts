/**
 * The background's one connection to the library, opened on first use and reopened after a newer
 * version closed it. Opening never piles up: while an older connection elsewhere blocks the upgrade,
 * callers are told at once ('blocked': close VanKien's other tabs) and the one queued open completes
 * by itself as soon as the blocker goes — the next call then simply gets the library.
 */
import { DB_NAME } from './schema';
import { LibraryError } from './errors';
import { openLibrary, type Library } from './library';

export type Opener = (name: string, onBlocked: () => void) => Promise<Library>;

export class LibraryConnection {
  private current: Library | null = null;
  private pending: Promise<Library> | null = null;
  private blocked = false;
  private waiting = new Set<(e: LibraryError) => void>();

  constructor(private readonly name: string = DB_NAME, private readonly opener: Opener = openLibrary) {}

  /** The open library, or a LibraryError (kind 'blocked' while another connection holds it back). */
  get(): Promise<Library> {
    if (this.current && !this.current.isClosed) return Promise.resolve(this.current);
    this.current = null;
    if (!this.pending) this.open();
    if (this.blocked) return Promise.reject(new LibraryError('blocked'));
    return new Promise<Library>((resolve, reject) => {
      this.waiting.add(reject);
      this.pending!.then(resolve, reject).finally(() => this.waiting.delete(reject));
    });
  }

  /** Whether an open is waiting for another connection to close. */
  get isBlocked(): boolean {
    return this.blocked;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  private open(): void {
    this.blocked = false;
    const pending = this.opener(this.name, () => {
      this.blocked = true;
      for (const reject of this.waiting) reject(new LibraryError('blocked'));
      this.waiting.clear();
    });
    this.pending = pending;
    pending.then(
      (library) => {
        this.current = library;
        this.pending = null;
        this.blocked = false;
      },
      () => {
        // Failed for good (a newer database, a failed upgrade): the next call tries again.
        this.pending = null;
        this.blocked = false;
      },
    );
  }
}

/**
 * `promise`, or `fallback` after `ms` — for work that must not wait on the library without bound
 * (highlighting a page while an import holds the database). A failure in time is passed on; the
 * promise keeps running after the bound and its late result is dropped.
 */
export function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e) => { clearTimeout(timer); reject(e); },
    );
  });
}
