import { describe, expect, it } from 'vitest';
import { isTestHost, matchPatterns, SITES, siteFor, siteForPage } from '../../utils/article';
import { localityOfUrl } from '../../utils/article/sites';
import { ANY_SITE_UNDER } from '../../utils/article/url-shape';
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
    // Every *.gov.vn portal is the one gov.vn entry, but a listed subdomain keeps its own.
    ['hanoi.gov.vn', 'gov.vn'],
    ['quan3.hochiminhcity.gov.vn', 'gov.vn'],
    ['www.moj.gov.vn', 'gov.vn'],
    ['vtv.gov.vn', 'vtv.gov.vn'],
    ['vpcp.chinhphu.vn', 'chinhphu.vn'],
    // English editions have their own entries; the Vietnamese site keeps the parent's.
    ['en.baoquocte.vn', 'en.baoquocte.vn'],
    ['baoquocte.vn', 'baoquocte.vn'],
    ['english.thesaigontimes.vn', 'english.thesaigontimes.vn'],
    ['www.thesaigontimes.vn', 'thesaigontimes.vn'],
    ['english.hochiminh.vn', 'english.hochiminh.vn'],
    ['binhthuan.hochiminh.vn', 'hochiminh.vn'],
    // Party schools and theory: a parent covers its subdomains.
    ['qcn.hcma.vn', 'hcma.vn'],
    ['hcma2.hcma.vn', 'hcma.vn'],
    ['giaoduclyluanhcma.vn', 'giaoduclyluanhcma.vn'],
    ['dangbo.tnut.edu.vn', 'dangbo.tnut.edu.vn'],
    // Schools and universities: every *.edu.vn, the more specific entry first.
    ['tnut.edu.vn', 'edu.vn'],
    ['ussh.vnu.edu.vn', 'edu.vn'],
    // Not a school: only the .vn domain's catch-all.
    ['edu.com.vn', 'vn'],
    // Provincial papers, old and merged.
    ['m.baokontum.com.vn', 'baokontum.com.vn'],
    ['old.baolangson.vn', 'baolangson.vn'],
    ['dhd.baothanhhoa.vn', 'baothanhhoa.vn'],
    ['dongkhoi.baovinhlong.vn', 'dongkhoi.baovinhlong.vn'],
    ['www.baovinhlong.vn', 'baovinhlong.vn'],
    ['baovinhlong.com.vn', 'baovinhlong.com.vn'],
    ['news.laodong.vn', 'laodong.vn'],
    // Lookalikes must not match.
    ['gov.vn.attacker.com', undefined],
    // A lookalike under .vn is just another .vn site, never the one it imitates.
    ['notgov.vn', 'vn'],
    ['baoquocte.vn.evil.com', undefined],
    ['evil-nhandan.vn.attacker.com', undefined],
    ['nhandan.vn.attacker.com', undefined],
    ['fakenhandan.vn', 'vn'],
    ['vn.attacker.com', undefined],
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

