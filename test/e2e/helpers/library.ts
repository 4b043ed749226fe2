/** A generated library backup (Node, fake-indexeddb), for seeding the options page through its import. */
import 'fake-indexeddb/auto';
import { openLibrary } from '../../../utils/db';
import { exportJson, generateLibrary } from '../../../utils/library';

export async function generatedBackup(articles: number, seed = 7): Promise<string> {
  const lib = await openLibrary(`vankien-seed-${seed}-${articles}-${Math.random().toString(36).slice(2)}`);
  await generateLibrary(lib, { articles, citationsPerArticle: 5, seed });
  const json = await exportJson(lib);
  lib.close();
  return json;
}
