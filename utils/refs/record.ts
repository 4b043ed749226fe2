/**
 * A document's record as portals and databases print it, one labelled line per fact:
 *
 *   Số ký hiệu: 88-KH/TU
 *   Ngày ban hành: 28/10/2025
 *   Trích yếu: Về nhiệm vụ năm 2024        (or "Tên văn bản: Kế hoạch triển khai …")
 *
 * The symbol's own line carries the label; the other facts are on the lines of the same block (up to
 * a blank line, a few lines either side). Read in the original text: the labels are what tells.
 */

/** The label before a record's symbol, alone on the symbol's line up to it. */
const SYMBOL_LABEL = /(?:^|\n)[ \t]*(?:[-•*|]\s*)?(?:số ký hiệu|số, ký hiệu|số hiệu(?: văn bản)?|ký hiệu|số văn bản)[ \t]*[:：][ \t]*$/iu;
const DATE_LINE = /^[ \t]*(?:[-•*|]\s*)?(?:ngày ban hành|ngày ký|ngày văn bản)[ \t]*[:：][ \t]*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b/iu;
const SUBJECT_LINE = /^[ \t]*(?:[-•*|]\s*)?(?:trích yếu(?: nội dung)?|tên văn bản|về việc)[ \t]*[:：][ \t]*(\S[^\n]{2,400})$/iu;
/** How many lines either side of the symbol's line are read. */
const REACH = 8;

export interface RecordFacts {
  date?: string;
  /** As printed, the type word at its start dropped ("Kế hoạch triển khai …" → "triển khai …"). */
  title?: string;
}

/** The facts of the record whose symbol spans [start, end) of `text`, or null when it is no record. */
export function recordFacts(text: string, start: number, end: number, typeName?: string): RecordFacts | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!SYMBOL_LABEL.test(text.slice(Math.max(0, lineStart - 1), start))) return null;
  const lines = blockAround(text, lineStart, end);
  const out: RecordFacts = {};
  for (const line of lines) {
    const d = DATE_LINE.exec(line);
    if (d && !out.date) out.date = iso(d[1], d[2], d[3]);
    const s = SUBJECT_LINE.exec(line);
    if (s && !out.title) out.title = subjectOf(s[1], typeName);
  }
  return out.date || out.title ? out : null;
}

/** The lines of the symbol's block, the symbol's own line left out. */
function blockAround(text: string, lineStart: number, end: number): string[] {
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(0, lineStart).split('\n').slice(-REACH - 1, -1);
  const after = lineEnd < 0 ? [] : text.slice(lineEnd + 1).split('\n', REACH);
  const upTo = (ls: string[]) => { const k = ls.findIndex((l) => !l.trim()); return k < 0 ? ls : ls.slice(0, k); };
  return [...upTo(before.reverse()), ...upTo(after)];
}

function subjectOf(raw: string, typeName?: string): string | undefined {
  let t = raw.trim().replace(/^(?:về|v\/v)\s+/iu, '');
  if (typeName && t.toLowerCase().startsWith(typeName.toLowerCase() + ' ')) t = t.slice(typeName.length + 1);
  t = t.replace(/[\s.;,]+$/u, '');
  return t.length >= 3 ? t : undefined;
}

/** A day, month and year as ISO, or undefined when they are no date. */
export function iso(d: string, m: string, y: string): string | undefined {
  const dd = Number(d), mm = Number(m);
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return undefined;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
