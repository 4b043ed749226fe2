// Debian's browsers for the browser tests and the demo: install them where we can (apt-get as
// root), else say exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Returns the program's path, or an error message saying exactly what to do. */
export function ensureDebianProgram(bin, packages, envVar) {
  const path = (envVar && process.env[envVar]) || bin;
  if (existsSync(path)) return { bin: path };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return { error: `${path} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}${envVar ? `  — or set ${envVar}` : ''}.` };
  console.log(`${path} is missing: installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return { error: `apt-get ${args.join(' ')} failed: install ${packages.join(' ')} by hand and run again.` };
  }
  return existsSync(path) ? { bin: path } : { error: `apt-get installed ${packages.join(' ')} but ${path} is still missing.` };
}

export function ensureChromium() {
  return ensureDebianProgram('/usr/bin/chromium', ['chromium', 'fonts-noto-core'], 'CHROMIUM_PATH');
}

export function ensureFirefox() {
  return ensureDebianProgram('/usr/bin/firefox-esr', ['firefox-esr', 'fonts-noto-core'], 'FIREFOX_PATH');
}
