/**
 * A library of invented articles for benchmarks and end-to-end seeding: Vietnamese titles, leads and
 * texts citing documents from a pool of a few hundred (party and state, with types, terms, dates,
 * provenance, a few starred), each citation with the sentences that name its document. The same
 * seed gives the same library. Records obey the library's invariants (a document exists only while
 * cited or starred; lastCited is its newest citation), so exports and imports of it are exact.
 * Browser-safe (no Node APIs); writes one transaction per batch of articles. Meant for an empty
 * library: records with the same keys are replaced.
 */
import { MAX_SENTENCE_LENGTH, citationIdOf, type ArticleRecord, type CitationRecord, type DocumentRecord, type Fact, type Library } from '../db';
import { foldPhrase } from '../refs/normalize';
import {
  ACTORS, CATALOG_SOURCES, FILLERS, GOALS, PARTY_TYPES, PEOPLE, PLACES, POSITIONS, SITES, STATE_TYPES, TERMS, TOPICS, VERBS,
} from './generate-data';

export interface GenerateOptions {
  articles: number;
  /** Distinct documents each article cites (default 5). */
  citationsPerArticle?: number;
  seed?: number;
  /** Size of the document pool (default 300). */
  documents?: number;
  /** Articles per transaction (default 500). */
  batch?: number;
  /** First save of the first article (default 2023-01-01); later ones follow every two hours or so. */
  start?: string;
  onProgress?: (done: number, total: number) => void;
  /** Real sentences to fill the articles with (benchmarks that need a real vocabulary: a library of
   *  news holds millions of distinct word pairs, the generated fillers a few thousand). */
  sentences?: readonly string[];
}

export interface GenerateResult {
  articles: number;
  documents: number;
  citations: number;
}

/** mulberry32: small, fast and good enough for invented data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rnd = () => number;
const pick = <T>(r: Rnd, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rnd, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pad = (n: number) => String(n).padStart(2, '0');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A document of the pool, before any article cites it. */
interface PoolDoc {
  rec: Omit<DocumentRecord, 'facts' | 'firstSeen' | 'starred'>;
  /** How articles name it: in full and in short. */
  full: string;
  short: string;
  topic: string;
  d: number; m: number; y: number;
}

function makePool(r: Rnd, size: number): PoolDoc[] {
  const pool: PoolDoc[] = [];
  const numbers = new Map<string, number>();
  const next = (series: string) => {
    const n = (numbers.get(series) ?? int(r, 0, 20)) + int(r, 1, 12);
    numbers.set(series, n);
    return n;
  };
  const weights = PARTY_TYPES.reduce((s, t) => s + t[3], 0);
  for (let i = 0; i < size; i++) {
    const topic = pick(r, TOPICS);
    const [m, d] = [int(r, 1, 12), int(r, 1, 28)];
    let rec: PoolDoc['rec'], y: number, body: string | undefined;
    if (r() < 0.75) {
      let w = r() * weights, t = PARTY_TYPES[0];
      for (const x of PARTY_TYPES) if ((w -= x[3]) < 0) { t = x; break; }
      const [type, typeName, bodies] = t;
      const [term, y0, y1] = pick(r, TERMS);
      y = int(r, y0, y1);
      const issuer = r() < 0.9 ? 'TW' : 'TU';
      const number = String(next(`${type}/${issuer}@${term}`));
      const key = `${number}-${type}/${issuer}`;
      body = issuer === 'TU' ? `Tỉnh ủy ${pick(r, PLACES)}` : pick(r, bodies);
      rec = { id: `${key}@${term}`, key, party: true, partyFlag: 1, type, typeName, number, issuer, term };
    } else {
      const [type, typeName, issuer, b] = pick(r, STATE_TYPES);
      y = int(r, 2015, 2025);
      const number = String(next(`${type}-${issuer}${type === 'NĐ' ? y : ''}`));
      const key = type === 'NĐ' ? `${number}/${y}/${type}-${issuer}` : `${number}/${type}-${issuer}`;
      body = b;
      rec = { id: key, key, party: false, partyFlag: 0, type, typeName, number, issuer };
    }
    if (r() < 0.9) rec.body = body;
    if (r() < 0.85) rec.date = `${y}-${pad(m)}-${pad(d)}`;
    if (r() < 0.85) rec.title = `về ${topic}`;
    const of = `của ${body}${rec.term ? ` khóa ${rec.term}` : ''}`;
    pool.push({ rec, full: `${rec.typeName} số ${rec.key} ngày ${d}/${m}/${y} ${of} về ${topic}`, short: `${rec.typeName} ${rec.key}`, topic, d, m, y });
  }
  return pool;
}

