/**
 * The page element that holds the article body, found from the extracted text rather than
 * from per-template selectors: whatever markup a template uses, the element containing both
 * the first and the last body block is the body. Highlights are offered only inside it, and
 * position selectors are offsets in its flat text, so it must come out the same on every visit.
 */
import type { Article, Block } from '../../cpv/article';
import { locatePassage } from '../locate';

/** Blocks tried from each end when the first or last one cannot be found on the page. */
const TRIES = 4;

function passageOf(block: Block): string | null {
  const text = block.type === 'image' ? block.caption : block.text;
  return text && text.trim().length >= 8 ? text : null;
}

function locateFrom(scope: ParentNode, blocks: readonly Block[]): Element | null {
  let tried = 0;
  for (const block of blocks) {
    const passage = passageOf(block);
    if (!passage) continue;
    const found = locatePassage(scope, passage);
    if (found) return found;
    if (++tried >= TRIES) break;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

export function findBodyRoot(doc: Document, article: Pick<Article, 'blocks'>): Element | null {
  const scope = doc.body ?? doc;
  const first = locateFrom(scope, article.blocks);
  if (!first) return null;
  const last = locateFrom(scope, [...article.blocks].reverse());
  const common = last && last !== first ? commonAncestor(first, last) : null;
  // With one located block, its parent is the best guess at a body that holds the rest.
  const root = common && common !== first ? common : first.parentElement;
  if (!root || root === doc.documentElement) return null;
  return root;
}
