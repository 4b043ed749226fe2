/**
 * The reference engine as the extension ships it, for benchmarks. tsx wraps every function to keep
 * its name (esbuild's keepNames), which costs the engine about a third of its speed; the build
 * (Vite) does not. So benchmarks bundle utils/refs/index.ts the way the build does and time that.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Engine = typeof import('../../utils/refs/index');

export async function loadShippedEngine(): Promise<Engine> {
  return (await loadBundled('utils/refs/index.ts')) as Engine;
}

/** The background's segmented extraction (utils/page/segmented-extract.ts), bundled the same way. */
export async function loadShippedSegmented(): Promise<typeof import('../../utils/page/segmented-extract')> {
  return (await loadBundled('utils/page/segmented-extract.ts')) as typeof import('../../utils/page/segmented-extract');
}

async function loadBundled(entry: string): Promise<unknown> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, '../..', entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'vankien-engine-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
