import type { Annotation } from '../annotate/types';
import { notifyChanged } from '../store/changes';
import type { CpvDatabase } from '../store/db';
import { guard } from '../store/errors';
import { sameJson } from '../store/record';
import type { ArticleRecord } from '../store/types';
import type { ExportDocument } from './format';
import { mergeAnnotation, mergeRecords, recordFromExport } from './merge';
import { type ImportSource, readExport } from './read';

export interface ImportReport {
  articles: { created: number; updated: number; unchanged: number };
  annotations: { added: number; updated: number; unchanged: number };
}

/**
 * Reads, validates and merges an export file. Validation happens before the
 * transaction, and the writes are one transaction: an invalid file or a failed
 * write (quota) leaves the library exactly as it was.
 */
export async function importCollection(db: CpvDatabase, source: ImportSource): Promise<ImportReport> {
  return importDocument(db, await readExport(source));
}

export async function importDocument(db: CpvDatabase, doc: ExportDocument): Promise<ImportReport> {
  const report: ImportReport = {
    articles: { created: 0, updated: 0, unchanged: 0 },
    annotations: { added: 0, updated: 0, unchanged: 0 },
  };
  const incoming = doc.articles.map((item) => ({
    record: recordFromExport(item),
    annotations: item.annotations,
  }));
  const touched = await guard(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const targets = await resolveTargets(
        db,
        incoming.map((i) => i.record),
      );
      const records = new Map<string, ArticleRecord>();
      const original = new Map<string, ArticleRecord | undefined>();
      const annotationTarget = new Map<string, Annotation>();
      incoming.forEach(({ record, annotations }, i) => {
        const found = targets[i];
        const key = found?.key ?? record.key;
        if (!original.has(key)) original.set(key, found);
        const current = records.get(key) ?? found;
        records.set(key, current ? mergeRecords(current, record) : record);
        for (const a of annotations) {
          const moved = { ...a, articleKey: key };
          const seen = annotationTarget.get(a.id);
          annotationTarget.set(a.id, seen ? (mergeAnnotation(seen, moved) ?? seen) : moved);
        }
      });

      const changed: ArticleRecord[] = [];
      for (const [key, record] of records) {
        const before = original.get(key);
        if (!before) report.articles.created++;
        else if (sameJson(before, record)) {
          report.articles.unchanged++;
          continue;
        } else report.articles.updated++;
        changed.push(record);
      }
      await db.articles.bulkPut(changed);

      const ids = [...annotationTarget.keys()];
      const stored = await db.annotations.bulkGet(ids);
      const writes: Annotation[] = [];
      ids.forEach((id, i) => {
        const winner = mergeAnnotation(stored[i], annotationTarget.get(id)!);
        if (!winner || (stored[i] && sameJson(stored[i], winner))) report.annotations.unchanged++;
        else {
          if (stored[i]) report.annotations.updated++;
          else report.annotations.added++;
          writes.push(winner);
        }
      });
      await db.annotations.bulkPut(writes);
      return [...new Set([...changed.map((r) => r.key), ...writes.map((a) => a.articleKey)])];
    }),
  );
  notifyChanged(db, touched);
  return report;
}

/** For each incoming record, the stored record it is the same article as (by key, address, then site id). */
async function resolveTargets(
  db: CpvDatabase,
  incoming: ArticleRecord[],
): Promise<(ArticleRecord | undefined)[]> {
  const byKey = await db.articles.bulkGet(incoming.map((r) => r.key));
  const missing = incoming.filter((_, i) => !byKey[i]);
  if (missing.length === 0) return byKey;
  const addresses = [...new Set(missing.flatMap((r) => r.urlKeys ?? [r.key]))];
  const ids = [...new Set(missing.map((r) => r.idKey).filter((id): id is string => !!id))];
  const [aliased, identified] = await Promise.all([
    db.articles.where('urlKeys').anyOf(addresses).toArray(),
    ids.length ? db.articles.where('idKey').anyOf(ids).toArray() : Promise.resolve([]),
  ]);
  const byAddress = new Map<string, ArticleRecord>();
  for (const r of aliased) for (const k of r.urlKeys ?? []) byAddress.set(k, r);
  const byId = new Map(identified.map((r) => [r.idKey, r]));
  return incoming.map(
    (r, i) =>
      byKey[i] ??
      (r.urlKeys ?? [r.key]).map((k) => byAddress.get(k)).find(Boolean) ??
      (r.idKey ? byId.get(r.idKey) : undefined),
  );
}