/** Sentences naming a document, for the text and the citation. */
function docSentences(r: Rnd, p: PoolDoc, place: string): string[] {
  const templates = [
    () => `Theo ${p.full}, mục tiêu đến năm ${int(r, 2026, 2035)} là ${pick(r, GOALS)}.`,
    () => `${pick(r, PEOPLE)}, ${pick(r, POSITIONS)}, nhấn mạnh việc thực hiện ${p.short} là nhiệm vụ trọng tâm, thường xuyên.`,
    () => `Hội nghị đã nghe báo cáo kết quả ${int(r, 1, 10)} năm thực hiện ${p.short} về ${p.topic}.`,
    () => `Việc triển khai ${p.short} bước đầu đã tạo chuyển biến rõ nét trong ${p.topic}.`,
    () => `${pick(r, ACTORS)} ${place} đã ban hành kế hoạch thực hiện ${p.full}.`,
  ];
  const n = int(r, 1, 3);
  return Array.from({ length: n }, () => pick(r, templates)().slice(0, MAX_SENTENCE_LENGTH));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Vietnam time, as papers print it. */
function published(ms: number): string {
  const t = new Date(ms + 7 * 3600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00+07:00`;
}

export async function generateLibrary(library: Library, options: GenerateOptions): Promise<GenerateResult> {
  const { articles: total, citationsPerArticle = 5, seed = 1, documents: poolSize = 300, batch = 500, onProgress } = options;
  const r = random(seed);
  const pool = makePool(r, poolSize);
  const perArticle = Math.min(citationsPerArticle, pool.length);
  const docs = new Map<number, DocumentRecord>();
  const base = Date.parse(options.start ?? '2023-01-01T00:00:00.000Z');
  let citationCount = 0;

  for (let from = 0; from < total; from += batch) {
    const articles: ArticleRecord[] = [];
    const citations: CitationRecord[] = [];
    const touched = new Set<number>();
    for (let i = from; i < Math.min(total, from + batch); i++) {
      const saved = base + i * 7_200_000 + int(r, 0, 3_600_000);
      const updated = r() < 0.08 ? saved + int(r, 3_600_000, 30 * 86_400_000) : saved;
      // Popular documents are cited far more often (squared uniform: a long tail).
      const chosen = new Set<number>();
      while (chosen.size < perArticle) chosen.add(Math.floor(pool.length * r() * r()));
      const cited = [...chosen];
      const main = pool[cited[0]];
      const place = pick(r, PLACES), verb = pick(r, VERBS);
      const title = r() < 0.5 ? `${place}: ${cap(verb)} ${main.short} về ${main.topic}` : `${cap(verb)} ${main.short}, ${place} tập trung ${pick(r, TOPICS)}`;
      const lead = `${pick(r, ACTORS)} ${place} tổ chức hội nghị ${verb} ${main.full}.`;
      const paragraphs: string[] = [];
      const perDoc = new Map<number, string[]>();
      for (const k of cited) {
        const ss = docSentences(r, pool[k], place);
        perDoc.set(k, ss);
        paragraphs.push([...ss, pick(r, FILLERS), pick(r, FILLERS)].join(' '));
      }
      for (let f = int(r, 2, 6); f > 0; f--) paragraphs.push(`${pick(r, FILLERS)} ${pick(r, FILLERS)} ${pick(r, FILLERS)}`);
      const real = options.sentences;
      if (real?.length) for (let p = 0; p < 8; p++) paragraphs.push(Array.from({ length: 5 }, () => pick(r, real)).join(' '));
      const site = pick(r, SITES);
      const slug = foldPhrase(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const url = `https://${site}/${slug}-post${seed}${String(i).padStart(7, '0')}.html`;
      const author = r() < 0.7 ? pick(r, PEOPLE) : undefined;
      const tags = r() < 0.2 ? [pick(r, TOPICS).split(',')[0]] : [];
      articles.push({
        url, title, site, ...(author ? { author } : {}), published: published(saved - int(r, 600_000, 2 * 86_400_000)),
        savedAt: iso(saved), updatedAt: iso(updated), lead, text: [lead, ...paragraphs].join('\n\n'), tags, lang: 'vi',
      });
      for (const k of cited) {
        const sentences = perDoc.get(k)!;
        citations.push({
          id: citationIdOf(url, pool[k].rec.id), articleUrl: url, docId: pool[k].rec.id,
          mentions: sentences.length + int(r, 0, 2), sentences, savedAt: iso(updated),
        });
        touched.add(k);
        const known = docs.get(k);
        if (known) {
          if (iso(updated) > known.lastCited!) known.lastCited = iso(updated);
          continue;
        }
        // First citation: this article taught what the document's record says, or the catalog did.
        const facts: DocumentRecord['facts'] = {};
        const catalog: Fact = { from: 'catalog', source: pick(r, CATALOG_SOURCES), confidence: r() < 0.7 ? 'high' : 'medium' };
        for (const f of ['body', 'term', 'date', 'title'] as const) {
          if (pool[k].rec[f] !== undefined) facts[f] = r() < 0.3 ? catalog : { from: 'article', articleUrl: url, at: iso(saved) };
        }
        const starred = r() < 0.05;
        docs.set(k, {
          ...pool[k].rec, facts, firstSeen: iso(saved), lastCited: iso(updated), starred,
          ...(starred ? { starredAt: iso(saved + 86_400_000) } : {}),
        });
      }
    }
    citationCount += citations.length;
    await library.transaction('readwrite', async (tx) => {
      // Requests are queued at once and awaited together: far faster than one round trip each.
      await Promise.all([
        ...articles.map((a) => tx.objectStore('articles').put(a)),
        ...citations.map((c) => tx.objectStore('citations').put(c)),
        ...[...touched].map((k) => tx.objectStore('documents').put(docs.get(k)!)),
      ]);
    });
    onProgress?.(Math.min(total, from + batch), total);
  }
  return { articles: total, documents: docs.size, citations: citationCount };
}
