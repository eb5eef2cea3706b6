/**
 * Every message the extension's parts exchange, in one place, with its reply type.
 * The content script answers `Content*` messages, the background answers `Background*`
 * ones; a listener built with `createListener` answers only the types it was given and
 * returns `undefined` for the rest, so one part never swallows another's messages.
 */
import type { Analysis } from '../analysis/types';
import type { Annotation, AnnotationColor, TextPositionSelector, TextQuoteSelector } from '../annotate/types';
import type { Article, Detection } from '../cpv/article';

/** What the content script knows about its page. */
export type PageState =
  | { kind: 'article'; url: string; detection: Detection; article: Article; extractMs: number }
  | { kind: 'not-article'; url: string; detection: Detection }
  | { kind: 'error'; url: string; error: string; diagnostic: Record<string, unknown> };

export interface ContentMessages {
  'page/state': { request: Record<never, never>; reply: PageState };
  /** Scroll to a block (and optionally a passage inside it) and flash it. */
  'page/reveal': { request: { blockIndex: number; text?: string }; reply: { ok: boolean } };
  /**
   * The page's markup, for the popup to try Mozilla Readability on when the extractor
   * found no body (Readability is too big for the content script's budget).
   */
  'page/html': { request: Record<never, never>; reply: { url: string; html: string } };
  /** Counts of the page's highlights after re-attaching them. */
  'page/annotations': { request: Record<never, never>; reply: AnnotationCounts };
}

/** Where the page's highlights stand after re-attaching them. */
export interface AnnotationCounts {
  total: number;
  anchored: number;
  orphans: number;
}

/** What the popup shows about a saved article. */
export interface SavedStatus {
  key: string;
  savedAt: string;
  updatedAt: string;
  note: string;
  tags: string[];
  annotationCount: number;
  orphanCount: number;
  /** The last few annotation notes, newest first. */
  recentNotes: { quote: string; note: string; updatedAt: string }[];
}

export interface BackgroundMessages {
  'db/ping': { request: Record<never, never>; reply: { ok: true; articles: number } };
  /** The saved record for an article URL (any http/www/query/archive variant), or null. */
  'store/status': { request: { url: string }; reply: SavedStatus | null };
  'store/save': {
    request: { article: Article; analysis: Analysis; note?: string };
    reply: { status: 'created' | 'updated' | 'unchanged'; saved: SavedStatus };
  };
  'store/set-note': { request: { key: string; note: string }; reply: SavedStatus };
  /** The annotations of the saved article at `url` (none when it is not saved). */
  'annotations/for-page': {
    request: { url: string };
    reply: { key: string | null; annotations: Annotation[] };
  };
  /** Adds a highlight; an article that is not saved yet is saved first (analysed in the background). */
  'annotations/add': {
    request: {
      article: Article;
      color: AnnotationColor;
      note: string;
      quote: TextQuoteSelector;
      position: TextPositionSelector;
    };
    reply: { annotation: Annotation; saved: SavedStatus };
  };
  'annotations/update': {
    request: { id: string; color?: AnnotationColor; note?: string; position?: TextPositionSelector };
    reply: Annotation;
  };
  'annotations/delete': { request: { id: string }; reply: { deleted: boolean } };
  /** Whether the optional web.archive.org permission is granted (and its script registered). */
  'archive/status': { request: Record<never, never>; reply: { granted: boolean } };
  /** Runs the content script in an already open tab (after install, or after archive access was granted). */
  'tab/inject': { request: { tabId: number; archive: boolean }; reply: { injected: boolean } };
  /** Records which annotations could not be placed on the page this visit (orphans are kept). */
  'annotations/placement': {
    request: { anchoredIds: string[]; orphanIds: string[] };
    reply: { updated: number };
  };
}

export type MessageMap = ContentMessages & BackgroundMessages;
export type MessageType = keyof MessageMap;
export type Request<K extends MessageType> = { type: K } & MessageMap[K]['request'];
export type Reply<K extends MessageType> = MessageMap[K]['reply'];

/** A failed request travels as a value, because rejections lose their type across contexts. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };

export type Handlers<M> = {
  [K in keyof M & string]?: (
    request: { type: K } & (M[K] extends { request: infer R } ? R : never),
    sender: { tabId?: number; url?: string },
  ) => Promise<M[K] extends { reply: infer P } ? P : never> | (M[K] extends { reply: infer P } ? P : never);
};

export function isRequest(message: unknown): message is { type: string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
