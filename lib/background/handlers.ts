/**
 * What the background answers. The background owns the database: the content script
 * and the popup reach it only through these messages.
 */
import { analyze } from '../analysis';
import type { Annotation } from '../annotate/types';
import type { BackgroundMessages, Handlers, SavedStatus } from '../messaging/protocol';
import { addAnnotation, deleteAnnotation, listForArticle, updateAnnotation } from '../store/annotations';
import { getArticle, getArticleByUrl, saveArticle, updateNote } from '../store/articles';
import type { CpvDatabase } from '../store/db';
import type { ArticleRecord } from '../store/types';
import {
  AccessError,
  annotationPatch,
  checked,
  isExtensionPage,
  isSenderPage,
  newAnnotation,
  requireExtensionPage,
  type Sender,
  saveRequest,
} from './access';
import { injectInto, syncArchiveScript } from './archive';

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

export interface BackgroundContext {
  database: () => Promise<CpvDatabase>;
  /** `runtime.getURL('')`: messages from pages under it are the extension's own. */
  extensionOrigin: string;
  api?: Parameters<typeof syncArchiveScript>[0];
}

export function backgroundHandlers({
  database,
  extensionOrigin,
  api,
}: BackgroundContext): Handlers<BackgroundMessages> {
  const statusOf = async (db: CpvDatabase, record: ArticleRecord) =>
    savedStatus(record, await listForArticle(db, record.key));
  const ownPage = (sender: Sender) => requireExtensionPage(sender, extensionOrigin);
  /** A content script may touch only annotations of the article its page shows. */
  const requireOwnAnnotations = async (db: CpvDatabase, sender: Sender, ids: readonly string[]) => {
    if (isExtensionPage(sender, extensionOrigin)) return;
    const record = sender.url ? await getArticleByUrl(db, sender.url) : undefined;
    const annotations = await db.annotations.bulkGet([...ids]);
    if (!record || annotations.some((a) => a && a.articleKey !== record.key))
      throw new AccessError('A page may only change its own highlights.');
  };

  return {
    'db/ping': async (_request, sender) => {
      ownPage(sender);
      const db = await database();
      return { ok: true, articles: await db.articles.count() };
    },
    'store/status': async ({ url }, sender) => {
      ownPage(sender);
      const db = await database();
      const record = await getArticleByUrl(db, url);
      return record ? statusOf(db, record) : null;
    },
    'store/save': async (request, sender) => {
      ownPage(sender);
      const { article, analysis, note } = checked(saveRequest, request);
      const db = await database();
      const { record, status } = await saveArticle(db, { article, analysis, note });
      return { status, saved: await statusOf(db, record) };
    },
    'store/set-note': async ({ key, note }, sender) => {
      ownPage(sender);
      const db = await database();
      if (!(await getArticle(db, key))) throw new Error('This article is not in the library any more.');
      return statusOf(db, await updateNote(db, key, note));
    },
    'archive/status': async (_request, sender) => {
      ownPage(sender);
      return { granted: api ? await syncArchiveScript(api) : false };
    },
    'tab/inject': async ({ tabId, archive }, sender) => {
      ownPage(sender);
      if (!api) return { injected: false };
      if (archive && !(await syncArchiveScript(api)))
        throw new Error('Access to web.archive.org has not been granted.');
      await injectInto(api, tabId, archive);
      return { injected: true };
    },
    'annotations/for-page': async ({ url }, sender) => {
      if (!isExtensionPage(sender, extensionOrigin) && !isSenderPage(sender, url))
        throw new AccessError('A page may only read its own highlights.');
      const db = await database();
      const record = await getArticleByUrl(db, url);
      return record
        ? { key: record.key, annotations: await listForArticle(db, record.key) }
        : { key: null, annotations: [] };
    },
    'annotations/add': async (request, sender) => {
      const { article, color, note, quote, position } = checked(newAnnotation, request);
      const forItsPage = isSenderPage(sender, article.canonicalUrl) || isSenderPage(sender, article.url);
      if (!isExtensionPage(sender, extensionOrigin) && !forItsPage)
        throw new AccessError('A page may only highlight its own article.');
      const db = await database();
      // Highlighting an article that is not in the library saves it: a highlight never dangles.
      const record =
        (await getArticleByUrl(db, article.canonicalUrl)) ??
        (await getArticleByUrl(db, article.url)) ??
        (await saveArticle(db, { article, analysis: analyze(article) })).record;
      const annotation = await addAnnotation(db, { articleKey: record.key, color, note, quote, position });
      return { annotation, saved: await statusOf(db, record) };
    },
    'annotations/update': async ({ id, ...rest }, sender) => {
      // Only these fields change: a stray `type`, `articleKey` or `id` in the message never reaches the record.
      const patch = checked(annotationPatch, { color: rest.color, note: rest.note, position: rest.position });
      const db = await database();
      await requireOwnAnnotations(db, sender, [id]);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      return updateAnnotation(db, id, defined);
    },
    'annotations/delete': async ({ id }, sender) => {
      const db = await database();
      await requireOwnAnnotations(db, sender, [id]);
      return { deleted: (await deleteAnnotation(db, id)) !== undefined };
    },
    'annotations/placement': async ({ anchoredIds, orphanIds }, sender) => {
      const db = await database();
      await requireOwnAnnotations(db, sender, [...anchoredIds, ...orphanIds]);
      let updated = 0;
      const flags: [string[], boolean][] = [
        [anchoredIds, false],
        [orphanIds, true],
      ];
      for (const [ids, orphan] of flags) {
        for (const annotation of await db.annotations.bulkGet(ids)) {
          if (!annotation || Boolean(annotation.orphan) === orphan) continue;
          await updateAnnotation(db, annotation.id, { orphan });
          updated++;
        }
      }
      return { updated };
    },
  };
}
