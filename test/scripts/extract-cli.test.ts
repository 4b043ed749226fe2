import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, htmlToText, pageUrlOf } from '../../scripts/lib/html-text';
import { extractReferences } from '../../utils/refs/index';

// Our own page: an article citing two documents, a related-news box and a footer citing others.
const page = (head: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Huyện ủy học tập nghị quyết</title>${head}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Huyện ủy học tập nghị quyết","datePublished":"2025-03-02T08:00:00+07:00"}</script>
</head><body>
<header><a href="/">Báo mẫu</a></header>
<article>
  <h1>Huyện ủy học tập nghị quyết</h1>
  <div class="article-body">
    <p>Sáng 2/3, Huyện ủy tổ chức hội nghị học tập Nghị quyết số 41-NQ/TW của Bộ Chính trị về xây dựng đội ngũ doanh nhân.</p>
    <p>Các đại biểu cũng nghe phổ biến Chỉ thị số 27-CT/TW về công tác bảo vệ bí mật nhà nước, với nhiều ý kiến thảo luận sôi nổi.</p>
    <p>Hội nghị kết thúc trong ngày, với kế hoạch cụ thể cho từng chi bộ trong toàn huyện.</p>
    <div class="box-tin-lien-quan"><a href="/a.html">Triển khai Kết luận số 19-KL/TW ở các xã</a></div>
  </div>
</article>
<footer>Giấy phép số 123/GP-BTTTT. Đọc thêm Quy định số 80-QĐ/TW.</footer>
</body></html>`;

const WITH_URL = page('<link rel="canonical" href="https://nhandan.vn/huyen-uy-hoc-tap-post123456.html">');

describe('extract CLI: HTML through article detection', () => {
  it('finds the page address in the canonical link, else og:url, never a relative one', () => {
    expect(pageUrlOf(WITH_URL)).toBe('https://nhandan.vn/huyen-uy-hoc-tap-post123456.html');
    expect(pageUrlOf(page('<meta property="og:url" content="https://nhandan.vn/x-post1.html">'))).toBe('https://nhandan.vn/x-post1.html');
    expect(pageUrlOf(page('<link rel="canonical" href="/relative.html">'))).toBeUndefined();
  });

  it('reads the article only: not its related box, not the footer', async () => {
    const { text, detection } = await articleText(WITH_URL, 'https://nhandan.vn/huyen-uy-hoc-tap-post123456.html');
    expect(detection.isArticle).toBe(true);
    const keys = extractReferences(text).documents.map((d) => d.key);
    expect(keys).toEqual(['41-NQ/TW', '27-CT/TW']);
    const whole = extractReferences(await htmlToText(WITH_URL)).documents.map((d) => d.key);
    expect(whole).toEqual(expect.arrayContaining(['41-NQ/TW', '27-CT/TW', '19-KL/TW', '80-QĐ/TW']));
  });

  it('gives nothing for a page that is not an article, and says why', async () => {
    const listing = `<!doctype html><html><head><title>Thời sự</title></head><body><ul>${
      Array.from({ length: 30 }, (_, i) => `<li><a href="/tin-${i}.html">Tin số ${i} về Nghị quyết số 57-NQ/TW</a></li>`).join('')}</ul></body></html>`;
    const { text, detection } = await articleText(listing, 'https://nhandan.vn/thoi-su');
    expect(detection.isArticle).toBe(false);
    expect(detection.reason).not.toBe('');
    expect(text).toBe('');
  });
});

describe('extract CLI: the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-cli-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../../scripts/extract.ts'), ...args], { encoding: 'utf8' });

  // These start the CLI as a process (tsx compiles on start): seconds on a busy machine.
  it('prints the page verdict with the article\'s references', { timeout: 60_000 }, () => {
    const file = join(dir, 'article.html');
    writeFileSync(file, WITH_URL);
    const r = run(file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.page.isArticle).toBe(true);
    expect(out.documents.map((d: { key: string }) => d.key)).toEqual(['41-NQ/TW', '27-CT/TW']);
  });

  it('asks for --url when the HTML does not say its address, and exits 2 without a stack trace', { timeout: 60_000 }, () => {
    const file = join(dir, 'no-address.html');
    writeFileSync(file, page(''));
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--url URL/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const ok = run(file, '--url', 'https://nhandan.vn/huyen-uy-hoc-tap-post123456.html');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).documents).toHaveLength(2);
  });
});
