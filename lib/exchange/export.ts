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

const CHUNK = 500;

/**
 * Every record in key order, a chunk at a time, inside the caller's transaction. The next
 * chunk is requested before `onChunk` runs, so the database reads while the page works on
 * the previous chunk, and the whole collection never has to be in memory at once.
 */
async function eachChunkInKeyOrder(
  db: CpvDatabase,
  onChunk: (records: ArticleRecord[]) => void,
): Promise<void> {
  const read = (after: string | null): Promise<ArticleRecord[]> =>
    (after === null ? db.articles.toCollection() : db.articles.where(':id').above(after))
      .limit(CHUNK)
      .toArray();
  let next = read(null);
  for (;;) {
    const records = await next;
    if (records.length === 0) return;
    next = records.length < CHUNK ? Promise.resolve([]) : read(records[records.length - 1]!.key);
    onChunk(records);
  }
}

function groupByArticle(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byArticle.get(a.articleKey);
    if (list) list.push(a);
    else byArticle.set(a.articleKey, [a]);
  }
  return byArticle;
}

/** The collection (or a selection) as one export document, in key order so exports diff well. */
export async function exportCollection(
  db: CpvDatabase,
  options: ExportOptions = {},
): Promise<ExportDocument> {
  const articles = await guard(() =>
    db.transaction('r', db.articles, db.annotations, async () => {
      if (!options.keys) {
        const byArticle = groupByArticle(await db.annotations.toArray());
        const out: ExportedArticle[] = [];
        await eachChunkInKeyOrder(db, (records) => {
          for (const r of records) out.push(toExportedArticle(r, byArticle.get(r.key) ?? []));
        });
        return out;
      }
      const keys = [...new Set(options.keys)];
      const [found, annotations] = await Promise.all([
        db.articles.bulkGet(keys),
        db.annotations.where('articleKey').anyOf(keys).toArray(),
      ]);
      const byArticle = groupByArticle(annotations);
      return found
        .filter((r): r is ArticleRecord => r !== undefined)
        .sort((a, b) => byText(a.key, b.key))
        .map((r) => toExportedArticle(r, byArticle.get(r.key) ?? []));
    }),
  );
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: db.nowIso(), articles };
}

/**
 * The export as file text, exactly `JSON.stringify(await exportCollection(db, options))`.
 * For the whole library it stringifies chunk by chunk while the next chunk is read, so
 * no object graph of the whole collection is built: the file is ~13 KB per article.
 */
export async function exportJson(db: CpvDatabase, options: ExportOptions = {}): Promise<string> {
  if (options.keys) return JSON.stringify(await exportCollection(db, options));
  const parts: string[] = [];
  await guard(() =>
    db.transaction('r', db.articles, db.annotations, async () => {
      const byArticle = groupByArticle(await db.annotations.toArray());
      await eachChunkInKeyOrder(db, (records) => {
        const json = JSON.stringify(records.map((r) => toExportedArticle(r, byArticle.get(r.key) ?? [])));
        parts.push(json.slice(1, -1));
      });
    }),
  );
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: db.nowIso() });
  return `${head.slice(0, -1)},"articles":[${parts.join(',')}]}`;
}

export function exportFileName(date: Date): string {
  return `cpv-reader-${date.toISOString().slice(0, 10)}.json`;
}
