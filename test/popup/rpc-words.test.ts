import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rpcErrorKey } from '../../utils/popup/rpc-words';
import type { RpcError } from '../../utils/rpc';

const locale = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

describe('rpcErrorKey: why no reply, in words', () => {
  it.each<[RpcError, 'page' | 'background', string | undefined, string]>([
    ['no-receiver', 'page', undefined, 'pageGone'],
    ['refused', 'page', undefined, 'pageGone'],
    ['failed', 'page', undefined, 'pageGone'],
    ['no-receiver', 'background', undefined, 'backgroundGone'],
    ['failed', 'background', 'saveRefused', 'backgroundGone'],
    ['refused', 'background', 'saveRefused', 'saveRefused'],
    ['bad-reply', 'page', undefined, 'unexpectedReply'],
    ['bad-reply', 'background', 'saveRefused', 'unexpectedReply'],
  ])('%s from the %s (refused: %s) → %s', (error, to, refused, key) => {
    expect(rpcErrorKey(error, to, refused)).toBe(key);
  });

  it('every key it and the popup use is in both locales', () => {
    const keys = ['pageGone', 'backgroundGone', 'saveRefused', 'unexpectedReply', 'starFailed', 'focusFailed'];
    for (const lang of ['vi', 'en']) {
      const messages = locale(lang);
      for (const k of keys) expect(messages[k]?.message, `${lang}: ${k}`).toBeTruthy();
    }
  });
});
