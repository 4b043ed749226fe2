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
  const r = ensureDebianProgram('/usr/bin/chromium', ['chromium', 'chromium-l10n', 'fonts-noto-core'], 'CHROMIUM_PATH');
  // The Vietnamese UI (and so the extension's Vietnamese strings) needs Chromium's locale packs.
  if (r.bin && r.bin === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/vi.pak')) {
    const again = ensureDebianProgram('/usr/lib/chromium/locales/vi.pak', ['chromium-l10n']);
    if (again.error) return again;
  }
  return r;
}

export function ensureFirefox() {
  return ensureDebianProgram('/usr/bin/firefox-esr', ['firefox-esr', 'fonts-noto-core'], 'FIREFOX_PATH');
}
