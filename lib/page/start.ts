/**
 * Everything a content script does on a CPV page (live or archived): extract once,
 * answer the popup from the cache, scroll to passages, restore and take highlights.
 * Shared by the content script of the live hosts and the one registered for Wayback captures.
 */
import { browser } from 'wxt/browser';
import { extract } from '../cpv';
import { askBackground } from '../messaging/client';
import { createListener } from '../messaging/listener';
import type { ContentMessages } from '../messaging/protocol';
import { type PageAnnotator, startAnnotator } from './annotator';
import { PageSession } from './session';

/** Marks the document so a second injection (reload offer, permission grant) is a no-op. */
const MARKER = 'cpvReader';

export function startContentScript(): void {
  const root = document.documentElement;
  if (root.dataset[MARKER]) return;
  root.dataset[MARKER] = 'starting';

  const session = new PageSession(document, location.href, extract);
  // Started by whichever comes first: the idle warm-up or the popup asking for counts.
  let annotator: PageAnnotator | null = null;
  const annotations = () =>
    (annotator ??= startAnnotator({
      doc: document,
      state: session.pageState(),
      send: askBackground,
      language: navigator.language,
    }));
  browser.runtime.onMessage.addListener(
    createListener<ContentMessages>({
      'page/state': () => session.pageState(),
      'page/reveal': ({ blockIndex, text }) => session.reveal(blockIndex, text),
      'page/annotations': () => annotations().counts(),
    }),
  );
  // Extract (and re-attach highlights) while the page is idle, so the popup finds the result ready.
  const warm = () => annotations();
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
  root.dataset[MARKER] = 'ran';
}
