/**
 * Splits long work into short main-thread tasks so a huge page stays responsive: no task should
 * come near the 50 ms "long task" threshold.
 */

export interface ChunkOptions {
  /** Time to work before yielding, in ms. */
  budgetMs?: number;
  /** Stops the work between two items; the promise then resolves without running the rest. */
  signal?: AbortSignal;
  /** Told how long each slice of work held the main thread (for measurements). */
  onSlice?: (ms: number) => void;
}

export async function runChunked<T>(items: readonly T[], fn: (item: T) => void, options: ChunkOptions = {}): Promise<void> {
  const { budgetMs = 8, signal, onSlice } = options;
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (signal?.aborted) return;
    fn(items[i]);
    const now = performance.now();
    if (i + 1 < items.length && now - sliceStart >= budgetMs) {
      onSlice?.(now - sliceStart);
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  onSlice?.(performance.now() - sliceStart);
}

/**
 * Lets the browser handle input and paint. `scheduler.yield()` resumes ahead of other tasks;
 * the fallback is a MessageChannel macrotask, since nested setTimeout(0) is clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close(); // an open port would keep a Node test process alive
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
