/**
 * CLI: npm run extract -- FILE        (plain text or HTML; "-" reads stdin) → JSON result
 *      npm run extract -- --jsonl -   (JSON lines {"id","text"} → one result line each;
 *                                      the contract of ../shared/bin/score-refs.mjs)
 */
import { readFileSync } from 'node:fs';
import { extractReferences } from '../utils/refs/index';
import { htmlToText, looksLikeHtml } from './lib/html-text';

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
    })),
    mentions: r.mentions.map((m) => ({ start: m.start, end: m.end, key: m.key })),
  };
}

async function main(argv: string[]): Promise<void> {
  const jsonl = argv.includes('--jsonl');
  const files = argv.filter((a) => a !== '--jsonl');
  if (files.length !== 1 || argv.includes('--help') || argv.includes('-h')) {
    throw new UsageError('usage: npm run extract -- FILE | -        (plain text or HTML)\n       npm run extract -- --jsonl -   (JSON lines {"id","text"})');
  }
  const input = readInput(files[0]);
  if (!jsonl) {
    const text = looksLikeHtml(input) ? await htmlToText(input) : input;
    process.stdout.write(JSON.stringify(extractReferences(text), null, 2) + '\n');
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
