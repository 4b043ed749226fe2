/**
 * CLI: npm run extract -- FILE        (plain text or HTML; "-" reads stdin) → JSON result
 *        HTML goes through article detection, as in the extension: only the article's text is
 *        read, and a page that is not an article gives nothing (its "page" says why).
 *        --url URL     the page's address, when the file does not give it (canonical, og:url)
 *        --whole-page  read every text of the page instead
 *      npm run extract -- --jsonl -   (JSON lines {"id","text"} → one result line each;
 *                                      the contract of ../shared/bin/score-refs.mjs)
 */
import { readFileSync } from 'node:fs';
import { extractReferences } from '../utils/refs/index';
import { articleText, htmlToText, looksLikeHtml, pageUrlOf } from './lib/html-text';

class UsageError extends Error {}

function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a file` : `cannot read ${path}: ${(e as Error).message}`);
  }
}

function brief(r: ReturnType<typeof extractReferences>) {
  return {
    documents: r.documents.map((d) => ({
      key: d.key, party: d.party, type: d.type, number: d.number, issuer: d.issuer, term: d.term,
      date: d.date, title: d.title, locality: d.locality, sources: d.sources, ambiguous: d.candidates ? true : undefined,
    })),
    mentions: r.mentions.map((m) => ({ start: m.start, end: m.end, key: m.key })),
  };
}

async function main(argv: string[]): Promise<void> {
  const usage = 'usage: npm run extract -- FILE | - [--url URL] [--whole-page]   (plain text or HTML)\n'
    + '       npm run extract -- --jsonl -                              (JSON lines {"id","text"})';
  const args = [...argv];
  const flag = (name: string) => { const i = args.indexOf(name); if (i < 0) return false; args.splice(i, 1); return true; };
  const jsonl = flag('--jsonl');
  const wholePage = flag('--whole-page');
  let url: string | undefined;
  const ui = args.indexOf('--url');
  if (ui >= 0) {
    url = args[ui + 1];
    if (!url || !/^https?:\/\/[^/]/i.test(url)) throw new UsageError(`--url needs an http(s) address\n${usage}`);
    args.splice(ui, 2);
  }
  if (args.length !== 1 || args[0].startsWith('--') || args.includes('-h')) throw new UsageError(usage);
  const input = readInput(args[0]);
  if (!jsonl) {
    if (!looksLikeHtml(input)) {
      process.stdout.write(JSON.stringify(extractReferences(input), null, 2) + '\n');
      return;
    }
    if (wholePage) {
      process.stdout.write(JSON.stringify(extractReferences(await htmlToText(input)), null, 2) + '\n');
      return;
    }
    const address = url ?? pageUrlOf(input);
    if (!address) throw new UsageError('an HTML file that does not say its address (no canonical link, no og:url): give it with --url URL, or read the whole page with --whole-page');
    const { text, detection } = await articleText(input, address);
    const result = extractReferences(text, { articleDate: detection.published?.slice(0, 10) });
    process.stdout.write(JSON.stringify({ page: detection, ...result }, null, 2) + '\n');
    return;
  }
  const lines = input.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let row: { id?: unknown; text?: unknown };
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new UsageError(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (!row || typeof row !== 'object' || typeof row.text !== 'string' || row.id === undefined) {
      throw new UsageError(`line ${i + 1}: expected an object {"id", "text"} with a string "text"`);
    }
    out.push(JSON.stringify({ id: row.id, ...brief(extractReferences(row.text)) }));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`extract: ${e instanceof UsageError ? e.message : (e as Error).stack ?? String(e)}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
