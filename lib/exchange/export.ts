import type { Annotation } from '../annotate/types';
import type { CpvDatabase } from '../store/db';
import { guard } from '../store/errors';
import type { ArticleRecord } from '../store/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, type ExportedArticle } from './format';

export interface ExportOptions {
  /** Only these articles (by key); all when absent. */
  keys?: readonly string[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toExportedArticle(record: ArticleRecord, annotations: Annotation[]): ExportedArticle {
  const aliases = (record.urlKeys ?? []).filter((k) => k !== record.key);
  return {
    key: record.key,
    article: record.article,
    analysis: record.analysis,
    note: record.note,
    tags: record.tags,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    captures: record.captures,
    annotations: annotations.sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id)),
    ...(aliases.length ? { aliases } : {}),
  };
}

/** The collection (or a selection) as one export document, in key order so exports diff well. */
export async function exportCollection(
  db: CpvDatabase,
  options: ExportOptions = {},
): Promise<ExportDocument> {
  const { records, annotations } = await guard(() =>
    db.transaction('r', db.articles, db.annotations, async () => {
      if (!options.keys)
        return { records: await db.articles.toArray(), annotations: await db.annotations.toArray() };
      const keys = [...new Set(options.keys)];
      const found = (await db.articles.bulkGet(keys)).filter((r): r is ArticleRecord => r !== undefined);
      return { records: found, annotations: await db.annotations.where('articleKey').anyOf(keys).toArray() };
    }),
  );
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.articleKey);
    if (list) list.push(a);
    else byArticle.set(a.articleKey, [a]);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: db.nowIso(),
    articles: records
      .sort((a, b) => byText(a.key, b.key))
      .map((r) => toExportedArticle(r, byArticle.get(r.key) ?? [])),
  };
}

/** The export as file text (pretty enough to diff, compact enough for 10,000 articles). */
export async function exportJson(db: CpvDatabase, options: ExportOptions = {}): Promise<string> {
  return JSON.stringify(await exportCollection(db, options));
}

export function exportFileName(date: Date): string {
  return `cpv-reader-${date.toISOString().slice(0, 10)}.json`;
}
