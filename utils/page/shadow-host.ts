/**
 * The element the hover card lives in: a custom element of the page with a closed shadow root, so
 * page CSS cannot reach the card and page script cannot read it (it shows what the reader's library
 * knows). Small on purpose: WXT's content-script UI brought ≈ 8 KB of code (an html/body inside the
 * root, waiting for anchors, positioning modes) for what these lines do.
 */
export interface ShadowHost {
  /** The element in the page. */
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** What the card is rendered into. */
  readonly container: HTMLElement;
  readonly mounted: boolean;
  /** Appended to the page's body (again, if the page removed it). */
  mount(): void;
  /** Out of the page, and emptied. */
  remove(): void;
}

/** Keys pressed inside the card stay there: the page's shortcuts must not act on them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  return {
    host,
    shadow,
    container,
    get mounted() { return host.isConnected; },
    mount() { (doc.body ?? doc.documentElement).append(host); },
    remove() { host.remove(); container.replaceChildren(); },
  };
}
