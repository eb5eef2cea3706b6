/**
 * What the library page reads and writes, as plain async functions over the database:
 * the page's components stay presentational, and these are tested with fake-indexeddb.
 */
import { fold, matchKey } from '../analysis/normalize';
import type { Annotation } from '../annotate/types';
import { annotationsJsonLd } from '../exchange/annotations-jsonld';
import { figuresCsv } from '../exchange/csv';
import { exportCollection, exportJson } from '../exchange/export';
import { listForArticle } from '../store/annotations';
import { getArticle } from '../store/articles';
import type { CpvDatabase } from '../store/db';
import { guard } from '../store/errors';
import { searchArticles } from '../store/search';
import type { ArticleRecord, ListFilters } from '../store/types';
import { exportFileNames, type PageInfo, pageInfo } from './format';
import type { ListRoute } from './route';

export const PAGE_SIZE = 50;

export interface ListData {
  total: number;
  items: ArticleRecord[];
  info: PageInfo;
}

export async function loadList(db: CpvDatabase, route: ListRoute, pageSize = PAGE_SIZE): Promise<ListData> {
  const offset = (Math.max(1, route.page) - 1) * pageSize;
  const page = await searchArticles(db, {
    query: route.query,
    filters: await resolveOfficial(db, route.filters),
    offset,
    limit: pageSize,
  });
  return {
    total: page.total,
    items: page.items,
    info: pageInfo(page.total, route.page, pageSize, page.items.length),
  };
}

/**
 * The store matches an official by `matchKey` (tone placement and case, not diacritics),
 * while the search box forgives diacritics: `le minh hung` should filter like the search.
 * An unaccented name is resolved to the indexed spelling it folds to (index keys only).
 * Two people whose names differ only by diacritics would meet here; the first one wins.
 */
export async function resolveOfficial(db: CpvDatabase, filters: ListFilters): Promise<ListFilters> {
  const name = filters.official?.trim();
  if (!name) return filters;
  const keys = await guard(() => db.articles.orderBy('officialKeys').uniqueKeys());
  const wanted = matchKey(name);
  if (keys.includes(wanted)) return filters;
  const folded = fold(name);
  const found = keys.find((k): k is string => typeof k === 'string' && fold(k) === folded);
  return found ? { ...filters, official: found } : filters;
}

export interface Facets {
  categories: string[];
  tags: string[];
}

/** Choices for the filter fields, straight from the indexes (keys only, no records read). */
export async function loadFacets(db: CpvDatabase): Promise<Facets> {
  return guard(async () => {
    const [categories, tags] = await Promise.all([
      db.articles.orderBy('category').uniqueKeys(),
      db.articles.orderBy('tags').uniqueKeys(),
    ]);
    const text = (keys: unknown[]) =>
      keys
        .filter((k): k is string => typeof k === 'string' && k !== '')
        .sort((a, b) => a.localeCompare(b, 'vi'));
    return { categories: text(categories), tags: text(tags) };
  });
}

export interface ReaderData {
  record: ArticleRecord;
  annotations: Annotation[];
}

export async function loadReader(db: CpvDatabase, key: string): Promise<ReaderData | null> {
  const [record, annotations] = await Promise.all([getArticle(db, key), listForArticle(db, key)]);
  return record ? { record, annotations } : null;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export type ExportKind = 'json' | 'csv' | 'jsonld';

/** One of the three exports of all (or the given) articles, as file name, MIME type and text. */
export async function buildExport(
  db: CpvDatabase,
  kind: ExportKind,
  keys?: readonly string[],
): Promise<ExportFile> {
  const options = keys ? { keys } : {};
  const names = exportFileNames(db.now());
  // The whole library is streamed into text chunk by chunk rather than built as one object.
  if (kind === 'json')
    return { name: names.json, type: 'application/json', text: await exportJson(db, options) };
  const doc = await exportCollection(db, options);
  switch (kind) {
    case 'csv':
      return { name: names.csv, type: 'text/csv;charset=utf-8', text: figuresCsv(doc.articles) };
    case 'jsonld':
      return { name: names.jsonld, type: 'application/ld+json', text: annotationsJsonLd(doc) };
  }
}
