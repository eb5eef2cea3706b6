/**
 * What the background answers. The background owns the database: the content script
 * and the popup reach it only through these messages.
 */
import type { Annotation } from '../annotate/types';
import type { BackgroundMessages, Handlers, SavedStatus } from '../messaging/protocol';
import { listForArticle } from '../store/annotations';
import { getArticle, getArticleByUrl, saveArticle, updateNote } from '../store/articles';
import type { CpvDatabase } from '../store/db';
import type { ArticleRecord } from '../store/types';

const RECENT_NOTES = 3;

export function savedStatus(record: ArticleRecord, annotations: readonly Annotation[]): SavedStatus {
  const withNotes = annotations
    .filter((a) => a.note.trim() !== '')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, RECENT_NOTES);
  return {
    key: record.key,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    note: record.note,
    tags: record.tags,
    annotationCount: annotations.length,
    orphanCount: annotations.filter((a) => a.orphan).length,
    recentNotes: withNotes.map((a) => ({ quote: a.quote.exact, note: a.note, updatedAt: a.updatedAt })),
  };
}

export function backgroundHandlers(database: () => Promise<CpvDatabase>): Handlers<BackgroundMessages> {
  const statusOf = async (db: CpvDatabase, record: ArticleRecord) =>
    savedStatus(record, await listForArticle(db, record.key));

  return {
    'db/ping': async () => {
      const db = await database();
      return { ok: true, articles: await db.articles.count() };
    },
    'store/status': async ({ url }) => {
      const db = await database();
      const record = await getArticleByUrl(db, url);
      return record ? statusOf(db, record) : null;
    },
    'store/save': async ({ article, analysis, note }) => {
      const db = await database();
      const { record, status } = await saveArticle(db, { article, analysis, note });
      return { status, saved: await statusOf(db, record) };
    },
    'store/set-note': async ({ key, note }) => {
      const db = await database();
      if (!(await getArticle(db, key))) throw new Error('This article is not in the library any more.');
      return statusOf(db, await updateNote(db, key, note));
    },
  };
}
