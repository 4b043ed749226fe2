// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { siteFor } from '../../utils/article/sites';
import { handedSite, leaveSite } from '../../utils/page/site-handoff';

const SLOT = Symbol.for('vankien.site');
afterEach(() => { delete (globalThis as Record<symbol, unknown>)[SLOT]; });

describe('the site the background hands to the page script', () => {
  it('what leaveSite leaves (run as the background runs it: serialised, no outer name) is what handedSite reads', () => {
    const site = siteFor('baolaocai.vn')!;
    // executeScript sends the function's source: rebuild it from its text, as the browser does.
    const serialised = new Function(`return (${leaveSite.toString()})`)() as typeof leaveSite;
    serialised(structuredClone(site));
    expect(handedSite(globalThis, 'baolaocai.vn')).toEqual(site);
  });

  it('no site handed over (an unsupported page scanned on request): none, whatever the host', () => {
    leaveSite(null);
    expect(handedSite(globalThis, 'tin-xa-nha.vn')).toBeUndefined();
  });

  it.each([
    ['a reader\'s own .vn site (script registered, nothing handed): the .vn domain\'s entry', 'tin-xa-nha.vn', 'vn'],
    ['a reader\'s own site elsewhere: none', 'example.com', undefined],
  ])('%s', (_n, host, want) => {
    expect(handedSite(globalThis, host)?.host).toBe(want);
  });

  it.each([
    ['an element the page named like the slot is not a site', () => ({ site: document.createElement('form') })],
    ['a slot that is not a plain object counts as none handed', () => document.createElement('div')],
    ['a site of the wrong shape', () => ({ site: { host: 'nhandan.vn', name: 1, lang: 'vi' } })],
  ])('%s', (_n, make) => {
    (globalThis as Record<symbol, unknown>)[SLOT] = make();
    expect(handedSite(globalThis, 'example.com')).toBeUndefined();
  });
});
