import { extractReferences } from '../../utils/refs/index';
import { readFileSync } from 'node:fs';
const cases = JSON.parse(readFileSync(process.argv[2],'utf8'));
const only = process.argv[3];
for (const c of cases) { if (only && !only.split(',').includes(c.id)) continue; const r = extractReferences(c.text, { articleDate: c.date }); console.log(JSON.stringify({ id: c.id, docs: r.documents.map((d:any) => ({ key: d.key, party: d.party, term: d.term, date: d.date, title: d.title, body: d.body, locality: d.locality, sources: d.sources, catalog: d.catalog && { term: d.catalog.term, date: d.catalog.date, title: d.catalog.title }, candidates: d.candidates?.map((c:any) => `${c.key} ${c.term} ${c.date}`), decidedBy: d.decidedBy })), mentions: r.mentions.map((m:any) => ({ text: m.text, key: m.key, doc: m.doc, maybe: m.maybe })) })); }