describe('the built-in sites as data', () => {
  const GROUPS = ['national', 'provincial', 'party', 'government', 'organisations', 'legal', 'english', 'abroad', 'community', 'domain'];

  it('gives every entry a group, a name, and a lower-case host without www.', () => {
    for (const s of SITES) {
      expect(GROUPS, s.host).toContain(s.group);
      expect(s.name.trim().length, s.host).toBeGreaterThan(0);
      expect(s.host, s.host).toBe(s.host.toLowerCase().trim());
      expect(s.host.startsWith('www.'), s.host).toBe(false);
      // One label only for the catch-all of a whole top-level domain.
      expect(s.host, s.host).toMatch(s.domain === 'any' ? /^[a-z]{2}$/ : /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/);
    }
  });

  it('lists no host twice', () => {
    const seen = new Set<string>();
    for (const s of SITES) {
      expect(seen.has(s.host), s.host).toBe(false);
      seen.add(s.host);
    }
  });

  it('gives the English entries lang en, and every provincial paper its party organisation', () => {
    for (const s of SITES.filter((x) => x.group === 'english')) expect(s.lang, s.host).toBe('en');
    // A local station whose province its pages do not say is left without one rather than guessed.
    const unknownProvince = new Set(['truyenhinhtpth.vn']);
    for (const s of SITES.filter((x) => x.group === 'provincial')) {
      expect(s.lang, s.host).toBe('vi');
      if (unknownProvince.has(s.host)) expect(s.locality, s.host).toBeUndefined();
      else expect(s.locality, s.host).toMatch(/^Đảng bộ (tỉnh|thành phố) \S/);
    }
  });

  const localities: Array<[string, string]> = [
    ['baonghean.vn', 'Đảng bộ tỉnh Nghệ An'],
    ['www.baoninhbinh.org.vn', 'Đảng bộ tỉnh Ninh Bình'],
    ['baobacninh.com.vn', 'Đảng bộ tỉnh Bắc Ninh'],
    ['baobacninhtv.vn', 'Đảng bộ tỉnh Bắc Ninh'],
    ['baodanang.vn', 'Đảng bộ thành phố Đà Nẵng'],
    ['huengaynay.vn', 'Đảng bộ thành phố Huế'],
    ['baothainguyen.org.vn', 'Đảng bộ tỉnh Thái Nguyên'],
    ['baoapbac.vn', 'Đảng bộ tỉnh Tiền Giang'],
    ['dongkhoi.baovinhlong.vn', 'Đảng bộ tỉnh Bến Tre'],
    ['travinh.baovinhlong.vn', 'Đảng bộ tỉnh Trà Vinh'],
    ['baovinhlong.vn', 'Đảng bộ tỉnh Vĩnh Long'],
    ['hanoimoi.vn', 'Đảng bộ thành phố Hà Nội'],
    ['www.sggp.org.vn', 'Đảng bộ thành phố Hồ Chí Minh'],
    ['bacgiangtv.vn', 'Đảng bộ tỉnh Bắc Giang'],
    ['www.thvl.vn', 'Đảng bộ tỉnh Vĩnh Long'],
  ];
  it.each(localities)('a page on %s cites the documents of %s', (host, locality) => {
    expect(siteFor(host)?.group).toBe('provincial');
    expect(siteFor(host)?.locality).toBe(locality);
    expect(localityOfUrl(`https://${host}/bai-viet-1.html`)).toBe(locality);
  });

  const groups: Array<[string, string]> = [
    ['hanoi.gov.vn', 'government'],
    ['quochoi.vn', 'government'],
    ['en.baoquocte.vn', 'english'],
    ['english.thesaigontimes.vn', 'english'],
    ['thuvienphapluat.vn', 'legal'],
    ['vbpl.vn', 'legal'],
    ['qcn.hcma.vn', 'party'],
    ['tapchimattran.vn', 'party'],
    ['baotintuc.vn', 'national'],
    ['vtv.gov.vn', 'national'],
    ['www.evn.com.vn', 'organisations'],
    ['acc.acccorp.vn', 'organisations'],
    ['text.123docz.net', 'legal'],
    ['hoatieu.vn', 'legal'],
    ['tacnghiep.thoidai.com.vn', 'national'],
    ['www.bbc.com', 'abroad'],
    ['www.voatiengviet.com', 'abroad'],
    ['www.mondaq.com', 'abroad'],
    ['gocnhin.blogspot.com', 'community'],
    ['vi.m.wikipedia.org', 'community'],
  ];
  it('reads only part of a site of every language: its Vietnamese pages, or its pages about Vietnam', () => {
    expect(siteFor('gocnhin.blogspot.com')?.only).toBe('vietnamese');
    expect(siteFor('www.bbc.com')?.only).toBe('about-vietnam');
    expect(siteFor('www.mondaq.com')?.only).toBe('about-vietnam');
    // A site in Vietnamese only, or on Vietnam only, is read whole.
    expect(siteFor('www.voatiengviet.com')?.only).toBeUndefined();
    expect(siteFor('www.vietnam-briefing.com')?.only).toBeUndefined();
    // Every site of a partial scope is one whose pages are not all in Vietnamese.
    for (const s of SITES.filter((x) => x.only)) expect(['abroad', 'community'], s.host).toContain(s.group);
  });
  it.each(groups)('%s is in the %s group', (host, group) => {
    expect(siteFor(host)?.group).toBe(group);
  });

  it('has no locality on national, government, legal or party-wide sites', () => {
    for (const h of ['nhandan.vn', 'hanoi.gov.vn', 'luatvietnam.vn', 'dangcongsan.vn', 'hcma.vn', 'en.baoquocte.vn']) {
      expect(siteFor(h)?.locality, h).toBeUndefined();
    }
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
      if (s.domain !== 'any') expect(s.host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
    // The catch-alls are exactly the hosts the first stage treats as one (utils/page/gate.ts).
    expect(SITES.filter((s) => s.domain === 'any').map((s) => s.host)).toEqual([...ANY_SITE_UNDER]);
    expect(SITES.find((s) => s.host === 'en.vietnamplus.vn')?.lang).toBe('en');
  });

  it('produces valid WebExtension match patterns covering every site', () => {
    const patterns = matchPatterns();
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    // Every .vn site rides on the catch-all; a top-level domain alone is no site ('*://vn/*').
    expect(patterns).toContain('*://*.vn/*');
    expect(patterns).not.toContain('*://vn/*');
    expect(patterns).toContain('*://vnexpress.net/*');
    expect(patterns).toContain('*://*.vnexpress.net/*');
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

  it('emits no pattern another pattern already covers', () => {
    const patterns = matchPatterns();
    const hosts = [...new Set(patterns.map((p) => p.slice('*://'.length, -2).replace(/^\*\./, '')))];
    for (const h of hosts) {
      const parent = hosts.find((p) => p !== h && h.endsWith('.' + p));
      expect(parent, `${h} is covered by ${parent}`).toBeUndefined();
    }
    // Exactly the bare and the wildcard form of each host that no listed parent covers; only the
    // wildcard of a whole top-level domain.
    expect(patterns.length).toBe(2 * hosts.length - ANY_SITE_UNDER.size);
    for (const h of hosts) {
      if (!ANY_SITE_UNDER.has(h)) expect(patterns).toContain(`*://${h}/*`);
      expect(patterns).toContain(`*://*.${h}/*`);
    }
    // Subdomain entries ride on their parent's wildcard, .vn sites on the catch-all's.
    for (const covered of ['gov.vn', 'vtv.gov.vn', 'nhandan.vn', 'en.baoquocte.vn', 'dongkhoi.baovinhlong.vn', 'english.thesaigontimes.vn', 'tulieuvankien.dangcongsan.vn', 'dangbo.tnut.edu.vn']) {
      expect(patterns.some((p) => p.includes(`//${covered}/`) || p.includes(`.${covered}/`)), covered).toBe(false);
    }
    // A site outside .vn keeps its own patterns.
    expect(patterns).toContain('*://*.baomoi.com/*');
  });
});
