/**
 * The typed result of extraction. Everything the popup, the library and the
 * exports show is derived from this shape, so it is plain JSON: it crosses
 * message boundaries and is stored as the saved snapshot.
 */

export type Template = 'legacy-aspx' | 'newspaper' | 'interim' | 'portal' | 'documents' | 'generic';

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level: number }
  | { type: 'quote'; text: string }
  | { type: 'list'; text: string; items: string[]; ordered: boolean }
  | { type: 'table'; text: string; rows: string[][] }
  | {
      type: 'image';
      text: string;
      src: string;
      caption: string | null;
      credit: string | null;
      alt: string | null;
    };

export type BlockType = Block['type'];

export interface RelatedLink {
  title: string;
  url: string;
}

/** Which layer of the cascade produced a field: useful when a template drifts. */
export type Layer = 'profile' | 'metadata' | 'heuristic' | 'readability' | 'url' | 'none';

export interface ArchiveCapture {
  service: 'wayback';
  /** ISO 8601 (UTC) time of the capture, from the Wayback timestamp. */
  capturedAt: string;
  /** The original address the capture was taken of. */
  originalUrl: string;
  /** The archive address the page was read from. */
  url: string;
}

export interface Article {
  url: string;
  canonicalUrl: string;
  articleId: string | null;
  template: Template;
  title: string;
  dateline: string | null;
  sapo: string | null;
  publishedAt: string | null;
  category: string | null;
  author: string | null;
  /** The outlet the text is credited to (`Theo TTXVN` → `TTXVN`), when it is not a person. */
  source?: string | null;
  tags: string[];
  related: RelatedLink[];
  blocks: Block[];
  /** Set when the page is an archived capture of a CPV page. */
  archive?: ArchiveCapture;
  /** Which layer produced each field (title, sapo, publishedAt, body…). */
  sources: Record<string, Layer>;
}

export interface Detection {
  isArticle: boolean;
  template: Template | null;
  /** Plain words: which signals fired, or why the page is not an article. */
  reason: string;
  /**
   * The address looked like an article but no body was found: Mozilla Readability may
   * still find one (`extractWithFallback`), where the bundle can afford it.
   */
  bodyMissing?: boolean;
}

export type ExtractionResult =
  | { ok: true; detection: Detection; article: Article }
  | { ok: false; detection: Detection; error: string };
