/** Mounts the hover card in a shadow root (WXT's content-script UI) so page CSS cannot reach it. */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_CSS, renderCard } from '../../utils/page/card-view';
import type { CardHandle } from '../../utils/page/controller';

const MARGIN = 8;

export async function createCard(ctx: ContentScriptContext, onClose: () => void): Promise<CardHandle> {
  let open = false;
  const ui = await createShadowRootUi(ctx, {
    name: 'vankien-card',
    position: 'inline',
    // Closed: page script cannot read the card, which carries what the reader's library knows.
    mode: 'closed',
    anchor: 'body',
    append: 'last',
    css: CARD_CSS,
    // CARD_CSS resets the host itself without !important, so the inline position below can win.
    inheritStyles: true,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: () => undefined,
  });
  const host = ui.shadowHost;
  host.setAttribute('data-vankien-ui', '');
  const place = (anchor: DOMRect) => {
    const s = host.style;
    const set = (k: string, v: string) => s.setProperty(k, v, 'important');
    set('position', 'fixed');
    set('z-index', '2147483646');
    set('visibility', 'hidden');
    set('left', '0px');
    set('top', '0px');
    const card = ui.uiContainer.firstElementChild as HTMLElement | null;
    const w = card?.offsetWidth ?? 380, h = card?.offsetHeight ?? 200;
    const vw = window.innerWidth, vh = window.innerHeight;
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - w - MARGIN));
    // Below the reference when it fits, else above it.
    const below = anchor.bottom + MARGIN;
    const top = below + h <= vh - MARGIN || anchor.top - h - MARGIN < MARGIN ? Math.min(below, vh - h - MARGIN) : anchor.top - h - MARGIN;
    set('left', `${Math.round(left)}px`);
    set('top', `${Math.round(Math.max(MARGIN, top))}px`);
    set('visibility', 'visible');
  };
  return {
    show(model, anchor, lang) {
      if (!ui.mounted) ui.mount();
      ui.uiContainer.replaceChildren(renderCard(document, model, lang, onClose));
      host.style.setProperty('display', 'block', 'important');
      place(anchor);
      open = true;
    },
    hide() {
      if (!open) return;
      host.style.setProperty('display', 'none', 'important');
      open = false;
    },
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    isOpen: () => open,
    destroy: () => ui.remove(),
  };
}
