import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { keyOfDocId, latestCitingDates, type KnownDocument, type Library } from '../../utils/db';
import { t, type Lang } from '../../utils/i18n';
import { fold, formatDate } from '../../utils/popup/groups';
import { useIncremental } from './useIncremental';
import type { CatalogFacts } from '../../utils/refs/types';
import { loadCatalog } from '../../utils/refs/catalog-loader';
import { issuerName } from '../../utils/refs/vocabulary';
import { shownRecord } from '../../utils/library/precedence';
import { DocumentDetail, nameOf, type Shown } from './DocumentDetail';

type Entries = (key: string) => CatalogFacts[];

/** The catalog, loaded apart from the page's script: the search and settings tabs open without it. */
const catalogEntries = (): Promise<Entries> => loadCatalog().then((m) => m.catalogEntries);

/** The facts as the reader sees them everywhere: the catalog's before a single saved article's. */
const withShownFacts = (list: KnownDocument[], entries: Entries): Shown[] => list.map((k) => {
  const s = shownRecord(k.doc, entries(k.doc.key));
  return { ...k, doc: s.doc, others: s.others, from: s.from };
});

type Sort = 'cited' | 'recent' | 'key' | 'date';

/** Every document in the library: filter, sort, open one to read what the articles citing it said. */
export function DocumentsView({ library, lang, version }: { library: Library; lang: Lang; version: number }) {
  const [docs, setDocs] = useState<Shown[] | null>(null);
  const [type, setType] = useState('');
  const [issuer, setIssuer] = useState('');
  const [term, setTerm] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState<'' | 'party' | 'state'>('');
  const [starredOnly, setStarredOnly] = useState(false);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<Sort>('recent');
  const [open, setOpen] = useState<Shown | null>(null);
  // After a correction: the list is read again and the record (whose id may have changed) reopened.
  const [changed, setChanged] = useState<{ n: number; id: string | null }>({ n: 0, id: null });
  // "Trích gần nhất": the newest citing article's own date, read with the counts.
  const [citedOn, setCitedOn] = useState<Map<string, string>>(new Map());

  // The list first (one read), the citation counts a moment later: a big library opens at once.
  // A layout effect: the read starts as the page is first drawn, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    void Promise.all([library.listDocuments({ counts: false }), catalogEntries()]).then(([d, entries]) => {
      if (live) setDocs((prev) => prev ?? withShownFacts(d, entries));
      return library.listDocuments().then((all) => live && setDocs(withShownFacts(all, entries)));
    })
      .then(() => latestCitingDates(library)).then((m) => live && setCitedOn(m))
      .catch((e: unknown) => console.warn('VanKien: documents list', e));
    return () => { live = false; };
  }, [library, version, changed.n]);

  useEffect(() => {
    if (!changed.n || !docs) return;
    setOpen(changed.id ? docs.find((d) => d.doc.id === changed.id) ?? null : null);
  }, [docs]);

  // "#documents/<key or id>" (the popup's link to a document): open it, or filter by its key when the
  // library does not have that very record.
  const [asked] = useState(() => /^#documents\/(.+)$/.exec(location.hash)?.[1]);
  useEffect(() => {
    if (!asked || !docs) return;
    const want = decodeURIComponent(asked);
    const hit = docs.find((d) => d.doc.id === want) ?? (docs.filter((d) => d.doc.key === want).length === 1 ? docs.find((d) => d.doc.key === want) : undefined);
    if (hit) setOpen(hit);
    else setText(keyOfDocId(want));
  }, [asked, docs === null]);

  const options = useMemo(() => {
    const uniq = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
    const all = docs ?? [];
    return {
      types: uniq(all.map((d) => d.doc.typeName)),
      issuers: uniq(all.map((d) => d.doc.issuer)),
      terms: uniq(all.map((d) => d.doc.term)),
      years: uniq(all.map((d) => d.doc.date?.slice(0, 4))).reverse(),
    };
  }, [docs]);

  const shownDocs = useMemo(() => {
    const words = fold(text).split(/\s+/).filter(Boolean);
    const list = (docs ?? []).filter(({ doc }) =>
      (!type || doc.typeName === type) && (!issuer || doc.issuer === issuer) && (!term || doc.term === term) &&
      (!year || doc.date?.startsWith(year)) && (!kind || (kind === 'party') === doc.party) && (!starredOnly || doc.starred) &&
      (!words.length || words.every((w) => fold(`${doc.key} ${doc.typeName} ${doc.body ?? ''} ${doc.title ?? ''}`).includes(w))));
    const by: Record<Sort, (a: KnownDocument, b: KnownDocument) => number> = {
      cited: (a, b) => b.citedIn - a.citedIn || (b.doc.lastCited ?? '').localeCompare(a.doc.lastCited ?? ''),
      recent: (a, b) => (citedOn.get(b.doc.id) ?? '').localeCompare(citedOn.get(a.doc.id) ?? '') || (b.doc.lastCited ?? '').localeCompare(a.doc.lastCited ?? ''),
      key: (a, b) => a.doc.key.localeCompare(b.doc.key, 'vi', { numeric: true }),
      date: (a, b) => (b.doc.date ?? '').localeCompare(a.doc.date ?? ''),
    };
    return list.sort(by[sort]);
  }, [docs, type, issuer, term, year, kind, starredOnly, text, sort, citedOn]);

  const { shown, more, sentinel } = useIncremental(shownDocs.length, 100, shownDocs);

  if (open) {
    return <DocumentDetail library={library} lang={lang} item={open} onBack={() => setOpen(null)}
      onChanged={(id) => setChanged((c) => ({ n: c.n + 1, id }))} />;
  }
  if (!docs) return <p class="muted">…</p>;
  if (!docs.length) return <p class="muted">{t('emptyLibrary')}</p>;
  return (
    <section aria-labelledby="docs-h">
      <h2 id="docs-h" class="sr-only">{t('tabDocuments')}</h2>
      <div class="filters" role="group" aria-label={t('filterLabel')}>
        <input type="search" aria-label={t('filterLabel')} placeholder={t('filterPlaceholder')} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <Select label={t('colType')} value={type} onChange={setType} all={t('allTypes')} values={options.types} />
        <Select label={t('colBody')} value={issuer} onChange={setIssuer} all={t('allIssuers')} values={options.issuers} name={(c) => (issuerName(c) ? `${issuerName(c)} (${c})` : c)} />
        <Select label={t('colTerm')} value={term} onChange={setTerm} all={t('allTerms')} values={options.terms} />
        <Select label={t('colDate')} value={year} onChange={setYear} all={t('allYears')} values={options.years} />
        <label><span class="sr-only">{t('allKinds')}</span>
          <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as '' | 'party' | 'state')}>
            <option value="">{t('allKinds')}</option><option value="party">{t('onlyParty')}</option><option value="state">{t('onlyState')}</option>
          </select></label>
        <label class="check"><input type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly((e.target as HTMLInputElement).checked)} /> {t('onlyStarred')}</label>
        <label>{t('sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as Sort)}>
            <option value="cited">{t('sortCited')}</option><option value="recent">{t('sortRecent')}</option>
            <option value="key">{t('sortKey')}</option><option value="date">{t('sortDate')}</option>
          </select></label>
      </div>
      <p class="muted" aria-live="polite">{t('showing', shown, shownDocs.length)}</p>
      <table class="docs">
        <thead><tr><th scope="col">{t('colKey')}</th><th scope="col">{t('colType')}</th><th scope="col">{t('colBody')}</th><th scope="col">{t('colTerm')}</th><th scope="col">{t('colDate')}</th><th scope="col">{t('colTitle')}</th><th scope="col">{t('colCited')}</th><th scope="col">{t('colLastCited')}</th></tr></thead>
        <tbody>
          {shownDocs.slice(0, shown).map((d) => (
            <tr key={d.doc.id} class={d.doc.party ? 'party' : 'state'}>
              <td><button type="button" class="link" onClick={() => setOpen(d)}>{d.doc.starred ? '★ ' : ''}{d.doc.number ? d.doc.key : nameOf(d.doc, lang)}</button></td>
              <td>{d.doc.typeName}</td><td>{d.doc.body ?? issuerName(d.doc.issuer) ?? d.doc.issuer ?? ''}</td><td>{d.doc.term ?? ''}</td>
              <td>{formatDate(d.doc.date, lang) ?? ''}</td><td class="title">{d.doc.title ?? ''}</td>
              <td class="num">{d.citedIn < 0 ? '…' : d.citedIn}</td><td>{formatDate(citedOn.get(d.doc.id), lang) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < shownDocs.length && <div ref={sentinel}><button type="button" onClick={more}>{t('showMore')}</button></div>}
    </section>
  );
}

function Select({ label, value, onChange, all, values, name = (v) => v }: { label: string; value: string; onChange(v: string): void; all: string; values: string[]; name?(v: string): string }) {
  return (
    <label><span class="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{all}</option>
        {values.map((v) => <option key={v} value={v}>{name(v)}</option>)}
      </select>
    </label>
  );
}
