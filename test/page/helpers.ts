import { siteForPage } from '../../utils/article/sites';
import { detectLegalDocument } from '../../utils/article/legal';
/** Shared by the in-page tests: loading a page into the happy-dom window and a controller around it. */
import { vi } from 'vitest';
import { MARK_TAG, WrapHighlightEngine } from '../../utils/highlight';
import { documentCounts, type Message } from '../../utils/messages';
import { cardModel, type CardModel, type Lang } from '../../utils/page/card-model';
import { cardActionsFor } from '../../utils/page/card-actions';
import type { CardActions } from '../../utils/page/card-view';
import { PageController, type CardHandle, type PageDeps } from '../../utils/page/controller';
import { extractReferences, type ExtractOptions, type ExtractResult } from '../../utils/refs';
import { DEFAULT_SETTINGS } from '../../utils/settings';

/** A test host: the page chooses its site with <meta name="vankien-test-site">. */
export const TEST_URL = 'http://127.0.0.1/bai-viet.html';

interface HappyWindow { happyDOM: { setURL(url: string): void } }

/** Replaces the global document's head and body with those of `html`, at `url`. */
export function loadPage(html: string, url = TEST_URL): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
  document.head.innerHTML = head;
  document.body.innerHTML = body;
}

export interface FakeCard extends CardHandle {
  shown: Array<{ model: CardModel; anchor: DOMRect; lang: Lang; actions: CardActions }>;
  hides: number;
  destroyed: boolean;
}

/** A card that records what the controller asks of it. */
export function fakeCard(): FakeCard {
  let open = false;
  const card: FakeCard = {
    shown: [],
    hides: 0,
    destroyed: false,
    // As the real card (entrypoints/card/card-host.ts): the model and the actions it offers.
    show(input, anchor, lang, page) {
      const model = cardModel(input.result, input.mention, input.text, lang);
      if (!model) return false;
      const rect = typeof anchor === 'function' ? anchor() : anchor;
      card.shown.push({ model, anchor: rect ?? new DOMRect(), lang, actions: cardActionsFor(model, page) });
      open = true;
      return true;
    },
    hide() {
      card.hides++;
      open = false;
    },
    contains: () => false,
    isOpen: () => open,
    destroy() {
      card.destroyed = true;
    },
  };
  return card;
}

export interface Harness {
  controller: PageController;
  sent: Message[];
  /** The badge's counts as the background sets them, in order: from each extraction result (as it
   *  answers, utils/background/handlers.ts) and from each page-status message. */
  badge: Array<{ partyDocuments: number; stateDocuments: number }>;
  card: FakeCard;
  extract: ReturnType<typeof vi.fn<(text: string, options: ExtractOptions) => Promise<ExtractResult>>>;
  loadCard: ReturnType<typeof vi.fn<() => Promise<CardHandle>>>;
}

/** A controller on the global document, extracting in-process and highlighting with wrap marks. */
export function makeController(overrides: Partial<PageDeps> = {}): Harness {
  const sent: Message[] = [];
  const badge: Harness['badge'] = [];
  const card = fakeCard();
  const extract = vi.fn(async (text: string, options: ExtractOptions) => extractReferences(text, options));
  const engine = overrides.extract ?? extract;
  const loadCard = vi.fn(async (): Promise<CardHandle> => card);
  const controller = new PageController({
    doc: document,
    win: window as unknown as Window,
    settings: { ...DEFAULT_SETTINGS },
    loadCard,
    lang: 'vi',
    siteOf: siteForPage,
    legal: () => detectLegalDocument,
    engine: () => new WrapHighlightEngine(document),
    // happy-dom's events are all synthetic; the default (isTrusted) is tested on its own.
    trusted: () => true,
    ...overrides,
    send: (m) => {
      sent.push(m);
      badge.push({ partyDocuments: m.partyDocuments, stateDocuments: m.stateDocuments });
    },
    extract: async (text, options) => {
      const r = await engine(text, options);
      badge.push(documentCounts(r));
      return r;
    },
  });
  return { controller, sent, badge, card, extract, loadCard };
}

export const marks = (root: ParentNode = document): Element[] => [...root.querySelectorAll(MARK_TAG)];

/** The marked text of each highlighted item, by item id order, joined across its marks. */
export function markedTexts(root: ParentNode = document): string[] {
  const byId = new Map<number, string>();
  for (const m of marks(root)) {
    const id = Number(m.getAttribute('data-vankien-id'));
    byId.set(id, (byId.get(id) ?? '') + m.textContent);
  }
  return [...byId.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

/** Marked texts of one kind ('party' | 'state'). */
export function markedOfKind(kind: string): string[] {
  const byId = new Map<number, string>();
  for (const m of marks()) {
    if (m.getAttribute('data-kind') !== kind) continue;
    const id = Number(m.getAttribute('data-vankien-id'));
    byId.set(id, (byId.get(id) ?? '') + m.textContent);
  }
  return [...byId.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const statuses = (sent: Message[]) => sent.filter((m) => m.type === 'page-status');
