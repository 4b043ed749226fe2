import { afterEach } from 'vitest';
import { openDB } from 'idb';
import { openLibrary, type Library, type LibrarySchema, type SaveInput } from '../../utils/db';
import type { CatalogFacts, RefDocument } from '../../utils/refs/types';

const open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A fresh database name per test: fake-indexeddb keeps databases for the whole run. */
export const freshName = () => `vankien-test-${crypto.randomUUID()}`;

/** Track a connection so it is closed after the test. */
export function track<T extends { close(): void }>(c: T): T {
  open.push(c);
  return c;
}

export async function freshLibrary(name = freshName()): Promise<Library> {
  return track(await openLibrary(name));
}

export const CATALOG_57: CatalogFacts = {
  key: '57-NQ/TW', type: 'Nghị quyết', body: 'Bộ Chính trị', term: 'XIII', date: '2024-12-22',
  title: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  source: 'https://apag.edu.vn/?p=47864', confidence: 'high',
};

const TYPE_NAMES: Record<string, string> = { NQ: 'Nghị quyết', KL: 'Kết luận', CT: 'Chỉ thị', QĐ: 'Quy định' };

/** A RefDocument as the engine makes it: `text` and `catalog` give the fields and their sources. */
export function ref(
  key: string,
  text: Partial<Pick<RefDocument, 'body' | 'term' | 'date' | 'title'>> = {},
  catalog?: CatalogFacts,
): RefDocument {
  const m = /^(\d+)-([^/]+)\/(.+)$/.exec(key);
  const doc: RefDocument = {
    key, party: !!m, type: m?.[2] ?? 'NQ', typeName: TYPE_NAMES[m?.[2] ?? 'NQ'] ?? 'Nghị quyết', sources: {}, mentions: [0],
    ...(m ? { number: m[1], issuer: m[3] } : {}),
  };
  for (const [f, v] of Object.entries(text) as Array<['body' | 'term' | 'date' | 'title', string]>) {
    doc[f] = v;
    doc.sources[f] = 'text';
  }
  if (catalog) {
    doc.catalog = catalog;
    for (const f of ['body', 'term', 'date', 'title'] as const) {
      if (!doc[f] && catalog[f]) { doc[f] = catalog[f]!; doc.sources[f] = 'catalog'; }
    }
  }
  return doc;
}

export function article(url: string, extra: Partial<SaveInput['article']> = {}): SaveInput['article'] {
  return { url, title: `Title of ${url}`, site: new URL(url).hostname, text: `Text of ${url}`, ...extra };
}

export function cite(doc: RefDocument, sentences: string[] = [`A sentence citing ${doc.key}.`], mentions = 1) {
  return { doc, sentences, mentions };
}

/** Wait long enough for ISO timestamps to differ. */
export const tick = () => new Promise((r) => setTimeout(r, 3));

/** Everything in the database, read without the library (which must be closed or idle). */
export async function dump(name: string) {
  const db = await openDB<LibrarySchema>(name);
  try {
    return { version: db.version, articles: await db.getAll('articles'), documents: await db.getAll('documents'), citations: await db.getAll('citations') };
  } finally {
    db.close();
  }
}
