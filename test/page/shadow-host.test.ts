// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../utils/page/shadow-host';

afterEach(() => { document.body.replaceChildren(); });

describe('the card\'s shadow host', () => {
  it('is not in the page until mounted; its root is closed to page script; its style and content are inside', () => {
    const ui = createShadowHost(document, 'vankien-card', '.card { color: red; }');
    expect(ui.mounted).toBe(false);
    ui.mount();
    expect(ui.mounted).toBe(true);
    expect(document.querySelector('vankien-card')).toBe(ui.host);
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.shadow.querySelector('style')?.textContent).toContain('.card');
    expect(ui.shadow.contains(ui.container)).toBe(true);
  });

  it('keys pressed inside the card do not reach the page\'s shortcuts; keys elsewhere do', () => {
    const ui = createShadowHost(document, 'vankien-card', '');
    ui.mount();
    const button = document.createElement('button');
    ui.container.append(button);
    const page = vi.fn();
    document.addEventListener('keydown', page);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(page).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(page).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', page);
  });

  it('removed: out of the page and emptied; mounted again when the page took it out', () => {
    const ui = createShadowHost(document, 'vankien-card', '');
    ui.mount();
    ui.container.append(document.createElement('p'));
    ui.remove();
    expect(document.querySelector('vankien-card')).toBeNull();
    expect(ui.container.childElementCount).toBe(0);
    ui.mount();
    ui.host.remove(); // a page script clearing the body
    expect(ui.mounted).toBe(false);
    ui.mount();
    expect(ui.mounted).toBe(true);
  });
});
