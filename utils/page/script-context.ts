/**
 * The life of the page script in its frame: it ends when the extension that injected it goes (a
 * reload or an update orphans it without telling it: no new copy is injected into open tabs) or
 * when a newer copy replaces it. What it set up — listeners, timers — goes with it. Our own, not
 * WXT's content-script context: that one brought the polyfill, a location poller, and announced
 * every start to the page with a DOM event.
 */
export class ScriptContext {
  private readonly controller = new AbortController();
  private watching = false;

  /** `alive`: whether the extension is still there (utils/page/native-api.ts). */
  constructor(private readonly alive: () => boolean) {}

  /** Aborted when the script ends: pass it to addEventListener to have a listener removed then. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.signal.aborted;
  }

  /** Runs `cb` when the script ends (at once if it has). */
  onEnd(cb: () => void): void {
    if (this.ended) cb();
    else this.signal.addEventListener('abort', cb, { once: true });
  }

  end(): void {
    this.controller.abort();
  }

  /** Checks every `ms` whether the extension is still there, and ends the script once it is not.
   *  Only where there is something to clean up: a page left alone has no timer. */
  watch(ms: number): void {
    // Asked after every scan with highlights: one timer, the first one.
    if (this.ended || this.watching) return;
    this.watching = true;
    const id = setInterval(() => { if (!this.alive()) this.end(); }, ms);
    this.onEnd(() => clearInterval(id));
  }
}
