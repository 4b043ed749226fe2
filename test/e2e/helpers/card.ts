/**
 * Reading the hover card from tests. Its shadow root is closed, so neither the page nor
 * Playwright's locators can reach it: the DevTools protocol can (DOM.getDocument with pierce
 * lists closed roots), which is what a test needs and what no web page has.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode): DomNode | null {
  if (node.nodeName === 'VANKIEN-CARD') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return null;
}

export interface CardState { present: boolean; visible: boolean; mode: string | null }

export class CardView {
  constructor(private readonly page: Page) {}

  /**
   * Runs `fn` with `this` bound to the card's shadow root; null when there is no card. Node ids go
   * stale when the page's DOM changes between the two protocol calls: then it reads again.
   */
  private async inRoot<T>(fn: string, arg?: unknown): Promise<T | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.readRoot<T>(fn, arg);
      } catch (err) {
        if (attempt >= 5 || !/No node with given id/.test(String(err))) throw err;
      }
    }
  }

  private async readRoot<T>(fn: string, arg?: unknown): Promise<T | null> {
    const session: CDPSession = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = findHost(root);
      const shadow = host?.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = await session.send('DOM.resolveNode', { nodeId: shadow.nodeId });
      const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!, functionDeclaration: fn, arguments: [{ value: arg ?? null }], returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`card query failed: ${exceptionDetails.text}`);
      return result.value as T;
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  async state(): Promise<CardState> {
    const s = await this.inRoot<CardState>(`function () {
      const card = this.querySelector('.card');
      const host = this.host;
      const visible = !!card && getComputedStyle(host).display !== 'none' && getComputedStyle(host).visibility !== 'hidden' && card.getBoundingClientRect().width > 0;
      return { present: true, visible, mode: this.mode };
    }`);
    return s ?? { present: false, visible: false, mode: null };
  }

  async waitFor(state: 'visible' | 'hidden', timeout = 5000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const { visible } = await this.state();
      if (visible === (state === 'visible')) return;
      if (Date.now() > until) throw new Error(`card not ${state} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async text(): Promise<string> {
    return (await this.inRoot<string>(`function () { return this.querySelector('.card')?.textContent ?? ''; }`)) ?? '';
  }

  async texts(selector: string): Promise<string[]> {
    return (await this.inRoot<string[]>(`function (sel) { return [...this.querySelectorAll(sel)].map((e) => e.textContent ?? ''); }`, selector)) ?? [];
  }

  async count(selector: string): Promise<number> {
    return (await this.texts(selector)).length;
  }

  async attrs(selector: string, names: string[]): Promise<Array<Array<string | null>>> {
    return (await this.inRoot<Array<Array<string | null>>>(`function (arg) {
      return [...this.querySelectorAll(arg.sel)].map((e) => arg.names.map((n) => e.getAttribute(n)));
    }`, { sel: selector, names })) ?? [];
  }

  /** The card's text and background colours as computed ("rgb(…)"). */
  async colours(): Promise<{ color: string; background: string } | null> {
    return this.inRoot(`function () {
      const card = this.querySelector('.card');
      if (!card) return null;
      const cs = getComputedStyle(card);
      return { color: cs.color, background: cs.backgroundColor };
    }`);
  }

  /** The centre of the `index`th element matching `selector` in the card (to click it as a reader does). */
  async centreOf(selector: string, index = 0): Promise<{ x: number; y: number } | null> {
    return this.inRoot(`function (a) {
      const el = this.querySelectorAll(a.selector)[a.index];
      const r = el && el.getBoundingClientRect();
      return r && r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }`, { selector, index });
  }

  /** The card's box in viewport coordinates, null when hidden. */
  async box(): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
    return this.inRoot(`function () {
      const r = this.querySelector('.card')?.getBoundingClientRect();
      return r && r.width ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    }`);
  }
}

export const cardOf = (page: Page): CardView => new CardView(page);
