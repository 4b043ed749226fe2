/**
 * Schema upgrades, one step per version. `runUpgrades` runs every step from the stored version up to
 * DB_VERSION inside the versionchange transaction, so a failed step aborts the whole upgrade and the
 * database stays at its old version with its data untouched.
 * A step may only await requests of the upgrade transaction (anything else would let it commit early).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { localityOfUrl } from '../article/sites';
import { isProvincialKey } from '../refs/locality';
import {
  DB_VERSION, FACT_FIELDS, citationIdOf, docIdOf,
  type CitationRecord, type DocumentRecord, type DocumentRecordV1, type Fact, type LibrarySchema, type SchemaV1,
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

/**
 * Version 3: version 2 kept one record per key and term, so "NQ-ĐHĐB-XX" cited by the papers of two
 * provinces was one record. A province-level local document's record is split by the province of the
 * saved articles citing it (the paper's own province, as the engine reads it now when the text does
 * not name one); citations from papers of no province stay on the record as it was. Each part keeps
 * the facts its own articles taught it and the catalog's; a fact whose article is unknown goes with
 * every part (nothing is lost). Other records are unchanged: their facts are single-article facts.
 */
async function v2ToV3(tx: UpgradeTx): Promise<void> {
  await splitByProvince(tx as unknown as StoresTx);
}

/** The two stores the split needs, in a readwrite or versionchange transaction. */
type StoresTx = IDBPTransaction<LibrarySchema, ['documents', 'citations'], 'readwrite'>;

/**
 * The split itself, also run after importing a backup made before version 3 (its records may fold
 * provinces). Idempotent: records that have their organisation, or no provincial paper citing them,
 * are left as they are.
 */
export async function splitByProvince(tx: StoresTx): Promise<void> {
  const documents = tx.objectStore('documents');
  const citations = tx.objectStore('citations');
  const local: DocumentRecord[] = [];
  for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!cursor.value.locality && isProvincialKey(cursor.value.key)) local.push(cursor.value);
  }
  for (const rec of local) {
    const groups = new Map<string, CitationRecord[]>();
    for (const c of await citations.index('byDocument').getAll(rec.id)) {
      const place = localityOfUrl(c.articleUrl) ?? '';
      groups.set(place, [...(groups.get(place) ?? []), c]);
    }
    if (!groups.size || (groups.size === 1 && groups.has(''))) continue;
    const citing = new Set([...groups.values()].flat().map((c) => c.articleUrl));
    for (const [place, cites] of groups) {
      if (!place) continue;
      const id = docIdOf(rec.key, rec.term, place);
      const part = splitPart(rec, id, place, new Set(cites.map((c) => c.articleUrl)), citing, cites);
      await documents.put(part);
      for (const c of cites) {
        await citations.delete(c.id);
        await citations.put({ ...c, id: citationIdOf(c.articleUrl, id), docId: id });
      }
    }
    // What no province claims stays where it was; the parts carry the star.
    if (!groups.has('')) await documents.delete(rec.id);
  }
}

/**
 * The record of one province's part of a folded record: its own articles' facts and the catalog's;
 * a fact taught by an article that cites the record no more (deleted, re-saved) goes with every part.
 */
function splitPart(rec: DocumentRecord, id: string, locality: string, urls: Set<string>, citing: Set<string>, cites: CitationRecord[]): DocumentRecord {
  const part: DocumentRecord = { ...rec, id, locality, facts: {} };
  for (const f of FACT_FIELDS) {
    const fact = rec.facts[f];
    const mine = !fact || fact.from !== 'article' || !fact.articleUrl || urls.has(fact.articleUrl) || !citing.has(fact.articleUrl);
    if (mine && rec[f] !== undefined) {
      if (fact) part.facts[f] = fact;
    } else {
      delete part[f];
    }
  }
  const last = cites.map((c) => c.savedAt).sort().pop();
  if (last) part.lastCited = last;
  return part;
}

/**
 * Version 4: the search index persists (a snapshot and the log of changes since). Any later upgrade
 * that rewrites records must clear `snapshots`, as runUpgrades does, so the index is rebuilt.
 */
function v3ToV4(db: IDBPDatabase<LibrarySchema>): void {
  db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
  db.createObjectStore('snapshots', { keyPath: 'id' });
}

/** STEPS[v] upgrades version v to v + 1. */
const STEPS: Array<(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => void | Promise<void>> = [
  (db) => createV1(db as unknown as IDBPDatabase<SchemaV1>),
  (_db, tx) => v1ToV2(tx),
  (_db, tx) => v2ToV3(tx),
  (db) => v3ToV4(db),
];
if (STEPS.length !== DB_VERSION) throw new Error('utils/db: one upgrade step per version');

/** Every step from `oldVersion` to `target` (DB_VERSION; tests build older versions with a lower one). */
export async function runUpgrades(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx, target = DB_VERSION): Promise<void> {
  for (let v = oldVersion; v < target; v++) await STEPS[v](db, tx);
  // An upgrade may rewrite any record without logging it: a persisted search index is stale.
  if (oldVersion > 0 && db.objectStoreNames.contains('snapshots')) await tx.objectStore('snapshots').clear();
}
