/** A static server on 127.0.0.1 for fixture pages (our own HTML only). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface FixtureServer { url(path: string): string; close(): Promise<void>; server: Server }

/** Serves each of `roots` under its name: serve({ pages: dir }) → /pages/x.html. */
export async function serve(roots: Record<string, string>, extra: Record<string, () => string> = {}): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8' });
      return void res.end(extra[path]());
    }
    const [, root, ...rest] = path.split('/');
    const base = roots[root];
    const file = base && resolve(base, normalize(join('.', ...rest)));
    if (!file || !file.startsWith(resolve(base))) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    server,
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : '/' + p}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
