/**
 * Why the engine matched a catalog entry, said to the reader: the engine's reasons (`decidedBy`,
 * utils/refs/identity.ts) read back into words. A reason it does not know is left out rather than
 * shown raw: the card speaks the reader's language, the engine's strings are for developers.
 */
import { formatDate } from '../format-date';
import type { Lang } from './card-model';

type Say = (m: RegExpExecArray, lang: Lang) => string;

const REASONS: Array<[RegExp, Say]> = [
  // The text's term may be its date's ("ngày 25/10/2017" is khóa XII): not said to be printed.
  [/^term (\S+) in the text$/, (m, l) => (l === 'vi' ? `khóa ${m[1]} theo bài` : `term ${m[1]} from the article`)],
  [/^date (\S+) in the text$/, (m, l) => (l === 'vi' ? `bài ghi ngày ${formatDate(m[1], l) ?? m[1]}` : `the article prints the date ${formatDate(m[1], l) ?? m[1]}`)],
  [/^year (\d{4}) in the text$/, (m, l) => (l === 'vi' ? `bài ghi năm ${m[1]}` : `the article prints the year ${m[1]}`)],
  [/^plenum (\d+)$/, (m, l) => (l === 'vi' ? `bài ghi Hội nghị Trung ương ${m[1]}` : `the article names plenum ${m[1]}`)],
  [/^subject printed in the text$/, (_m, l) => (l === 'vi' ? 'trích yếu bài ghi khớp' : 'the subject the article prints matches')],
  [/^words around the mention$/, (_m, l) => (l === 'vi' ? 'lời văn quanh chỗ trích khớp với trích yếu' : 'the words around it match its subject')],
  [/^issued lately, as the words around say$/, (_m, l) => (l === 'vi' ? 'bài nói văn bản mới ban hành' : 'the article says it was issued lately')],
  [/^Congress (\S+) named with it, as in its subject$/, (m, l) => (l === 'vi' ? `bài nhắc Đại hội ${m[1]} ngay bên cạnh` : `the article names Congress ${m[1]} beside it`)],
  [/^cited beside (\S+)$/, (m, l) => (l === 'vi' ? `bài trích cùng ${m[1]}, văn bản liên quan` : `cited beside ${m[1]}, a related document`)],
  [/^issued by (.+), as the text says$/, (m, l) => (l === 'vi' ? `bài ghi ${m[1]} ban hành` : `the article says ${m[1]} issued it`)],
  [/^issued in (\d{4}), as the words around say$/, (m, l) => (l === 'vi' ? `bài nói ban hành năm ${m[1]}` : `the article says it was issued in ${m[1]}`)],
  [/^"(\d+) năm" before the article$/, (m, l) => (l === 'vi' ? `bài nói "${m[1]} năm" thực hiện` : `the article speaks of ${m[1]} years`)],
  // The one weak reason: said as the inference it is.
  [/^the only (\S+) of term (\S+), the article's$/, (m, l) => (l === 'vi'
    ? `suy ra: danh mục chỉ có một ${m[1]} của khóa ${m[2]}, khóa của ngày đăng bài`
    : `inferred: the catalog's only ${m[1]} of term ${m[2]}, the term the article was published in`)],
];

/** The reasons the reader can read, in order, each once. */
export function whyMatched(decidedBy: readonly string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const reason of decidedBy) {
    for (const [re, say] of REASONS) {
      const m = re.exec(reason);
      if (m) { const s = say(m, lang); if (!out.includes(s)) out.push(s); break; }
    }
  }
  return out;
}
