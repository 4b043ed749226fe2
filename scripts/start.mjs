#!/usr/bin/env node
// npm start: show VanKien at work. Until the in-page experience lands, this runs the reference
// engine on the sample article shipped in samples/ and prints what it found, one line a mention.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sample = resolve(root, 'samples/article.txt');
const r = spawnSync('npx', ['tsx', 'scripts/extract.ts', sample], { cwd: root, encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
const result = JSON.parse(r.stdout);
const text = readFileSync(sample, 'utf8');
console.log(`VanKien on ${sample}: ${result.documents.length} documents, ${result.mentions.length} mentions\n`);
for (const d of result.documents) {
  const facts = [d.typeName, d.body, d.term && `khóa ${d.term}`, d.date, d.title && `"${d.title}"`].filter(Boolean).join(' · ');
  const from = Object.entries(d.sources).filter(([, s]) => s === 'catalog').map(([k]) => k);
  console.log(`${d.party ? 'party' : 'state'}  ${d.key.padEnd(16)} ${facts}${from.length ? `   (from the catalog: ${from.join(', ')})` : ''}`);
  for (const i of d.mentions) {
    const m = result.mentions[i];
    console.log(`         ${String(m.start).padStart(5)}  ${JSON.stringify(text.slice(m.start, m.end))}`);
  }
}
console.log('\nThe full JSON: npm run extract -- samples/article.txt');
