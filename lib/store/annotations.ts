import type { Annotation } from '../annotate/types';
import { notifyChanged } from './changes';
import type { CpvDatabase } from './db';
import { guard, StoreError } from './errors';

export type NewAnnotation = Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'note' | 'quote' | 'position' | 'orphan'>>;

const newId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Adds an annotation to a saved article (save the article first: an annotation never dangles). */
export async function addAnnotation(db: CpvDatabase, input: NewAnnotation): Promise<Annotation> {
  const annotation = await guard(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      if (!(await db.articles.get(input.articleKey))) throw new StoreError('not-found');
      const now = db.nowIso();
      const created: Annotation = { ...input, id: input.id ?? newId(), createdAt: now, updatedAt: now };
      await db.annotations.add(created);
      return created;
    }),
  );
  notifyChanged(db, [annotation.articleKey]);
  return annotation;
}

export async function updateAnnotation(
  db: CpvDatabase,
  id: string,
  patch: AnnotationPatch,
): Promise<Annotation> {
  const annotation = await guard(() =>
    db.transaction('rw', db.annotations, async () => {
      const existing = await db.annotations.get(id);
      if (!existing) throw new StoreError('not-found', undefined, 'That annotation no longer exists.');
      const updated: Annotation = { ...existing, ...patch, updatedAt: db.nowIso() };
      await db.annotations.put(updated);
      return updated;
    }),
  );
  notifyChanged(db, [annotation.articleKey]);
  return annotation;
}

/** Deletes one annotation and returns it, so the caller can offer undo (`restoreAnnotation`). */
export async function deleteAnnotation(db: CpvDatabase, id: string): Promise<Annotation | undefined> {
  const removed = await guard(() =>
    db.transaction('rw', db.annotations, async () => {
      const existing = await db.annotations.get(id);
      if (existing) await db.annotations.delete(id);
      return existing;
    }),
  );
  if (removed) notifyChanged(db, [removed.articleKey]);
  return removed;
}

export async function restoreAnnotation(db: CpvDatabase, annotation: Annotation): Promise<void> {
  await guard(() => db.annotations.put(annotation));
  notifyChanged(db, [annotation.articleKey]);
}

/** An article's annotations in reading order (orphans keep their last known position). */
export async function listForArticle(db: CpvDatabase, articleKey: string): Promise<Annotation[]> {
  const annotations = await guard(() => db.annotations.where('articleKey').equals(articleKey).toArray());
  return annotations.sort(
    (a, b) =>
      a.position.start - b.position.start ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
}
