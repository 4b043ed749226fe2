/**
 * Merge research claims (scripts/catalog/README.md) into catalog entries: one per identity (key +
 * term), every source kept, disagreements decided by the number of hosts and written into the note.
 */
import { termOfDate } from '../../utils/refs/vocabulary';
import type { CatalogRelation, CatalogSource } from '../../utils/refs/types';
import { sourceRank } from '../../utils/refs/source-rank';

export interface Claim {
  key: string;
  kind?: 'document' | 'plenum' | 'congress';
  type?: string | null;
  body?: string | null;
  term?: string | null;
  date?: string | null;
  title?: string | null;
  titleEn?: string | null;
  plenum?: number | null;
  start?: string | null;
  end?: string | null;
  adopted?: string[];
  topics?: string[];
  relations?: CatalogRelation[];
  sources?: CatalogSource[];
  note?: string | null;
  file?: string;
}

export interface Built {
  kind: 'document' | 'plenum' | 'congress';
  key: string;
  type: string | null;
  number?: number;
  issuer?: string;
  body: string | null;
  term: string | null;
  date: string | null;
  title: string | null;
  titleEn?: string | null;
  plenum?: number | null;
  /** A plenum-named resolution: the numbered resolution it is. */
  numbered?: string;
  start?: string | null;
  end?: string | null;
  adopted?: string[];
  topics?: string[];
  relations?: CatalogRelation[];
  source: string;
  sources: CatalogSource[];
  confidence: 'high' | 'medium';
  /** Values of a field that some sources state against the one kept (fewer hosts say them). */
  disputed?: Partial<Record<'body' | 'term' | 'date', string[]>>;
  note?: string | null;
}

export const idOf = (key: string): string => key.normalize('NFC').toUpperCase().replace(/\s+/g, '')
  .replace(/Đ/g, 'D').replace(/TƯ/g, 'TW').replace(/QDI/g, 'QD').replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');

export { sourceRank };

export function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^(?:www|m|amp|lite)\./, ''); } catch { return url; }
}

const FIELDS = ['type', 'body', 'term', 'date', 'title', 'titleEn', 'plenum', 'start', 'end'] as const;
type Field = (typeof FIELDS)[number];

