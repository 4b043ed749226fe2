/**
 * Reading a backup file (./export.ts's format) that may be malformed, truncated or hostile. The
 * whole file is checked before anything is written, and the records are rebuilt from the known
 * fields only, so nothing unchecked reaches the database. Every refusal is an ImportError with a
 * reason code for the UI and an English message naming the line or field.
 */
import {
  FACT_FIELDS, MAX_AGREEING, MAX_SENTENCE_LENGTH, MAX_SENTENCES, MAX_UNDO, citationIdOf, docIdOf,
  type ArticleRecord, type CitationRecord, type DocumentRecord, type Fact,
} from '../db';
import { BACKUP_FORMAT, BACKUP_VERSION, type LibraryBackup } from './export';
import { jsonErrorOffset } from './json-error';
import { LIMITS } from '../limits';

export type ImportErrorReason =
  | 'empty' | 'too-large' | 'not-json' | 'too-deep' | 'forbidden-key' | 'format' | 'version' | 'too-many'
  | 'missing-field' | 'wrong-type' | 'invalid-value' | 'invalid-url' | 'too-long' | 'duplicate'
  | 'unknown-reference' | 'storage';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly reason: ImportErrorReason, message: string, readonly path?: string, options?: { cause?: unknown }) {
    super(path ? `${path}: ${message}` : message, options);
  }
}

/**
 * Bounds on what a file may hold: far above any real library, low enough to refuse a file made to
 * exhaust memory — and never below what saving accepts (utils/limits), so every backup restores.
 */
export const IMPORT_LIMITS = {
  fileLength: LIMITS.fileLength,
  records: LIMITS.records,
  depth: LIMITS.depth,
  url: LIMITS.url,
  title: LIMITS.title,
  short: LIMITS.short,
  lead: LIMITS.lead,
  text: LIMITS.articleText,
  tags: LIMITS.tags,
  mentions: LIMITS.mentions,
} as const;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Obj = Record<string, unknown>;

/** A value as an error message shows it: short, and never the whole of a huge string. */
const show = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v)
    : typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v)
      : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, at: number): string {
  let line = 1, start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return `line ${line}, column ${at - start + 1}`;
}

function parse(text: string): unknown {
  if (text.length > IMPORT_LIMITS.fileLength) throw new ImportError('too-large', `the file is too large (over ${Math.round(IMPORT_LIMITS.fileLength / 1e6)} million characters)`);
  if (!/[^\s\uFEFF]/.test(text)) throw new ImportError('empty', 'the file is empty');
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch {
    const at = jsonErrorOffset(json);
    if (at < 0 || at >= json.trimEnd().length) {
      throw new ImportError('not-json', 'the file ends too early: it is truncated or not a complete VanKien backup');
    }
    const c = json.codePointAt(at)!;
    const shown = c < 0x20 ? `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}` : `character ${JSON.stringify(String.fromCodePoint(c))}`;
    throw new ImportError('not-json', `${lineColumn(json, at)}: the file is not valid JSON (unexpected ${shown})`);
  }
}

