import type { Analysis } from '../analysis/types';
import type { Annotation } from '../annotate/types';
import type { ArchiveCapture, Article } from '../cpv/article';

/** One saved article. The derived fields exist only to be indexed; they are recomputed on every write. */
export interface ArticleRecord {
  /** `articleKey(article)` at first save; never changes afterwards. */
  key: string;
  /** Normalised canonical URL of the current snapshot (unique index). */
  canonicalUrl: string;
  article: Article;
  analysis: Analysis;
  /** ISO 8601 (UTC). */
  savedAt: string;
  /** ISO 8601 (UTC): last change of snapshot, note, tags or captures. */
  updatedAt: string;
  note: string;
  tags: string[];
  contentHash: string;
  captures: ArchiveCapture[];
  /** `article.publishedAt` in UTC, so the index sorts across time-zone offsets. */
  publishedAt: string | null;
  category: string | null;
  /** `matchKey` of each official's name. */
  officialKeys: string[];
  documentCodes: string[];
  /** Schema v2: host + template + site article id, to recognise a page whose slug changed. */
  idKey?: string | null;
  /** Schema v2: every normalised address this record was saved from. */
  urlKeys?: string[];
}

export interface SaveInput {
  article: Article;
  analysis: Analysis;
  note?: string;
  tags?: string[];
}

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export interface SaveResult {
  record: ArticleRecord;
  status: SaveStatus;
}

export interface ListFilters {
  /** An official's name, in any spelling of tones (compared by `matchKey`). */
  official?: string;
  documentCode?: string;
  category?: string;
  tag?: string;
  /** Inclusive bounds on `publishedAt` (ISO date or date-time). */
  from?: string;
  to?: string;
}

export interface ListOptions {
  offset?: number;
  limit?: number;
  filters?: ListFilters;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** Everything `deleteArticles` removed, so that `restoreArticles` can put it back. */
export interface DeletedSnapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
}
