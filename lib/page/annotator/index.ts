/**
 * The on-page annotator: on an article page whose body can be found, restores the stored
 * highlights and offers the selection toolbar. A change the background refuses (the library is
 * full, say) is explained to the reader in the control they used (see Interaction); anything
 * else that fails is logged once and the page is left as it was — the reader's page matters more
 * than our features.
 */
import { HIGHLIGHT_CSS } from '../../annotate/highlight-style';
import { UI_HOST_ATTRIBUTE } from '../../annotate/text-map';
import type { AnnotationCounts, PageState } from '../../messaging/protocol';
import { ensureOverlay } from '../overlay';
import { findBodyRoot } from './body-root';
import { AnnotationController, type Send } from './controller';
import { type Guard, Interaction } from './interaction';
import { uiStrings } from './strings';

export interface PageAnnotator {
  /** Counts once the stored highlights have been re-attached. */
  counts(): Promise<AnnotationCounts>;
  /** Present when the annotator runs on this page (tests drive it directly). */
  controller?: AnnotationController;
  interaction?: Interaction;
}

export interface AnnotatorOptions {
  doc: Document;
  state: PageState;
  send: Send;
  language?: string;
  log?: (message: string, error?: unknown) => void;
}

const NONE: AnnotationCounts = { total: 0, anchored: 0, orphans: 0 };

/**
 * Logs the first failure only: a broken page must not fill the console from every event. This is
 * for our own bugs; the reader is told about refused changes on the page, not here.
 */
function onceLogger(log: (message: string, error?: unknown) => void) {
  let logged = false;
  return (error: unknown) => {
    if (logged) return;
    logged = true;
    log('CPV Reader: annotations are unavailable on this page', error);
  };
}

function guarded(fail: (error: unknown) => void): Guard {
  return (fn) =>
    (...args) => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(fail);
      } catch (error) {
        fail(error);
      }
    };
}

/**
 * Marks live in the page DOM, so their style must too. The flash overlay takes the first
 * element carrying the UI attribute as its own host, so it is created first and ours are
 * appended after it; otherwise every flash would add a new overlay host.
 */
function injectStyle(doc: Document): void {
  if (doc.querySelector(`style[${UI_HOST_ATTRIBUTE}]`)) return;
  ensureOverlay(doc);
  const style = doc.createElement('style');
  style.setAttribute(UI_HOST_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_CSS;
  doc.documentElement.append(style);
}

export function startAnnotator(options: AnnotatorOptions): PageAnnotator {
  const { doc, state, send } = options;
  const fail = onceLogger(options.log ?? ((message, error) => console.warn(message, error)));
  const none = { counts: async () => NONE };
  try {
    if (state.kind !== 'article') return none;
    const root = findBodyRoot(doc, state.article);
    if (!root) {
      fail(new Error('article body not found'));
      return none;
    }
    const strings = uiStrings(options.language);
    const controller = new AnnotationController(root, state.article, send, strings);
    injectStyle(doc);
    const interaction = new Interaction(doc, controller, strings, guarded(fail));
    interaction.ui.mount(doc.documentElement);
    interaction.attach();
    const ready = controller.restore().catch(fail);
    return { counts: () => ready.then(() => controller.counts()), controller, interaction };
  } catch (error) {
    fail(error);
    return none;
  }
}
