/**
 * Full-text search over the library.
 *
 * Choice, measured (scripts/bench-store.ts, scripts/bench/store-chromium.ts): a compact
 * phrase index of our own, not MiniSearch. With ~6,000-character articles MiniSearch
 * keeps one Map entry per (term, document): at 2,000 articles it took 8.4 s and 175 MB
 * of heap indexing syllables and syllable pairs (29 MB as JSON, 1.5 s to load back), and
 * still 2.3 s / 50 MB with body syllables alone, so 10,000 articles cost 10–40 s and up
 * to ~900 MB. Here each document is one Uint32Array of syllable ids and each syllable one
 * sorted list of document slots: ~60 MB at 10,000 articles, built at the speed of
 * tokenising, and persisted per document so a wake-up reloads instead of re-reading
 * and re-tokenising every article.
 *
 * Vietnamese words are mostly two or more syllables, and single syllables (`uy`, `ban`)
 * occur everywhere. So a query is a phrase: its folded syllables must occur adjacent, in
 * order, inside one field (`uy ban` finds "Ủy ban"/"Uỷ ban", not every article that has
 * "uy" somewhere and "ban" elsewhere). Candidates come from intersecting the syllables'
 * document lists, rarest first; adjacency is then checked on the candidates' sequences,
 * which also gives the per-field counts for BM25 ranking.
 *
 * The database stays the source of truth: the persisted index is a cache, checked
 * against every article's `updatedAt` and annotation notes on load, and dropped when
 * anything about it is off.
 */
import { Dexie, type Table } from 'dexie';
import { fold } from '../analysis/normalize';
import type { Block } from '../cpv/article';
import { listArticles } from './articles';
import { onChanged } from './changes';
import type { CpvDatabase } from './db';
import { guard } from './errors';
import { compileFilters, type FilterFields } from './filters';
import type { ArticleRecord, ListFilters, Page } from './types';

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

/** Searchable fields, in sequence order. Ranking weights follow. */
export const FIELDS = ['title', 'sapo', 'officials', 'notes', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 3, sapo: 1.5, officials: 2, notes: 1, tags: 2, body: 1 };
const K1 = 1.2;
const B = 0.7;
/** Bump when tokenising or the stored layout changes: older persisted indexes are then rebuilt. */
const INDEX_FORMAT = 1;
/** Id 0 separates fields and blocks, so that no phrase spans a paragraph or a field boundary. */
const GAP = 0;

function blockText(block: Block): string {
  return block.type === 'image' ? (block.caption ?? '') : block.text;
}

/** Each field's texts (one per block, line or tag), the unit a phrase may not cross. */
export function fieldTexts(
  record: ArticleRecord,
  annotationNotes: readonly string[],
): Record<Field, string[]> {
  return {
    title: [record.article.title],
    sapo: [record.article.sapo ?? ''],
    officials: record.analysis.officials.flatMap((o) => [o.name, ...o.positions]),
    notes: [record.note, ...annotationNotes],
    tags: record.tags,
    body: record.article.blocks.map(blockText),
  };
}

function filterFields(record: ArticleRecord): FilterFields {
  return {
    publishedAt: record.publishedAt,
    category: record.category,
    officialKeys: record.officialKeys,
    documentCodes: record.documentCodes,
    tags: record.tags,
  };
}

// FNV-1a: annotation notes have no index of their own to compare, so the stamp carries their hash.
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** What a document's index entry was made from; a different stamp means re-index it. */
export function documentStamp(record: Pick<ArticleRecord, 'updatedAt'>, notes: readonly string[]): string {
  return notes.length ? `${record.updatedAt}#${hashText(notes.join('\u0001'))}` : record.updatedAt;
}

/** One document as persisted: syllable ids by dictionary position, plus the filter fields. */
export interface StoredDocument {
  key: string;
  stamp: string;
  seq: Uint32Array;
  /** Start of each field in `seq`, then its end (FIELDS.length + 1 offsets). */
  starts: Uint32Array;
  fields: FilterFields;
}

export interface SearchHit {
  key: string;
  score: number;
}

export interface QueryResult {
  total: number;
  /** Best first, from `offset`, at most `limit` (all when no limit). */
  hits: SearchHit[];
}

interface QueryOptions {
  filters?: ListFilters;
  offset?: number;
  limit?: number;
}

