import { browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, Envelope, Reply, Request } from './protocol';

/** A request that failed on the other side, with the reason it gave. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

function open<T>(envelope: unknown): T {
  const e = envelope as Envelope<T> | undefined;
  if (!e || typeof e !== 'object' || !('ok' in e)) throw new MessageError('No answer', 'no-receiver');
  if (!e.ok) throw new MessageError(e.error, e.code);
  return e.value;
}

export async function askTab<K extends keyof ContentMessages>(
  tabId: number,
  request: Request<K>,
): Promise<Reply<K>> {
  return open<Reply<K>>(await browser.tabs.sendMessage(tabId, request));
}

export async function askBackground<K extends keyof BackgroundMessages>(
  request: Request<K>,
): Promise<Reply<K>> {
  return open<Reply<K>>(await browser.runtime.sendMessage(request));
}
