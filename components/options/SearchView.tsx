import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../utils/i18n';
import type { FilterValues, SearchFilters, SearchIndex, SearchResult } from '../../utils/library/search';
import { formatDate } from '../../utils/popup/groups';
import { Highlighted } from './Highlighted';
import { useIncremental } from './useIncremental';

/** Results read and drawn at a time: the first answer comes sooner than with a long page. */
const PAGE = 20;

/** One box over titles, leads, texts and quoted sentences, with filters; matched words marked. */
export function SearchView({ index, lang }: { index: SearchIndex | null; lang: Lang }) {
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [values, setValues] = useState<FilterValues | null>(null);
  const seq = useRef(0);
  const { wanted, more, sentinel } = useIncremental(result?.total ?? 0, PAGE, `${q}\u0000${JSON.stringify(filters)}`);

  // A layout effect: the search is asked for as soon as the box or the index changes, not a frame
  // later (a plain effect waits for the next paint).
  useLayoutEffect(() => {
    if (!index) return;
    const n = ++seq.current;
    if (!q.trim() && !Object.keys(filters).length) return setResult(null);
    index.search(q, filters, { limit: Math.max(PAGE, wanted) }).then((r) => { if (n === seq.current) setResult(r); },
      (e: unknown) => console.warn('VanKien: search', e));
  }, [index, q, filters, wanted]);
  // After the search has started: the filters' lists (a pass over every article) are worked out while
  // the search waits on the database, not before it asks.
  useEffect(() => { if (index) setValues(index.filterValues()); }, [index]);

  const set = (k: keyof SearchFilters, v: string) => setFilters((f) => {
    const n = { ...f } as Record<string, unknown>;
    if (!v) delete n[k];
    else n[k] = k === 'year' ? Number(v) : k === 'party' || k === 'starred' ? v === 'true' : v;
    return n as SearchFilters;
  });

  return (
    <section aria-labelledby="search-h">
      <h2 id="search-h" class="sr-only">{t('tabSearch')}</h2>
      <div class="filters">
        <label class="grow"><span class="sr-only">{t('searchLabel')}</span>
          <input type="search" autoFocus placeholder={t('searchPlaceholder')} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} /></label>
        {values && <>
          <label><span class="sr-only">{t('colType')}</span><select onChange={(e) => set('type', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allTypes')}</option>{values.type.map((v) => <option key={v.value} value={v.value}>{v.name} ({v.articles})</option>)}</select></label>
          <label><span class="sr-only">{t('colTerm')}</span><select onChange={(e) => set('term', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allTerms')}</option>{values.term.map((v) => <option key={v.value} value={v.value}>{v.value} ({v.articles})</option>)}</select></label>
          <label><span class="sr-only">{t('colDate')}</span><select onChange={(e) => set('year', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allYears')}</option>{values.year.map((v) => <option key={v.value} value={String(v.value)}>{v.value} ({v.articles})</option>)}</select></label>
          <label><span class="sr-only">{t('allKinds')}</span><select onChange={(e) => set('party', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('allKinds')}</option><option value="true">{t('onlyParty')}</option><option value="false">{t('onlyState')}</option></select></label>
          <label><span class="sr-only">{t('colSite')}</span><select onChange={(e) => set('site', (e.target as HTMLSelectElement).value)}>
            <option value="">{t('colSite')}</option>{values.site.map((v) => <option key={v.value} value={v.value}>{v.value} ({v.articles})</option>)}</select></label>
        </>}
      </div>
      {result && <p class="muted" aria-live="polite">{result.total ? t('results', result.total) : t('noResults')}</p>}
      <ol class="results">
        {result?.hits.map((h) => (
          <li key={h.url}>
            <a href={h.url} target="_blank" rel="noreferrer noopener" class="hit-title"><Highlighted text={h.title} spans={h.titleSpans} /></a>
            <span class="muted"> · {h.site}{h.published ? ` · ${formatDate(h.published.slice(0, 10), lang)}` : ''}</span>
            {h.snippet && <p class="snippet">{h.snippet.cutBefore ? '… ' : ''}<Highlighted text={h.snippet.text} spans={h.snippet.spans} />{h.snippet.cutAfter ? ' …' : ''}</p>}
            {h.sentences.slice(0, 2).map((s) => <blockquote key={`${s.docId}${s.index}`}><Highlighted text={s.text} spans={s.spans} /></blockquote>)}
          </li>
        ))}
      </ol>
      {result && result.hits.length < result.total && <div ref={sentinel}><button type="button" onClick={more}>{t('showMore')}</button></div>}
    </section>
  );
}