/** The in-memory phrase index. Pure data structure: no database, no timers. */
export class PhraseIndex {
  private readonly ids = new Map<string, number>([['', GAP]]);
  readonly words: string[] = [''];
  private sortedWords: string[] | null = null;
  // Per slot; a removed document leaves a dead slot (key null) until the next compaction.
  private keys: (string | null)[] = [];
  private docs: (StoredDocument | null)[] = [];
  private postings: number[][] = [[]];
  private readonly slotOf = new Map<string, number>();
  private readonly lengthSum = new Float64Array(FIELDS.length);
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(key: string): boolean {
    return this.slotOf.has(key);
  }

  stampOf(key: string): string | undefined {
    const slot = this.slotOf.get(key);
    return slot === undefined ? undefined : this.docs[slot]?.stamp;
  }

  keysInIndex(): string[] {
    return [...this.slotOf.keys()];
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.postings.push([]);
      this.sortedWords = null;
    }
    return id;
  }

  /** Tokenises a record into a document (new syllables join the dictionary). */
  makeDocument(record: ArticleRecord, annotationNotes: readonly string[]): StoredDocument {
    const texts = fieldTexts(record, annotationNotes);
    const seq: number[] = [];
    const starts = new Uint32Array(FIELDS.length + 1);
    FIELDS.forEach((field, f) => {
      starts[f] = seq.length;
      for (const text of texts[field]) {
        const parts = syllables(text);
        if (parts.length === 0) continue;
        for (const part of parts) seq.push(this.idOf(part));
        seq.push(GAP);
      }
    });
    starts[FIELDS.length] = seq.length;
    return {
      key: record.key,
      stamp: documentStamp(record, annotationNotes),
      seq: Uint32Array.from(seq),
      starts,
      fields: filterFields(record),
    };
  }

  /** Adds or replaces a document. */
  put(doc: StoredDocument): void {
    this.remove(doc.key);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.keys.push(doc.key);
    this.slotOf.set(doc.key, slot);
    // Slots only grow, so pushing keeps every list sorted; a syllable twice in a row is one entry.
    const seen = new Set<number>();
    for (const id of doc.seq) {
      if (id === GAP || seen.has(id)) continue;
      seen.add(id);
      this.postings[id]!.push(slot);
    }
    for (let f = 0; f < FIELDS.length; f++) this.lengthSum[f]! += doc.starts[f + 1]! - doc.starts[f]!;
  }

  remove(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (let f = 0; f < FIELDS.length; f++) this.lengthSum[f]! -= doc.starts[f + 1]! - doc.starts[f]!;
    this.slotOf.delete(key);
    this.keys[slot] = null;
    this.docs[slot] = null;
    this.dead++;
    if (this.dead > 256 && this.dead > this.slotOf.size / 4) this.compact();
  }

  /** Drops dead slots (renumbering the live ones in order, so lists stay sorted). */
  private compact(): void {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: StoredDocument[] = [];
    this.docs.forEach((doc, slot) => {
      if (doc) {
        renumber[slot] = docs.length;
        docs.push(doc);
      }
    });
    this.postings = this.postings.map((list) => {
      const out: number[] = [];
      for (const slot of list) if (renumber[slot]! >= 0) out.push(renumber[slot]!);
      return out;
    });
    this.docs = docs;
    this.keys = docs.map((d) => d.key);
    this.slotOf.clear();
    docs.forEach((d, slot) => {
      this.slotOf.set(d.key, slot);
    });
    this.dead = 0;
  }

  /** Dictionary ids of the words starting with `prefix` (the word being typed). */
  private expand(prefix: string): number[] {
    this.sortedWords ??= [...this.words].sort();
    const words = this.sortedWords;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++)
      out.push(this.ids.get(words[i]!)!);
    return out;
  }

  /** Documents where the query occurs as a phrase, best first. */
  query(text: string, options: QueryOptions = {}): QueryResult {
    const parts = syllables(text);
    if (parts.length === 0) return { total: 0, hits: [] };
    const last = parts.length - 1;
    // The last syllable may still be being typed: `le minh h` finds `le minh hung`.
    const prefix = parts.length > 1 || parts[last]!.length >= 2;
    const exact: number[] = [];
    for (const part of prefix ? parts.slice(0, last) : parts) {
      const id = this.ids.get(part);
      if (id === undefined) return { total: 0, hits: [] };
      exact.push(id);
    }
    const lastIds = prefix ? this.expand(parts[last]!) : [];
    if (prefix && lastIds.length === 0) return { total: 0, hits: [] };
    const phrase = this.phrase(exact, prefix ? lastIds : null);

    const candidates = this.candidates(exact, lastIds);
    const predicate = compileFilters(options.filters);
    const avg = Array.from(this.lengthSum, (sum) => Math.max(1, sum / Math.max(1, this.size)));
    const slots: number[] = [];
    const scores: number[] = [];
    const counts = new Float64Array(FIELDS.length);
    for (const slot of candidates) {
      const doc = this.docs[slot];
      if (!doc || (predicate && !predicate(doc.fields))) continue;
      if (!countPhrase(doc, phrase, counts)) continue;
      let score = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        const tf = counts[f]!;
        if (tf === 0) continue;
        const len = doc.starts[f + 1]! - doc.starts[f]!;
        score += (BOOST[FIELDS[f]!] * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * len) / avg[f]!));
      }
      slots.push(slot);
      scores.push(score);
    }
    const total = slots.length;
    const idf = Math.log(1 + (this.size - total + 0.5) / (total + 0.5));
    const offset = Math.max(0, options.offset ?? 0);
    const end = options.limit === undefined ? total : Math.min(total, offset + Math.max(0, options.limit));
    const order = topOrder(scores, end);
    const hits: SearchHit[] = [];
    for (let i = offset; i < end; i++) {
      const n = order[i]!;
      hits.push({ key: this.keys[slots[n]!]!, score: scores[n]! * idf });
    }
    return { total, hits };
  }

  /** Slots holding every exact syllable and one of the prefix's words, ascending. */
  private candidates(exact: readonly number[], prefixIds: readonly number[]): number[] {
    const lists = [...new Set(exact)].map((id) => this.postings[id]!).sort((a, b) => a.length - b.length);
    let result: number[] | null = lists[0] ? [...lists[0]] : null;
    for (const list of lists.slice(1)) result = intersect(result!, list);
    if (prefixIds.length === 0) return result ?? [];
    const prefixTotal = prefixIds.reduce((sum, id) => sum + this.postings[id]!.length, 0);
    // A short common prefix (`th`) expands to hundreds of words: then the exact syllables
    // narrow better, and the phrase check sorts out the last one.
    if (result && prefixTotal > 4 * result.length) return result;
    const mark = new Uint8Array(this.docs.length);
    for (const id of prefixIds) for (const slot of this.postings[id]!) mark[slot] = 1;
    if (result) return result.filter((slot) => mark[slot] === 1);
    const union: number[] = [];
    mark.forEach((m, slot) => {
      if (m) union.push(slot);
    });
    return union;
  }

  /** A query compiled for matching: the rarest exact syllable anchors the scan. */
  private phrase(exact: readonly number[], lastIds: readonly number[] | null): Phrase {
    let anchor = -1;
    exact.forEach((id, at) => {
      if (anchor < 0 || this.postings[id]!.length < this.postings[exact[anchor]!]!.length) anchor = at;
    });
    let last: Uint8Array | null = null;
    if (lastIds) {
      last = new Uint8Array(this.words.length);
      for (const id of lastIds) last[id] = 1;
    }
    return {
      exact: Int32Array.from(exact),
      anchor,
      last,
      lastOnly: lastIds?.length === 1 ? lastIds[0]! : -1,
    };
  }

  /** Every live document, for persisting. */
  documents(): StoredDocument[] {
    return this.docs.filter((d): d is StoredDocument => d !== null);
  }

  /** Restores an index from persisted documents and the dictionary they were written with. */
  static restore(words: readonly string[], docs: Iterable<StoredDocument>): PhraseIndex {
    const index = new PhraseIndex();
    for (let id = 1; id < words.length; id++) index.idOf(words[id]!);
    for (const doc of docs) index.put(doc);
    return index;
  }
}

