// Debian's Chromium for browser tests and the demo: install it where we can, else say what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Returns the Chromium path, or an error message saying exactly what to do. */
export function ensureChromium() {
  const bin = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(bin)) return { bin };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return { error: `Chromium is missing (${bin}). Install it with: sudo apt-get update && sudo apt-get install -y chromium  — or set CHROMIUM_PATH.` };
  console.log("Chromium is missing: installing Debian's chromium with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return { error: `apt-get ${args.join(' ')} failed: install Chromium by hand (apt-get install -y chromium).` };
  }
  return existsSync(bin) ? { bin } : { error: `apt-get installed chromium but ${bin} is still missing.` };
}
