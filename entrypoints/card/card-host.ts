/** Mounts the hover card in a closed shadow root (utils/page/shadow-host.ts) so page CSS cannot reach it. */
import { CARD_CSS, renderCard } from '../../utils/page/card-view';
import { cardModel } from '../../utils/page/card-model';
import { cardActionsFor } from '../../utils/page/card-actions';
import type { CardHandle } from '../../utils/page/controller';
import { placeCard } from '../../utils/page/placement';
import { createShadowHost } from '../../utils/page/shadow-host';

export function createCard(onClose: () => void, onGone: (cb: () => void) => void): CardHandle {
  let open = false;
  const ui = createShadowHost(document, 'vankien-card', CARD_CSS);
  // An extension reload or update orphans this script: the card goes with it.
  onGone(() => ui.remove());
  const { host } = ui;
  host.setAttribute('data-vankien-ui', '');
  let track: (() => DOMRect | null) | null = null;
  const viewport = () => ({
    // The visible area: clientWidth leaves out a classic scrollbar (innerWidth counts it).
    width: window.visualViewport?.width ?? document.documentElement.clientWidth,
    height: window.visualViewport?.height ?? document.documentElement.clientHeight,
  });
  /** The side the open card took when shown: kept while the page scrolls under it. */
  let side: ReturnType<typeof placeCard>['side'] | undefined;
  const place = (anchor: DOMRect, keep?: typeof side) => {
    const s = host.style;
    const set = (k: string, v: string) => s.setProperty(k, v, 'important');
    set('position', 'fixed');
    set('z-index', '2147483646');
    set('visibility', 'hidden');
    set('left', '0px');
    set('top', '0px');
    const card = ui.container.firstElementChild as HTMLElement | null;
    if (card) card.style.removeProperty('max-height');
    const size = { width: card?.offsetWidth ?? 380, height: card?.offsetHeight ?? 200 };
    const p = placeCard(anchor, size, viewport(), keep);
    side = p.side;
    if (card && p.maxHeight < size.height) card.style.setProperty('max-height', `${Math.floor(p.maxHeight)}px`);
    set('left', `${Math.round(p.left)}px`);
    set('top', `${Math.round(p.top)}px`);
    set('visibility', 'visible');
  };
  // Follow the reference while the page scrolls or the window changes size; hide once it is gone.
  let frame = 0;
  const follow = () => {
    if (!open || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const rect = track?.();
      if (!rect || (rect.width === 0 && rect.height === 0)) return void hideCard();
      place(rect, side);
    });
  };
  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', follow, { capture: true, passive: true } as AddEventListenerOptions);
    window[method]('resize', follow, { passive: true } as AddEventListenerOptions);
    window.visualViewport?.[method]('resize', follow);
    window.visualViewport?.[method]('scroll', follow);
  };
  const hideCard = () => {
    if (!open) return;
    host.style.setProperty('display', 'none', 'important');
    open = false;
    track = null;
    listen(false);
  };
  return {
    show(input, anchor, lang, page) {
      const model = cardModel(input.result, input.mention, input.text, lang);
      if (!model) return false;
      const actions = cardActionsFor(model, page);
      if (!ui.mounted) ui.mount();
      // A choice made from the keyboard re-renders the card: keep the focus on the card's actions.
      const acting = (ui.shadow.activeElement as HTMLElement | null)?.classList.contains('act');
      ui.container.replaceChildren(renderCard(document, model, lang, onClose, actions));
      if (acting) (ui.container.querySelector('.act') as HTMLElement | null)?.focus();
      host.style.setProperty('display', 'block', 'important');
      track = typeof anchor === 'function' ? anchor : null;
      const rect = typeof anchor === 'function' ? anchor() : anchor;
      if (!rect) return true;
      place(rect);
      if (!open) listen(true);
      open = true;
      return true;
    },
    hide: hideCard,
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    isOpen: () => open,
    destroy: () => { hideCard(); cancelAnimationFrame(frame); ui.remove(); },
  };
}
