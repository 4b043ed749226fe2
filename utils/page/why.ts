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
  [/^date (\S+) in the text, a misprint of (\S+)$/, (m, l) => (l === 'vi'
    ? `bài ghi ngày ${formatDate(m[1], l) ?? m[1]}, lệch so với ngày ban hành ${formatDate(m[2], l) ?? m[2]}`
    : `the article prints ${formatDate(m[1], l) ?? m[1]}, a misprint of ${formatDate(m[2], l) ?? m[2]}`)],
  [/^the years its subject names$/, (_m, l) => (l === 'vi' ? 'các mốc năm trong trích yếu bài ghi khớp' : 'the years in the subject the article prints match')],
  [/^subject printed in the text, by its topic$/, (_m, l) => (l === 'vi' ? 'chủ đề trích yếu bài ghi khớp' : 'the topic of the subject the article prints matches')],
  [/^the subject printed names what only it is about$/, (_m, l) => (l === 'vi' ? 'trích yếu bài ghi nêu điều chỉ văn bản này đề cập' : 'the subject the article prints names what only this document is about')],
  // (Said as the words around are: the reader needs it once.)
  [/^topics of the words around the mention$/, (_m, l) => (l === 'vi' ? 'lời văn quanh chỗ trích khớp với trích yếu' : 'the words around it match its subject')],
  [/^a place named beside it, as in its subject$/, (_m, l) => (l === 'vi' ? 'bài nhắc địa danh có trong trích yếu' : 'the article names a place its subject names')],
  [/^Congress (\S+) named in its subject, as in the text$/, (m, l) => (l === 'vi' ? `trích yếu bài ghi nhắc Đại hội ${m[1]}` : `the subject the article prints names Congress ${m[1]}`)],
  [/^the congresses of the term of office named around it lead to Congress (\S+), as in its subject$/, (m, l) => (l === 'vi'
    ? `bài nói về đại hội các cấp tiến tới Đại hội ${m[1]}`
    : `the article speaks of the congresses leading to Congress ${m[1]}`)],
  [/^adopted by plenum (\d+) of term (\S+), named beside it$/, (m, l) => (l === 'vi' ? `bài nhắc Hội nghị Trung ương ${m[1]} khóa ${m[2]}, nơi thông qua văn bản` : `the article names plenum ${m[1]} of term ${m[2]}, which adopted it`)],
  [/^cited beside (\S+), which names it$/, (m, l) => (l === 'vi' ? `bài trích cùng ${m[1]}, văn bản nêu tên văn bản này` : `cited beside ${m[1]}, a document that names this one`)],
  [/^dated (\S+) with the document listed beside it$/, (m, l) => (l === 'vi' ? `cùng ngày ${formatDate(m[1], l) ?? m[1]} với văn bản trích bên cạnh` : `dated ${formatDate(m[1], l) ?? m[1]}, as the document cited beside it`)],
  [/^reviewed by (\S+), and the text speaks of its review$/, (m, l) => (l === 'vi' ? `bài nói việc tổng kết, do ${m[1]} tổng kết` : `the article speaks of its review, which ${m[1]} made`)],
  [/^the only one issued by (.+), as the text says$/, (m, l) => (l === 'vi' ? `văn bản duy nhất số này do ${m[1]} ban hành, như bài ghi` : `the only one of this number ${m[1]} issued, as the article says`)],
  [/^term (\S+) had not reached number (\d+) by the article's date$/, (m, l) => (l === 'vi'
    ? `suy ra: đến ngày đăng bài, khóa ${m[1]} chưa ban hành tới số ${m[2]}`
    : `inferred: by the article's date, term ${m[1]} had not yet reached number ${m[2]}`)],
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
