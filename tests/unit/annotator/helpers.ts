import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../../lib/annotate/types';
import type { Article } from '../../../lib/cpv/article';
import type { BackgroundMessages, Request } from '../../../lib/messaging/protocol';
import type { Send } from '../../../lib/page/annotator/controller';

// happy-dom replaces the global URL, so the fixture folder is resolved as a path.
export const FIXTURES = join(import.meta.dirname, '../../fixtures');

interface HappyWindow {
  happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } };
}

export function parse(html: string): Document {
  const w = globalThis.window as unknown as HappyWindow;
  if (w?.happyDOM) w.happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  // Stylesheet links only make happy-dom log failed fetches.
  return new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
}

export function articleFixtures(): { name: string; url: string; html: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { url: string; isArticle: boolean };
      if (!gold.isArticle) return [];
      const name = f.replace(/\.gold\.json$/, '');
      return [{ name, url: gold.url, html: readFileSync(join(FIXTURES, `${name}.html`), 'utf8') }];
    });
}

/** A hand-made article whose blocks are the paragraphs of a small page. */
export function articleOf(
  paragraphs: string[],
  url = 'https://dangcongsan.vn/thoi-su/bai-viet-1.html',
): Article {
  return {
    url,
    canonicalUrl: url,
    articleId: '1',
    template: 'portal',
    title: 'Bài viết',
    dateline: null,
    sapo: null,
    publishedAt: null,
    category: null,
    author: null,
    tags: [],
    related: [],
    blocks: paragraphs.map((text) => ({ type: 'paragraph', text })),
    sources: {},
  };
}

/**
 * Marks a made-up event as the reader's own. Browsers set `isTrusted` only for real input and a
 * page script cannot forge it; happy-dom leaves it unset, so the tests set it explicitly.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click as the reader makes it (what `.click()` from a page script is not). */
export function press(el: Element): void {
  const view = (el.ownerDocument.defaultView ?? window) as unknown as typeof globalThis;
  el.dispatchEvent(trusted(new view.MouseEvent('click', { bubbles: true, composed: true })));
}

/** The background's annotation handlers over an in-memory list, recording what it was asked. */
export class FakeBackground {
  readonly annotations: Annotation[] = [];
  readonly requests: { type: string }[] = [];
  readonly placements: { anchoredIds: string[]; orphanIds: string[] }[] = [];
  savedArticles = 0;
  /** When set, changes (add, update, delete) are refused with this error, as a full store would. */
  refuse: Error | null = null;
  private next = 1;

  readonly send: Send = async (request) => {
    this.requests.push(request);
    if (this.refuse && /^annotations\/(add|update|delete)$/.test(request.type)) throw this.refuse;
    return this.answer(request) as never;
  };

  private answer(request: Request<keyof BackgroundMessages>): unknown {
    const now = new Date().toISOString();
    switch (request.type) {
      case 'annotations/for-page':
        return { key: this.annotations.length ? 'k' : null, annotations: structuredClone(this.annotations) };
      case 'annotations/add': {
        const r = request as unknown as Request<'annotations/add'>;
        if (this.savedArticles === 0) this.savedArticles = 1;
        const annotation: Annotation = {
          id: `a${this.next++}`,
          articleKey: 'k',
          color: r.color,
          note: r.note,
          quote: r.quote,
          position: r.position,
          createdAt: now,
          updatedAt: now,
        };
        this.annotations.push(annotation);
        return { annotation: structuredClone(annotation), saved: {} };
      }
      case 'annotations/update': {
        const r = request as unknown as Request<'annotations/update'>;
        const a = this.annotations.find((x) => x.id === r.id);
        if (!a) throw new Error('no such annotation');
        if (r.note !== undefined) a.note = r.note;
        if (r.color !== undefined) a.color = r.color;
        a.updatedAt = now;
        return structuredClone(a);
      }
      case 'annotations/delete': {
        const r = request as unknown as Request<'annotations/delete'>;
        const at = this.annotations.findIndex((x) => x.id === r.id);
        if (at !== -1) this.annotations.splice(at, 1);
        return { deleted: at !== -1 };
      }
      case 'annotations/placement': {
        const r = request as unknown as Request<'annotations/placement'>;
        this.placements.push({ anchoredIds: r.anchoredIds, orphanIds: r.orphanIds });
        for (const a of this.annotations) {
          if (r.orphanIds.includes(a.id)) a.orphan = true;
          if (r.anchoredIds.includes(a.id)) a.orphan = false;
        }
        return { updated: r.anchoredIds.length + r.orphanIds.length };
      }
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  }
}
