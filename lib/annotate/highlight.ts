/**
 * Draws and removes highlights by splitting text nodes and wrapping each piece in its own
 * `<mark>`, inside whatever element held the text. Marks never enclose elements, so a link
 * keeps its element (the mark goes inside it), and inline formatting, event listeners and
 * layout stay the page's own. Text is only ever moved as nodes, never re-parsed.
 */

import type { HighlightColor } from './highlight-style';
import { isBlockElement, type TextMap } from './text-map';

export const HIGHLIGHT_ATTRIBUTE = 'data-cpv-highlight';

/** Parents where an inline wrapper is invalid markup and would be hoisted out by the browser. */
const STRUCTURAL = new Set([
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'COLGROUP',
  'UL',
  'OL',
  'DL',
  'SELECT',
  'DATALIST',
  'OPTGROUP',
]);

/**
 * Whitespace between blocks is formatting, not content: wrapping it would add empty inline
 * boxes (or invalid children in tables). Whitespace between inline elements is the gap between
 * two words and is wrapped so the highlight is continuous.
 */
function worthWrapping(node: Text): boolean {
  if (node.data.trim() !== '') return true;
  const parent = node.parentElement;
  if (!parent || STRUCTURAL.has(parent.tagName.toUpperCase())) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  return !!prev && !!next && !isBlockElement(prev) && !isBlockElement(next);
}

/** Wraps [start, end) of the map's text; returns the marks created (none if nothing visible). */
export function highlightRange(
  map: TextMap,
  start: number,
  end: number,
  id: string,
  color: HighlightColor,
): HTMLElement[] {
  const doc = map.root.ownerDocument;
  const marks: HTMLElement[] = [];
  for (const node of map.nodesIn(start, end)) {
    if (!worthWrapping(node)) continue;
    const mark = doc.createElement('mark');
    mark.setAttribute(HIGHLIGHT_ATTRIBUTE, id);
    mark.className = `cpv-hl cpv-hl-${color}`;
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

export function highlightElements(root: Element, id: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}]`)) {
    if (el.getAttribute(HIGHLIGHT_ATTRIBUTE) === id) out.push(el);
  }
  return out;
}

/**
 * Unwraps every mark of the highlight and merges the split text back. Text maps built before
 * this call hold merged-away nodes: rebuild them.
 */
export function removeHighlight(root: Element, id: string): number {
  const marks = highlightElements(root, id);
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
  return marks.length;
}

export function removeAllHighlights(root: Element): void {
  const ids = new Set<string>();
  for (const el of root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)) {
    ids.add(el.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? '');
  }
  for (const id of ids) removeHighlight(root, id);
}
