/**
 * npm run catalog — builds utils/refs/catalog.json from the research files in scripts/catalog/sources/
 * (format: scripts/catalog/README.md), checks them, and reports coverage.
 *
 *   --check     build in memory and compare with the committed file (exit 1 when it differs)
 *   --coverage  also report the share of central documents of ../shared/corpus/dev with an entry
 *
 * Claims about one identity (key + term) from several files are merged: every source is kept; a
 * field two sources disagree on takes the value more hosts state, and the disagreement goes to the
 * entry's note. Exit status 1 when a check fails (the problems are listed), 0 otherwise.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeClaims, type Claim, type Built } from './merge';
import { checkCatalog } from './checks';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const OUT = join(root, 'utils', 'refs', 'catalog.json');

function readClaims(): { claims: Claim[]; problems: string[] } {
  const dir = join(here, 'sources');
  const claims: Claim[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let rows: unknown;
    try {
      rows = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${name}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (!Array.isArray(rows)) { problems.push(`${name}: not a JSON array`); continue; }
    rows.forEach((r, i) => claims.push({ ...(r as Claim), file: `${name}#${i}` }));
  }
  return { claims, problems };
}

function report(built: Built[]): void {
  const docs = built.filter((e) => e.kind === 'document');
  const by = (f: (e: Built) => string) => {
    const m = new Map<string, number>();
    for (const e of docs) m.set(f(e), (m.get(f(e)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const high = docs.filter((e) => e.confidence === 'high').length;
  console.log(`catalog: ${docs.length} documents, ${built.filter((e) => e.kind === 'plenum').length} plenums, ${built.filter((e) => e.kind === 'congress').length} congresses`);
  console.log(`  by type: ${by((e) => e.type ?? '?')}`);
  console.log(`  by term: ${by((e) => e.term ?? '?')}`);
  console.log(`  high confidence: ${high}/${docs.length} (${((100 * high) / Math.max(1, docs.length)).toFixed(1)}%); with a subject: ${docs.filter((e) => e.title).length}; with a date: ${docs.filter((e) => e.date).length}`);
}

/** Measuring only: which central documents of the gold corpus have an entry with the right term. */
function coverage(built: Built[]): void {
  const dir = join(root, '..', 'shared', 'corpus', 'dev');
  if (!existsSync(dir)) { console.log('coverage: ../shared/corpus/dev not found'); return; }
  const id = (k: string) => k.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
  const have = new Set(built.filter((e) => e.kind === 'document').map((e) => `${id(e.key)}|${e.term ?? ''}`));
  const central = /\/(TW|BTCTW|UBKTTW|BTGTW|VPTW|BCĐ|BCĐTW|ĐUCA|QUTW)$|^NQ-HNTW|^NQ-ĐH-/;
  let n = 0, hit = 0;
  const missing: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { documents: Record<string, { party?: boolean; term?: string }> };
    for (const [k, d] of Object.entries(p.documents)) {
      if (d.party === false || !central.test(k)) continue;
      n++;
      if (have.has(`${id(k)}|${d.term ?? ''}`) || (!d.term && [...have].some((h) => h.startsWith(`${id(k)}|`)))) hit++;
      else missing.push(`${k} ${d.term ?? ''}`.trim());
    }
  }
  console.log(`coverage of central documents cited in ../shared/corpus/dev: ${hit}/${n} (${((100 * hit) / Math.max(1, n)).toFixed(1)}%)`);
  if (!missing.length) return;
  // A plenum resolution the catalog does not describe is still shown with its plenum's days.
  const plenums = new Set(built.filter((e) => e.kind === 'plenum').map((e) => `NQ-${e.key}`));
  const byPlenum = [...new Set(missing)].filter((m) => plenums.has(m.split(' ')[0]));
  const none = [...new Set(missing)].filter((m) => !byPlenum.includes(m));
  if (byPlenum.length) console.log(`  known only by the plenum that adopted it (its days, no subject): ${byPlenum.sort().join(', ')}`);
  if (none.length) console.log(`  without an entry: ${none.sort().join(', ')}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const { claims, problems } = readClaims();
  const { entries, problems: mergeProblems } = mergeClaims(claims);
  const all = [...problems, ...mergeProblems, ...checkCatalog(entries)];
  report(entries);
  if (args.includes('--coverage')) coverage(entries);
  const json = JSON.stringify(entries, null, 1) + '\n';
  if (all.length) {
    console.error(`${all.length} problem(s):\n  ${all.join('\n  ')}`);
    process.exit(1);
  }
  if (args.includes('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === json;
    if (!same) { console.error('utils/refs/catalog.json is not what the sources build: run npm run catalog'); process.exit(1); }
    console.log('utils/refs/catalog.json matches its sources');
    return;
  }
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}`);
}

main();
