/**
 * Browser side of `npm run bench:page`'s CPU profiles (playwright-core + CDP): load a page with the
 * V8 sampling profiler running from before navigation, evaluate the benchmark's own probes under a
 * script name a profile can tell apart, and put the extension's service worker to sleep.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { CpuProfile } from './cpu-profile';

/** Scripts the benchmark itself evaluates in the page are named vankien-bench-<name>.js. */
export const isBenchScript = (url: string): boolean => url.startsWith('vankien-bench-');

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Evaluates `expression` in the page's main world as the script vankien-bench-<name>.js (raw CDP,
 * not Playwright's injected helpers, so the page runs nothing but the expression).
 */
export async function evaluate<T>(cdp: CDPSession, expression: string, name = 'probe'): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', {
    expression: `${expression}\n//# sourceURL=vankien-bench-${name}.js`,
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** Polls `expression` every 50 ms until it is truthy. */
export async function waitFor(cdp: CDPSession, expression: string, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    try {
      if (await evaluate<boolean>(cdp, `!!(${expression})`)) return;
    } catch {
      /* between two documents: try again */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await sleep(50);
  }
}

/**
 * Loads `url` with the sampling profiler started before navigation (from about:blank; the
 * profiler's state carries over into the page's renderer), lets `settle` decide when the page is
 * done, and returns the profile.
 */
export async function profiledLoad(page: Page, cdp: CDPSession, url: string, settle: () => Promise<void>, intervalUs = 100): Promise<CpuProfile> {
  await page.goto('about:blank');
  // What earlier pages left on the heap is not this page's garbage to collect.
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  try {
    await page.goto(url);
    await settle();
  } catch (e) {
    await cdp.send('Profiler.stop').catch(() => undefined);
    throw e;
  }
  const { profile } = await cdp.send('Profiler.stop');
  return profile as CpuProfile;
}

/** The extension's service workers the browser has running now. */
export async function runningWorkers(browserCdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)).map((t) => t.targetId);
}

/**
 * Stops the extension's background service worker (as Chrome does after 30 s idle) and checks the
 * browser no longer lists it: ServiceWorker.stopAllWorkers, else Target.closeTarget on the worker.
 */
export async function stopServiceWorker(pageCdp: CDPSession, browserCdp: CDPSession, extensionId: string): Promise<void> {
  await pageCdp.send('ServiceWorker.enable');
  await pageCdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 40; i++) {
    const running = await runningWorkers(browserCdp, extensionId);
    if (!running.length) return;
    if (i === 20) for (const targetId of running) await browserCdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    await sleep(50);
  }
  throw new Error('the extension\'s service worker is still running after ServiceWorker.stopAllWorkers and Target.closeTarget');
}
