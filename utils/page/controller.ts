/**
 * The in-page experience for one tab: detect the article, extract its references, highlight them,
 * explain one on hover or keyboard focus, keep up with pages that change, and clean up completely.
 * Everything the browser or extension provides comes in through `PageDeps`, so the controller runs
 * in happy-dom tests as in the content script.
 */
import { detectArticleOn, type LegalReader } from '../article/detect';
import type { ArticleDetection, Site } from '../article/types';
import type { LegalDocumentMeta } from '../article/types';
import {
  collectText, createEngine, itemsFromMentions, runChunked, yieldToMain,
  type HighlightEngine, type HighlightItem, type TextMap,
} from '../highlight';
import type { ExtractOptions, ExtractResult } from '../refs';
import type { Message, PageSummary, SavePayloadReply } from '../messages';
import { documentCounts } from '../messages';
import { LIMITS, clip } from '../limits';
import { isExtractResult } from '../protocols';
import { DEFAULT_COLORS, type Settings } from '../settings/values';
import { applyColors } from '../highlight/colors';
import { customSiteFor } from '../custom-sites';
import { isVietnamesePage } from '../article/vietnamese';
import type { Lang } from './card-model';
import { chooseCandidate, undoChoice } from './choice';
import { docIdOf } from '../db/schema';
import { sentenceAround } from './sentence';
import { leaveMeasure } from './timeline';

/** What the card explains: mention `mention` of `result`, read from `text`. The card's code (loaded
 *  apart, entrypoints/card) turns it into what it shows, so the page script carries none of that. */
export interface CardInput {
  result: ExtractResult;
  mention: number;
  text: string;
}

/** What the page can do for the card; the card offers each only where it applies (card-actions.ts). */
export interface PageCardActions {
  /** Settle the document on candidate `index` (the choice the card offers). */
  choose(index: number): void;
  /** Undo the reader's pick. */
  unchoose(): void;
  /** Open the library's page of the document; absent where the page cannot. */
  openInLibrary?: () => void;
}

export interface CardHandle {
  /** `anchor`: the reference's box, or a way to read it again as the page scrolls (null once gone).
   *  False when the mention has nothing to explain (no card shown). */
  show(input: CardInput, anchor: DOMRect | (() => DOMRect | null), lang: Lang, actions: PageCardActions): boolean;
  hide(): void;
  /** The card's host element, so pointer moves over it keep it open. */
  contains(target: EventTarget | null): boolean;
  isOpen(): boolean;
  destroy(): void;
}

export interface PageDeps {
  doc: Document;
  win: Window;
  settings: Settings;
  /** The badge's news to the background. */
  send(message: Extract<Message, { type: 'page-status' }>): void;
  /** Loaded on first use: the card's UI is not needed until a reader points at a reference. */
  loadCard(): Promise<CardHandle>;
  lang: Lang;
  /** The built-in site the page is on: handed over by the background in the extension
   *  (utils/page/site-handoff.ts), looked up in the list in tests (utils/article/sites.ts siteForPage). */
  siteOf(doc: Document, url: string): Site | undefined;
  /** How a legal database's page of one document is read, where the site is one (injected there). */
  legal?: () => LegalReader | undefined;
  /** The reference engine, wherever it runs (the background in the extension, in-process in tests).
   *  `legal`: on a legal database's page of one document, what the page prints about it (applied
   *  by the background, utils/background/legal-facts.ts). */
  extract(text: string, options: ExtractOptions & { legal?: LegalDocumentMeta }): Promise<ExtractResult>;
  engine?: () => HighlightEngine;
  /**
   * Whether an input event came from the reader. Default: `isTrusted` — page script can dispatch
   * synthetic pointer events to open the card and read what it says; those are ignored.
   */
  trusted?: (e: Event) => boolean;
  /** Called once a scan has put highlights on the page: only then is there anything to clean up. */
  onHighlighted?: () => void;
  /** Open the library's page of a document (record id or key), for the card's link. */
  openLibrary?(id: string): void;
}

export interface PageState {
  detection: ArticleDetection | null;
  result: ExtractResult | null;
  map: TextMap | null;
  items: HighlightItem[];
  engine: string | null;
}

/**
 * Records a slice of main-thread work in the page's performance timeline (names "vankien:…", read
 * by `npm run bench:page`; only in the builds for tests, ./timeline.ts) and returns its duration.
 */
