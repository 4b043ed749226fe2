/**
 * Library search benchmark in Node with fake-indexeddb: generate 10 000 articles / 50 000 citations,
 * build the search index, then time 50 queries without and with filters (median and p95).
 *   npx tsx scripts/bench-library.ts [articles=10000] [citationsPerArticle=5] [--real-text]
 * fake-indexeddb is slower than a browser's IndexedDB, so the figures are an upper bound for the
 * parts that read the database (generate, build, and the page of hits each search reads back).
 */
import 'fake-indexeddb/auto';
import { openLibrary } from '../utils/db';
import { createSearchIndex, generateLibrary, type SearchFilters } from '../utils/library';
import { fromSnapshot } from '../utils/library/snapshot';
import { realSentences } from './lib/real-sentences';

const numbers = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const articles = Number(numbers[0] ?? 10_000);
const perArticle = Number(numbers[1] ?? 5);

const QUERIES = [
  'nghị quyết', 'nghi quyet 57', 'chuyển đổi số', 'chuyen doi so quoc gia', 'tinh gon bo may', 'Hà Nội', 'ha noi',
  'đà nẵng', 'da nang ket luan', 'ket luan', 'chi thi', 'quy dinh', 'nghi dinh', 'Đảng', 'dang uy', 'tham nhũng',
  'phong chong tham nhung', 'khoa học công nghệ', 'khoa hoc cong nghe doi moi', 'kinh te tu nhan', 'hội nhập quốc tế',
  'cán bộ', 'can bo kiem soat quyen luc', 'giáo dục', 'giao duc dao tao', 'y te', 'suc khoe nhan dan', 'văn hóa',
  'an ninh nang luong', 'nong thon moi', 'kinh te bien', 'nguyễn văn an', 'tran thi binh', 'bi thu tinh uy',
  'ke hoach thuc hien', 'hoi nghi', 'so ket', 'tong ket 5 nam', 'muc tieu 2030', 'kinh te so 30%', 'xii', 'khoa xiii',
  'ban chap hanh trung uong', 'bo chinh tri', 'ban bi thu', 'chinh phu', 'thu tuong', 'nghe an', 'thanh hoa', 'chuyen',
];

const FILTERS: SearchFilters[] = [
  { type: 'NQ' }, { party: true, term: 'XIII' }, { site: 'nhandan.vn' }, { starred: true }, { year: [2021, 2022] },
  { type: 'KL', party: true }, { party: false }, { issuer: 'TW', year: 2019 },
];

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => `${x.toFixed(1)} ms`;
function summary(times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${fmt(q(0.5))}, p95 ${fmt(q(0.95))}, max ${fmt(s[s.length - 1])}`;
}

async function main() {
  const library = await openLibrary(`vankien-bench-${Date.now()}`);
  let t0 = performance.now();
  const sentences = process.argv.includes('--real-text') ? realSentences() : undefined;
  if (sentences) console.log(`real text: ${sentences.length} sentences of the shared corpus and saved pages mixed into every article`);
  const made = await generateLibrary(library, { articles, citationsPerArticle: perArticle, seed: 7, sentences });
  console.log(`generate: ${made.articles} articles, ${made.citations} citations, ${made.documents} documents in ${fmt(ms(t0))}`);

  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  t0 = performance.now();
  const index = await createSearchIndex(library);
  console.log(`index build: ${fmt(ms(t0))} (${index.size} articles)`);
  const m = index.memory;
  global.gc?.();
  const heap = global.gc ? `, heap +${((process.memoryUsage().heapUsed - heap0) / 1024 / 1024).toFixed(1)} MB` : ' (run with node --expose-gc for the heap it takes)';
  console.log(`index memory: ${m.vocabulary} words and pair buckets, ${m.postings} postings in ${(m.postingBytes / 1024 / 1024).toFixed(1)} MB${heap}`);
  t0 = performance.now();
  await index.persist();
  const stored = (await library.searchState()).snapshot!;
  const persistMs = ms(t0);
  t0 = performance.now();
  const back = fromSnapshot(structuredClone(stored.data));
  console.log(`stored index: written in ${fmt(persistMs)}; cloned and decoded back in ${fmt(ms(t0))} (${back?.size} articles)`);

  await index.search('khởi động'); // warm-up
  for (const [label, filters] of [['without filters', undefined], ['with filters', 'cycle']] as const) {
    const times: number[] = [], rankOnly: number[] = [];
    let hits = 0;
    for (let i = 0; i < QUERIES.length; i++) {
      const f = filters === 'cycle' ? FILTERS[i % FILTERS.length] : undefined;
      t0 = performance.now();
      const r = await index.search(QUERIES[i], f, { limit: 20 });
      times.push(ms(t0));
      t0 = performance.now();
      await index.search(QUERIES[i], f, { limit: 0 }); // ranking only, no page read back from the database
      rankOnly.push(ms(t0));
      hits += r.total;
      if (process.env.BENCH_VERBOSE) console.log(`  ${JSON.stringify(QUERIES[i])} ${JSON.stringify(f ?? {})}: ${r.total} matches, ${fmt(times[i])} (ranking ${fmt(rankOnly[i])}), ${r.stats.postings} postings`);
    }
    console.log(`search ${label} (${QUERIES.length} queries, 20 hits each, avg ${Math.round(hits / QUERIES.length)} matches): ${summary(times)}`);
    console.log(`  ranking only (no database read): ${summary(rankOnly)}`);
  }
  library.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
