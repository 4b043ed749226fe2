/**
 * Every size limit, in one place. What can be saved can be exported and imported back: the save
 * path (messages), the page (what the content script sends, clipped at the source) and the backup
 * reader (library/validate) all take their bounds from here.
 */
export const LIMITS = {
  /** An article address (canonical URL). */
  url: 4096,
  /** A headline or a document's subject. */
  title: 2000,
  /** Site names, authors, keys, types, bodies, terms, tags. */
  short: 300,
  /** The article's lead (sapo), clipped at the source. */
  lead: 20_000,
  /** The article text the library keeps: a very long page is still highlighted, but not saved. */
  articleText: 2_000_000,
  /** The text the engine reads from one page (in segments); beyond this the rest is not highlighted. */
  extractText: 20_000_000,
  /** Mentions of one document in one article. */
  mentions: 1_000_000,
  /** Documents of one article. */
  documents: 20_000,
  /** Tags of one article. */
  tags: 200,
  /** Records of each kind in one backup file. */
  records: 200_000,
  /** A backup file, in characters. */
  fileLength: 400 * 1024 * 1024,
  /** Nesting of a backup file. */
  depth: 16,
} as const;

/** `s` cut to `max` characters at a word boundary when there is one near, with an ellipsis. */
export function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined || s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max * 0.8 ? cut : max - 1).trimEnd()}…`;
}
