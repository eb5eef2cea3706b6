/**
 * What the popup writes on its own document, as pure functions of an element or document
 * (testable without a browser): language, theme and title, and the time-to-data record the
 * bench and the end-to-end tests read on <html>.
 */
import { type Lang, translate } from '../i18n';
import type { Settings } from '../settings';
import type { PopupState } from './state';

/** `lang`, `data-theme` (absent for "auto") and the title of the popup's document. */
export function applyDocument(doc: Document, settings: Settings, lang: Lang): void {
  const root = doc.documentElement;
  root.lang = lang;
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  doc.title = translate(lang, 'extName');
}

/** The clock and mark of `performance` that time to data needs. */
export type DataClock = Pick<Performance, 'mark' | 'now'>;

/**
 * Records the page state on <html data-popup-state>. The first state other than "loading"
 * is the first render that shows data: it marks `popup:data` and records the time since
 * navigation start on <html data-time-to-data>. Returns whether time to data is recorded.
 */
export function recordPageKind(
  root: HTMLElement,
  kind: PopupState['page']['kind'],
  recorded: boolean,
  clock: DataClock = performance,
): boolean {
  root.dataset.popupState = kind;
  if (recorded || kind === 'loading') return recorded;
  clock.mark('popup:data');
  root.dataset.timeToData = clock.now().toFixed(1);
  return true;
}

/**
 * Whether the article on screen must be analysed again for `current` sentences.
 * `analyzed` is the length it was shown with (null: not known yet, taken as `current`).
 */
export function needsReanalysis(analyzed: number | null, current: number): boolean {
  return analyzed !== null && analyzed !== current;
}
