// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChunked, yieldToMain } from '../../utils/highlight';

/** Busy-waits: the scheduler measures wall time, so tests need items that take time. */
function spin(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}

function stubSchedulerYield() {
  const yields = vi.fn(() => Promise.resolve());
  vi.stubGlobal('scheduler', { yield: yields });
  return yields;
}

describe('runChunked', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('processes every item in order', async () => {
    const seen: number[] = [];
    await runChunked(Array.from({ length: 500 }, (_, i) => i), (i) => seen.push(i));
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('handles an empty list', async () => {
    await expect(runChunked([], () => {})).resolves.toBeUndefined();
  });

  it.each([
    [0, 10, 9], // a zero budget yields between every two items, never after the last
    [1000, 10, 0], // everything fits in one slice
  ])('budget %i ms, %i items → %i yields', async (budgetMs, n, expected) => {
    const yields = stubSchedulerYield();
    await runChunked(Array.from({ length: n }), () => {}, { budgetMs });
    expect(yields).toHaveBeenCalledTimes(expected);
  });

  it('yields about once per budget of work', async () => {
    const yields = stubSchedulerYield();
    await runChunked(Array.from({ length: 20 }), () => spin(2), { budgetMs: 8 });
    expect(yields.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(yields.mock.calls.length).toBeLessThanOrEqual(10);
  });

  it('stops when aborted from inside the work', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    await runChunked([0, 1, 2, 3, 4, 5, 6, 7], (i) => {
      seen.push(i);
      if (i === 3) controller.abort();
    }, { signal: controller.signal });
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('stops when aborted while yielded', async () => {
    const controller = new AbortController();
    vi.stubGlobal('scheduler', { yield: () => { controller.abort(); return Promise.resolve(); } });
    const seen: number[] = [];
    await runChunked([0, 1, 2, 3], (i) => seen.push(i), { budgetMs: 0, signal: controller.signal });
    expect(seen).toEqual([0]);
  });

  it('does nothing when already aborted', async () => {
    const fn = vi.fn();
    await runChunked([1, 2, 3], fn, { signal: AbortSignal.abort() });
    expect(fn).not.toHaveBeenCalled();
  });

  it('without scheduler.yield, continues in a later task (MessageChannel fallback)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const seen: number[] = [];
    const done = runChunked([0, 1, 2], (i) => seen.push(i), { budgetMs: 0 });
    for (let i = 0; i < 10; i++) await Promise.resolve(); // drain microtasks only
    expect(seen).toEqual([0]);
    await done;
    expect(seen).toEqual([0, 1, 2]);
    await expect(yieldToMain()).resolves.toBeUndefined();
  });
});
