/** Headless Chromium (Debian's) with the built extension loaded, through playwright-core. */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { locale?: string; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run VANKIEN_E2E=1 npx wxt build`);
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium is missing at ${executablePath}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'vankien-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: opts.locale ?? 'vi-VN',
    viewport: { width: 1100, height: 800 },
    // On Linux Chromium takes its UI language (and so the extension's) from the environment.
    env: { ...process.env, LANGUAGE: (opts.locale ?? 'vi-VN').replace('-', '_'), LANG: `${(opts.locale ?? 'vi-VN').replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${opts.locale ?? 'vi-VN'}`,
      // A site the reader adds in the options tests, and one VanKien knows nothing of (the
      // any-Vietnamese-page mode), a .vn site not listed, and two blogs of a blog platform: names only
      // this browser resolves, to loopback.
      '--host-resolver-rules=MAP custom-site.test 127.0.0.1,MAP unlisted-site.test 127.0.0.1,MAP tin-phuong-thu-nghiem.vn 127.0.0.1,'
        + 'MAP gocnhin.blogspot.com 127.0.0.1,MAP townnews.blogspot.com 127.0.0.1',
    ],
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker: on a loaded machine it may start late, or between a look and a
 *  wait; look again every second for up to 30 s rather than wait once for an event that may have passed. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const w = context.serviceWorkers()[0];
    if (w) return w;
    try {
      return await context.waitForEvent('serviceworker', { timeout: 1_000 });
    } catch {
      // Not yet: look again.
    }
  }
  throw new Error("the extension's service worker did not start within 30 s");
}
