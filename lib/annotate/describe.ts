/**
 * Turns a selection into the selectors that are stored: the quote with its context and the
 * position in the flat text. Whitespace at either end of a selection is dropped (double-click
 * and paragraph selections grab it) and runs inside are collapsed, so the stored quote reads
 * well in the library's orphan list and compares the same whatever the page's indentation.
 */

import { PARAGRAPH_BREAK } from './normalize';
import { CONTEXT_LENGTH, type Selectors } from './selectors';
import type { TextMap } from './text-map';

const WHITESPACE = /\s/;

/** Whitespace runs become one space, or '\n' where they hold a paragraph break. */
function collapse(s: string): string {
  return s.replace(/\s+/g, (run) => (run.includes(PARAGRAPH_BREAK) || run.includes('\n') ? '\n' : ' '));
}

/** Selectors for [start, end) of the flat text, or null when only whitespace is selected. */
export function describeTextRange(text: string, start: number, end: number): Selectors | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && WHITESPACE.test(text[s]!)) s++;
  while (e > s && WHITESPACE.test(text[e - 1]!)) e--;
  if (s === e) return null;
  // Read generously before collapsing, so 32 characters remain after runs shrink.
  const before = collapse(text.slice(Math.max(0, s - CONTEXT_LENGTH * 4), s));
  const after = collapse(text.slice(e, e + CONTEXT_LENGTH * 4));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: collapse(text.slice(s, e)),
      prefix: before.slice(Math.max(0, before.length - CONTEXT_LENGTH)),
      suffix: after.slice(0, CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

function nextInDocumentOrder(node: Node, stop: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  return nextSkippingChildren(node, stop);
}

function nextSkippingChildren(node: Node, stop: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== stop) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/**
 * Flat-text offset of a DOM boundary point: inside a mapped text node it is direct; between
 * nodes it is the start of the next mapped text, which is where a caret there would type.
 */
function boundaryOffset(map: TextMap, starts: Map<Node, number>, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const base = starts.get(container);
    if (base !== undefined) return base + Math.min(offset, (container as Text).data.length);
  }
  let node: Node | null =
    container.nodeType === 1 || container.nodeType === 11
      ? (container.childNodes[offset] ?? nextSkippingChildren(container, map.root))
      : nextSkippingChildren(container, map.root);
  while (node) {
    const at = starts.get(node);
    if (at !== undefined) return at;
    node = nextInDocumentOrder(node, map.root);
  }
  return map.text.length;
}

/** The boundary points of a Range or StaticRange; nothing else is read. */
export type Boundaries = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

const PRECEDING = 2;
const FOLLOWING = 4;

/** Offsets of a range in the flat text, clamped to the root; null if it misses the root. */
export function rangeOffsets(map: TextMap, range: Boundaries): { start: number; end: number } | null {
  const starts = new Map<Node, number>();
  for (const seg of map.segments) starts.set(seg.node, seg.start);
  const root = map.root;
  const inside = (n: Node) => n === root || root.contains(n);

  let start: number;
  if (inside(range.startContainer)) {
    start = boundaryOffset(map, starts, range.startContainer, range.startOffset);
  } else if (root.compareDocumentPosition(range.startContainer) & PRECEDING) {
    start = 0;
  } else {
    return null;
  }
  let end: number;
  if (inside(range.endContainer)) {
    end = boundaryOffset(map, starts, range.endContainer, range.endOffset);
  } else if (root.compareDocumentPosition(range.endContainer) & FOLLOWING) {
    end = map.text.length;
  } else {
    return null;
  }
  return end > start ? { start, end } : null;
}

export function describeRange(map: TextMap, range: Boundaries): Selectors | null {
  const offsets = rangeOffsets(map, range);
  return offsets ? describeTextRange(map.text, offsets.start, offsets.end) : null;
}
