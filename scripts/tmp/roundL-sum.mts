import { extractReferences } from '../../utils/refs/index';
import { readFileSync } from 'node:fs';
const file = process.argv[2] || '/tmp/roundL/cases.json';
const only = process.argv[3];
const cases = JSON.parse(readFileSync(file,'utf8'));
for (const c of cases) {
  if (only && !only.split(',').includes(c.id)) continue;
  const r = extractReferences(c.text, { articleDate: c.date });
  console.log(`=== ${c.id} [${c.date}] ${c.text}`);
  if (c.exp) console.log(`  EXP: ${c.exp}`);
  r.documents.forEach((d: any, i: number) => {
    const s = d.sources || {};
    const parts = [`#${i} ${d.key}${d.party?'':' (state)'}`];
    if (d.term) parts.push(`term=${d.term}(${s.term})`);
    if (d.date) parts.push(`date=${d.date}(${s.date})`);
    if (d.body) parts.push(`body=${d.body}(${s.body})`);
    if (d.locality) parts.push(`loc=${d.locality}(${s.locality})`);
    if (d.year) parts.push(`year=${d.year}`);
    if (d.plenum) parts.push(`plenum=${d.plenum}`);
    if (d.title) parts.push(`title="${d.title}"(${s.title})`);
    if (d.catalog) parts.push(`cat=${d.catalog.key}/${d.catalog.term}/${d.catalog.date}${d.catalog.numbered? ' num='+d.catalog.numbered:''}`);
    if (d.decidedBy) parts.push('dec='+JSON.stringify(d.decidedBy)); if (d.candidates) parts.push(`cands=[${d.candidates.map((x:any)=>x.key+'/'+x.term+'/'+x.date).join('; ')}]`);
    if (d.others) parts.push(`others=${JSON.stringify(d.others)}`);
    console.log('  ' + parts.join(' | '));
  });
  for (const m of r.mentions) console.log(`    m "${m.text}" -> ${m.key} #${m.doc}${m.maybe? ' maybe='+JSON.stringify(m.maybe):''}`);
}
