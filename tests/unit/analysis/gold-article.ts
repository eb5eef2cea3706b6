/**
 * Builds `Article`s from the fixtures' gold, so the analysis is tested on the
 * hand-checked text and does not depend on the extractor.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldFigure, GoldOfficial } from '../../../lib/analysis/evaluation';
import type { Article, Block } from '../../../lib/cpv/article';

export interface Gold {
  url: string;
  isArticle: boolean;
  title: string;
  sapo: string | null;
  author: string | null;
  paragraphs: string[];
  captions?: string[];
  officials: GoldOfficial[];
  figures: GoldFigure[];
  documents: string[];
}

export const FIXTURES = join(import.meta.dirname ?? __dirname, '../../fixtures');

/** Article gold files, by fixture name (non-article pages are left out). */
export function loadGolds(dir = FIXTURES): { name: string; gold: Gold }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.gold\.json$/, ''),
      gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold,
    }))
    .filter((g) => g.gold.isArticle);
}

/** Paragraphs become paragraph blocks, captions image blocks after them. */
export function articleFromGold(gold: Gold): Article {
  const blocks: Block[] = [
    ...gold.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
    ...(gold.captions ?? []).map(
      (caption): Block => ({ type: 'image', text: caption, src: '', caption, credit: null, alt: null }),
    ),
  ];
  return {
    url: gold.url,
    canonicalUrl: gold.url,
    articleId: null,
    template: 'generic',
    title: gold.title,
    dateline: null,
    sapo: gold.sapo,
    publishedAt: null,
    category: null,
    author: gold.author,
    tags: [],
    related: [],
    blocks,
    sources: {},
  };
}

/** A minimal article from loose parts, for hand-written cases. */
export function articleOf(parts: {
  title?: string;
  sapo?: string | null;
  paragraphs?: string[];
  captions?: string[];
}): Article {
  return articleFromGold({
    url: 'https://dangcongsan.vn/test.html',
    isArticle: true,
    title: parts.title ?? '',
    sapo: parts.sapo ?? null,
    author: null,
    paragraphs: parts.paragraphs ?? [],
    captions: parts.captions ?? [],
    officials: [],
    figures: [],
    documents: [],
  });
}
