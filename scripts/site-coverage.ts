/**
 * npm run coverage:sites — how many of the hosts the test data comes from are built-in sites
 * (SITES, looked up with siteFor, so a subdomain counts for its listed parent).
 *
 * Reads only the `site` and `source` fields of each passage in ../shared/corpus/dev (never its
 * text) and the host part of the saved pages' file names in ../shared/data/pages (INDEX.md names
 * them "<host>__<slug>.html"). Prints the share of distinct hosts covered and the hosts that are not.
 *
 * Also the field list, scripts/data/field-hosts.tsv: 166 hosts of stored public pages that cite
 * party documents (found by searching stored pages for citations, December 2026; an example URL
 * each). Sites were added from it, so it measures what is listed, not how well a list generalises.
 * That is what the held-out lists are for (scripts/data/heldout*-hosts.tsv, found the same way by a
 * search told to leave out every host of the lists before it): never add a site from the newest one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteFor } from '../utils/article/sites';

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const corpusDir = join(shared, 'corpus', 'dev');
const pagesDir = join(shared, 'data', 'pages');

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Lower-cased, without "www." and a trailing dot; undefined when it is not a host name. */
function cleanHost(h: string | undefined): string | undefined {
  const x = (h ?? '').trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return HOST.test(x) ? x : undefined;
}

function hostOfUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return cleanHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** Distinct hosts of the dev corpus: the passage's `site` when it is a host, else its `source` URL's. */
function corpusHosts(): { hosts: Set<string>; passages: number; skipped: string[] } {
  const hosts = new Set<string>();
  const skipped: string[] = [];
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const { site, source } = JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { site?: unknown; source?: unknown };
    const host = cleanHost(typeof site === 'string' ? site : undefined) ?? hostOfUrl(source);
    if (host) hosts.add(host);
    else skipped.push(`${f} (site: ${JSON.stringify(site)})`);
  }
  return { hosts, passages: files.length, skipped };
}

/** Distinct hosts of the saved pages, from their file names. */
function pageHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const f of readdirSync(pagesDir)) {
    if (!f.endsWith('.html') || !f.includes('__')) continue;
    const host = cleanHost(f.slice(0, f.indexOf('__')));
    if (host) hosts.add(host);
  }
  return hosts;
}

/** Hosts of a list in scripts/data (first column; "www." and a port dropped). */
function fieldHosts(name = 'field-hosts.tsv'): Set<string> {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'data', name);
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Set(rows.map((r) => cleanHost(r.split('\t')[0].replace(/:\d+$/, ''))).filter((h): h is string => !!h));
}

function report(title: string, hosts: Set<string>): void {
  const list = [...hosts].sort();
  const uncovered = list.filter((h) => !siteFor(h));
  const covered = list.length - uncovered.length;
  const pct = list.length ? ((100 * covered) / list.length).toFixed(1) : '0.0';
  console.log(`${title}: ${covered}/${list.length} distinct hosts covered (${pct}%)`);
  if (uncovered.length) console.log(`  not covered (${uncovered.length}): ${uncovered.join(', ')}`);
}

const corpus = corpusHosts();
const pages = pageHosts();
console.log(`dev corpus: ${corpus.passages} passages, ${corpus.hosts.size} distinct hosts`);
if (corpus.skipped.length) console.log(`  no host in: ${corpus.skipped.join('; ')}`);
report('dev corpus', corpus.hosts);
report('saved pages', pages);
report('both', new Set([...corpus.hosts, ...pages]));
report('field list (scripts/data/field-hosts.tsv)', fieldHosts());
// Found by a search that knew neither the site list nor the lists above (2026-12-05). Before any site
// was chosen from it, 41 of its 106 hosts were covered (38.7%): that is how the list generalised.
// Sites were then added from it (legitimate outlets, *.org.vn), so it is no longer held out; the
// next such list measures the generalisation again.
report('first held-out list, since chosen from (scripts/data/heldout-hosts.tsv)', fieldHosts('heldout-hosts.tsv'));
// The second, found the same way after those additions (excluding every list above). Sites were
// not chosen from it at first, but two of the kinds of site added since it was made (the world broadcasters'
// Vietnamese services, the blog platforms) cover some of its hosts (bbc.com, three blogs).
// Held out until 2026-12-06 (68 of 94 covered, 72.3%); then the legitimate outlets among its misses
// were added (RFA's radiofree.asia, a law database, law firms and foundations on Vietnam).
report('second held-out list, since chosen from (scripts/data/heldout2-hosts.tsv)', fieldHosts('heldout2-hosts.tsv'));
// The third (2026-12-06, 59 hosts), found the same way excluding every list above and the dev
// corpus's hosts, while those kinds were being added: held out. 16 of its hosts are subdomains of
// hosts of the lists before (en.nhandan.vn, m.vietnamnet.vn): they count as the search found them.
// Held out until 2026-12-06 (49 of 59, 83.1%); then an embassy and Open Development Vietnam were added.
report('third held-out list, since chosen from (scripts/data/heldout3-hosts.tsv)', fieldHosts('heldout3-hosts.tsv'));
// The fourth (2026-12-06, 55 hosts), found the same way after those additions, excluding every list
// above and the dev corpus's hosts: held out. 8 of its hosts are subdomains of earlier lists' hosts
// (m.sggp.org.vn, media.qdnd.vn); without them 42 of 47 were covered.
report('fourth held-out list (scripts/data/heldout4-hosts.tsv)', fieldHosts('heldout4-hosts.tsv'));
