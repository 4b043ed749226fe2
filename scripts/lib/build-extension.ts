/**
 * `wxt build` into a directory of the caller's choosing, optionally with hidden source maps (the
 * code is the same as without; the .map files sit beside it and no comment points at them).
 * Run as a program so wxt.config.ts reads VANKIEN_E2E from this process's environment:
 *
 *   VANKIEN_E2E=1 tsx scripts/lib/build-extension.ts <outDir> [--sourcemap]
 *
 * Used by `npm run bench:page`, which builds into its own temporary directory so it never replaces
 * the .output/ another test run may be using, and names functions of its CPU profiles by the maps.
 */
import { build } from 'wxt';

const [outDir, ...flags] = process.argv.slice(2);
if (!outDir) throw new Error('usage: tsx scripts/lib/build-extension.ts <outDir> [--sourcemap]');
const sourcemap = flags.includes('--sourcemap');
await build({ outDir, vite: () => (sourcemap ? { build: { sourcemap: 'hidden' as const } } : {}) });
