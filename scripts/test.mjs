#!/usr/bin/env node
// npm test: the whole suite, in order of cost. Fails loudly; never skips a part silently.
//  1. unit tests (vitest, happy-dom, fake-indexeddb)
//  2. type check
//  3. reference-engine accuracy on the shared gold corpus (../shared/corpus/dev)
//  4. end-to-end tests in headless Chromium and Firefox with the built extension (installs both when it can)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureFirefox } from './lib/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = [];

function step(name, cmd, args, opts = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  const ok = r.status === 0;
  results.push({ name, ok, s: ((Date.now() - t0) / 1000).toFixed(1) });
  if (!ok) finish(`${name} failed (exit ${r.status ?? r.signal})`);
}

/** The shared scorer, whose exit status covers its thresholds; a state document read as a party one fails too. */
function scoreGate(name, args) {
  console.log(`\n=== ${name}`);
  const t0 = Date.now();
  const r = spawnSync('node', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout ?? '');
  const confused = Number(/state-as-party (\d+)/.exec(r.stdout ?? '')?.[1] ?? NaN);
  const ok = r.status === 0 && confused === 0;
  results.push({ name, ok, s: ((Date.now() - t0) / 1000).toFixed(1) });
  if (!ok) finish(`${name} failed (exit ${r.status ?? r.signal}, state documents taken for party: ${confused})`);
}

function finish(failure) {
  console.log('\n=== summary');
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.s} s)`);
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  if (failure) {
    console.error(`\nnpm test: ${failure}`);
    process.exit(1);
  }
  process.exit(0);
}

step('unit tests', 'npx', ['vitest', 'run']);
step('type check', 'npx', ['tsc', '--noEmit']);
step('the catalog is what its sources build, and passes its checks', 'npx', ['tsx', 'scripts/catalog/build.ts', '--check']);

const shared = resolve(root, '../shared');
if (existsSync(join(shared, 'bin/score-refs.mjs')) && existsSync(join(shared, 'corpus/dev'))) {
  scoreGate('accuracy on the gold corpus (party-document F1 >= 0.99, mention F1 >= 0.98, no state document taken for party; facts: wrong <= 1%, subjects exact >= 90%, explained >= 95%)', [
    join(shared, 'bin/score-refs.mjs'), '--corpus', join(shared, 'corpus/dev'), '--min-doc-f1', '0.99', '--min-mention-f1', '0.98',
    '--max-wrong-facts', '0.01', '--min-title-exact', '0.9', '--min-explained', '0.95',
  ]);
  // Our own passages, written for the kinds of text the engine had not seen (test/corpus/own, README).
  scoreGate('accuracy on our own corpus (party-document F1 >= 0.97, mention F1 >= 0.95, no state document taken for party; facts: wrong <= 1%, subjects exact >= 85%, explained >= 95%)', [
    join(shared, 'bin/score-refs.mjs'), '--corpus', join(root, 'test/corpus/own'), '--min-doc-f1', '0.97', '--min-mention-f1', '0.95',
    '--max-wrong-facts', '0.01', '--min-title-exact', '0.85', '--min-explained', '0.95',
  ]);
} else {
  finish(`the gold corpus is missing (${shared}/corpus/dev): it is laid beside the repository as ../shared on every machine of this project.`);
}

const e2eDir = join(root, 'test/e2e');
if (existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.test.ts'))) {
  const chromium = ensureChromium();
  if (chromium.error) finish(chromium.error);
  const firefox = ensureFirefox();
  if (firefox.error) finish(firefox.error);
  const e2eEnv = { ...process.env, VANKIEN_E2E: '1' };
  step('build the extension for the browser tests (Chrome)', 'npx', ['wxt', 'build'], { env: e2eEnv });
  step('build and pack the extension for the browser tests (Firefox: the add-on\'s zip too)', 'npx', ['wxt', 'zip', '-b', 'firefox'], { env: e2eEnv });
  step('end-to-end tests in headless Chromium and Firefox', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], {
    env: { ...process.env, CHROMIUM_PATH: chromium.bin, FIREFOX_PATH: firefox.bin },
  });
}
finish();
