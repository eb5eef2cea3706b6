/**
 * The annotations of one article page: restores them on a visit, adds, re-notes and deletes
 * them, keeping the marks in the page in step with the store. It talks to the background only
 * through the injected `send`, so it runs in tests without a browser. Nothing here deletes an
 * annotation that the user did not delete: one that cannot be placed is reported as an orphan.
 */

import type { Boundaries } from '../../annotate/describe';
import { describeRange } from '../../annotate/describe';
import {
  HIGHLIGHT_ATTRIBUTE,
  highlightElements,
  highlightRange,
  removeHighlight,
} from '../../annotate/highlight';
import { reattach } from '../../annotate/reattach';
import type { Selectors } from '../../annotate/selectors';
import { buildTextMap } from '../../annotate/text-map';
import type { Annotation, AnnotationColor } from '../../annotate/types';
import type { Article } from '../../cpv/article';
import type { AnnotationCounts, BackgroundMessages, Reply, Request } from '../../messaging/protocol';
import type { UiStrings } from './strings';

export type Send = <K extends keyof BackgroundMessages>(request: Request<K>) => Promise<Reply<K>>;

export class AnnotationController {
  /** Annotations drawn on the page, by id. */
  private readonly placed = new Map<string, Annotation>();
  private orphans = 0;

  constructor(
    readonly root: Element,
    private readonly article: Article,
    private readonly send: Send,
    private readonly strings: Pick<UiStrings, 'highlight' | 'highlightWithNote'>,
  ) {}

  /** Draws the stored highlights of this article and tells the store which could not be placed. */
  async restore(): Promise<AnnotationCounts> {
    const { annotations } = await this.send({ type: 'annotations/for-page', url: this.article.canonicalUrl });
    if (annotations.length === 0) return this.counts();
    const report = reattach(this.root, annotations);
    const anchoredIds: string[] = [];
    const orphanIds: string[] = [];
    annotations.forEach((a, i) => {
      if (report.placements[i]?.anchor) {
        this.placed.set(a.id, a);
        this.decorate(a.id);
        anchoredIds.push(a.id);
      } else {
        orphanIds.push(a.id);
      }
    });
    this.orphans = orphanIds.length;
    // The marks are drawn whether or not the orphan flags could be recorded.
    await this.send({ type: 'annotations/placement', anchoredIds, orphanIds }).catch(() => undefined);
    return this.counts();
  }

  counts(): AnnotationCounts {
    return { total: this.placed.size + this.orphans, anchored: this.placed.size, orphans: this.orphans };
  }

  get(id: string): Annotation | undefined {
    return this.placed.get(id);
  }

  /** Selectors for a selection in the article body, or null when it holds no body text. */
  describe(range: Boundaries): Selectors | null {
    return describeRange(buildTextMap(this.root), range);
  }

  /** Stores a highlight (saving the article if needed), then draws it. */
  async add(selectors: Selectors, color: AnnotationColor, note = ''): Promise<Annotation> {
    const { annotation } = await this.send({
      type: 'annotations/add',
      article: this.article,
      color,
      note,
      quote: selectors.quote,
      position: selectors.position,
    });
    // A fresh map: a deletion since the selection merged text nodes the old one pointed at.
    const map = buildTextMap(this.root);
    highlightRange(map, annotation.position.start, annotation.position.end, annotation.id, annotation.color);
    this.placed.set(annotation.id, annotation);
    this.decorate(annotation.id);
    return annotation;
  }

  async setNote(id: string, note: string): Promise<Annotation> {
    const updated = await this.send({ type: 'annotations/update', id, note });
    this.placed.set(id, updated);
    this.decorate(id);
    return updated;
  }

  async remove(id: string): Promise<void> {
    await this.send({ type: 'annotations/delete', id });
    removeHighlight(this.root, id);
    this.placed.delete(id);
  }

  /** The highlight a page node belongs to (the innermost, when highlights overlap). */
  idAt(node: EventTarget | null): string | null {
    // nodeType, not instanceof: page nodes and the script's globals may come from different realms.
    const el = node as Element | null;
    if (el?.nodeType !== 1 || !this.root.contains(el)) return null;
    return el.closest(`mark[${HIGHLIGHT_ATTRIBUTE}]`)?.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? null;
  }

  /** The first piece of a highlight: the one that takes keyboard focus. */
  firstMark(id: string): HTMLElement | null {
    return highlightElements(this.root, id)[0] ?? null;
  }

  /**
   * Only the first piece is focusable, so a highlight spanning a link is one tab stop.
   * Its accessible name says whether it has a note; focusing it opens the note in the
   * popover. The note is never written into the page's DOM, where page scripts could read it.
   */
  private decorate(id: string): void {
    const first = this.firstMark(id);
    if (!first) return;
    first.tabIndex = 0;
    first.setAttribute(
      'aria-label',
      this.placed.get(id)?.note ? this.strings.highlightWithNote : this.strings.highlight,
    );
  }
}
