/**
 * Pure merge rules for importing into an existing library. Every rule is
 * idempotent (merging the same thing twice changes nothing), which is what makes
 * importing the same file twice a no-op.
 */
import type { Annotation } from '../annotate/types';
import { urlKey } from '../store/key';
import { buildRecord, derivedFields, normalizeTags, unionCaptures, unionStrings } from '../store/record';
import type { ArticleRecord } from '../store/types';
import type { ExportedArticle } from './format';

export const NOTE_SEPARATOR = '\n\n---\n\n';

/** Both notes survive when they differ; a note already containing the other wins. */
export function mergeNotes(existing: string, incoming: string): string {
  if (!incoming || existing === incoming || existing.includes(incoming)) return existing;
  if (!existing || incoming.includes(existing)) return incoming;
  return `${existing}${NOTE_SEPARATOR}${incoming}`;
}

/** The record an exported item describes, exactly as it was stored. */
export function recordFromExport(item: ExportedArticle): ArticleRecord {
  const record = buildRecord({
    key: item.key,
    article: item.article,
    analysis: item.analysis,
    note: item.note,
    tags: item.tags,
    savedAt: item.savedAt,
    updatedAt: item.updatedAt,
    captures: item.captures,
  });
  return { ...record, urlKeys: unionStrings(record.urlKeys ?? [], (item.aliases ?? []).map(urlKey)) };
}

const earlier = (a: string, b: string) => (a <= b ? a : b);
const later = (a: string, b: string) => (a >= b ? a : b);

function pickDerived(record: ArticleRecord): ReturnType<typeof derivedFields> {
  const { canonicalUrl, contentHash, publishedAt, category, officialKeys, documentCodes } = record;
  return {
    canonicalUrl,
    contentHash,
    publishedAt,
    category,
    officialKeys,
    documentCodes,
    idKey: record.idKey ?? null,
  };
}

/** Newer `updatedAt` wins the snapshot; note, tags, captures and addresses are unions. */
export function mergeRecords(existing: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const newer = incoming.updatedAt > existing.updatedAt;
  const snapshot = newer ? incoming : existing;
  return {
    ...existing,
    article: snapshot.article,
    analysis: snapshot.analysis,
    // `incoming` comes from `recordFromExport`, whose fields were just derived from this
    // very snapshot; deriving again (hashing the whole text) would double the cost.
    ...(newer ? pickDerived(incoming) : derivedFields(existing.article, existing.analysis)),
    savedAt: earlier(existing.savedAt, incoming.savedAt),
    updatedAt: later(existing.updatedAt, incoming.updatedAt),
    note: mergeNotes(existing.note, incoming.note),
    tags: normalizeTags(unionStrings(existing.tags, incoming.tags)),
    captures: unionCaptures(existing.captures, incoming.captures),
    urlKeys: unionStrings(existing.urlKeys ?? [existing.key], [incoming.key, ...(incoming.urlKeys ?? [])]),
  };
}

/** Newer `updatedAt` wins; on a tie the copy already stored stays. */
export function mergeAnnotation(existing: Annotation | undefined, incoming: Annotation): Annotation | null {
  if (!existing) return incoming;
  return incoming.updatedAt > existing.updatedAt ? incoming : null;
}
