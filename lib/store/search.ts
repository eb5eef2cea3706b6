/**
 * Full-text search over the library.
 *
 * Choice: MiniSearch in memory, over a Dexie multi-entry word index. Measured in Node +
 * fake-indexeddb at 10,000 synthetic articles (scripts/bench-store.ts): Dexie word index
 * 9.5 s of extra writes, 90 ms median per query, no ranking and no adjacency; MiniSearch
 * 116 ms median (≤ 2 ms at 1,000), ranked (BM25). NOT YET MEETING the 50 ms target, and
 * the rebuild on wake took 41 s at 10,000 (1.8 s at 1,000): the synthetic corpus recombines
 * 20 sentences, so common queries hit ~90 % of articles, which is worst case for both.
 * Next step (measured: loadJSON is ~8x faster than indexing): persist the serialized
 * index in a table and rebuild only what changed since; or index body text without pairs.
 * The database stays the source of truth either way.
 *
 * Vietnamese words are mostly two or more syllables, and single syllables (`uy`, `ban`)
 * occur everywhere. So the index holds each folded syllable and each pair of adjacent
 * syllables (`uy_ban`), and a query of several syllables must match all its adjacent
 * pairs: `uy ban` finds "Ủy ban"/"Uỷ ban", not every article containing "uy" and "ban".
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { fold } from '../analysis/normalize';
import type { Block } from '../cpv/article';
import { listArticles } from './articles';
import { onChanged } from './changes';
import type { CpvDatabase } from './db';
import { guard } from './errors';
import { compileFilters, type FilterFields } from './filters';
import type { ArticleRecord, ListFilters, Page } from './types';

interface SearchDocument extends FilterFields {
  key: string;
  title: string;
  sapo: string;
  body: string;
  officials: string;
  notes: string;
  tags: string[];
}

const TEXT_FIELDS = ['title', 'sapo', 'body', 'officials', 'notes', 'tags'] as const;
const STORED_FIELDS = ['publishedAt', 'category', 'officialKeys', 'documentCodes', 'tags'] as const;
const BOOST = { title: 3, officials: 2, tags: 2, sapo: 1.5 };
// Marks are part of a raw word so that decomposed (NFD) text splits like composed text.
const RAW_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SYLLABLE = /[\p{L}\p{N}]+/gu;
// Vietnamese has a few thousand distinct syllables: folding each spelling once and
// caching it makes indexing about twice as fast as folding whole texts.
const foldCache = new Map<string, string[]>();
const FOLD_CACHE_LIMIT = 100_000;

function foldWord(word: string): string[] {
  let folded = foldCache.get(word);
  if (!folded) {
    folded = fold(word).match(SYLLABLE) ?? [];
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** Folded syllables of a text (`Lê Minh Hưng` → `le`, `minh`, `hung`). */
export function syllables(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(RAW_WORD) ?? []) for (const s of foldWord(word)) out.push(s);
  return out;
}

function indexTerms(text: string): string[] {
  const parts = syllables(text);
  const terms = [...parts];
  for (let i = 1; i < parts.length; i++) terms.push(`${parts[i - 1]}_${parts[i]}`);
  return terms;
}

function blockText(block: Block): string {
  return block.type === 'image' ? (block.caption ?? '') : block.text;
}

export function toSearchDocument(record: ArticleRecord, annotationNotes: readonly string[]): SearchDocument {
  return {
    key: record.key,
    title: record.article.title,
    sapo: record.article.sapo ?? '',
    body: record.article.blocks.map(blockText).join('\n'),
    officials: record.analysis.officials.map((o) => [o.name, ...o.positions].join('; ')).join('\n'),
    notes: [record.note, ...annotationNotes].filter(Boolean).join('\n'),
    tags: record.tags,
    publishedAt: record.publishedAt,
    category: record.category,
    officialKeys: record.officialKeys,
    documentCodes: record.documentCodes,
  };
}

function createIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: [...TEXT_FIELDS],
    storeFields: [...STORED_FIELDS],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join('\n') : (value ?? '');
    },
    tokenize: indexTerms,
    // Folding already happened in `tokenize`, once per field instead of once per term.
    processTerm: (term) => term,
    searchOptions: { tokenize: (query) => query.split(' ').filter(Boolean), processTerm: (term) => term },
  });
}

export interface SearchHit {
  key: string;
  score: number;
}

