/**
 * A catalog entry the engine matched turns out to be another document of that number (the reader's
 * record, or the page's own table, says otherwise): everything taken from it goes, so no fact of
 * that other document is shown or saved with this one. Mutates `doc`.
 */
import type { RefDocument } from './types';

export function forgetCatalogEntry(doc: RefDocument): void {
  for (const f of ['body', 'term', 'date', 'title'] as const) {
    if (doc.sources[f] === 'catalog') { delete doc[f]; delete doc.sources[f]; }
  }
  delete doc.catalog;
}
