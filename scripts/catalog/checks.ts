/** The catalog's checks: every entry sourced, dates real and inside their term, subjects free of
 *  notes, no identity twice. Returns the problems, one line each. */
import { termOfDate } from '../../utils/refs/vocabulary';
import { idOf, unclosedQuotes, type Built } from './merge';

const ROMAN = /^(?:VI{0,3}|IV|I{1,3}|IX|XI{0,3}|XIV|XV|X)$/;
const NOTE_IN_TITLE = /\[EN\]|\((?:[^)]*(?:nguồn|source|trích yếu|ngày ban hành|thay bởi|thay thế bởi|Hội nghị Trung ương|khóa [IVX]+\)|tin \d|\d{4}\)))|\s\|\s|^về\s/i;

function realDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

export function checkCatalog(entries: Built[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Built>();
  // The new Politburo is elected on a congress's closing day and may sign its first documents that
  // day: the closing day belongs to both terms.
  const closing = new Map(entries.filter((e) => e.kind === 'congress' && e.end).map((e) => [e.end!, e.term]));
  for (const e of entries) {
    const at = `${e.kind} ${e.key}${e.term ? ` (${e.term})` : ''}`;
    if (!e.sources.length || e.sources.some((s) => !/^https?:\/\/[^/\s]+/.test(s.url))) problems.push(`${at}: every entry needs http(s) sources`);
    if (e.term && !ROMAN.test(e.term)) problems.push(`${at}: term "${e.term}" is not a Roman numeral`);
    for (const [f, d] of [['date', e.date], ['start', e.start], ['end', e.end]] as const) {
      if (d && !realDate(d)) problems.push(`${at}: ${f} "${d}" is not a real yyyy-mm-dd date`);
    }
    // A congress's resolution is dated its closing day, the first day of the term it names.
    if (e.kind === 'document' && !e.key.startsWith('NQ-ĐH') && e.date && realDate(e.date) && e.term && termOfDate(e.date) !== e.term && closing.get(e.date) !== e.term) {
      problems.push(`${at}: date ${e.date} falls in term ${termOfDate(e.date)}, not ${e.term}`);
    }
    if (e.title && NOTE_IN_TITLE.test(e.title)) problems.push(`${at}: subject carries a note: "${e.title}"`);
    if (e.title && unclosedQuotes(e.title)) problems.push(`${at}: subject opens a quote it does not close: "${e.title}"`);
    if (e.titleEn && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(e.titleEn)) problems.push(`${at}: titleEn is not English`);
    if (e.numbered) continue; // plenum aliases repeat their resolution on purpose
    const id = `${e.kind}|${idOf(e.key)}|${e.term ?? ''}`;
    if (seen.has(id)) problems.push(`${at}: identity twice`);
    seen.set(id, e);
  }
  return problems;
}
