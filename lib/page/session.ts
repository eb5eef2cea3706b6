/**
 * The content script's memory of its page: extraction runs once, lazily, and every
 * later question from the popup is answered from the cache. Failures become a
 * `PageState` of kind 'error' with a diagnostic the reader can copy into a report.
 */
import type { ExtractionResult } from '../cpv/article';
import type { PageState } from '../messaging/protocol';
import { locatePassage } from './locate';
import { flashElement } from './overlay';

export type Extractor = (doc: Document, url: string) => ExtractionResult;

const MAX_HTML_CHARS = 8_000_000;

export class PageSession {
  private state: PageState | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly extractor: Extractor,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The page's article (or why there is none), extracted on first use. */
  pageState(): PageState {
    this.state ??= this.extractOnce();
    return this.state;
  }

  private extractOnce(): PageState {
    const started = this.now();
    try {
      const result = this.extractor(this.doc, this.url);
      const extractMs = this.now() - started;
      if (result.ok)
        return {
          kind: 'article',
          url: this.url,
          detection: result.detection,
          article: result.article,
          extractMs,
        };
      if (!result.detection.isArticle)
        return { kind: 'not-article', url: this.url, detection: result.detection };
      return {
        kind: 'error',
        url: this.url,
        error: result.error,
        diagnostic: this.diagnostic(result.error, result),
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'error', url: this.url, error: message, diagnostic: this.diagnostic(message) };
    }
  }

  private diagnostic(error: string, result?: ExtractionResult): Record<string, unknown> {
    const doc = this.doc;
    return {
      url: this.url,
      error,
      detection: result?.detection ?? null,
      title: doc.title.slice(0, 300),
      h1: Array.from(doc.querySelectorAll('h1'), (h) => (h.textContent ?? '').trim().slice(0, 200)),
      meta: Array.from(doc.querySelectorAll('meta[property], meta[name]'), (m) => [
        m.getAttribute('property') ?? m.getAttribute('name'),
        (m.getAttribute('content') ?? '').slice(0, 200),
      ]).slice(0, 60),
      htmlLength: doc.documentElement.outerHTML.length,
      userAgent: doc.defaultView?.navigator.userAgent ?? null,
    };
  }

  /** The markup for a fallback reading elsewhere; refused past a size the popup should not parse. */
  html(maxChars = MAX_HTML_CHARS): { url: string; html: string } {
    const html = this.doc.documentElement.outerHTML;
    if (html.length > maxChars)
      throw new Error(`The page is too large to read another way (${html.length} characters).`);
    return { url: this.url, html };
  }

  /**
   * Scrolls to a passage of the article (or, failing that, to its block) and flashes it.
   * Works from the passage alone when the article was read elsewhere (the popup's fallback).
   */
  reveal(blockIndex: number, text?: string): { ok: boolean } {
    const state = this.pageState();
    if (state.kind !== 'article') return this.revealText(text);
    const block = state.article.blocks[blockIndex];
    const passages = [text, block?.type === 'image' ? (block.caption ?? undefined) : block?.text].filter(
      (p): p is string => !!p,
    );
    for (const passage of passages) if (this.revealText(passage).ok) return { ok: true };
    return { ok: false };
  }

  private revealText(passage: string | undefined): { ok: boolean } {
    const target = passage ? locatePassage(this.doc.body ?? this.doc, passage) : null;
    if (target) flashElement(this.doc, target);
    return { ok: target !== null };
  }
}
