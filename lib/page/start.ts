/**
 * Everything a content script does on a CPV page (live or archived): extract once,
 * answer the popup from the cache, scroll to passages, restore and take highlights.
 * Shared by the content script of the live hosts and the one registered for Wayback captures.
 */
import { browser } from 'wxt/browser';
import { removeAllHighlights } from '../annotate';
import { extract } from '../cpv';
import { askBackground } from '../messaging/client';
import { createListener } from '../messaging/listener';
import type { ContentMessages } from '../messaging/protocol';
import { type PageAnnotator, startAnnotator } from './annotator';
import { PageSession } from './session';

/** The document's marker, read by tests and by a later instance of the extension. */
const MARKER = 'cpvReader';
/**
 * A second injection into the same isolated world (the reload offer, an archive grant)
 * must be a no-op. After an extension update the old world is gone and its listeners
 * dead, so "already started" belongs to the world, not to the document.
 */
const STARTED = Symbol.for('cpv-reader.started');

export function startContentScript(): void {
  const world = globalThis as { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;
  const root = document.documentElement;
  // A previous instance (before an update) left its highlights: draw them afresh.
  if (root.dataset[MARKER]) removeAllHighlights(document.body ?? root);
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
      'page/html': () => session.html(),
      'page/annotations': () => annotations().counts(),
    }),
  );
  // Extract (and re-attach highlights) while the page is idle, so the popup finds the result ready.
  const warm = () => annotations();
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
  root.dataset[MARKER] = 'ran';
}
