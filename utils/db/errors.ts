/**
 * Every storage failure reaches callers as a LibraryError with a `kind` the UI translates; the
 * English message is for logs. Kinds:
 *   quota   — the browser refused the data for lack of space;
 *   write   — any other failure of a read or write (the transaction was rolled back);
 *   blocked — the database could not be opened or upgraded because another tab holds it open;
 *   version — the database is newer than this code, could not be upgraded, or this connection was
 *             closed so a newer version could upgrade it (reload the page).
 */
export type LibraryErrorKind = 'quota' | 'write' | 'blocked' | 'version';

const MESSAGES: Record<LibraryErrorKind, string> = {
  quota: 'Not enough storage space to save to the library',
  write: 'The library could not complete the operation; nothing was changed',
  blocked: 'The library is held open by another tab of an older version; close it and retry',
  version: 'The library database version does not match this version of the extension',
};

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(readonly kind: LibraryErrorKind, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[kind]}: ${detail}` : MESSAGES[kind], options);
  }
}

function describe(e: unknown): { name: string; message: string; code?: number } {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; message?: unknown; code?: unknown };
    return { name: String(o.name ?? ''), message: String(o.message ?? ''), code: typeof o.code === 'number' ? o.code : undefined };
  }
  return { name: '', message: String(e) };
}

/** Classify any error thrown by IndexedDB (or idb) as a LibraryError. */
export function toLibraryError(e: unknown, fallback: 'write' | 'version' = 'write'): LibraryError {
  if (e instanceof LibraryError) return e;
  const { name, message, code } = describe(e);
  const detail = [name, message].filter(Boolean).join(': ');
  // Firefox before 2020 named it NS_ERROR_DOM_QUOTA_REACHED; legacy code 22 is QUOTA_EXCEEDED_ERR.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) {
    return new LibraryError('quota', detail, { cause: e });
  }
  if (name === 'VersionError') return new LibraryError('version', detail, { cause: e });
  return new LibraryError(fallback, detail, { cause: e });
}