function measure(name: string, start: number): number {
  const end = performance.now();
  leaveMeasure(`vankien:${name}`, { start, end });
  return end - start;
}

/** Where to cut text at most `max` long: the last paragraph break before it, else at `max`. */
function cutAt(text: string, max: number): number {
  const nl = text.lastIndexOf('\n', max);
  return nl > max * 0.9 ? nl : max;
}

const HOVER_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;
const RESCAN_DEBOUNCE_MS = 400;

export class PageController {
  private engine: HighlightEngine | null = null;
  private map: TextMap | null = null;
  private result: ExtractResult | null = null;
  private detection: ArticleDetection | null = null;
  /** The built-in site the page is on (read once per scan: the engine needs its province). */
  private site: Site | undefined;
  private items: HighlightItem[] = [];
  private run: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private card: CardHandle | null = null;
  private cardLoading: Promise<CardHandle> | null = null;
  private hovered: number | null = null;
  private focused: number | null = null;
  private frame = 0;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private destroyed = false;
  /** The reader asked to scan this page although it is not a detected article of a supported site. */
  private forced = false;
  private supported = false;
  /** Resolves when the current scan has finished (tests and the benchmark wait on it). */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly deps: PageDeps) {
    this.onPointerMove = this.onPointerMove.bind(this);
    this.onKeyDown = this.onKeyDown.bind(this);
  }

  /** Detects and highlights; safe to call again at any time (it replaces what the last run did). */
  start(): Promise<void> {
    this.idle = this.scan();
    return this.idle;
  }

  state(): PageState {
    return { detection: this.detection, result: this.result, map: this.map, items: this.items, engine: this.engine?.name ?? null };
  }

  private async scan(): Promise<void> {
    if (this.destroyed) return;
    const { doc, win, settings } = this.deps;
    this.run?.abort();
    const run = (this.run = new AbortController());
    const scanStart = performance.now();
    // Unsupported sites cost one host lookup and nothing else.
    // The reader's opt-in mode adds any page in Vietnamese, decided from its language and title alone.
    this.site = this.deps.siteOf(doc, win.location.href);
    this.supported = !!(this.site ?? customSiteFor(win.location.hostname, settings.customSites ?? [])) ||
      (settings.anyVietnamesePage === true && isVietnamesePage(doc));
    if (!this.supported && !this.forced) {
      measure('unsupported', scanStart);
      return this.reset();
    }
    const detection = detectArticleOn(doc, win.location.href, this.site, this.deps.legal?.());
    let busy = measure('detect', scanStart);
    if (this.forced && !detection.isArticle && doc.body) {
      // Scanned on request: the whole page, minus what is never text (the text map skips those).
      Object.assign(detection, { bodies: [doc.body], exclude: [] });
    }
    if ((!detection.isArticle && !this.forced) || !settings.highlight) {
      this.reset();
      this.detection = detection;
      this.status({ type: 'page-status', article: detection.isArticle, partyDocuments: 0, stateDocuments: 0 });
      this.watch(null);
      return;
    }
    let t = performance.now();
    // Clear first: the wrap engine's marks split text nodes, and the new map must see the page's own.
    this.clearHighlights();
    const map = collectText(detection.bodies, { exclude: detection.exclude });
    busy += measure('collect', t);
    await yieldToMain();
    if (run.signal.aborted) return;
    const result = await this.extract(map, detection);
    if (!result) return;
    // A newer scan asked since: the background shows its answer, not this one's.
    if (run.signal.aborted) return;
    // The background set the badge from this result as it answered: nothing to send for it.
    this.lastStatus = statusKey({ type: 'page-status', article: detection.isArticle, ...documentCounts(result) });
    t = performance.now();
    this.detection = detection;
    this.map = map;
    this.result = result;
    this.items = itemsFromMentions(result);
    const engine = (this.engine ??= (this.deps.engine ?? (() => createEngine(doc)))());
    const colors = settings.colors;
    const custom = colors && (colors.party !== DEFAULT_COLORS.party || colors.state !== DEFAULT_COLORS.state);
    applyColors(doc, custom ? colors : null);
    this.pause();
    busy += measure('prepare', t);
    let slices = 0, longest = 0;
    await runChunked(this.items, (item) => engine.add([item], map), {
      signal: run.signal,
      onSlice: (ms) => { slices += ms; longest = Math.max(longest, ms); },
    });
    this.resume();
    if (run.signal.aborted) return;
    busy += slices;
    leaveMeasure('vankien:highlight', { start: t, duration: slices, detail: { longestSlice: longest } });
    leaveMeasure('vankien:scan', { start: scanStart, end: performance.now(), detail: { mainThreadMs: busy, items: this.items.length } });
    this.listen();
    this.watch(detection.bodies);
    if (this.items.length) this.deps.onHighlighted?.();
  }

  /** The engine's reading of the text (in the background worker), or null when it gave none. */
  private async extract(map: TextMap, detection: ArticleDetection): Promise<ExtractResult | null> {
    const { settings } = this.deps;
    try {
      const asked = performance.now();
      // Beyond the engine's bound, the page's start is read (a mention never spans the cut: it
      // falls at a paragraph break when there is one).
      const text = map.text.length <= LIMITS.extractText ? map.text : map.text.slice(0, cutAt(map.text, LIMITS.extractText));
      // The paper's own province, for local documents the text does not place (the test override honoured).
      const locality = this.site?.locality;
      const legal = detection.legalDocument;
      const reply = await this.deps.extract(text, { articleDate: detection.published?.slice(0, 10), state: settings.stateDocuments, ...(locality ? { locality } : {}), ...(legal ? { legal } : {}) });
      // Waiting, not main-thread work: the engine runs in the background worker.
      leaveMeasure('vankien:extract-wait', { start: asked, end: performance.now() });
      if (!isExtractResult(reply)) throw new Error('the background gave no extraction result');
      return reply;
    } catch (e) {
      // The background is reloading or refused the text: the next scan (navigation, mutation) tries again.
      console.warn('VanKien: extraction failed', e);
      return null;
    }
  }

  // A new page's badge is empty already (the browser clears a tab's badge when it navigates): a page
  // that is not an article sends nothing, and so does not wake the background worker.
  private lastStatus = statusKey({ type: 'page-status', article: false, partyDocuments: 0, stateDocuments: 0 });
  /** The badge's news, sent only when it changed (a busy listing page re-detects often). */
  private status(m: Extract<Message, { type: 'page-status' }>): void {
    const key = statusKey(m);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.deps.send(m);
  }

  /** Keyboard navigation: focus the next or previous reference, scroll to it, explain it. */
  async navigate(direction: 'next' | 'previous'): Promise<void> {
    await this.idle;
    if (!this.engine || !this.items.length) return;
    const n = this.items.length;
    const at = this.focused === null ? -1 : this.items.findIndex((it) => it.id === this.focused);
    const cur = at >= 0 ? at : direction === 'next' ? -1 : n;
    const next = (cur + (direction === 'next' ? 1 : -1) + n) % n;
    this.focus(this.items[next].id);
  }

  focus(id: number | null, withCard = true): void {
    this.focused = id;
    this.engine?.setFocus(id);
    if (id === null) return void this.card?.hide();
    const range = this.engine?.rangeOf(id);
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (withCard) void this.showCard(id);
    else this.card?.hide();
  }

  /** Scan this page on the reader's request, whatever the site or detection said. */
  scanAnyway(): Promise<void> {
    this.forced = true;
    return this.start();
  }

  /** What the popup shows. */
  summary(): PageSummary {
    const d = this.detection;
    const status: PageSummary['status'] = !this.supported && !this.forced ? 'unsupported'
      : !d ? 'scanning' : d.isArticle ? 'article' : 'not-article';
    return {
      status,
      forced: this.forced,
      title: d?.title ?? this.deps.doc.title,
      site: d?.site ?? this.deps.win.location.hostname,
      published: d?.published,
      author: d?.author,
      canonicalUrl: d?.canonicalUrl ?? this.deps.win.location.href.split('#')[0],
      ...(this.deps.win.location.href.length <= LIMITS.url ? { pageUrl: this.deps.win.location.href } : {}),
      documents: this.result?.documents ?? [],
    };
  }

  /** The article and its citations for the library: sentences around each document's mentions. */
  /**
   * The article and its citations for the library, with the page's metadata clipped to what the
   * library keeps (page script controls it); or why it cannot be saved.
   */
  savePayload(): SavePayloadReply {
    const d = this.detection, r = this.result, map = this.map;
    if (!d || !r || !map) return { ok: false, reason: 'not-ready' };
    if (map.text.length > LIMITS.articleText) return { ok: false, reason: 'too-long', length: map.text.length, limit: LIMITS.articleText };
    const pageUrl = this.deps.win.location.href;
    const url = d.canonicalUrl.length <= LIMITS.url ? d.canonicalUrl : pageUrl;
    if (url.length > LIMITS.url) return { ok: false, reason: 'address-too-long' };
    return {
      ok: true,
      payload: {
        article: {
          url,
          ...(pageUrl.length <= LIMITS.url ? { pageUrl } : {}),
          title: clip(d.title ?? this.deps.doc.title, LIMITS.title) ?? '',
          site: clip(d.site ?? this.deps.win.location.hostname, LIMITS.short) ?? '',
          author: clip(d.author, LIMITS.short),
          published: d.published && d.published.length <= 40 ? d.published : undefined,
          lead: clip(d.lead, LIMITS.lead),
          text: map.text,
          lang: (this.deps.doc.documentElement.lang || '').slice(0, 10) || undefined,
        },
        documents: r.documents.map((doc) => ({
          doc,
          mentions: doc.mentions.length,
          sentences: [...new Set(doc.mentions.slice(0, 12).map((i) => sentenceAround(map.text, r.mentions[i].start, r.mentions[i].end)))].slice(0, 5),
        })),
      },
    };
  }

  /**
   * The popup's way to the card's choice: pick candidate `index` of the open document `key`, or
   * (null) undo the pick; the card shows it the next time it opens.
   */
  chooseDocument(key: string, index: number | null): boolean {
    const doc = this.result?.documents.find((d) => d.key === key && (index === null ? d.chosenFrom : d.candidates?.length));
    if (!doc) return false;
    this.closeCard();
    return index === null ? undoChoice(doc) : chooseCandidate(doc, index);
  }

  /** Scroll to a document's mention (position wraps around) and flash it; null if not on the page. */
  focusDocument(key: string, position: number): { position: number; total: number } | null {
    const r = this.result;
    const doc = r?.documents.find((d) => d.key === key);
    if (!r || !doc || !doc.mentions.length) return null;
    const total = doc.mentions.length;
    const pos = ((position % total) + total) % total;
    const m = r.mentions[doc.mentions[pos]];
    // The highlight that shows this mention (a list shares one span with its first mention).
    const item = this.items.find((it) => it.start === m.start && it.end === m.end);
    if (!item) return null;
    this.focus(item.id, false);
    const engine = this.engine;
    // Flash: focus style off and on again, so the eye finds it after the scroll.
    let n = 0;
    const flash = setInterval(() => {
      if (++n > 5 || this.focused !== item.id) return clearInterval(flash);
      engine?.setFocus(n % 2 ? null : item.id);
    }, 180);
    return { position: pos, total };
  }

  closeCard(): void {
    this.hovered = null;
    this.card?.hide();
    if (this.focused !== null) {
      this.focused = null;
      this.engine?.setFocus(null);
    }
  }

  destroy(): void {
    this.destroyed = true;
    applyColors(this.deps.doc, null);
    this.run?.abort();
    for (const timer of [this.rescanTimer, this.hoverTimer, this.hideTimer]) clearTimeout(timer);
    if (this.frame) this.deps.win.cancelAnimationFrame(this.frame);
    this.reset();
    this.card?.destroy();
    this.card = null;
  }

  private reset(): void {
    this.clearHighlights();
    this.observer?.disconnect();
    this.observer = null;
    this.observing = false;
    this.unlisten();
    this.detection = null;
    this.result = null;
    this.map = null;
    this.items = [];
  }

  private clearHighlights(): void {
    this.pause();
    this.engine?.clear();
    this.resume();
    this.card?.hide();
    this.hovered = this.focused = null;
  }

  // ---- hover and keyboard -------------------------------------------------------------------

  private listening = false;
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.deps.doc.addEventListener('mousemove', this.onPointerMove, { passive: true });
    this.deps.doc.addEventListener('keydown', this.onKeyDown, true);
  }

  private unlisten(): void {
    if (!this.listening) return;
    this.listening = false;
    this.deps.doc.removeEventListener('mousemove', this.onPointerMove);
    this.deps.doc.removeEventListener('keydown', this.onKeyDown, true);
  }

  private isTrusted(e: Event): boolean {
    return this.deps.trusted ? this.deps.trusted(e) : e.isTrusted;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.isTrusted(e)) return;
    if (e.key === 'Escape' && this.card?.isOpen()) this.closeCard();
  }

  private onPointerMove(e: MouseEvent): void {
    if (!this.isTrusted(e)) return;
    this.lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.frame) return;
    // One hit test per frame, however fast the pointer moves.
    this.frame = this.deps.win.requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.lastPointer;
      if (!p || !this.engine) return;
      if (this.card?.contains(p.target)) return void clearTimeout(this.hideTimer);
      const id = this.engine.itemAt(p.x, p.y);
      if (id === this.hovered) return;
      this.hovered = id;
      clearTimeout(this.hoverTimer);
      if (id === null) {
        clearTimeout(this.hideTimer);
        this.hideTimer = setTimeout(() => { if (this.hovered === null && this.focused === null) this.card?.hide(); }, HIDE_DELAY_MS);
        return;
      }
      clearTimeout(this.hideTimer);
      this.hoverTimer = setTimeout(() => { if (this.hovered === id) void this.showCard(id); }, HOVER_DELAY_MS);
    });
  }

  private async showCard(id: number): Promise<void> {
    const m = this.result?.mentions[id];
    if (!this.result || !this.map || !this.engine || !m || !this.result.documents[m.doc]) return;
    const range = this.engine.rangeOf(id);
    if (!range) return;
    const card = this.card ?? (await (this.cardLoading ??= this.deps.loadCard()));
    if (this.destroyed) return card.destroy();
    this.card = card;
    if (!this.result || !this.map) return;
    const box = (): DOMRect | null => {
      if (!range.startContainer.isConnected) return null;
      const rects = range.getClientRects();
      return rects.length ? rects[0] : range.getBoundingClientRect();
    };
    card.show({ result: this.result, mention: id, text: this.map.text }, box, this.deps.lang, this.actionsFor(id));
  }

  /** The choice among candidates the card offers: it settles the document for this page (and for
   *  the library, if the reader saves it) and can be undone. */
  private actionsFor(id: number): PageCardActions {
    const doc = () => (this.result ? this.result.documents[this.result.mentions[id]?.doc] : undefined);
    const redo = (changed: boolean) => { if (changed) void this.showCard(id); };
    const open = this.deps.openLibrary;
    return {
      choose: (i: number) => { const d = doc(); redo(!!d && chooseCandidate(d, i)); },
      unchoose: () => { const d = doc(); redo(!!d && undoChoice(d)); },
      ...(open ? { openInLibrary: () => { const d = doc(); if (d) open(docIdOf(d.key, d.term, d.locality)); } } : {}),
    };
  }


  // ---- pages that change ------------------------------------------------------------------

  /**
   * Re-scan when the article's text changes (late paragraphs, a framework re-rendering the body)
   * or when the body is replaced; changes elsewhere (comments, ads) and our own are ignored.
   */
  private watch(bodies: Element[] | null): void {
    this.observer?.disconnect();
    this.observing = false;
    const root = this.deps.doc.body;
    if (!root) return;
    this.observer = new MutationObserver((records) => {
      // Not an article (yet): only prose arriving can make it one (a script rendering the article);
      // ads, images and counters coming and going on a listing page do not cost a new detection.
      const relevant = !bodies ? addsProse(records) : bodies.some((b) => !b.isConnected) ||
        records.some((r) => bodies.some((b) => b.contains(r.target)) && !this.isOwn(r.target));
      if (!relevant) return;
      clearTimeout(this.rescanTimer);
      this.rescanTimer = setTimeout(() => void this.start(), RESCAN_DEBOUNCE_MS);
    });
    this.resume();
  }

  private observing = false;

  private pause(): void {
    if (!this.observer || !this.observing) return;
    this.observer.takeRecords();
    this.observer.disconnect();
    this.observing = false;
  }

  private resume(): void {
    if (!this.observer || this.observing || !this.deps.doc.body) return;
    this.observer.observe(this.deps.doc.body, { childList: true, subtree: true, characterData: true });
    this.observing = true;
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest('vankien-mark, vankien-card, [data-vankien-ui]');
  }
}

/** Enough text added to the page that an article may have appeared (a few teasers' worth). */
const PROSE_ADDED = 400;

function addsProse(records: readonly MutationRecord[]): boolean {
  let added = 0;
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n as Element).closest('vankien-mark, vankien-card, [data-vankien-ui]')) continue;
      added += n.textContent?.length ?? 0;
      if (added >= PROSE_ADDED) return true;
    }
  }
  return false;
}

/** What the badge shows for a status, whatever order its fields were written in. */
function statusKey(m: Extract<Message, { type: 'page-status' }>): string {
  return `${m.article}|${m.partyDocuments}|${m.stateDocuments}`;
}
