import { matchKey } from '../analysis/normalize';
import { normalizeDocumentCode, normalizeTag, toUtcIso } from './record';
import type { ArticleRecord, ListFilters } from './types';

/** The record fields filters look at; the search index stores just these. */
export type FilterFields = Pick<
  ArticleRecord,
  'publishedAt' | 'category' | 'officialKeys' | 'documentCodes' | 'tags'
>;

// CPV dates are Vietnam time: a bare "2022-12-30" bound means that day in +07:00.
function bound(value: string | undefined, end: boolean): string | null {
  if (!value) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const full = dateOnly ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}+07:00` : value;
  return toUtcIso(full);
}

/** Compiles filters once into a predicate (null when there is nothing to filter). */
export function compileFilters(filters: ListFilters | undefined): ((fields: FilterFields) => boolean) | null {
  if (!filters) return null;
  const official = filters.official ? matchKey(filters.official.trim()) : null;
  const code = filters.documentCode ? normalizeDocumentCode(filters.documentCode) : null;
  const category = filters.category ?? null;
  const tag = filters.tag ? normalizeTag(filters.tag) : null;
  const from = bound(filters.from, false);
  const to = bound(filters.to, true);
  if (!official && !code && !category && !tag && !from && !to) return null;
  return (f) =>
    (!official || f.officialKeys.includes(official)) &&
    (!code || f.documentCodes.includes(code)) &&
    (!category || f.category === category) &&
    (!tag || f.tags.includes(tag)) &&
    (!from || (f.publishedAt !== null && f.publishedAt >= from)) &&
    (!to || (f.publishedAt !== null && f.publishedAt <= to));
}
