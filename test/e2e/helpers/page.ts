/** Reading VanKien's effects from a page: registered highlight ranges, the card, the badge. */
import type { Page, Worker } from 'playwright-core';

/** The extension APIs as seen from its service worker (no @types/chrome in this project). */
interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeApi;

export interface Highlights { party: string[]; state: string[]; focus: string[] }

/** The ranges registered in CSS.highlights (the page's main world sees the same registry). */
export function highlights(page: Page): Promise<Highlights> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const read = (name: string) => [...(reg.get(name) ?? [])].map((r) => r.toString());
    return { party: read('vankien-party'), state: read('vankien-state'), focus: read('vankien-focus') };
  });
}

export async function waitForHighlights(page: Page, min = 1, timeout = 10_000): Promise<Highlights> {
  await page.waitForFunction((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party');
    return !!h && h.size >= n;
  }, min, { timeout });
  return highlights(page);
}

/** Centre of the n-th party highlight on screen, scrolled into view first. */
export async function pointAtHighlight(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...(reg.get('vankien-party') ?? []), ...(reg.get('vankien-state') ?? [])];
    const r = ranges.find((x) => x.toString() === wanted);
    if (!r) throw new Error(`no highlight "${wanted}"`);
    (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, text);
}

/** The extension has no "tabs" permission, so it cannot read tab URLs: tests use the active tab. */
export async function badgeOf(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** What a keyboard command does: the background sends the tab a navigate message. */
export async function sendCommand(worker: Worker, direction: 'next' | 'previous'): Promise<void> {
  await worker.evaluate(async (d) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type: 'navigate', direction: d });
  }, direction);
}
