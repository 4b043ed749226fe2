import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/browser';

// `npm start` is one of the README's two commands: where there is no display it runs a headless
// demo that must find the references and open a card (its own build is the e2e build, unchanged).
describe('npm start without a display', () => {
  it('builds, highlights the sample article and opens the card of its first reference', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DISPLAY;
    const r = spawnSync('npx', ['tsx', 'scripts/start.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 150_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('party  Nghị quyết số 57-NQ/TW');
    expect(r.stdout).toMatch(/demo-card\.png/);
  }, 180_000);
});
