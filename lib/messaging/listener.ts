import { type Envelope, type Handlers, isRequest } from './protocol';

interface SenderLike {
  tab?: { id?: number };
  url?: string;
}

/**
 * Builds a `runtime.onMessage` listener that answers only the message types in
 * `handlers` (returning a Promise of an `Envelope`), and `undefined` for any other
 * message so the polyfill lets another listener answer it.
 */
export function createListener<M>(handlers: Handlers<M>) {
  return (message: unknown, sender: SenderLike): Promise<Envelope<unknown>> | undefined => {
    if (!isRequest(message)) return undefined;
    const handler = (handlers as Record<string, ((...args: unknown[]) => unknown) | undefined>)[message.type];
    if (!handler) return undefined;
    const context = { tabId: sender.tab?.id, url: sender.url };
    return Promise.resolve()
      .then(() => handler(message, context))
      .then(
        (value): Envelope<unknown> => ({ ok: true, value }),
        (error: unknown): Envelope<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
          code: (error as { code?: string } | null)?.code,
        }),
      );
  };
}
