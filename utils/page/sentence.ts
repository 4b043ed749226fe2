/** The sentence around a mention, for the card: cut at sentence ends and paragraph breaks. */

/**
 * A sentence ends at . ! ? … before a space, or at a line break — but not after the abbreviations
 * Vietnamese news prints before names and places ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn …").
 */
const END = /(?<!(?:^|[\s(.])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th\.S|Q|P|TT|NXB|St|Dr|Mr|Mrs|No|Nos))[.!?…](?=\s)|\n/g;

/** The sentence in three parts, so the card can set the mention apart. */
export interface Quote {
  before: string;
  mention: string;
  after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

export function quoteAround(text: string, start: number, end: number, max = 320): Quote {
  let from = Math.max(0, start - max);
  const head = text.slice(from, start);
  END.lastIndex = 0;
  let cut = -1;
  for (let m: RegExpExecArray | null; (m = END.exec(head)); ) cut = m.index + m[0].length;
  if (cut >= 0) from += cut;
  else if (from > 0) {
    // Cut by length, not by a sentence end: start at the next word, never inside one.
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space;
  }
  const tail = text.slice(end, end + max);
  END.lastIndex = 0;
  const stop = END.exec(tail);
  let to = stop ? end + stop.index + (stop[0] === '\n' ? 0 : 1) : Math.min(text.length, end + max);
  if (!stop && to < text.length) {
    const space = text.slice(end, to).search(/\s\S*$/);
    if (space >= 0) to = end + space;
  }
  let before = squash(text.slice(from, start)).replace(/^\s+/, '');
  let after = squash(text.slice(end, to)).replace(/\s+$/, '');
  if (from > 0 && cut < 0) before = '… ' + before;
  if (!stop && to < text.length) after += ' …';
  return { before, mention: squash(text.slice(start, end)), after };
}

export function sentenceAround(text: string, start: number, end: number, max = 320): string {
  const q = quoteAround(text, start, end, max);
  return `${q.before}${q.mention}${q.after}`.trim();
}
