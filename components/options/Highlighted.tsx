import type { Span } from '../../utils/library/search';

/** Text with the given spans wrapped in <mark>: every piece is a text node, never parsed HTML. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: Array<string | preact.JSX.Element> = [];
  let at = 0;
  [...spans].sort((a, b) => a.start - b.start).forEach((s, i) => {
    if (s.start < at) return;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark key={i}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
