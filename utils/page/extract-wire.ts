/**
 * The engine's result as it crosses from the background to the page. A browser turns every value of
 * a message into one of its own and back, on the page's main thread: a 2 MB page's result (thousands
 * of mentions, each an object of six fields, 0.5 MB as JSON) cost tens of milliseconds in one go.
 * The mentions travel as three arrays of numbers and one string of form codes instead; their key is
 * their document's and their text is the page's own text, which the page already holds.
 */
import type { ExtractResult, Mention, RefDocument } from '../refs/types';

export interface PackedMentions {
  start: number[];
  end: number[];
  doc: number[];
  /** One character per mention (FORM_CODE). */
  form: string;
  /** The few mentions the text leaves open: [mention index, other documents] (Mention.maybe). */
  maybe?: Array<[number, number[]]>;
}

export interface PackedResult {
  documents: RefDocument[];
  mentions: PackedMentions;
}

const FORM_CODE: Record<Mention['form'], string> = { full: 'f', short: 's', symbol: 'y', plenum: 'p', congress: 'c' };
const FORM_OF: Record<string, Mention['form']> = Object.fromEntries(Object.entries(FORM_CODE).map(([f, c]) => [c, f as Mention['form']]));

export function packResult(r: ExtractResult): PackedResult {
  const n = r.mentions.length;
  const start = new Array<number>(n), end = new Array<number>(n), doc = new Array<number>(n);
  let form = '';
  const maybe: Array<[number, number[]]> = [];
  for (let i = 0; i < n; i++) {
    const m = r.mentions[i];
    start[i] = m.start;
    end[i] = m.end;
    doc[i] = m.doc;
    form += FORM_CODE[m.form];
    if (m.maybe) maybe.push([i, m.maybe]);
  }
  return { documents: r.documents, mentions: { start, end, doc, form, ...(maybe.length ? { maybe } : {}) } };
}

const isObj = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o);

/** A packed result whose arrays agree with each other (its numbers are checked when unpacked). */
export function isPackedResult(r: unknown): r is PackedResult {
  if (!isObj(r) || !Array.isArray(r.documents) || !isObj(r.mentions)) return false;
  const m = r.mentions;
  if (!Array.isArray(m.start) || !Array.isArray(m.end) || !Array.isArray(m.doc) || typeof m.form !== 'string') return false;
  const n = m.start.length;
  return m.end.length === n && m.doc.length === n && m.form.length === n;
}

/** The result for `text` (the text that was sent); throws on a mention that does not fit it. */
export function unpackResult(p: PackedResult, text: string): ExtractResult {
  const { start, end, doc, form } = p.mentions;
  const docs = p.documents;
  const mentions: Mention[] = new Array(start.length);
  for (let i = 0; i < start.length; i++) {
    const s = start[i], e = end[i], d = doc[i], f = FORM_OF[form[i]];
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > text.length || !Number.isInteger(d) || !docs[d] || !f) {
      throw new Error(`mention ${i} does not fit the text sent (${s}–${e}, document ${d})`);
    }
    mentions[i] = { start: s, end: e, key: docs[d].key, text: text.slice(s, e), form: f, doc: d };
  }
  for (const entry of p.mentions.maybe ?? []) {
    const [i, others] = Array.isArray(entry) ? entry : [];
    if (!mentions[i as number] || !Array.isArray(others) || !others.every((d) => Number.isInteger(d) && docs[d])) {
      throw new Error(`the other documents of mention ${String(i)} are not documents of the result`);
    }
    mentions[i as number].maybe = others as number[];
  }
  return { documents: docs, mentions };
}
