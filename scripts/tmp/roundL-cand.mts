import { extractReferences } from '../../utils/refs/index';
const r = extractReferences("Nghị quyết Trung ương 6 khóa XII gồm bốn nghị quyết.", { articleDate: '2025-01-01' });
console.log(JSON.stringify(r.documents[0].candidates?.map((c:any)=>({key:c.key, numbered:c.numbered, title:(c.title||'').slice(0,50)})), null, 0));
