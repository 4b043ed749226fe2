/**
 * Where the page script finds the hover card's code. The card (its view, placement and shadow root,
 * a tenth of the in-page code) is needed only once a reader points at a reference: the background
 * injects it (entrypoints/card) into the frame on the first hover, and it leaves its factory here, in
 * a symbol-keyed slot of the frame's isolated world that page scripts can neither see nor imitate.
 */
import type { CardHandle } from './controller';

export interface CardFactory {
  /** `onGone`: registers what to do when the extension orphans the page script (reload, update). */
  createCard(onClose: () => void, onGone: (cb: () => void) => void): CardHandle;
}

const CARD = Symbol.for('vankien.card');
type Slot = { [CARD]?: unknown };

export function publishCard(global: object, factory: CardFactory): void {
  (global as Slot)[CARD] = factory;
}

export function cardFactoryOf(global: object): CardFactory | undefined {
  const f = (global as Slot)[CARD] as Partial<CardFactory> | undefined;
  return f && typeof f.createCard === 'function' ? (f as CardFactory) : undefined;
}
