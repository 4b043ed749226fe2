/**
 * Background: the toolbar badge (party documents found on each tab) and the keyboard commands that
 * move between references. The library arrives here with the popup.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeText, parseMessage, type Message } from '../utils/messages';
import { extractSegmented } from '../utils/page/segmented-extract';

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const m = parseMessage(raw);
    const tabId = sender.tab?.id;
    // Only a content script speaks for a tab; anything malformed is refused.
    if (!m || tabId === undefined) return;
    if (m.type === 'extract') {
      // Huge pages go in segments so one message never holds the worker for long.
      return extractSegmented(m.text, { articleDate: m.articleDate, state: m.state }, () => Promise.resolve());
    }
    if (m.type !== 'page-status') return;
    void action.setBadgeText({ tabId, text: badgeText(m.partyDocuments) });
    void action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    void action.setTitle({
      tabId,
      title: m.article
        ? `VanKien: ${m.partyDocuments} văn bản của Đảng, ${m.stateDocuments} văn bản nhà nước`
        : 'VanKien',
    });
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const direction = command === 'next-reference' ? 'next' : command === 'previous-reference' ? 'previous' : null;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'navigate', direction };
    browser.tabs.sendMessage(tab.id, message).catch(() => { /* no content script on this tab */ });
  });
});
