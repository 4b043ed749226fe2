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

/** Another copy of the engine (a worktree of an earlier commit: its utils/refs/index.ts), bundled the same way. */
export async function loadEngineAt(indexPath: string): Promise<Engine> {
  return (await loadBundledFile(indexPath)) as Engine;
}

async function loadBundled(entry: string): Promise<unknown> {
  return loadBundledFile(join(import.meta.dirname, '../..', entry));
}

async function loadBundledFile(file: string): Promise<unknown> {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'vankien-engine-'));
  const bundled = join(dir, 'engine.mjs');
  writeFileSync(bundled, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(bundled).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
