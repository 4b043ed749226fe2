/** The sentence around a mention, for the card: cut at sentence ends and paragraph breaks. */

/**
 * A sentence ends at . ! ? … before a space, or at a line break — but not after the abbreviations
 * Vietnamese news prints before names and places ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn …").
 */
const END = /(?<!(?:^|[\s(.])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th\.S|Q|P|TT|NXB|St|Dr|Mr|Mrs|No|Nos))[.!?…](?=\s)|\n/g;

export function sentenceAround(text: string, start: number, end: number, max = 320): string {
  let from = Math.max(0, start - max);
  const head = text.slice(from, start);
  END.lastIndex = 0;
  let cut = -1;
  for (let m: RegExpExecArray | null; (m = END.exec(head)); ) cut = m.index + m[0].length;
  if (cut >= 0) from += cut;
  const tail = text.slice(end, end + max);
  END.lastIndex = 0;
  const stop = END.exec(tail);
  const to = stop ? end + stop.index + (stop[0] === '\n' ? 0 : 1) : Math.min(text.length, end + max);
  let s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (from > 0 && cut < 0) s = '… ' + s;
  if (!stop && to < text.length) s += ' …';
  return s;
}
