import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For --real-text (bench:library, bench:options): sentences of the shared corpus and saved pages to
 * fill generated articles with (read here, at run time: measured on, never copied into the project),
 * for a real vocabulary of words and word pairs, which the generated fillers alone do not have.
 */
export function realSentences(): string[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
  const texts: string[] = [];
  for (const f of readdirSync(join(root, 'corpus/dev')).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(join(root, 'corpus/dev', f), 'utf8')) as { text?: unknown };
    if (typeof d.text === 'string') texts.push(d.text);
  }
  for (const f of readdirSync(join(root, 'data/pages')).filter((x) => /\.html?$/.test(x))) {
    texts.push(readFileSync(join(root, 'data/pages', f), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '));
  }
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 30 && s.length < 400);
}

