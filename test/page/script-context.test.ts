import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '../../utils/page/script-context';

afterEach(() => vi.useRealTimers());

describe('ScriptContext: the page script ends with its extension, and takes what it set up', () => {
  it('ends once the extension is gone, at the next check, and runs what was to be undone once', () => {
    vi.useFakeTimers();
    let alive = true;
    const ctx = new ScriptContext(() => alive);
    const undo = vi.fn();
    ctx.onEnd(undo);
    ctx.watch(2000);
    vi.advanceTimersByTime(4000);
    expect(undo).not.toHaveBeenCalled();
    alive = false;
    vi.advanceTimersByTime(2000);
    expect(ctx.ended).toBe(true);
    expect(undo).toHaveBeenCalledTimes(1);
    // Its timer went with it: no more checks.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a listener given its signal is removed when it ends', () => {
    const ctx = new ScriptContext(() => true);
    const target = new EventTarget();
    const heard = vi.fn();
    target.addEventListener('x', heard, { signal: ctx.signal });
    target.dispatchEvent(new Event('x'));
    ctx.end();
    target.dispatchEvent(new Event('x'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('what is asked to be undone after the end is undone at once; watching after the end sets no timer', () => {
    vi.useFakeTimers();
    const ctx = new ScriptContext(() => true);
    ctx.end();
    const undo = vi.fn();
    ctx.onEnd(undo);
    expect(undo).toHaveBeenCalledTimes(1);
    ctx.watch(2000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asked to watch again (after every scan with highlights): still one timer', () => {
    vi.useFakeTimers();
    const ctx = new ScriptContext(() => true);
    for (let i = 0; i < 5; i++) ctx.watch(2000);
    expect(vi.getTimerCount()).toBe(1);
    ctx.end();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('no timer until asked to watch', () => {
    vi.useFakeTimers();
    new ScriptContext(() => true).onEnd(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
  });
});
