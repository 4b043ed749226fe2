/**
 * Where the two stages of the content script meet in one frame. The first stage (entrypoints/
 * news-gate.ts) runs on every page of a supported site and loads the second (entrypoints/
 * page) only when the page may be an article. A message that reaches the frame before the
 * second stage is there (the popup asking about a listing page) is handed over to it once loaded.
 * Both run in the extension's isolated world of the frame, whose global object page scripts cannot
 * see, so that is where the second stage says how it answers.
 */
const PAGE_SCRIPT = Symbol.for('vankien.page-script');

export interface PageScript {
  /** The second stage's message listener (utils/rpc.ts `listener`, answering once its first scan has
   *  settled): the reply's promise, or undefined when the message is not its own. */
  answer(raw: unknown, sender: unknown): Promise<unknown> | undefined;
}

type Registry = { [PAGE_SCRIPT]?: PageScript };

/** Makes `script` the frame's second stage; returns what withdraws it (only if still the current one). */
export function publishPageScript(global: object, script: PageScript): () => void {
  const registry = global as Registry;
  registry[PAGE_SCRIPT] = script;
  return () => {
    if (registry[PAGE_SCRIPT] === script) delete registry[PAGE_SCRIPT];
  };
}

export function pageScriptOf(global: object): PageScript | undefined {
  return (global as Registry)[PAGE_SCRIPT];
}

/** What the popup asks of a page: worth loading the second stage for. A keyboard command or
 *  "close the card" on a page without highlights has nothing to act on. */
export const LOADS_PAGE_SCRIPT: ReadonlySet<string> = new Set(['get-page', 'save-payload', 'focus-document', 'scan-anyway', 'choose-candidate']);
