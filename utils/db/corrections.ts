/**
 * The reader's corrections of the library: a field set by hand (marked as the reader's, undoable in
 * turn, never overwritten by a later save), and two records the reader knows to be one document
 * merged. Correcting the term changes the document's identity (`key@term`), so the record and its
 * citations move to the new id; when the library already has that document the reader is asked to
 * merge instead, never merged silently.
 */
import type { ChangeLog } from './changes';
import { settleDocuments, type Library, type LibraryTransaction } from './library';
import { checkCorrection, clipSentences, correctRecord, defined, mergeRecords, undoRecord } from './knowledge';
import { citationIdOf, docIdOf, type DocumentRecord, type FactField } from './schema';

export type CorrectionResult =
  | { status: 'done'; record: DocumentRecord }
  /** The value cannot be one of that field (in words, for the form). */
  | { status: 'invalid'; error: string }
  /** No record of that id (deleted meanwhile), or nothing to undo. */
  | { status: 'missing' }
  /** The new term names a document the library already has: merge the two instead. */
  | { status: 'exists'; id: string };

/** Move the citations of `from` (those of `only` articles, else all) to the record `to`, adding them
 *  up where an article cites both. */
async function moveCitations(tx: LibraryTransaction<'readwrite'>, log: ChangeLog, from: string, to: string, only?: Set<string>): Promise<void> {
  const citations = tx.objectStore('citations');
  for (const c of await citations.index('byDocument').getAll(from)) {
    if (only && !only.has(c.articleUrl)) continue;
    log.article(c.articleUrl); // it cites another record now
    const id = citationIdOf(c.articleUrl, to);
    const there = await citations.get(id);
    await citations.delete(c.id);
    await citations.put(there
      ? { ...there, mentions: there.mentions + c.mentions, sentences: clipSentences([...there.sentences, ...c.sentences]), savedAt: there.savedAt > c.savedAt ? there.savedAt : c.savedAt }
      : { ...c, id, docId: to });
  }
}

/** Store `next` (which may have a new term, hence a new id) in place of the record `id`. */
async function replace(tx: LibraryTransaction<'readwrite'>, log: ChangeLog, id: string, next: DocumentRecord): Promise<CorrectionResult> {
  const documents = tx.objectStore('documents');
  const newId = docIdOf(next.key, next.term, next.locality);
  if (newId === id) {
    await documents.put(next);
    return { status: 'done', record: next };
  }
  if (await documents.get(newId)) return { status: 'exists', id: newId };
  const moved = { ...next, id: newId };
  await documents.put(moved);
  await moveCitations(tx, log, id, newId);
  await documents.delete(id);
  return { status: 'done', record: moved };
}

/** Set a field of a saved document to what the reader says (`raw` as typed; checked here). */
export function correctDocument(lib: Library, id: string, field: FactField, raw: string): Promise<CorrectionResult> {
  const checked = checkCorrection(field, raw);
  if ('error' in checked) return Promise.resolve({ status: 'invalid', error: checked.error });
  return lib.transaction('readwrite', async (tx, log) => {
    log.documents();
    const rec = await tx.objectStore('documents').get(id);
    if (!rec) return { status: 'missing' } as const;
    return replace(tx, log, id, correctRecord(rec, field, checked.value, new Date().toISOString()));
  });
}

/** Undo the reader's last correction of a field: what it replaced comes back, with its source. */
export function undoCorrection(lib: Library, id: string, field: FactField): Promise<CorrectionResult> {
  return lib.transaction('readwrite', async (tx, log) => {
    log.documents();
    const rec = await tx.objectStore('documents').get(id);
    const back = rec && undoRecord(rec, field);
    if (!back) return { status: 'missing' } as const;
    return replace(tx, log, id, back);
  });
}

/**
 * The reader says some of the articles citing record `id` cite another document: the one of `term`
 * (same key and organisation). Those citations move to that document's record — made for it, with
 * the term as the reader's and the facts those articles taught, when the library does not have it.
 * The record keeps the other citations; left with none, it goes unless starred.
 */
export function splitDocument(lib: Library, id: string, articleUrls: readonly string[], rawTerm: string): Promise<CorrectionResult> {
  const checked = checkCorrection('term', rawTerm);
  if ('error' in checked) return Promise.resolve({ status: 'invalid', error: checked.error });
  return lib.transaction('readwrite', async (tx, log) => {
    log.documents();
    const documents = tx.objectStore('documents');
    const rec = await documents.get(id);
    if (!rec) return { status: 'missing' } as const;
    const to = docIdOf(rec.key, checked.value, rec.locality);
    if (to === id) return { status: 'invalid', error: 'that is this record\'s own term' } as const;
    const urls = new Set(articleUrls);
    const moving = (await tx.objectStore('citations').index('byDocument').getAll(id)).filter((c) => urls.has(c.articleUrl));
    if (!moving.length) return { status: 'invalid', error: 'no citing article chosen' } as const;
    const at = new Date().toISOString();
    let target = await documents.get(to);
    if (!target) {
      const { id: _id, facts: _f, starred: _s, starredAt: _sa, lastCited: _l, title: _t, date: _d, body: _b, term: _term, ...identity } = rec;
      target = { ...identity, id: to, term: checked.value, facts: { term: { from: 'reader', at } }, starred: false, firstSeen: at };
      // What the moving articles themselves taught goes with them.
      for (const f of ['body', 'date', 'title'] as const) {
        const fact = rec.facts[f];
        if (rec[f] !== undefined && fact?.from === 'article' && fact.articleUrl && urls.has(fact.articleUrl)) { target[f] = rec[f]; target.facts[f] = fact; }
      }
    }
    // An article that cites that document already: one citation, the two added up.
    await moveCitations(tx, log, id, to, urls);
    target.lastCited = moving.map((c) => c.savedAt).concat(target.lastCited ?? []).sort().pop();
    await documents.put(defined(target));
    await settleDocuments(tx, [id]);
    return { status: 'done', record: target };
  });
}

/**
 * The reader says records `from` and `into` are one document: `into` keeps its identity (term,
 * organisation), takes what `from` knows by the library's rules (the reader's corrections first),
 * and gets its citations. Only records of one key can be one document.
 */
export function mergeDocuments(lib: Library, from: string, into: string): Promise<CorrectionResult> {
  if (from === into) return Promise.resolve({ status: 'invalid', error: 'a record is already itself' });
  return lib.transaction('readwrite', async (tx, log) => {
    log.documents();
    const documents = tx.objectStore('documents');
    const [a, b] = [await documents.get(from), await documents.get(into)];
    if (!a || !b) return { status: 'missing' } as const;
    if (a.key !== b.key) return { status: 'invalid', error: `${a.key} and ${b.key} are different documents` } as const;
    if ((a.locality ?? '') !== (b.locality ?? '')) return { status: 'invalid', error: 'documents of two party organisations are different documents' } as const;
    const merged = mergeRecords(b, a);
    // The identity the reader chose stays, whatever the other record said of it.
    const record = defined({ ...merged, id: into, term: b.term, locality: b.locality, facts: { ...merged.facts, term: b.facts.term } });
    if (!b.term) delete record.facts.term;
    await documents.put(defined(record));
    await moveCitations(tx, log, from, into);
    await documents.delete(from);
    return { status: 'done', record };
  });
}
