/**
 * Everything a content script does on a CPV page (live or archived): extract once,
 * answer the popup from the cache, scroll to passages. Shared by the content script
 * of the live hosts and the one registered for Wayback captures.
 */
import { browser } from 'wxt/browser';
import { extract } from '../cpv';
import { createListener } from '../messaging/listener';
import type { ContentMessages } from '../messaging/protocol';
import { PageSession } from './session';

/** Marks the document so a second injection (reload offer, permission grant) is a no-op. */
const MARKER = 'cpvReader';

export function startContentScript(): void {
  const root = document.documentElement;
  if (root.dataset[MARKER]) return;
  root.dataset[MARKER] = 'starting';

  const session = new PageSession(document, location.href, extract);
  browser.runtime.onMessage.addListener(
    createListener<ContentMessages>({
      'page/state': () => session.pageState(),
      'page/reveal': ({ blockIndex, text }) => session.reveal(blockIndex, text),
      'page/annotations': () => ({ total: 0, anchored: 0, orphans: 0 }),
    }),
  );
  // Extract while the page is idle, so the popup finds the result ready.
  const warm = () => session.pageState();
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
  root.dataset[MARKER] = 'ran';
}
