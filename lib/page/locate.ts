/**
 * Finds the page element that holds a passage of the extracted article, so the popup
 * can scroll the reader to a summary sentence, an official or a figure. Matching is on
 * folded text, because extraction collapsed whitespace and normalised Unicode.
 */
import { matchKey } from '../analysis/normalize';

const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, figcaption, blockquote, dd, dt, pre, em, div';

function key(text: string): string {
  return matchKey(text).replace(/\s+/g, ' ').trim();
}

/** The smallest block element under `root` whose text contains `passage` (or its first 80 characters). */
export function locatePassage(root: ParentNode, passage: string): Element | null {
  const wanted = key(passage);
  if (!wanted) return null;
  const probes = [wanted, wanted.slice(0, 80)].filter((p, i, all) => p.length >= 8 && all.indexOf(p) === i);
  for (const probe of probes) {
    let best: Element | null = null;
    let bestLength = Number.POSITIVE_INFINITY;
    for (const el of root.querySelectorAll(LEAF_BLOCKS)) {
      if (el.closest('[data-cpv-reader-ui], script, style, noscript')) continue;
      const text = el.textContent ?? '';
      if (text.length < probe.length || text.length >= bestLength) continue;
      if (key(text).includes(probe)) {
        best = el;
        bestLength = text.length;
      }
    }
    if (best) return best;
  }
  return null;
}