interface Phrase {
  exact: Int32Array;
  /** Position in `exact` of its rarest syllable, or -1 when the query is one word being typed. */
  anchor: number;
  /** Dictionary ids the last (prefix) word may be, as a lookup table; null when there is none. */
  last: Uint8Array | null;
  /** The one id the prefix expands to, or -1. */
  lastOnly: number;
}

/**
 * Counts phrase occurrences per field into `counts`; false when there are none. The scan
 * jumps between occurrences of the rarest syllable with the typed array's native `indexOf`
 * instead of stepping through every syllable in JavaScript: the bulk of a query's time.
 */
function countPhrase(doc: StoredDocument, phrase: Phrase, counts: Float64Array): boolean {
  counts.fill(0);
  const { seq, starts } = doc;
  const { exact, anchor, last } = phrase;
  const k = exact.length;
  let found = 0;
  let f = 0;
  const hit = (start: number) => {
    while (start >= starts[f + 1]!) f++;
    counts[f]!++;
    found++;
  };
  if (anchor < 0) {
    // A single word being typed: every syllable it may be, counted where it stands.
    if (phrase.lastOnly >= 0)
      for (let j = seq.indexOf(phrase.lastOnly); j !== -1; j = seq.indexOf(phrase.lastOnly, j + 1)) hit(j);
    else for (let j = 0; j < seq.length; j++) if (last![seq[j]!] === 1) hit(j);
    return found > 0;
  }
  const id = exact[anchor]!;
  for (let j = seq.indexOf(id, anchor); j !== -1; j = seq.indexOf(id, j + 1)) {
    const start = j - anchor;
    let m = 0;
    while (m < k && seq[start + m] === exact[m]) m++;
    if (m < k) continue;
    if (last && (start + k >= seq.length || last[seq[start + k]!] !== 1)) continue;
    hit(start);
  }
  return found > 0;
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** Positions of `scores` ordered best first; only the first `needed` are guaranteed ordered. */
function topOrder(scores: readonly number[], needed: number): number[] {
  const order = Array.from(scores.keys());
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (needed >= order.length / 4) return order.sort(byScore);
  // A first page of 50 among thousands of hits: a bounded selection beats a full sort.
  const top: number[] = [];
  for (const n of order) {
    if (top.length < needed) {
      top.push(n);
      if (top.length === needed) top.sort(byScore);
    } else if (needed > 0 && byScore(n, top[needed - 1]!) < 0) {
      let at = needed - 1;
      while (at > 0 && byScore(n, top[at - 1]!) < 0) at--;
      top.splice(at, 0, n);
      top.pop();
    }
  }
  return top.length < needed ? top.sort(byScore) : top;
}

/* ---------- persistence: a cache database next to the library ---------- */

interface MetaRow {
  id: 'meta';
  format: number;
  words: string[];
}

class IndexCache extends Dexie {
  docs!: Table<StoredDocument, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string) {
    super(name);
    // A database of its own, not a table of the library's: it is a disposable cache,
    // and the library's schema (and its upgrade tests) need not know it exists.
    this.version(1).stores({ docs: 'key', meta: 'id' });
  }
}

