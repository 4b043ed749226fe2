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
const SYMBOL_LABEL = /(?:^|\n)[ \t]*(?:[-•*|]\s*)?(?:số ký hiệu|số, ký hiệu|số hiệu(?: văn bản)?|ký hiệu|số văn bản|số)[ \t]*[:：][ \t]*$/iu;
const DATE_LINE = /^[ \t]*(?:[-•*|]\s*)?(?:ngày ban hành|ngày ký|ngày văn bản|ngày)[ \t]*[:：][ \t]*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b/iu;
const SUBJECT_LINE = /^[ \t]*(?:[-•*|]\s*)?(?:trích yếu(?: nội dung)?|tên văn bản|về việc)[ \t]*[:：][ \t]*(\S[^\n]{2,400})$/iu;
/** The longest line read as a table's row. */
const MAX_ROW = 1500;
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
  // The fields may also follow on the symbol's own line: "Số: 15-NQ/TU | Ngày: 10/3/2023 | Trích yếu: …".
  const lines = [...fieldsAfter(text, end), ...blockAround(text, lineStart, end)];
  const out: RecordFacts = {};
  for (const line of lines) {
    const d = DATE_LINE.exec(line);
    if (d && !out.date) out.date = iso(d[1], d[2], d[3]);
    const s = SUBJECT_LINE.exec(line);
    if (s && !out.title) out.title = subjectOf(s[1], typeName);
  }
  return out.date || out.title ? out : null;
}

/** The fields after the symbol on its own line, when separated ("; ", " | ", tabs). */
function fieldsAfter(text: string, end: number): string[] {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /[;|\t]/.test(rest) ? rest.split(/\s*[;|\t]\s*/u).filter((f) => f.trim()) : [];
}

/**
 * A table printed as text, one document a row, the columns named by its first row:
 *
 *   STT | Số ký hiệu | Ngày ban hành | Trích yếu
 *   1 | 18-NQ/TW | 25/10/2017 | Một số vấn đề về …
 *
 * The facts of the row whose cell is the symbol at [start, end), or null when it stands in no such table.
 */
export function tableFacts(text: string, start: number, end: number, typeName?: string): RecordFacts | null {
  // A table's row is short: a line of thousands of cells is no row to read (and would be read once a
  // cell), so the line's ends are looked for within reach only.
  const back = text.slice(Math.max(0, start - MAX_ROW), start), ahead = text.slice(end, end + MAX_ROW);
  const k = back.lastIndexOf('\n'), n = ahead.indexOf('\n');
  if ((k < 0 && start > MAX_ROW) || (n < 0 && end + MAX_ROW < text.length)) return null;
  const lineStart = k < 0 ? 0 : start - back.length + k + 1;
  const lineEnd = n < 0 ? text.length : end + n;
  const line = text.slice(lineStart, lineEnd);
  if (line.length > MAX_ROW) return null;
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (!sep) return null;
  const cells = line.split(sep);
  // The symbol's cell, by where it starts on the line.
  let col = -1;
  for (let k = 0, at = 0; k < cells.length; at += cells[k].length + 1, k++) {
    if (start - lineStart >= at && start - lineStart < at + cells[k].length + 1) { col = k; break; }
  }
  if (col < 0 || cells[col].trim().length > end - start + 6) return null;
  const header = headerOf(text, lineStart, sep, cells.length);
  if (!header || !/ký hiệu|số hiệu|^\s*số\s*$/iu.test(header[col])) return null;
  const out: RecordFacts = {};
  header.forEach((h, k) => {
    const cell = cells[k]?.trim() ?? '';
    if (k === col || !cell) return;
    const d = /^ngày/iu.test(h.trim()) ? /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/.exec(cell) : null;
    if (d && !out.date) out.date = iso(d[1], d[2], d[3]);
    if (/trích yếu|tên văn bản|nội dung|về việc/iu.test(h) && !out.title) out.title = subjectOf(cell, typeName);
  });
  return out.date || out.title ? out : null;
}

/** Per text, the first row found for the rows read so far (by where each starts): a table's rows are
 *  read in order, each finding its first row through the row before it. */
let rows: { text: string; header: Map<number, string[] | undefined> } | null = null;

/** The table's first row: the top of the run of lines with as many cells as the row at `lineStart`. */
function headerOf(text: string, lineStart: number, sep: string, width: number): string[] | undefined {
  if (rows?.text !== text) rows = { text, header: new Map() };
  const cache = rows.header;
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  let header: string[] | undefined;
  if (prevStart >= 0 && cache.has(prevStart) && lineStart - prevStart <= MAX_ROW) {
    const prev = text.slice(prevStart, lineStart - 1).split(sep);
    header = prev.length === width ? cache.get(prevStart) : undefined;
  } else {
    const above = text.slice(Math.max(0, lineStart - REACH * MAX_ROW), lineStart).split('\n').slice(-REACH - 1, -1).reverse();
    for (const l of above) {
      const c = l.split(sep);
      if (c.length !== width) break;
      header = c;
    }
  }
  cache.set(lineStart, header);
  return header;
}

/** The lines of the symbol's block, the symbol's own line left out. */
function blockAround(text: string, lineStart: number, end: number): string[] {
  const lineEnd = text.indexOf('\n', end);
  // (Within reach: a page of thousands of records must not split all before each.)
  const before = text.slice(Math.max(0, lineStart - REACH * 400), lineStart).split('\n').slice(-REACH - 1, -1);
  const after = lineEnd < 0 ? [] : text.slice(lineEnd + 1).split('\n', REACH);
  const upTo = (ls: string[]) => { const k = ls.findIndex((l) => !l.trim()); return k < 0 ? ls : ls.slice(0, k); };
  return [...upTo(before.reverse()), ...upTo(after)];
}

function subjectOf(raw: string, typeName?: string): string | undefined {
  let t = raw.trim();
  if (typeName && t.toLowerCase().startsWith(typeName.toLowerCase() + ' ')) t = t.slice(typeName.length + 1);
  // "Nghị quyết về …": "về" after the type word too.
  t = t.replace(/^(?:về|v\/v)\s+/iu, '');
  t = t.replace(/[\s.;,]+$/u, '');
  return t.length >= 3 ? t : undefined;
}

/** A day, month and year as ISO, or undefined when they are no date. */
export function iso(d: string, m: string, y: string): string | undefined {
  let dd = Number(d), mm = Number(m);
  // "dated 11/30/1996": an English page's month first, where the day cannot be a month.
  if (mm > 12 && mm <= 31 && dd >= 1 && dd <= 12) [dd, mm] = [mm, dd];
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return undefined;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
