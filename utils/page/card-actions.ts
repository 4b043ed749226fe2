/**
 * Which of the page's actions the card offers for the document it shows: the choice only where
 * there are candidates, undo only after a pick, the library's page only where the library has the
 * document. Part of the card's code (entrypoints/card), not of the page script.
 */
import type { CardModel } from './card-model';
import type { CardActions } from './card-view';
import type { PageCardActions } from './controller';

export function cardActionsFor(model: CardModel, page: PageCardActions): CardActions {
  // The library has it: saved articles cite it, or a fact shown came from the library.
  const known = model.citedInSaved > 0 || model.fields.some((f) => f.fromLibrary || (f.fromReader && !f.chosen));
  return {
    ...(model.candidates.length > 0 ? { choose: page.choose } : {}),
    ...(model.chosen ? { unchoose: page.unchoose } : {}),
    ...(page.openInLibrary && known ? { openInLibrary: page.openInLibrary } : {}),
  };
}
