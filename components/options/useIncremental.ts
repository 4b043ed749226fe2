import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Long lists render a page at a time: the next page comes when the sentinel after the list scrolls
 * into view (or on "show more"), so a library of 10 000 items opens as fast as one of 100.
 */
export function useIncremental(total: number, page = 100, resetKey: unknown = null) {
  const [shown, setShown] = useState(page);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => setShown(page), [resetKey, page]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || shown >= total || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => Math.min(total, n + page));
    }, { rootMargin: '600px' });
    io.observe(el);
    return () => io.disconnect();
  }, [shown, total, page]);
  // `wanted`: the pages asked for, not clamped to `total` (a list read by pages asks for this many, and
  // must not read again when only the total changed).
  return { shown: Math.min(shown, total), wanted: shown, more: () => setShown((n) => Math.min(total, n + page)), sentinel };
}
