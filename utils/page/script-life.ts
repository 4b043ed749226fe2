/**
 * The content script's lifetime, kept out of the page's reach.
 *
 * WXT's context ends an older copy of a content script when a DOM event named
 * `<extension id>:<script>:wxt:content-script-started` reaches `document` — an event any page
 * script can dispatch, which switched VanKien off on that page. Here the page's events never
 * reach that listener; an older copy of this script in the same frame is ended instead through
 * the content scripts' own global object (the isolated world, which page scripts cannot see),
 * and an older copy orphaned by an extension reload ends itself when its runtime disappears.
 */

export interface Destroyable { destroy(): void }

/**
 * Holds the one live controller. Restarts may overlap (two quick settings changes): each takes a
 * generation number and only the newest one's controller survives; the others are destroyed as
 * soon as they are made, so no second controller ever keeps highlights on the page.
 */
export class ScriptLife<C extends Destroyable> {
  private generation = 0;
  private current: C | null = null;
  private ended = false;

  constructor(private readonly make: () => Promise<C>, private readonly begin: (c: C) => Promise<void>) {}

  get live(): C | null {
    return this.current;
  }

  /** Replaces the live controller with a new one and starts it; resolves to null when superseded. */
  async restart(): Promise<C | null> {
    if (this.ended) return null;
    const generation = ++this.generation;
    this.current?.destroy();
    this.current = null;
    const next = await this.make();
    if (generation !== this.generation || this.ended) {
      next.destroy();
      return null;
    }
    this.current = next;
    await this.begin(next);
    return this.current === next ? next : null;
  }

  destroy(): void {
    this.ended = true;
    this.generation++;
    this.current?.destroy();
    this.current = null;
  }
}

const CLAIM = Symbol.for('vankien.content-script');
type Registry = { [CLAIM]?: Destroyable };

/**
 * Makes `instance` the one copy of the content script in this frame's extension world: an older
 * copy (injected again by "scan anyway", say) is destroyed first.
 */
export function claimFrame(global: object, instance: Destroyable): () => void {
  const registry = global as Registry;
  const previous = registry[CLAIM];
  if (previous && previous !== instance) {
    try {
      previous.destroy();
    } catch (err) {
      console.warn('VanKien: the previous content script failed to stop', err);
    }
  }
  registry[CLAIM] = instance;
  return () => {
    if (registry[CLAIM] === instance) delete registry[CLAIM];
  };
}
