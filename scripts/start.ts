/**
 * npm start: VanKien for real. Builds the extension (the demo build, which may also run on
 * 127.0.0.1), serves the sample article on 127.0.0.1 and opens Chromium with VanKien loaded on it.
 * With a display, the browser stays open for you; without one, it runs headless, points at a
 * reference, and writes screenshots of the highlighted article and of the open card.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cardOf } from '../test/e2e/helpers/card';
import { serve } from '../test/e2e/helpers/server';
import { ensureChromium } from './lib/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (msg: string): never => {
  console.error(`npm start: ${msg}`);
  process.exit(1);
};

console.log('Building the extension (demo build) …');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, VANKIEN_E2E: '1' } });
if (build.status !== 0) fail('the build failed (see above).');
const { bin, error } = ensureChromium();
if (error || !bin) fail(error ?? 'no Chromium');

const extension = join(root, '.output/e2e/chrome-mv3');
const server = await serve({ samples: join(root, 'samples') });
const url = server.url('/samples/article.html');
const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vankien-demo-')), {
  executablePath: bin,
  headless,
  locale: 'vi-VN',
  viewport: headless ? { width: 1100, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=vi-VN',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`\nVanKien is loaded in Chromium on ${url}`);

if (!headless) {
  console.log('Point at a highlighted reference to see its card; Alt+Shift+J / Alt+Shift+K move between references, Esc closes.');
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

// Headless: show what a reader would see, as screenshots.
await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party')?.size, null, { timeout: 15_000 })
  .catch(() => fail('no reference was highlighted within 15 s.'));
const found = await page.evaluate(() => {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return { party: [...(reg.get('vankien-party') ?? [])].map((r) => r.toString()), state: [...(reg.get('vankien-state') ?? [])].map((r) => r.toString()) };
});
const out = join(root, 'test-artifacts');
mkdirSync(out, { recursive: true });
await page.screenshot({ path: join(out, 'demo-article.png') });
const point = await page.evaluate(() => {
  const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vankien-party') ?? [])][0];
  const rect = r.getClientRects()[0];
  return { x: rect.left + 10, y: rect.top + rect.height / 2 };
});
await page.mouse.move(point.x, point.y);
// The card's shadow root is closed (page script must not read it): DevTools can, as in the e2e tests.
await cardOf(page).waitFor('visible', 5000).catch(() => fail('the card did not open.'));
await page.screenshot({ path: join(out, 'demo-card.png') });
console.log(`No display here, so Chromium ran headless. It highlighted ${found.party.length} party and ${found.state.length} state references:`);
for (const t of found.party) console.log(`  party  ${t}`);
for (const t of found.state) console.log(`  state  ${t}`);
console.log(`\nScreenshots of what a reader sees:\n  ${join(out, 'demo-article.png')}  (the highlighted article)\n  ${join(out, 'demo-card.png')}  (the card for the first reference)`);
console.log('\nThe engine alone on text: npm run extract -- samples/article.txt');
await context.close();
await server.close();
