/**
 * The flash overlay: one host element with a closed Shadow DOM root. Page CSS cannot reach
 * inside, and our CSS cannot leak out, so the page's own layout never changes. Flashes are
 * drawn as boxes positioned over page elements. It is not the extension's only presence in a
 * page: on an article page the annotator adds its own host (also a closed root), one
 * <style data-cpv-reader-ui> with the highlight colours, the highlight <mark>s in the article
 * body, and the content script marks <html> with data-cpv-reader.
 */

const HOST_ATTRIBUTE = 'data-cpv-reader-ui';
// Other parts of our UI carry the same attribute; the overlay is found by its own tag.
const HOST_TAG = 'cpv-reader-overlay';

const STYLE = `
:host { all: initial; }
.flash {
  position: absolute; pointer-events: none; box-sizing: border-box;
  border: 3px solid #b3261e; border-radius: 6px; background: rgb(255 214 0 / 0.25);
  animation: cpv-flash 1.8s ease-out forwards;
}
@keyframes cpv-flash { 0% { opacity: 0; } 15% { opacity: 1; } 70% { opacity: 1; } 100% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .flash { animation-duration: 0.01s; animation-delay: 1.5s; } }
`;

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
}

export function ensureOverlay(doc: Document): Overlay {
  const existing = doc.querySelector<HTMLElement>(`${HOST_TAG}[${HOST_ATTRIBUTE}]`);
  const known = existing && overlays.get(existing);
  if (known) return known;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  const overlay = { host, root };
  overlays.set(host, overlay);
  return overlay;
}

const overlays = new WeakMap<HTMLElement, Overlay>();

/** Scrolls `target` into view and draws a fading frame over it. */
export function flashElement(doc: Document, target: Element): void {
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const { root } = ensureOverlay(doc);
  const view = doc.defaultView;
  const rect = target.getBoundingClientRect();
  const box = doc.createElement('div');
  box.className = 'flash';
  // Positions are document coordinates so the frame stays on the element while scrolling.
  box.style.left = `${rect.left + (view?.scrollX ?? 0) - 4}px`;
  box.style.top = `${rect.top + (view?.scrollY ?? 0) - 4}px`;
  box.style.width = `${rect.width + 8}px`;
  box.style.height = `${rect.height + 8}px`;
  box.setAttribute('data-cpv-flash', '');
  root.append(box);
  view?.setTimeout(() => box.remove(), 2000);
}
