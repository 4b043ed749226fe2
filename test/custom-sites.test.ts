import { describe, expect, it } from 'vitest';
import { customSiteFor, patternsFor } from '../utils/custom-sites';
import { isPublicSuffix, sameSite } from '../utils/domains';
import { parseSiteInput } from '../utils/site-input';

describe('parseSiteInput: what the reader types in the add-a-site box', () => {
  it.each([
    ['a bare domain', 'hoinongdan.com.vn', { host: 'hoinongdan.com.vn' }],
    ['a full address, www dropped', 'https://www.hoinongdan.com.vn/tin-tuc/abc.html', { host: 'hoinongdan.com.vn' }],
    ['upper case and spaces', '  HoiNongDan.com.VN ', { host: 'hoinongdan.com.vn' }],
    ['a university under edu.vn: covered already', 'hcmus.edu.vn', { error: 'builtin' }],
    ['a company site', 'vinamilk.com.vn', { host: 'vinamilk.com.vn' }],
    ['a provincial portal under gov.vn: covered already', 'binhduong.gov.vn', { error: 'builtin' }],
    ['one site under a shared host', 'tuyengiao-xa.github.io', { host: 'tuyengiao-xa.github.io' }],
    ['a blog of a platform VanKien reads in Vietnamese: covered already', 'tuyengiao-xa.blogspot.com', { error: 'builtin' }],
    ['nothing', '   ', { error: 'empty' }],
    ['not a name', 'http://', { error: 'invalid' }],
    ['an IP address', '127.0.0.1', { error: 'invalid' }],
    ['a wildcard', '*.vn', { error: 'invalid' }],
    ['a country suffix', 'com.vn', { error: 'public-suffix', host: 'com.vn' }],
    ['the government suffix', 'gov.vn', { error: 'public-suffix', host: 'gov.vn' }],
    ['a shared hosting suffix (private section of the list)', 'github.io', { error: 'public-suffix', host: 'github.io' }],
    ['a blog platform suffix', 'https://blogspot.com/', { error: 'public-suffix', host: 'blogspot.com' }],
    ['a site VanKien already covers', 'nhandan.vn', { error: 'builtin' }],
  ])('%s: %j', (_name, input, want) => {
    expect(parseSiteInput(input)).toEqual(want);
  });
});

describe('isPublicSuffix', () => {
  it.each([
    ['vn', true], ['com.vn', true], ['org.vn', true], ['gov.vn', true], ['github.io', true],
    ['baobinhduong.vn', false], ['binhduong.gov.vn', false], ['x.github.io', false],
  ])('%s → %s', (host, want) => {
    expect(isPublicSuffix(host)).toBe(want);
  });
});

describe('sameSite: a canonical link may only name the page\'s own site', () => {
  it.each([
    ['https://nhandan.vn/a-post1.html', 'https://m.nhandan.vn/a-post1.html', true],
    ['https://tinhuy.binhduong.gov.vn/a', 'https://binhduong.gov.vn/b', true],
    ['https://binhduong.gov.vn/a', 'https://danang.gov.vn/a', false], // two provinces under one suffix
    ['https://a.github.io/x', 'https://b.github.io/x', false],
    ['https://vnexpress.net/x', 'https://nhandan.vn/x', false],
    ['https://127.0.0.1:8080/x', 'https://127.0.0.1:8080/y', false], // no registrable domain: never "the same site"
  ])('%s ~ %s → %s', (a, b, want) => {
    expect(sameSite(a, b)).toBe(want);
  });
});

describe('custom sites at work', () => {
  it('covers the host and its subdomains, nothing that merely ends the same way', () => {
    expect(patternsFor('hoinongdan.com.vn')).toEqual(['*://hoinongdan.com.vn/*', '*://*.hoinongdan.com.vn/*']);
    expect(customSiteFor('m.hoinongdan.com.vn', ['hoinongdan.com.vn'])?.host).toBe('hoinongdan.com.vn');
    expect(customSiteFor('fakehoinongdan.com.vn', ['hoinongdan.com.vn'])).toBeUndefined();
  });
});
