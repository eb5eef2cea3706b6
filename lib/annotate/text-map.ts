/**
 * The flat text of an article body and the way back from text offsets to DOM text nodes.
 * Selectors are stored against this text, so it must come out the same on every visit for the
 * same markup: block elements contribute one PARAGRAPH_BREAK (quotes may span paragraphs and the
 * separator keeps words apart), and content that is not article text — scripts, styles, our own
 * UI host — contributes nothing. Highlight marks are inline and change nothing here, so the text
 * is identical before and after highlighting.
 */

import { PARAGRAPH_BREAK } from './normalize';

export const UI_HOST_ATTRIBUTE = 'data-cpv-reader-ui';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());
}

function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase()) || el.hasAttribute(UI_HOST_ATTRIBUTE);
}

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flat text. */
  start: number;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

export class TextMap {
  readonly root: Element;
  readonly text: string;
  /** Text nodes in document order, sorted by `start`; kept valid when nodes are split. */
  readonly segments: TextSegment[];

  constructor(root: Element, text: string, segments: TextSegment[]) {
    this.root = root;
    this.text = text;
    this.segments = segments;
  }

  /** Index of the segment holding the character at `offset`, or -1 in a separator or past the end. */
  segmentIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = this.segments[mid]!;
      if (offset < seg.start) hi = mid - 1;
      else if (offset >= seg.start + seg.node.data.length) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first segment starting at or after `offset`. */
  firstSegmentFrom(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  offsetOfNode(node: Text): number | null {
    // Linear is fine: called once per user selection, not per highlight.
    for (const seg of this.segments) if (seg.node === node) return seg.start;
    return null;
  }

  /** Makes `offset` fall on a text node boundary by splitting the node that straddles it. */
  splitAt(offset: number): void {
    const index = this.segmentIndexAt(offset);
    if (index === -1) return;
    const seg = this.segments[index]!;
    if (offset === seg.start) return;
    const tail = seg.node.splitText(offset - seg.start);
    this.segments.splice(index + 1, 0, { node: tail, start: offset });
  }

  /** Text nodes lying within [start, end) after splitting at both ends. */
  nodesIn(start: number, end: number): Text[] {
    this.splitAt(start);
    this.splitAt(end);
    const nodes: Text[] = [];
    for (let i = this.firstSegmentFrom(start); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.start >= end) break;
      if (seg.node.data.length > 0) nodes.push(seg.node);
    }
    return nodes;
  }
}

/** Walks the tree iteratively (deep articles must not overflow the stack) in linear time. */
export function buildTextMap(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';

  const separate = () => {
    if (length > 0 && lastChar !== PARAGRAPH_BREAK) {
      parts.push(PARAGRAPH_BREAK);
      length++;
      lastChar = PARAGRAPH_BREAK;
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
        lastChar = data[data.length - 1]!;
      }
    } else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      if (isBlockElement(node)) separate();
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way out.
    while (node && node !== root) {
      if (node.nodeType === 1 && isBlockElement(node) && !isSkipped(node as Element)) separate();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  return new TextMap(root, parts.join(''), segments);
}
