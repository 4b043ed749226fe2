/**
 * Why a message got no reply, as the i18n key the popup shows (public/_locales). What the reader
 * can do differs by side: a page that went away is reopened or reloaded, a restarting background
 * is simply asked again.
 */
import type { RpcError } from '../rpc';

export function rpcErrorKey(error: RpcError, to: 'page' | 'background', refusedKey?: string): string {
  if (error === 'bad-reply') return 'unexpectedReply';
  // The other side is there but would not answer this message: say why, when the caller knows.
  if (error === 'refused' && refusedKey) return refusedKey;
  return to === 'page' ? 'pageGone' : 'backgroundGone';
}