/** The official subject as the reader reads it: no leading "Về", first letter capital, one space. */
export function cleanTitle(t: string | null | undefined): string | null {
  if (!t) return null;
  let s = t.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^["“”]+/, '');
  // A trailing quote that closes one opened inside ("… Phong trào “Bình dân học vụ số”") stays.
  while (/["“”]$/.test(s) && unclosedQuotes(s.slice(0, -1)) === 0) s = s.slice(0, -1);
  s = s.replace(/^(?:về|Về|VỀ)\s+/, '').trim();
  if (!s) return null;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return modernToneMarks(s);
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * One spelling of the two Vietnamese writes: the tone mark of "oa", "oe", "uy" ending a syllable on
 * the first vowel ("hóa", "khỏe", "thủy", "ủy"), as the press and the readers who check a subject
 * write it, not on the second ("hoá", "khoẻ", "thuỷ"), as some of the Party's own title lines do.
 * Only the mark moves; "quý", "quỹ" (whose "u" belongs to "qu") keep theirs.
 */
export function modernToneMarks(s: string): string {
  return s.normalize('NFD').replace(/(^|[^\p{L}])(\p{L}*?)([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L}|\p{M})/gu,
    (m, pre: string, onset: string, v1: string, v2: string, mark: string) => {
      if ((v1 === 'u' || v1 === 'U') && /[qQ]$/.test(onset)) return m;
      if ((v1 === 'o' || v1 === 'O') && !/[aAeE]/.test(v2)) return m;
      if ((v1 === 'u' || v1 === 'U') && !/[yY]/.test(v2)) return m;
      if (TONE_MARK.test(onset)) return m;
      return `${pre}${onset}${v1}${mark}${v2}`;
    }).normalize('NFC');
}

/** Quotes opened in `s` and not closed: curly ones by count, straight ones by parity. */
export function unclosedQuotes(s: string): number {
  const n = (re: RegExp) => s.match(re)?.length ?? 0;
  return Math.max(0, n(/“/g) - n(/”/g)) + (n(/"/g) % 2);
}

const foldTitle = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9đ]+/g, ' ').trim();

function termOf(c: Claim): string | null {
  if (c.term) return c.term.toUpperCase();
  const d = c.date ?? c.start ?? null;
  return d ? termOfDate(d) ?? null : null;
}

export function mergeClaims(claims: Claim[]): { entries: Built[]; problems: string[] } {
  const problems: string[] = [];
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c || typeof c.key !== 'string' || !c.key.trim()) { problems.push(`${c?.file}: no key`); continue; }
    const kind = c.kind ?? 'document';
    const id = `${kind}|${idOf(c.key)}|${termOf(c) ?? ''}`;
    (groups.get(id) ?? groups.set(id, []).get(id)!).push({ ...c, kind, title: cleanTitle(c.title) });
  }
  const entries: Built[] = [];
  for (const group of groups.values()) entries.push(mergeGroup(group));
  entries.push(...plenumAliases(entries));
  entries.sort((a, b) => a.kind.localeCompare(b.kind) || (a.term ?? '').localeCompare(b.term ?? '') || a.key.localeCompare(b.key, 'vi', { numeric: true }));
  return { entries, problems };
}

function mergeGroup(group: Claim[]): Built {
  const sources: CatalogSource[] = [];
  for (const c of group) for (const s of c.sources ?? []) {
    const have = sources.find((x) => x.url === s.url);
    if (have) have.says = [...new Set([...have.says, ...(s.says ?? [])])];
    else sources.push({ url: s.url, says: [...(s.says ?? [])] });
  }
  // Stable: within a rank, the order the research files give.
  sources.sort((a, b) => sourceRank(a.url) - sourceRank(b.url));
  const notes = group.map((c) => c.note).filter((n): n is string => !!n);
  const disputed: NonNullable<Built['disputed']> = {};
  // The hosts that state the value kept for each field: two that agree make it high, not two that differ.
  const keptBy: Partial<Record<Field, Set<string>>> = {};
  const pick = <F extends Field>(f: F): Claim[F] | null => {
    // Hosts that state each value; a claim's sources count for the fields they say (all when unsaid).
    const votes = new Map<string, { v: Claim[F]; hosts: Set<string>; order: number }>();
    group.forEach((c, order) => {
      const v = c[f];
      if (v === null || v === undefined || v === '') return;
      const k = f === 'title' || f === 'titleEn' ? foldTitle(String(v)) : String(v);
      const hosts = new Set((c.sources ?? []).filter((s) => !s.says?.length || s.says.includes(f) || (f === 'titleEn' && s.says.includes('title'))).map((s) => hostOf(s.url)));
      const cur = votes.get(k) ?? { v, hosts: new Set<string>(), order };
      for (const h of hosts) cur.hosts.add(h);
      if ((f === 'title' || f === 'titleEn') && String(v).length > String(cur.v).length) cur.v = v;
      votes.set(k, cur);
    });
    const ranked = [...votes.values()].sort((a, b) => b.hosts.size - a.hosts.size || a.order - b.order);
    if (ranked[0]) keptBy[f] = ranked[0].hosts;
    if (ranked.length > 1 && f !== 'title' && f !== 'titleEn' && f !== 'type') {
      notes.push(`sources differ on ${f}: ${ranked.map((r) => `${r.v} (${[...r.hosts].join(', ') || 'unsourced'})`).join(' vs ')}`);
      // What the reader is shown beside the kept value ("other sources say 01/06/2012").
      if (f === 'body' || f === 'term' || f === 'date') disputed[f as 'body' | 'term' | 'date'] = ranked.slice(1).map((r) => String(r.v));
    }
    return ranked[0]?.v ?? null;
  };
  const first = group[0];
  const values = Object.fromEntries(FIELDS.map((f) => [f, pick(f)])) as { [F in Field]: Claim[F] | null };
  const relations: CatalogRelation[] = [];
  for (const c of group) for (const r of c.relations ?? []) if (!relations.some((x) => x.rel === r.rel && idOf(x.key) === idOf(r.key))) relations.push(r);
  const adopted = [...new Set(group.flatMap((c) => c.adopted ?? []))];
  const topics = [...new Set(group.flatMap((c) => c.topics ?? []))];
  const dateConflict = notes.some((n) => /sources differ on date/.test(n));
  const stating = keptBy[values.title ? 'title' : values.date ? 'date' : 'start'] ?? new Set<string>();
  const num = /^0*(\d+)-([^/]+)\/(.+)$/.exec(first.key);
  const e: Built = {
    kind: first.kind ?? 'document',
    key: first.key.normalize('NFC').replace(/\s+/g, '').replace(/TƯ$/, 'TW'),
    type: values.type ?? null,
    ...(num ? { number: Number(num[1]), issuer: num[3] } : {}),
    body: values.body ?? null,
    term: (values.term as string | null)?.toUpperCase() ?? termOf({ ...first, date: values.date, start: values.start }),
    date: values.date ?? null,
    title: values.title ?? null,
    ...(values.titleEn ? { titleEn: values.titleEn } : {}),
    ...(values.plenum ? { plenum: Number(values.plenum) } : {}),
    ...(values.start ? { start: values.start } : {}),
    ...(values.end ? { end: values.end } : {}),
    ...(adopted.length ? { adopted } : {}),
    ...(topics.length ? { topics } : {}),
    ...(relations.length ? { relations } : {}),
    source: sources[0]?.url ?? '',
    sources,
    confidence: stating.size >= 2 && !dateConflict ? 'high' : 'medium',
    ...(Object.keys(disputed).length ? { disputed } : {}),
    ...(notes.length ? { note: [...new Set(notes)].join(' · ') } : {}),
  };
  return e;
}

/** "Nghị quyết Trung ương 6 khóa XII" is the set of resolutions that plenum adopted: one entry per
 *  resolution under the plenum key (the engine then asks the text which), unless research named the
 *  plenum's resolution itself. */
function plenumAliases(entries: Built[]): Built[] {
  const out: Built[] = [];
  const docs = new Map(entries.filter((e) => e.kind === 'document').map((e) => [`${idOf(e.key)}|${e.term}`, e]));
  for (const p of entries.filter((e) => e.kind === 'plenum')) {
    const m = /^HNTW(\d+)-([IVXL]+)$/.exec(p.key);
    if (!m) continue;
    const alias = `NQ-HNTW${m[1]}-${m[2]}`;
    // A resolution known only by its plenum ("Chiến lược bảo vệ Tổ quốc", HNTW8-XI) does not hide the
    // numbered ones the plenum also adopted (29-NQ/TW on education): the plenum's name may mean any.
    const known = docs.get(`${idOf(alias)}|${m[2]}`);
    for (const k of p.adopted ?? []) {
      const d = docs.get(`${idOf(k)}|${m[2]}`);
      if (!d || !/^\d+-NQ\//.test(d.key)) continue;
      // The plenum-named entry with the numbered one's subject is that one: it says so, and takes the
      // date the numbered one's sources give (where its own give none).
      if (known && known.title && d.title && foldTitle(known.title) === foldTitle(d.title)) {
        known.numbered ??= d.key;
        if (!known.date && d.date) {
          known.date = d.date;
          known.sources = [...known.sources, ...d.sources.filter((s) => s.says.includes('date') && !known.sources.some((k) => k.url === s.url))];
        }
        continue;
      }
      if (known && (!known.title || !d.title)) continue;
      out.push({ ...d, key: alias, numbered: d.key, plenum: Number(m[1]), number: undefined, issuer: undefined });
    }
  }
  return out.map((e) => JSON.parse(JSON.stringify(e)) as Built);
}
