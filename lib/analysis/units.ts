/**
 * The article as a list of text units with the block index each comes from.
 * The title and the sapo are not blocks: they get the index -1 (title) and -2
 * (sapo), so every result can still point at where it was found.
 */

import type { Article, Block } from '../cpv/article';

export const TITLE_INDEX = -1;
export const SAPO_INDEX = -2;

export type UnitKind = 'title' | 'sapo' | 'paragraph' | 'heading' | 'quote' | 'list' | 'table' | 'caption';

export interface TextUnit {
  text: string;
  blockIndex: number;
  kind: UnitKind;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function blockUnit(block: Block, index: number): TextUnit | null {
  if (!block || typeof block !== 'object') return null;
  if (block.type === 'image') {
    const caption = str(block.caption);
    return caption ? { text: caption, blockIndex: index, kind: 'caption' } : null;
  }
  if (block.type === 'list') {
    const items = Array.isArray(block.items) ? block.items.filter((i) => typeof i === 'string') : [];
    const text = items.length > 0 ? items.join('\n') : str(block.text);
    return text ? { text, blockIndex: index, kind: 'list' } : null;
  }
  const text = str((block as { text?: unknown }).text);
  const kind = block.type as UnitKind;
  return text ? { text, blockIndex: index, kind } : null;
}

/** Title, sapo, then every block with text, in reading order. Malformed parts are skipped. */
export function articleUnits(article: Article | null | undefined): TextUnit[] {
  if (!article || typeof article !== 'object') return [];
  const units: TextUnit[] = [];
  const title = str(article.title);
  if (title.trim()) units.push({ text: title, blockIndex: TITLE_INDEX, kind: 'title' });
  const sapo = str(article.sapo);
  if (sapo.trim()) units.push({ text: sapo, blockIndex: SAPO_INDEX, kind: 'sapo' });
  const blocks = Array.isArray(article.blocks) ? article.blocks : [];
  blocks.forEach((block, i) => {
    const unit = blockUnit(block, i);
    if (unit?.text.trim()) units.push(unit);
  });
  return units;
}