export const cacheName = (db: CpvDatabase): string => `${db.name}-search-cache`;

async function readCache(db: CpvDatabase): Promise<PhraseIndex | null> {
  const cache = new IndexCache(cacheName(db));
  try {
    return await cache.transaction('r', cache.docs, cache.meta, async () => {
      const meta = await cache.meta.get('meta');
      if (!meta || meta.format !== INDEX_FORMAT) return null;
      return PhraseIndex.restore(meta.words, await cache.docs.toArray());
    });
  } catch {
    return null;
  } finally {
    cache.close();
  }
}

async function writeCache(
  db: CpvDatabase,
  index: PhraseIndex,
  changed: readonly string[] | null,
  removed: readonly string[],
): Promise<void> {
  const cache = new IndexCache(cacheName(db));
  try {
    await cache.transaction('rw', cache.docs, cache.meta, async () => {
      const stored = await cache.meta.get('meta');
      // Another page may have grown the dictionary differently since we read it: then its
      // ids and ours disagree, and only a full rewrite keeps every document readable.
      const full = changed === null || !stored || !isPrefix(stored.words, index.words);
      const only = new Set(changed);
      const docs = full ? index.documents() : index.documents().filter((d) => only.has(d.key));
      if (full) await cache.docs.clear();
      // The dictionary only grows, and goes in the same transaction as the documents using it.
      await cache.meta.put({ id: 'meta', format: INDEX_FORMAT, words: index.words });
      await cache.docs.bulkPut(docs);
      if (removed.length) await cache.docs.bulkDelete([...removed]);
    });
  } catch {
    // A cache: failing to write it costs a rebuild on the next wake, nothing else.
  } finally {
    cache.close();
  }
}

function isPrefix(head: readonly string[], whole: readonly string[]): boolean {
  if (head.length > whole.length) return false;
  for (let i = 0; i < head.length; i++) if (head[i] !== whole[i]) return false;
  return true;
}

