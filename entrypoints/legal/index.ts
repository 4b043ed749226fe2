/**
 * The reader of a legal database's page of one document, injected by the background before the page
 * script only on those sites (utils/page/legal-bridge.ts): every other article goes without its code.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectLegalDocument } from '../../utils/article/legal';
import { publishLegalReader } from '../../utils/page/legal-bridge';

export default defineUnlistedScript(() => {
  publishLegalReader(globalThis, detectLegalDocument);
});
