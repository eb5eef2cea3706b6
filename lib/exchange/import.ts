import type { Annotation } from '../annotate/types';
import { ownersByIndex } from '../store/articles';
import { notifyChanged } from '../store/changes';
import type { CpvDatabase } from '../store/db';
import { guard } from '../store/errors';
import { articleKey, idKey, urlKey } from '../store/key';
import { sameJson, unionCaptures, unionStrings } from '../store/record';
import type { ArticleRecord } from '../store/types';
import type { ExportDocument, ExportedArticle } from './format';
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

/** How many records are merged and handed to the database at a time. */
const WRITE_CHUNK = 500;

/** The identity of an exported item (its key, addresses and site id), without hashing its text. */
interface Identity {
  key: string;
  urlKeys: string[];
  idKey: string | null;
}

function identityOf(item: ExportedArticle): Identity {
  return {
    key: item.key,
    urlKeys: unionStrings([item.key, articleKey(item.article)], (item.aliases ?? []).map(urlKey)),
    idKey: idKey(item.article),
  };
}

export async function importDocument(db: CpvDatabase, doc: ExportDocument): Promise<ImportReport> {
  const report: ImportReport = {
    articles: { created: 0, updated: 0, unchanged: 0 },
    annotations: { added: 0, updated: 0, unchanged: 0 },
  };
  const items = doc.articles;
  const touched = await guard(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const targets = await resolveTargets(db, items.map(identityOf));
      // Each stored record's key → the items that merge into it, in file order.
      const groups = new Map<string, number[]>();
      const original = new Map<string, ArticleRecord | undefined>();
      const annotationTarget = new Map<string, Annotation>();
      items.forEach((item, i) => {
        const found = targets[i];
        const key = found?.key ?? item.key;
        const group = groups.get(key);
        if (group) group.push(i);
        else {
          groups.set(key, [i]);
          original.set(key, found);
        }
        for (const a of item.annotations) {
          const moved = { ...a, articleKey: key };
          const seen = annotationTarget.get(a.id);
          annotationTarget.set(a.id, seen ? (mergeAnnotation(seen, moved) ?? seen) : moved);
        }
      });

      // Merged and written a chunk at a time without awaiting each write: the database
      // stores one chunk while the page builds the next (one transaction, so a failed
      // write still rolls every chunk back).
      const writes: Promise<unknown>[] = [];
      const changedKeys: string[] = [];
      let chunk: ArticleRecord[] = [];
      for (const [key, indexes] of groups) {
        const before = original.get(key);
        let record = before;
        for (const i of indexes) record = mergeItem(record, items[i]!);
        if (!before) report.articles.created++;
        else if (record === before || sameJson(before, record)) {
          report.articles.unchanged++;
          continue;
        } else report.articles.updated++;
        chunk.push(record!);
        changedKeys.push(key);
        if (chunk.length === WRITE_CHUNK) {
          writes.push(db.articles.bulkPut(chunk));
          chunk = [];
        }
      }
      if (chunk.length) writes.push(db.articles.bulkPut(chunk));
      await Promise.all(writes);

      const ids = [...annotationTarget.keys()];
      const stored = await db.annotations.bulkGet(ids);
      const annotationWrites: Annotation[] = [];
      ids.forEach((id, i) => {
        const winner = mergeAnnotation(stored[i], annotationTarget.get(id)!);
        if (!winner || (stored[i] && sameJson(stored[i], winner))) report.annotations.unchanged++;
        else {
          if (stored[i]) report.annotations.updated++;
          else report.annotations.added++;
          annotationWrites.push(winner);
        }
      });
      await db.annotations.bulkPut(annotationWrites);
      return [...new Set([...changedKeys, ...annotationWrites.map((a) => a.articleKey)])];
    }),
  );
  notifyChanged(db, touched);
  return report;
}

/**
 * One exported item merged into what is known of its record so far. An item no newer
 * than the record and adding nothing to it returns the record itself, so re-importing
 * a file costs a few comparisons per article instead of hashing and deep-comparing it.
 */
function mergeItem(current: ArticleRecord | undefined, item: ExportedArticle): ArticleRecord {
  if (!current) return recordFromExport(item);
  if (item.updatedAt <= current.updatedAt && addsNothing(current, item)) return current;
  return mergeRecords(current, recordFromExport(item));
}

function addsNothing(record: ArticleRecord, item: ExportedArticle): boolean {
  const tags = new Set(record.tags);
  const addresses = new Set(record.urlKeys ?? [record.key]);
  return (
    item.savedAt >= record.savedAt &&
    (!item.note || record.note.includes(item.note)) &&
    item.tags.every((t) => tags.has(t)) &&
    addresses.has(item.key) &&
    addresses.has(articleKey(item.article)) &&
    (item.aliases ?? []).every((a) => addresses.has(urlKey(a))) &&
    sameJson(unionCaptures(record.captures, capturesOf(item)), record.captures)
  );
}

const capturesOf = (item: ExportedArticle) => [
  ...item.captures,
  ...(item.article.archive ? [item.article.archive] : []),
];

/** For each incoming item, the stored record it is the same article as (by key, address, then site id). */
async function resolveTargets(db: CpvDatabase, incoming: Identity[]): Promise<(ArticleRecord | undefined)[]> {
  const [byKey, stored] = await Promise.all([
    db.articles.bulkGet(incoming.map((r) => r.key)),
    db.articles.count(),
  ]);
  const missing = incoming.filter((_, i) => !byKey[i]);
  // When every stored record was found by key (an empty library, a re-import), no other
  // record can own an address or site id: skip one index request per item.
  if (missing.length === 0 || new Set(byKey.filter(Boolean).map((r) => r!.key)).size === stored) return byKey;
  const [byAddress, byId] = await Promise.all([
    ownersByIndex(
      db,
      'urlKeys',
      missing.flatMap((r) => r.urlKeys),
    ),
    ownersByIndex(
      db,
      'idKey',
      missing.map((r) => r.idKey).filter((id): id is string => !!id),
    ),
  ]);
  const owners = [...new Set([...byAddress.values(), ...byId.values()])];
  const records = new Map(
    (await db.articles.bulkGet(owners)).filter((r) => r !== undefined).map((r) => [r.key, r]),
  );
  const ownerOf = (r: Identity) =>
    r.urlKeys.map((k) => byAddress.get(k)).find(Boolean) ?? (r.idKey ? byId.get(r.idKey) : undefined);
  return incoming.map((r, i) => {
    if (byKey[i]) return byKey[i];
    const owner = ownerOf(r);
    return owner === undefined ? undefined : records.get(owner);
  });
}
