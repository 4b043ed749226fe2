import { describe, expect, it } from 'vitest';
import { isTestHost, matchPatterns, SITES, siteFor, siteForPage } from '../../utils/article';
import { loadFixture } from './helpers';

describe('siteFor', () => {
  const table: Array<[string, string | undefined]> = [
    ['nhandan.vn', 'nhandan.vn'],
    ['www.nhandan.vn', 'nhandan.vn'],
    ['m.nhandan.vn', 'nhandan.vn'],
    ['NHANDAN.VN.', 'nhandan.vn'],
    ['en.nhandan.vn', 'en.nhandan.vn'],
    ['en.vietnamplus.vn', 'en.vietnamplus.vn'],
    ['www.vietnamplus.vn', 'vietnamplus.vn'],
    ['e.vnexpress.net', 'e.vnexpress.net'],
    ['video.vnexpress.net', 'vnexpress.net'],
    ['vnexpress.net', 'vnexpress.net'],
    ['tulieuvankien.dangcongsan.vn', 'tulieuvankien.dangcongsan.vn'],
    ['dangcongsan.vn', 'dangcongsan.vn'],
    ['dangcongsan.org.vn', 'dangcongsan.org.vn'],
    ['www.tapchicongsan.org.vn', 'tapchicongsan.org.vn'],
    ['xaydungdang.tapchicongsan.org.vn', 'xaydungdang.tapchicongsan.org.vn'],
    ['hanoi.dcs.vn', 'dcs.vn'],
    ['tinhuy.camau.dcs.vn', 'dcs.vn'],
    ['english.vov.vn', 'english.vov.vn'],
    ['vov.vn', 'vov.vn'],
    ['baocantho.com.vn', 'baocantho.com.vn'],
    ['www.baolaocai.vn', 'baolaocai.vn'],
    ['vtcnews.vn', 'vtcnews.vn'],
    // Lookalikes must not match.
    ['evil-nhandan.vn.attacker.com', undefined],
    ['nhandan.vn.attacker.com', undefined],
    ['fakenhandan.vn', undefined],
    ['dcs.vn.evil.com', undefined],
    ['vnexpress.net-news.com', undefined],
    ['example.com', undefined],
    ['', undefined],
    ['127.0.0.1', undefined],
    ['localhost', undefined],
  ];
  it.each(table)('%s → %s', (host, expected) => {
    expect(siteFor(host)?.host).toBe(expected);
  });

  it('honours an override only on a test host', () => {
    expect(siteFor('127.0.0.1', { override: 'nhandan.vn' })?.host).toBe('nhandan.vn');
    expect(siteFor('localhost', { override: 'hanoi.dcs.vn' })?.host).toBe('dcs.vn');
    expect(siteFor('evil.example.com', { override: 'nhandan.vn' })).toBeUndefined();
    expect(siteFor('nhandan.vn', { override: 'vnexpress.net' })?.host).toBe('nhandan.vn');
    expect(siteFor('127.0.0.1', { override: 'not-a-site.com' })).toBeUndefined();
    expect(isTestHost('127.0.0.1') && isTestHost('LOCALHOST') && isTestHost('[::1]')).toBe(true);
    expect(isTestHost('127.0.0.2') || isTestHost('localhost.evil.com')).toBe(false);
  });

  it('reads <meta name="vankien-test-site"> only on 127.0.0.1 / localhost', () => {
    const doc = loadFixture('nhandan-article.html');
    expect(siteForPage(doc, 'http://127.0.0.1:5173/nhandan-article.html')?.host).toBe('nhandan.vn');
    expect(siteForPage(doc, 'http://localhost:8080/x.html')?.host).toBe('nhandan.vn');
    expect(siteForPage(doc, 'https://attacker.example/nhandan-article.html')).toBeUndefined();
    expect(siteForPage(doc, 'https://vnexpress.net/x-1234567.html')?.host).toBe('vnexpress.net');
    expect(siteForPage(doc, 'not a url')).toBeUndefined();
  });
});

describe('SITES and matchPatterns', () => {
  it('lists every required site once, with a language', () => {
    const required = [
      'nhandan.vn', 'dangcongsan.vn', 'dangcongsan.org.vn', 'tapchicongsan.org.vn', 'xaydungdang.org.vn',
      'baochinhphu.vn', 'vietnamplus.vn', 'qdnd.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn',
      'dantri.com.vn', 'vov.vn', 'laodong.vn', 'tienphong.vn', 'cand.com.vn', 'vtv.vn', 'znews.vn', 'plo.vn',
      'sggp.org.vn', 'hanoimoi.vn', 'vietnamnet.vn', 'baomoi.com', 'dcs.vn', 'en.vietnamplus.vn', 'en.nhandan.vn',
      'vietnamnews.vn', 'e.vnexpress.net', 'tuoitrenews.vn', 'en.baochinhphu.vn', 'en.qdnd.vn', 'english.vov.vn',
      'baocantho.com.vn', 'baolaocai.vn', 'vtcnews.vn',
    ];
    const hosts = SITES.map((s) => s.host);
    for (const h of required) expect(hosts).toContain(h);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const s of SITES) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(['vi', 'en']).toContain(s.lang);
      expect(s.host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
    expect(SITES.find((s) => s.host === 'en.vietnamplus.vn')?.lang).toBe('en');
  });

  it('produces valid WebExtension match patterns covering every site', () => {
    const patterns = matchPatterns();
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(patterns).toContain('*://nhandan.vn/*');
    expect(patterns).toContain('*://*.nhandan.vn/*');
    expect(patterns).toContain('*://*.dcs.vn/*');
    expect(new Set(patterns).size).toBe(patterns.length);
    // Every site is covered by some pattern (subdomain entries by their parent's wildcard).
    const covered = (host: string) =>
      patterns.some((p) => {
        const h = p.slice('*://'.length, -2);
        return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
      });
    for (const s of SITES) expect(covered(s.host), s.host).toBe(true);
    expect(covered('nhandan.vn.attacker.com')).toBe(false);
  });
});
