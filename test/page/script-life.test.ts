// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ScriptLife, claimFrame } from '../../utils/page/script-life';

class Fake {
  static live = 0;
  destroyed = false;
  started = false;
  constructor(readonly n: number) { Fake.live++; }
  destroy() { if (!this.destroyed) Fake.live--; this.destroyed = true; }
}

/** A maker whose settings read takes as long as the test says. */
function makerWithDelays(delays: number[]) {
  let n = 0;
  return async () => {
    const i = n++;
    await new Promise((r) => setTimeout(r, delays[i] ?? 0));
    return new Fake(i);
  };
}

describe('ScriptLife', () => {
  it('two quick restarts leave one live controller, the newest', async () => {
    Fake.live = 0;
    // The first restart's settings read is slower than the second's: it finishes last.
    const life = new ScriptLife(makerWithDelays([0, 40, 5]), async (c) => { c.started = true; });
    await life.restart();
    const [a, b] = await Promise.all([life.restart(), life.restart()]);
    expect(a).toBeNull(); // superseded while it was being made
    expect(b?.n).toBe(2);
    expect(life.live?.n).toBe(2);
    expect(Fake.live).toBe(1);
    life.destroy();
    expect(Fake.live).toBe(0);
    expect(life.live).toBeNull();
  });

  it('a restart still in flight when the script ends leaves nothing', async () => {
    Fake.live = 0;
    const life = new ScriptLife(makerWithDelays([30]), async (c) => { c.started = true; });
    const pending = life.restart();
    life.destroy();
    expect(await pending).toBeNull();
    expect(Fake.live).toBe(0);
    expect(await life.restart()).toBeNull(); // ended for good
  });
});

describe('claimFrame', () => {
  it('a newer copy ends the older one; releasing leaves the registry to whoever holds it', () => {
    const world = {};
    const older = new Fake(1), newer = new Fake(2);
    const releaseOlder = claimFrame(world, older);
    const releaseNewer = claimFrame(world, newer);
    expect(older.destroyed).toBe(true);
    expect(newer.destroyed).toBe(false);
    releaseOlder(); // the older copy's own clean-up must not unregister the newer one
    const third = new Fake(3);
    claimFrame(world, third);
    expect(newer.destroyed).toBe(true);
    releaseNewer();
    expect(third.destroyed).toBe(false);
  });
});
