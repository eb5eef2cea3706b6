import type { Article } from '../cpv/article';

/**
 * A change detector for the snapshot's text, not an integrity check: two 32-bit
 * FNV-1a lanes give 64 bits, enough to tell "the page changed" across a collection,
 * and it is synchronous so saving stays one short transaction (no crypto.subtle await
 * inside it, which would commit the IndexedDB transaction early).
 */
export function contentHash(article: Pick<Article, 'title' | 'sapo' | 'blocks'>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  };
  feed(article.title);
  feed(article.sapo ?? '');
  for (const block of article.blocks) {
    feed(block.type);
    feed(block.text);
    if (block.type === 'image') feed(block.src);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
