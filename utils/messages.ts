/**
 * Messages between the content script, the background and (later) the popup. Every message is a
 * typed, tagged object; `parseMessage` refuses anything else, since any extension page or content
 * script can send to the background.
 */

export type Message =
  /** Content script → background: find the references in an article's text (the engine and its
   *  catalog live in the background, off the page's main thread and out of the content script). */
  | { type: 'extract'; text: string; articleDate?: string; state: boolean }
  /** Content script → background: what this tab's page holds, for the badge. */
  | { type: 'page-status'; article: boolean; partyDocuments: number; stateDocuments: number }
  /** Background → content script: a keyboard command. */
  | { type: 'navigate'; direction: 'next' | 'previous' }
  /** Background → content script: close the card. */
  | { type: 'close-card' };

/** The longest article text accepted for extraction (characters): far above any real page. */
export const MAX_TEXT = 20_000_000;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e7;

export function parseMessage(m: unknown): Message | null {
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'page-status':
      return typeof o.article === 'boolean' && isCount(o.partyDocuments) && isCount(o.stateDocuments)
        ? { type: 'page-status', article: o.article, partyDocuments: o.partyDocuments, stateDocuments: o.stateDocuments }
        : null;
    case 'extract':
      return typeof o.text === 'string' && o.text.length <= MAX_TEXT && typeof o.state === 'boolean' &&
        (o.articleDate === undefined || (typeof o.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(o.articleDate)))
        ? { type: 'extract', text: o.text, state: o.state, ...(o.articleDate ? { articleDate: o.articleDate.slice(0, 10) } : {}) }
        : null;
    case 'navigate':
      return o.direction === 'next' || o.direction === 'previous' ? { type: 'navigate', direction: o.direction } : null;
    case 'close-card':
      return { type: 'close-card' };
    default:
      return null;
  }
}

/** The badge text for a count of party documents: nothing for none, "99+" past two digits. */
export function badgeText(partyDocuments: number): string {
  if (partyDocuments <= 0) return '';
  return partyDocuments > 99 ? '99+' : String(partyDocuments);
}
