import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ArticleSnapshot, ArticleSummary, Library } from '../../utils/db';
import { t, type Lang } from '../../utils/i18n';
import { formatDate } from '../../utils/popup/groups';
import { useIncremental } from './useIncremental';

const PAGE = 100;

/** Saved articles, newest first: open the original, delete with undo. */
export function ArticlesView({ library, lang, version, onChange }: { library: Library; lang: Lang; version: number; onChange(): void }) {
  const [list, setList] = useState<ArticleSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [undo, setUndo] = useState<ArticleSnapshot | null>(null);
  // Pages of 100 read from the newest: the whole library (texts included) is never read at once.
  // The first page is shown as soon as it is read; the count (a scan of the whole store at 10 000)
  // follows, and with it "show more".
  // A layout effect: the read starts as the page is first drawn, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    void library.listArticles({ limit: PAGE }).then((first) => {
      if (!live) return;
      setList(first);
      setTotal((n) => Math.max(n, first.length));
      return library.countArticles().then((n) => live && setTotal(n));
    }).catch((e: unknown) => console.warn('VanKien: articles list', e));
    return () => { live = false; };
  }, [library, version]);
  const { shown, more, sentinel } = useIncremental(total, PAGE, version);
  useEffect(() => {
    if (!list || list.length >= shown || list.length >= total) return;
    void library.listArticles({ limit: shown - list.length, offset: list.length }).then((next) => setList((l) => [...(l ?? []), ...next]));
  }, [shown, list, total]);

  const remove = async (a: ArticleSummary) => {
    const snap = await library.deleteArticle(a.url);
    setUndo(snap);
    onChange();
  };
  const [editing, setEditing] = useState<string | null>(null);
  const saveTags = async (url: string, value: string) => {
    await library.setTags(url, value.split(','));
    setEditing(null);
    onChange();
  };
  const restore = async () => {
    if (undo) await library.restoreArticle(undo);
    setUndo(null);
    onChange();
  };

  if (!list) return <p class="muted">…</p>;
  return (
    <section aria-labelledby="art-h">
      <h2 id="art-h" class="sr-only">{t('tabArticles')}</h2>
      {undo && (
        <p class="notice" role="status">{t('deleted', undo.article.title)} <button type="button" onClick={restore}>{t('undo')}</button></p>
      )}
      {!list.length ? <p class="muted">{t('emptyLibrary')}</p> : (
        <>
          <p class="muted">{t('showing', Math.min(shown, list.length), total)}</p>
          <table class="articles">
            <thead><tr><th scope="col">{t('colTitle')}</th><th scope="col">{t('colSite')}</th><th scope="col">{t('colPublished')}</th><th scope="col">{t('colSaved')}</th><th scope="col">{t('colDocs')}</th><th scope="col"><span class="sr-only">{t('delete')}</span></th></tr></thead>
            <tbody>
              {list.slice(0, shown).map((a) => (
                <tr key={a.url}>
                  <td class="title">
                    <a href={a.url} target="_blank" rel="noreferrer noopener" title={t('openOriginal')}>{a.title}</a>
                    {editing === a.url ? (
                      <form class="tag-edit" onSubmit={(e) => { e.preventDefault(); void saveTags(a.url, ((e.target as HTMLFormElement).elements.namedItem('tags') as HTMLInputElement).value); }}>
                        <label><span class="sr-only">{t('tags')}</span><input name="tags" autoFocus defaultValue={(a.tags ?? []).join(', ')} placeholder={t('tagsHint')} onKeyDown={(e) => e.key === 'Escape' && setEditing(null)} /></label>
                        <button type="submit">OK</button>
                      </form>
                    ) : (
                      <button type="button" class="tags link" onClick={() => setEditing(a.url)} aria-label={`${t('tags')}: ${a.title}`}>
                        {a.tags?.length ? a.tags.join(', ') : `+ ${t('tags')}`}
                      </button>
                    )}
                  </td>
                  <td>{a.site}</td><td>{formatDate(a.published?.slice(0, 10), lang) ?? ''}</td><td>{formatDate(a.savedAt.slice(0, 10), lang)}</td>
                  <td class="num">{a.documents}</td>
                  <td><button type="button" onClick={() => remove(a)} aria-label={`${t('delete')}: ${a.title}`}>{t('delete')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown < total && <div ref={sentinel}><button type="button" onClick={more}>{t('showMore')}</button></div>}
        </>
      )}
    </section>
  );
}
