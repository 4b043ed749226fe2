// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { colorsCss } from '../../utils/highlight/colors';

describe('colorsCss', () => {
  it.each([
    ['#ffe3a3', '#111111'],
    ['#fff7cc', '#111111'],
    ['#1e3a8a', '#ffffff'],
    ['#000000', '#ffffff'],
  ])('background %s gets text %s, in both engines\' rules', (bg, text) => {
    const css = colorsCss({ party: bg, state: '#dfe7ef' });
    expect(css).toContain(`::highlight(vankien-party) { background-color: ${bg}; color: ${text}; }`);
    expect(css).toContain(`vankien-mark[data-kind="party"] { background-color: ${bg}; color: ${text}; }`);
  });
});
