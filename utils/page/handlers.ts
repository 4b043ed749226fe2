/**
 * What the content script answers (ContentApi): the popup's questions and the background's
 * keyboard commands, put to the page's live controller. No controller (the script is restarting
 * or ending): nothing is answered, and the caller hears 'refused'.
 */
import type { ContentApi } from '../protocols';
import type { Handlers } from '../rpc';
import type { PageController } from './controller';

export type LiveController = Pick<PageController, 'idle' | 'navigate' | 'closeCard' | 'summary' | 'savePayload' | 'focusDocument' | 'scanAnyway' | 'chooseDocument'>;

export function contentHandlers(live: () => LiveController | null | undefined): Handlers<ContentApi> {
  return {
    navigate: (m) => void live()?.navigate(m.direction),
    'close-card': () => live()?.closeCard(),
    // After the scan under way, so the popup never shows a half-read page.
    'get-page': () => {
      const c = live();
      return c?.idle.then(() => c.summary());
    },
    'save-payload': () => {
      const c = live();
      return c?.idle.then(() => c.savePayload());
    },
    'focus-document': (m) => {
      const c = live();
      return c ? Promise.resolve(c.focusDocument(m.key, m.position)) : undefined;
    },
    'choose-candidate': (m) => {
      const c = live();
      return c?.idle.then(() => { c.chooseDocument(m.key, m.index); return c.summary(); });
    },
    'scan-anyway': () => {
      const c = live();
      return c?.scanAnyway().then(() => c.summary());
    },
  };
}
