/**
 * The typed messaging layer. Each direction (content script → background, popup → content
 * script …) is an `Api`: for every request type, who may send it and what it answers
 * (utils/protocols.ts lists them). `client` sends one direction's requests and always resolves to a
 * typed result — the reply, or why there is none — so callers never meet a raw exception or
 * `undefined`. `listener` answers them (utils/rpc-serve.ts puts it on runtime.onMessage): the
 * message is validated and its sender checked here, once, before any handler runs. No browser API
 * here: the page script, which carries no polyfill, uses this module too.
 */
import type { Message } from './messages';

export type MessageType = Message['type'];
/** The message of one type. */
export type Request<K extends MessageType> = Extract<Message, { type: K }>;

/**
 * Who may send a request: 'tab' — a content script (the sender has a tab id and is not one of the
 * extension's pages); 'extension-page' — the popup, the options page or the background, whose
 * sender URL is under the extension's origin (a content script's is the web page's).
 */
export type Caller = 'tab' | 'extension-page';

/** One direction of messaging: each request type, who may send it, and its reply (void: a notice). */
export type Api = { [K in MessageType]?: { from: Caller; reply: unknown } };

type Key<A extends Api> = keyof A & MessageType;
type Entry<A extends Api, K extends Key<A>> = NonNullable<A[K]>;
export type Reply<A extends Api, K extends Key<A>> = Entry<A, K>['reply'];

/**
 * Why no reply came: 'no-receiver' — nothing listens (no content script in the tab, the worker
 * restarting, the extension reloaded); 'refused' — the other side answered nothing (the message or
 * its sender was refused, or it has nothing to answer with); 'failed' — the handler threw;
 * 'bad-reply' — an answer of the wrong shape.
 */
export type RpcError = 'no-receiver' | 'refused' | 'failed' | 'bad-reply';
export type RpcResult<T> = { ok: true; reply: T } | { ok: false; error: RpcError; detail?: string };

/** A type guard for a reply; null for a notice, which expects none. */
export type ReplyCheck<T> = [T] extends [void] ? null : (reply: unknown) => reply is T;

/** The runtime half of an Api: how each reply is checked on arrival. */
export interface Protocol<A extends Api> {
  name: string;
  replies: { [K in Key<A>]-?: ReplyCheck<Reply<A, K>> };
}

/** Delivers a message and resolves to the raw answer (browser.runtime.sendMessage, tabs.sendMessage). */
export type Transport = (message: Message) => Promise<unknown>;

// The browsers' words for "nobody is listening" (Chromium, Firefox, WXT's fake browser).
const NO_RECEIVER = /receiving end does not exist|could not establish connection|no listeners|context invalidated|message manager disconnected/i;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A sender of one direction's requests; it resolves to the typed reply or the reason for none. */
export function client<A extends Api>(protocol: Protocol<A>, transport: Transport) {
  return async <M extends Request<Key<A>>>(message: M): Promise<RpcResult<Reply<A, M['type']>>> => {
    const check = protocol.replies[message.type as Key<A>] as ((r: unknown) => boolean) | null | undefined;
    let reply: unknown;
    try {
      reply = await transport(message);
    } catch (e) {
      const detail = describe(e);
      return { ok: false, error: NO_RECEIVER.test(detail) ? 'no-receiver' : 'failed', detail };
    }
    if (check === null) return { ok: true, reply: undefined as Reply<A, M['type']> };
    if (reply === undefined) return { ok: false, error: 'refused' };
    if (!check?.(reply)) return { ok: false, error: 'bad-reply', detail: `${protocol.name}: ${message.type}` };
    return { ok: true, reply: reply as Reply<A, M['type']> };
  };
}

/** The sender as a handler sees it: a content script's tab, or an extension page's address. */
export type From<C extends Caller> = C extends 'tab' ? { caller: 'tab'; tabId: number; frameId?: number; documentId?: string; url?: string } : { caller: 'extension-page'; url: string };

/** A handler's answer: the reply (or its promise); undefined refuses (nothing to answer with). */
type Answer<T> = [T] extends [void] ? void : T | Promise<T> | undefined;
export type Handlers<A extends Api> = {
  [K in Key<A>]-?: (message: Request<K>, from: From<Entry<A, K>['from']>) => Answer<Reply<A, K>>;
};
export type AllowFrom<A extends Api> = { [K in Key<A>]-?: Entry<A, K>['from'] };

/** What serve reads of a browser's MessageSender. */
export interface Sender { url?: string; frameId?: number; documentId?: string; tab?: { id?: number; url?: string } }

/** Who sent a message, if it is one of the callers VanKien answers. */
export function classify(sender: Sender, extensionOrigin: string): From<Caller> | null {
  const url = sender.url ?? '';
  if (extensionOrigin && url.startsWith(extensionOrigin)) return { caller: 'extension-page', url };
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0) {
    return {
      caller: 'tab', tabId, url: sender.tab?.url ?? sender.url,
      ...(typeof sender.frameId === 'number' ? { frameId: sender.frameId } : {}),
      ...(typeof sender.documentId === 'string' ? { documentId: sender.documentId } : {}),
    };
  }
  return null;
}

export interface ServeOptions<A extends Api> {
  /** Turns a raw message into a Message, or null to refuse it (utils/messages.ts parseMessage). */
  validate: (raw: unknown) => Message | null;
  /** Who may send each request type. */
  allowFrom: AllowFrom<A>;
  /** The extension's origin (runtime.getURL('/')): a sender under it is one of its pages. */
  extensionOrigin: string;
}

/**
 * The listener that answers one Api: refuses (answers nothing) a malformed message, a type it does
 * not handle — another listener in this context may — and a sender the type does not allow.
 */
export function listener<A extends Api>(handlers: Handlers<A>, options: ServeOptions<A>) {
  const origin = options.extensionOrigin;
  const allowFrom = options.allowFrom as Record<string, Caller | undefined>;
  const table = handlers as unknown as Record<string, ((m: Message, from: From<Caller>) => unknown) | undefined>;
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const message = options.validate(raw);
    if (!message || !Object.hasOwn(table, message.type)) return undefined;
    const from = classify(sender ?? {}, origin);
    if (!from || from.caller !== allowFrom[message.type]) return undefined;
    const answer = table[message.type]!(message, from);
    // Nothing to answer: let the sender's promise settle with undefined instead of holding it open.
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
}