/** Drops the persisted index (tests, or a library deleted by the user). */
export async function deleteSearchCache(db: CpvDatabase): Promise<void> {
  await Dexie.delete(cacheName(db));
}

const CHUNK = 250;
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SearchBuildOptions {
  /** Load and keep the persisted index (default true). */
  persist?: boolean;
}

/** An index over a database that stays current through committed-change notifications. */
export class ArticleSearch {
  private readonly dirty = new Set<string>();
  private readonly unsubscribe: () => void;
  private index = new PhraseIndex();
  private persist = true;
  /** How the last build went, for the bench and diagnostics. */
  reused = 0;
  reindexed = 0;

  private constructor(private readonly db: CpvDatabase) {
    // Subscribe before reading, so a save that lands during the build is re-read after it.
    this.unsubscribe = onChanged(db, (keys) => {
      for (const key of keys) this.dirty.add(key);
    });
  }

  static async build(db: CpvDatabase, options: SearchBuildOptions = {}): Promise<ArticleSearch> {
    const search = new ArticleSearch(db);
    search.persist = options.persist ?? true;
    await search.load();
    return search;
  }

  private async load(): Promise<void> {
    const cached = this.persist ? await readCache(this.db) : null;
    const { stamps, notes } = await guard(() =>
      this.db.transaction('r', this.db.articles, this.db.annotations, async () => {
        // Two reads of the same index in one transaction: the lists line up.
        const [updated, keys, annotations] = await Promise.all([
          this.db.articles.orderBy('updatedAt').keys(),
          this.db.articles.orderBy('updatedAt').primaryKeys(),
          this.db.annotations.toArray(),
        ]);
        const notes = new Map<string, string[]>();
        for (const a of annotations)
          if (a.note) notes.set(a.articleKey, [...(notes.get(a.articleKey) ?? []), a.note]);
        const stamps = new Map<string, string>();
        keys.forEach((key, i) => {
          stamps.set(key, documentStamp({ updatedAt: String(updated[i]) }, notes.get(key) ?? []));
        });
        return { stamps, notes };
      }),
    );
    const index = cached ?? new PhraseIndex();
    const removed = index.keysInIndex().filter((key) => !stamps.has(key));
    for (const key of removed) index.remove(key);
    const stale = [...stamps.keys()].filter((key) => index.stampOf(key) !== stamps.get(key));
    this.reused = stamps.size - stale.length;
    this.reindexed = stale.length;
    // Chunked and yielding, so a first build at 10,000 articles leaves the page responsive.
    for (let i = 0; i < stale.length; i += CHUNK) {
      const keys = stale.slice(i, i + CHUNK);
      const records = await guard(() => this.db.articles.bulkGet(keys));
      for (const record of records)
        if (record) index.put(index.makeDocument(record, notes.get(record.key) ?? []));
      await yieldToOthers();
    }
    this.index = index;
    if (this.persist && (stale.length > 0 || removed.length > 0))
      await writeCache(this.db, index, cached ? stale : null, removed);
  }

  get size(): number {
    return this.index.size;
  }

  /** Re-reads the records changed since the last search, and persists just those. */
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
      const removed: string[] = [];
      keys.forEach((key, i) => {
        const record = records[i];
        if (record) this.index.put(this.index.makeDocument(record, notes.get(key) ?? []));
        else {
          this.index.remove(key);
          removed.push(key);
        }
      });
      if (this.persist)
        await writeCache(
          this.db,
          this.index,
          keys.filter((k) => !removed.includes(k)),
          removed,
        );
    });
  }

  /** Matching keys, best first. A query of several syllables must occur as a phrase. */
  query(text: string, filters?: ListFilters): SearchHit[] {
    return this.index.query(text, { filters }).hits;
  }

  /** The total and one page of hits, selecting the page without sorting every hit. */
  page(text: string, options: QueryOptions): QueryResult {
    return this.index.query(text, options);
  }

  dispose(): void {
    this.unsubscribe();
  }
}

const indexes = new WeakMap<CpvDatabase, Promise<ArticleSearch>>();

/** The database's search index, loaded (or built) on first use and kept while the database object lives. */
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
  const { total, hits } = search.page(options.query, { filters: options.filters, offset, limit });
  const records = await guard(() => db.articles.bulkGet(hits.map((h) => h.key)));
  return {
    total,
    hits,
    items: records.filter((r): r is ArticleRecord => r !== undefined),
  };
}
