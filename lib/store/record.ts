/**
 * Pure record construction and merging, shared by saving and importing so the two
 * can never derive index fields differently.
 */

import { matchKey } from '../analysis/normalize';
import type { Analysis } from '../analysis/types';
import type { ArchiveCapture, Article } from '../cpv/article';
import { contentHash } from './hash';
import { articleKey, idKey } from './key';
import type { ArticleRecord } from './types';

export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function normalizeTags(tags: readonly string[]): string[] {
  return unionStrings([], tags.map(normalizeTag).filter(Boolean));
}

export function normalizeDocumentCode(code: string): string {
  return code.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/** UTC ISO string, or null when the value is missing or unreadable (never indexed then). */
export function toUtcIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function unionStrings(base: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set(base);
  const out = [...base];
  for (const value of extra) {
    if (!seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

const captureId = (c: ArchiveCapture) => `${c.service} ${c.capturedAt} ${c.url}`;

/** Union keeping the existing order, new captures appended; sorted by capture time. */
export function unionCaptures(
  base: readonly ArchiveCapture[],
  extra: readonly ArchiveCapture[],
): ArchiveCapture[] {
  const seen = new Set(base.map(captureId));
  const out = [...base];
  for (const capture of extra) {
    if (!seen.has(captureId(capture))) {
      seen.add(captureId(capture));
      out.push(capture);
    }
  }
  return out.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0));
}

/** The index fields that follow from a snapshot. */
export function derivedFields(article: Article, analysis: Analysis) {
  return {
    canonicalUrl: articleKey(article),
    contentHash: contentHash(article),
    publishedAt: toUtcIso(article.publishedAt),
    category: article.category,
    officialKeys: unionStrings(
      [],
      analysis.officials.map((o) => matchKey(o.name)),
    ),
    documentCodes: unionStrings(
      [],
      analysis.documents.map((d) => normalizeDocumentCode(d.code)),
    ),
    idKey: idKey(article),
  };
}

export interface NewRecordInput {
  key?: string;
  article: Article;
  analysis: Analysis;
  note?: string;
  tags?: readonly string[];
  savedAt: string;
  updatedAt: string;
  captures?: readonly ArchiveCapture[];
}

export function buildRecord(input: NewRecordInput): ArticleRecord {
  const key = input.key ?? articleKey(input.article);
  const captures = unionCaptures(input.captures ?? [], input.article.archive ? [input.article.archive] : []);
  return {
    key,
    article: input.article,
    analysis: input.analysis,
    savedAt: input.savedAt,
    updatedAt: input.updatedAt,
    note: input.note ?? '',
    tags: normalizeTags(input.tags ?? []),
    captures,
    ...derivedFields(input.article, input.analysis),
    urlKeys: unionStrings([key], [articleKey(input.article)]),
  };
}

/** Replaces the snapshot of a record, keeping what the user made (note, tags, captures). */
export function withSnapshot(record: ArticleRecord, article: Article, analysis: Analysis): ArticleRecord {
  return {
    ...record,
    article,
    analysis,
    ...derivedFields(article, analysis),
    captures: unionCaptures(record.captures, article.archive ? [article.archive] : []),
    urlKeys: unionStrings(record.urlKeys ?? [record.key], [articleKey(article)]),
  };
}

/** Records that the same snapshot was also seen at another address or capture. */
export function withAddress(record: ArticleRecord, article: Article): ArticleRecord {
  return {
    ...record,
    captures: unionCaptures(record.captures, article.archive ? [article.archive] : []),
    urlKeys: unionStrings(record.urlKeys ?? [record.key], [articleKey(article)]),
  };
}

/** Stable comparison of plain JSON values (key order independent). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameJson(value, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const otherKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => sameJson(ao[k], bo[k]));
}
