/**
 * Schema upgrades, one step per version. `runUpgrades` runs every step from the stored version up to
 * DB_VERSION inside the versionchange transaction, so a failed step aborts the whole upgrade and the
 * database stays at its old version with its data untouched.
 * A step may only await requests of the upgrade transaction (anything else would let it commit early).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import {
  DB_VERSION, FACT_FIELDS,
  type DocumentRecord, type DocumentRecordV1, type Fact, type LibrarySchema, type SchemaV1,
} from './schema';

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** Version 1, the first release. Exported so tests can build a version-1 database by hand. */
export function createV1(db: IDBPDatabase<SchemaV1>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'url' });
  articles.createIndex('bySite', 'site');
  articles.createIndex('bySavedAt', 'savedAt');
  articles.createIndex('byPublished', 'published');

  const documents = db.createObjectStore('documents', { keyPath: 'id' });
  documents.createIndex('byKey', 'key');
  documents.createIndex('byParty', 'partyFlag');
  documents.createIndex('byLastCited', 'lastCited');

  const citations = db.createObjectStore('citations', { keyPath: 'id' });
  citations.createIndex('byDocument', 'docId');
  citations.createIndex('byArticle', 'articleUrl');
}

/**
 * Version 2: `sources` + `catalogSource` become the provenance map `facts`; documents can be starred.
 * A text fact is attributed to the earliest article citing the document (version 1 did not record
 * which article taught it, and the first one to cite it is the one that created the record).
 */
async function v1ToV2(tx: UpgradeTx): Promise<void> {
  const documents = tx.objectStore('documents');
  documents.createIndex('byType', 'type');
  documents.createIndex('byStarred', 'starredAt');
  const byDocument = tx.objectStore('citations').index('byDocument');

  for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
    const { sources, catalogSource, ...rest } = cursor.value as unknown as DocumentRecordV1;
    const citations = await byDocument.getAll(rest.id);
    const first = citations.sort((a, b) => a.savedAt.localeCompare(b.savedAt))[0];
    const facts: Partial<Record<(typeof FACT_FIELDS)[number], Fact>> = {};
    for (const f of FACT_FIELDS) {
      if (rest[f] === undefined) continue;
      facts[f] = sources[f] === 'catalog'
        ? { from: 'catalog', source: catalogSource?.source ?? '', confidence: catalogSource?.confidence ?? 'medium' }
        : { from: 'article', ...(first ? { articleUrl: first.articleUrl } : {}), at: first?.savedAt ?? rest.firstSeen };
    }
    const next: DocumentRecord = { ...rest, facts, starred: false };
    await cursor.update(next);
  }
}

/** STEPS[v] upgrades version v to v + 1. */
const STEPS: Array<(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => void | Promise<void>> = [
  (db) => createV1(db as unknown as IDBPDatabase<SchemaV1>),
  (_db, tx) => v1ToV2(tx),
];
if (STEPS.length !== DB_VERSION) throw new Error('utils/db: one upgrade step per version');

export async function runUpgrades(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < DB_VERSION; v++) await STEPS[v](db, tx);
}
