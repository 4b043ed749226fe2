/**
 * Work the options page starts before its first render: opening the library and, when the page opens
 * on the search tab, loading the search index. IndexedDB does its part off the main thread, so it
 * runs while the page draws instead of after.
 */
import { openLibrary, type Library } from '../../utils/db';
import { createSearchIndex, type SearchIndex } from '../../utils/library/search';
import { loadCatalog } from '../../utils/refs/catalog-loader';

export const libraryOpening: Promise<Library> = openLibrary();

let indexLoading: Promise<SearchIndex> | null = null;

/** The search index, loaded once (a failed load is tried again on the next call). */
export function searchIndex(): Promise<SearchIndex> {
  indexLoading ??= libraryOpening.then((l) => createSearchIndex(l)).then((i) => {
    performance.mark(`vankien:index-${i.openedFrom}`);
    return i;
  }, (e) => {
    indexLoading = null;
    throw e;
  });
  return indexLoading;
}

if (location.hash === '#search') searchIndex().catch(() => { /* reported when the page asks for it */ });
// The documents tab (the first one) shows the catalog's facts: fetch its chunk while the library opens.
const firstTab = location.hash.slice(1).split('/')[0];
if (!firstTab || firstTab === 'documents') loadCatalog().catch((e: unknown) => console.warn('VanKien: catalog', e));
