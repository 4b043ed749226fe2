/**
 * The catalog as a chunk of its own, for extension pages that need it only on some paths (the
 * options page: the documents tab and exports). It is most of their script's size. Loaded once; a
 * failed load is tried again on the next call.
 */
type CatalogModule = typeof import('./catalog');

let loading: Promise<CatalogModule> | null = null;

export function loadCatalog(): Promise<CatalogModule> {
  loading ??= import('./catalog').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