/** Refuse prototype-polluting keys anywhere and absurd nesting, without recursion (a deep file must not overflow the stack). */
function scan(root: unknown): void {
  const stack: Array<[unknown, string, number]> = [[root, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > IMPORT_LIMITS.depth) throw new ImportError('too-deep', `nested more than ${IMPORT_LIMITS.depth} levels`, path || undefined);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`, depth + 1]);
      continue;
    }
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (FORBIDDEN.has(k)) throw new ImportError('forbidden-key', `the key "${k}" is not allowed`, p);
      stack.push([(v as Obj)[k], p, depth + 1]);
    }
  }
}

/** Field readers: each names the path of what it refuses. */
class Fields {
  constructor(readonly o: Obj, readonly path: string) {}

  static of(v: unknown, path: string): Fields {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ImportError('wrong-type', `expected an object, got ${show(v)}`, path);
    return new Fields(v as Obj, path);
  }

  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.o, key);
  }

  private raw(key: string): unknown {
    if (!this.has(key)) throw new ImportError('missing-field', 'missing', this.at(key));
    return this.o[key];
  }

  str(key: string, max: number): string {
    const v = this.raw(key);
    if (typeof v !== 'string') throw new ImportError('wrong-type', `expected a string, got ${show(v)}`, this.at(key));
    if (v.length > max) throw new ImportError('too-long', `longer than ${max} characters`, this.at(key));
    return v;
  }

  optStr(key: string, max: number): string | undefined {
    return this.has(key) ? this.str(key, max) : undefined;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.raw(key);
    if (!values.includes(v as T)) throw new ImportError('invalid-value', `expected ${values.map((x) => JSON.stringify(x)).join(' or ')}, got ${show(v)}`, this.at(key));
    return v as T;
  }

  url(key: string, { empty = false } = {}): string {
    const v = this.str(key, IMPORT_LIMITS.url);
    if (empty && v === '') return v;
    if (!isWebUrl(v)) throw new ImportError('invalid-url', `expected an http(s) URL, got ${show(v)}`, this.at(key));
    return v;
  }

  optUrl(key: string): string | undefined {
    return this.has(key) ? this.url(key) : undefined;
  }

  time(key: string): string {
    const v = this.str(key, 40);
    if (!TIMESTAMP.test(v) || Number.isNaN(Date.parse(v))) throw new ImportError('invalid-value', `expected a date-time like 2025-05-18T08:30:00.000Z, got ${show(v)}`, this.at(key));
    return v;
  }

  optTime(key: string): string | undefined {
    return this.has(key) ? this.time(key) : undefined;
  }

  bool(key: string): boolean {
    const v = this.raw(key);
    if (typeof v !== 'boolean') throw new ImportError('wrong-type', `expected true or false, got ${show(v)}`, this.at(key));
    return v;
  }

  int(key: string, min: number, max: number): number {
    const v = this.raw(key);
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new ImportError('wrong-type', `expected a whole number, got ${show(v)}`, this.at(key));
    if (v < min || v > max) throw new ImportError('invalid-value', `expected a number from ${min} to ${max}, got ${v}`, this.at(key));
    return v;
  }

  strings(key: string, maxItems: number, max: number): string[] {
    const v = this.raw(key);
    if (!Array.isArray(v)) throw new ImportError('wrong-type', `expected a list of strings, got ${show(v)}`, this.at(key));
    if (v.length > maxItems) throw new ImportError('too-many', `more than ${maxItems} items`, this.at(key));
    return v.map((s, i) => {
      if (typeof s !== 'string') throw new ImportError('wrong-type', `expected a string, got ${show(s)}`, `${this.at(key)}[${i}]`);
      if (s.length > max) throw new ImportError('too-long', `longer than ${max} characters`, `${this.at(key)}[${i}]`);
      return s;
    });
  }
}

function isWebUrl(v: string): boolean {
  try { return ['http:', 'https:'].includes(new URL(v).protocol); } catch { return false; /* not a URL */ }
}

/** Drop absent optional fields, so a record round-trips without gaining `undefined` properties. */
function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

function readArticle(f: Fields): ArticleRecord {
  const L = IMPORT_LIMITS;
  return clean({
    url: f.url('url'), title: f.str('title', L.title), site: f.str('site', L.short), author: f.optStr('author', L.short),
    published: f.optStr('published', 64), savedAt: f.time('savedAt'), updatedAt: f.time('updatedAt'),
    lead: f.optStr('lead', L.lead), text: f.str('text', L.text), tags: f.strings('tags', L.tags, L.short), lang: f.optStr('lang', 35),
  });
}

/** A fact; a reader's correction carries what it replaced, at most MAX_UNDO corrections deep. */
function readFact(f: Fields, depth = 0): Fact {
  const from = f.oneOf('from', ['article', 'catalog', 'reader']);
  if (from === 'article') {
    const also = f.has('also') ? f.strings('also', MAX_AGREEING, IMPORT_LIMITS.url) : undefined;
    also?.forEach((u, i) => { if (!isWebUrl(u)) throw new ImportError('invalid-url', `expected an http(s) URL, got ${show(u)}`, `${f.at('also')}[${i}]`); });
    return clean({ from: 'article' as const, articleUrl: f.optUrl('articleUrl'), at: f.time('at'), also });
  }
  if (from === 'reader') {
    if (!f.has('was')) return { from: 'reader', at: f.time('at') };
    if (depth >= MAX_UNDO) throw new ImportError('too-deep', `more than ${MAX_UNDO} corrections to undo`, f.at('was'));
    const was = Fields.of(f.o.was, f.at('was'));
    return { from: 'reader', at: f.time('at'), was: clean({ value: was.optStr('value', IMPORT_LIMITS.title), fact: was.has('fact') ? readFact(Fields.of(was.o.fact, was.at('fact')), depth + 1) : undefined }) };
  }
  return { from: 'catalog', source: f.url('source', { empty: true }), confidence: f.oneOf('confidence', ['high', 'medium']) };
}

function readDocument(f: Fields): DocumentRecord {
  const L = IMPORT_LIMITS;
  const key = f.str('key', L.short);
  const id = f.str('id', L.short);
  const locality = f.optStr('locality', L.short);
  const term = f.optStr('term', L.short);
  // The id is the document's identity: a record the library could not find again is refused.
  if (id !== docIdOf(key, term, locality)) {
    throw new ImportError('invalid-value', `expected "${docIdOf(key, term, locality)}", got ${show(id)}`, f.at('id'));
  }
  const party = f.bool('party');
  const partyFlag = f.int('partyFlag', 0, 1) as 0 | 1;
  if (partyFlag !== (party ? 1 : 0)) throw new ImportError('invalid-value', `expected ${party ? 1 : 0} (party is ${party})`, f.at('partyFlag'));
  if (!f.has('facts')) throw new ImportError('missing-field', 'missing', f.at('facts'));
  const factsIn = Fields.of(f.o.facts, f.at('facts'));
  const facts: DocumentRecord['facts'] = {};
  for (const k of Object.keys(factsIn.o)) {
    if (!(FACT_FIELDS as readonly string[]).includes(k)) throw new ImportError('invalid-value', `unknown field (expected one of ${FACT_FIELDS.join(', ')})`, factsIn.at(k));
    facts[k as keyof typeof facts] = readFact(Fields.of(factsIn.o[k], factsIn.at(k)));
  }
  const starred = f.bool('starred');
  const starredAt = f.optTime('starredAt');
  if (starred !== (starredAt !== undefined)) throw new ImportError('invalid-value', starred ? 'missing (a starred document says since when)' : 'present on a document that is not starred', f.at('starredAt'));
  return clean({
    id, key, party, partyFlag, type: f.str('type', L.short), typeName: f.str('typeName', L.short),
    number: f.optStr('number', L.short), issuer: f.optStr('issuer', L.short), body: f.optStr('body', L.short),
    term, locality, date: f.optStr('date', 64), title: f.optStr('title', L.title),
    plenum: f.has('plenum') ? f.int('plenum', 0, 1000) : undefined, firstSeen: f.time('firstSeen'),
    facts, starred, starredAt, lastCited: f.optTime('lastCited'),
  });
}

function readCitation(f: Fields): CitationRecord {
  const articleUrl = f.url('articleUrl');
  const docId = f.str('docId', IMPORT_LIMITS.short);
  const id = f.str('id', IMPORT_LIMITS.url + IMPORT_LIMITS.short + 1);
  if (id !== citationIdOf(articleUrl, docId)) throw new ImportError('invalid-value', 'expected "<articleUrl>|<docId>"', f.at('id'));
  return {
    id, articleUrl, docId, mentions: f.int('mentions', 0, IMPORT_LIMITS.mentions),
    sentences: f.strings('sentences', MAX_SENTENCES, MAX_SENTENCE_LENGTH), savedAt: f.time('savedAt'),
  };
}

function readList<T>(top: Fields, key: 'articles' | 'documents' | 'citations', read: (f: Fields) => T, id: (r: T) => string): T[] {
  if (!top.has(key)) throw new ImportError('missing-field', 'missing', key);
  const v = top.o[key];
  if (!Array.isArray(v)) throw new ImportError('wrong-type', `expected a list, got ${show(v)}`, key);
  if (v.length > IMPORT_LIMITS.records) throw new ImportError('too-many', `${v.length} records, more than the ${IMPORT_LIMITS.records} a library may import at once`, key);
  const seen = new Set<string>();
  return v.map((item, i) => {
    const r = read(Fields.of(item, `${key}[${i}]`));
    if (seen.has(id(r))) throw new ImportError('duplicate', `${show(id(r))} appears twice`, `${key}[${i}]`);
    seen.add(id(r));
    return r;
  });
}

/** The backup in `text`, checked whole; throws ImportError on the first problem found. */
export function parseBackup(text: string): LibraryBackup {
  const json = parse(text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new ImportError('format', 'not a VanKien library backup (expected a JSON object)');
  scan(json);
  const top = new Fields(json as Obj, '');
  if (top.o.format !== BACKUP_FORMAT) throw new ImportError('format', `not a VanKien library backup (format is ${top.has('format') ? show(top.o.format) : 'missing'}, expected "${BACKUP_FORMAT}")`, 'format');
  // Version 1 files (before corrections and organisations) are version 2 files without them.
  if (top.o.version !== BACKUP_VERSION && top.o.version !== 1) throw new ImportError('version', `version ${show(top.o.version)} is not supported (this version of VanKien reads versions 1 to ${BACKUP_VERSION})`, 'version');
  const exportedAt = top.has('exportedAt') && typeof top.o.exportedAt === 'string' ? top.o.exportedAt : '';
  const articles = readList(top, 'articles', readArticle, (a) => a.url);
  const documents = readList(top, 'documents', readDocument, (d) => d.id);
  const citations = readList(top, 'citations', readCitation, (c) => c.id);
  const urls = new Set(articles.map((a) => a.url)), ids = new Set(documents.map((d) => d.id));
  citations.forEach((c, i) => {
    if (!urls.has(c.articleUrl)) throw new ImportError('unknown-reference', `cites from an article that is not in the file: ${show(c.articleUrl)}`, `citations[${i}].articleUrl`);
    if (!ids.has(c.docId)) throw new ImportError('unknown-reference', `cites a document that is not in the file: ${show(c.docId)}`, `citations[${i}].docId`);
  });
  return { format: BACKUP_FORMAT, version: top.o.version === 1 ? 1 : BACKUP_VERSION, exportedAt, articles, documents, citations };
}
