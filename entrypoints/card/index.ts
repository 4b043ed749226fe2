/**
 * The hover card's code, injected by the background into a frame whose page script asks for it on
 * the reader's first hover (utils/page/card-bridge.ts): the page script itself stays small. Outside
 * WXT's content-script runtime, like the first stage: it only leaves its factory for the page script.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishCard } from '../../utils/page/card-bridge';
import { createCard } from './card-host';

export default defineUnlistedScript(() => {
  publishCard(globalThis, { createCard });
});