/** An in-memory index over a database; stays current through committed-change notifications. */
export class ArticleSearch {
  private readonly index = createIndex();
  private readonly dirty = new Set<string>();
  private readonly unsubscribe: () => void;

  private constructor(private readonly db: CpvDatabase) {
    // Subscribe before reading, so a save that lands during the build is re-read after it.
    this.unsubscribe = onChanged(db, (keys) => {
      for (const key of keys) this.dirty.add(key);
    });
  }

  static async build(db: CpvDatabase): Promise<ArticleSearch> {
    const search = new ArticleSearch(db);
    await guard(async () => {
      const notes = await annotationNotesByArticle(db);
      const documents: SearchDocument[] = [];
      await db.articles.each((record) => {
        documents.push(toSearchDocument(record, notes.get(record.key) ?? []));
      });
      // Chunked so a background rebuild at 10,000 articles still answers other messages.
      await search.index.addAllAsync(documents, { chunkSize: 200 });
    });
    return search;
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Re-reads the records changed since the last search. */
  async refresh(): Promise<void> {
    if (this.dirty.size === 0) return;
    const keys = [...this.dirty];
    this.dirty.clear();
    await guard(async () => {
      const [records, annotations] = await Promise.all([
        this.db.articles.bulkGet(keys),
        this.db.annotations.where('articleKey').anyOf(keys).toArray(),
      ]);
      const notes = new Map<string, string[]>();
      for (const a of annotations)
        if (a.note) notes.set(a.articleKey, [...(notes.get(a.articleKey) ?? []), a.note]);
      keys.forEach((key, i) => {
        if (this.index.has(key)) this.index.discard(key);
        const record = records[i];
        if (record) this.index.add(toSearchDocument(record, notes.get(key) ?? []));
      });
    });
  }

  /** Matching keys, best first. A query of several syllables must contain them adjacent. */
  query(text: string, filters?: ListFilters): SearchHit[] {
    const parts = syllables(text);
    if (parts.length === 0) return [];
    const predicate = compileFilters(filters);
    const filter = predicate
      ? (result: SearchResult) => predicate(result as unknown as FilterFields)
      : undefined;
    const run = (terms: string[]) =>
      this.index.search(terms.join(' '), {
        combineWith: 'AND',
        boost: BOOST,
        // The last syllable may still be being typed: `le minh h` finds `le_minh`, `minh_hung`.
        prefix: (term, i, all) => i === all.length - 1 && term.length >= 2,
        filter,
      });
    const pairs = parts.slice(1).map((part, i) => `${parts[i]}_${part}`);
    const results = pairs.length > 0 ? run(pairs) : run(parts);
    return results.map((r) => ({ key: String(r.id), score: r.score }));
  }

  dispose(): void {
    this.unsubscribe();
  }
}

async function annotationNotesByArticle(db: CpvDatabase): Promise<Map<string, string[]>> {
  const notes = new Map<string, string[]>();
  await db.annotations.each((a) => {
    if (a.note) notes.set(a.articleKey, [...(notes.get(a.articleKey) ?? []), a.note]);
  });
  return notes;
}

const indexes = new WeakMap<CpvDatabase, Promise<ArticleSearch>>();

/** The database's search index, built on first use and kept while the database object lives. */
export async function getSearchIndex(db: CpvDatabase): Promise<ArticleSearch> {
  let pending = indexes.get(db);
  if (!pending) {
    pending = ArticleSearch.build(db);
    indexes.set(db, pending);
    pending.catch(() => indexes.delete(db));
  }
  const search = await pending;
  await search.refresh();
  return search;
}

export interface SearchOptions {
  query: string;
  filters?: ListFilters;
  offset?: number;
  limit?: number;
}

export interface SearchPage extends Page<ArticleRecord> {
  hits: SearchHit[];
}

/** Search with filters; an empty query lists the filtered collection newest first. */
export async function searchArticles(db: CpvDatabase, options: SearchOptions): Promise<SearchPage> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  if (syllables(options.query).length === 0) {
    const page = await listArticles(db, { offset, limit, filters: options.filters });
    return { ...page, hits: page.items.map((r) => ({ key: r.key, score: 0 })) };
  }
  const search = await getSearchIndex(db);
  const hits = search.query(options.query, options.filters);
  const pageHits = hits.slice(offset, offset + limit);
  const records = await guard(() => db.articles.bulkGet(pageHits.map((h) => h.key)));
  return {
    total: hits.length,
    hits: pageHits,
    items: records.filter((r): r is ArticleRecord => r !== undefined),
  };
}
