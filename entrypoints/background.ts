import { browser } from 'wxt/browser';
import { syncArchiveScript } from '@/lib/background/archive';
import { backgroundHandlers } from '@/lib/background/handlers';
import { createListener } from '@/lib/messaging/listener';
import type { BackgroundMessages } from '@/lib/messaging/protocol';
import type { CpvDatabase } from '@/lib/store/db';
import { openDatabase, requestPersistence } from '@/lib/store/errors';

export default defineBackground(() => {
  // Opened on first use: a service worker wakes for one message and should not pay for
  // a database it does not need. A failed open is retried on the next message.
  let opening: Promise<CpvDatabase> | null = null;
  const database = () => {
    opening ??= openDatabase().catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  browser.runtime.onMessage.addListener(
    createListener<BackgroundMessages>(
      backgroundHandlers({ database, api: browser, extensionOrigin: browser.runtime.getURL('/') }),
    ),
  );
  browser.runtime.onInstalled.addListener(() => {
    void requestPersistence();
  });
  const sync = () =>
    void syncArchiveScript(browser).catch((e: unknown) => console.warn('CPV Reader: archive script', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
});
