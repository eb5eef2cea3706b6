/** The JSON exchange format (docs/export-format.md, lib/exchange/export.schema.json). */

import type { Analysis } from '../analysis/types';
import type { Annotation } from '../annotate/types';
import type { ArchiveCapture, Article } from '../cpv/article';

export const EXPORT_FORMAT = 'cpv-reader-export';
export const EXPORT_VERSION = 1;

/**
 * Files above this are refused before being read. A whole library of 10,000 articles
 * exports to about 100–130 MB, and a reader must be able to import their own export,
 * so the cap sits well above that; anything bigger is not one of ours. Smaller files
 * are still read with care: per-field length, depth and item caps below.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Any one text field (a body block, a note) may be at most this long. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Addresses, names, tags, ids, codes. */
export const MAX_SHORT_CHARS = 8_192;
/** Real exports nest about 8 levels deep; anything past this is not one of ours. */
export const MAX_DEPTH = 32;
export const MAX_ARTICLES = 200_000;
export const MAX_ITEMS = 50_000;

export interface ExportedArticle {
  key: string;
  article: Article;
  analysis: Analysis;
  note: string;
  tags: string[];
  savedAt: string;
  updatedAt: string;
  captures: ArchiveCapture[];
  annotations: Annotation[];
  /** Other normalised addresses the article was saved from (slug changes). */
  aliases?: string[];
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}
