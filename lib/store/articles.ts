import { matchKey } from '../analysis/normalize';
import { notifyChanged } from './changes';
import type { CpvDatabase } from './db';
import { guard, StoreError } from './errors';
import { compileFilters } from './filters';
import { contentHash } from './hash';
import { articleKey, idKey, urlKey } from './key';
import {
  buildRecord,
  normalizeDocumentCode,
  normalizeTag,
  normalizeTags,
  sameJson,
  unionCaptures,
  unionStrings,
  withAddress,
  withSnapshot,
} from './record';
import type { ArticleRecord, DeletedSnapshot, ListOptions, Page, SaveInput, SaveResult } from './types';

/** Finds the record an article belongs to: same key, then any address it was saved from, then site id. */
export async function findExisting(
  db: CpvDatabase,
  input: SaveInput['article'],
): Promise<ArticleRecord | undefined> {
  const key = articleKey(input);
  const byKey = await db.articles.get(key);
  if (byKey) return byKey;
  const byAlias = await db.articles.where('urlKeys').equals(key).first();
  if (byAlias) return byAlias;
  const id = idKey(input);
  return id ? db.articles.where('idKey').equals(id).first() : undefined;
}

// Only the text, the analysis or the dating metadata make a new snapshot: the same text
// read through another address or a capture must not flip the snapshot back and forth.
function snapshotDiffers(existing: ArticleRecord, input: SaveInput): boolean {
  const a = existing.article;
  const b = input.article;
  return (
    existing.contentHash !== contentHash(b) ||
    a.publishedAt !== b.publishedAt ||
    a.category !== b.category ||
    a.author !== b.author ||
    !sameJson(existing.analysis, input.analysis)
  );
}

function mergeSave(existing: ArticleRecord, input: SaveInput, now: string): SaveResult {
  let next = snapshotDiffers(existing, input)
    ? withSnapshot(existing, input.article, input.analysis)
    : withAddress(existing, input.article);
  if (input.note !== undefined && input.note !== next.note) next = { ...next, note: input.note };
  if (input.tags) next = { ...next, tags: unionStrings(next.tags, normalizeTags(input.tags)) };
  if (sameJson(next, existing)) return { record: existing, status: 'unchanged' };
  return { record: { ...next, updatedAt: now }, status: 'updated' };
}

/** Saves an article: one record per article whatever address it came from; idempotent. */
export async function saveArticle(db: CpvDatabase, input: SaveInput): Promise<SaveResult> {
  const result = await guard(() =>
    db.transaction('rw', db.articles, async () => {
      const now = db.nowIso();
      const existing = await findExisting(db, input.article);
      const result: SaveResult = existing
        ? mergeSave(existing, input, now)
        : { record: buildRecord({ ...input, savedAt: now, updatedAt: now }), status: 'created' };
      if (result.status !== 'unchanged') await db.articles.put(result.record);
      return result;
    }),
  );
  if (result.status !== 'unchanged') notifyChanged(db, [result.record.key]);
  return result;
}

/**
 * For each value, the primary key of the first record indexed under it (what
 * `where(index).equals(value).first()` finds), as parallel key-only requests: `anyOf`
 * walks a cursor, one round trip per value, and reads whole records.
 */
export async function ownersByIndex(
  db: CpvDatabase,
  index: 'urlKeys' | 'idKey',
  values: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(values)];
  const found = await Promise.all(
    unique.map((value) => db.articles.where(index).equals(value).primaryKeys()),
  );
  const owners = new Map<string, string>();
  unique.forEach((value, i) => {
    const owner = found[i]![0];
    if (owner !== undefined) owners.set(value, owner);
  });
  return owners;
}

/**
 * The records a batch of articles may belong to, read with batched requests instead of up
 * to three awaited reads per article: in Chromium each awaited read inside a transaction
 * costs a round trip, which made bulk saving several times slower than writing.
 */
async function existingForBatch(db: CpvDatabase, inputs: readonly SaveInput[]): Promise<RecordLookup> {
  const keys = [...new Set(inputs.map((input) => articleKey(input.article)))];
  const [byKey, stored] = await Promise.all([db.articles.bulkGet(keys), db.articles.count()]);
  const lookup = new RecordLookup();
  // Only an article not found under its own key can be an alias or a renamed page, and
  // only when some stored record was not found by key (not in a first or a re-save).
  const missing = new Set(keys.filter((_, i) => !byKey[i]));
  if (missing.size > 0 && byKey.filter(Boolean).length < stored) {
    const ids = inputs
      .filter((input) => missing.has(articleKey(input.article)))
      .map((input) => idKey(input.article))
      .filter((id): id is string => !!id);
    const [aliases, owners] = await Promise.all([
      ownersByIndex(db, 'urlKeys', [...missing]),
      ownersByIndex(db, 'idKey', ids),
    ]);
    // The index's own answer first: the lookup keeps the first owner it is told of.
    for (const [address, owner] of aliases) lookup.claim('address', address, owner);
    for (const [id, owner] of owners) lookup.claim('id', id, owner);
    const others = [...new Set([...aliases.values(), ...owners.values()])];
    for (const record of await db.articles.bulkGet(others)) if (record) lookup.add(record);
  }
  for (const record of byKey) if (record) lookup.add(record);
  return lookup;
}

/** Records by key, by every address they were saved from and by site id: `findExisting` in memory. */
class RecordLookup {
  private readonly byKey = new Map<string, ArticleRecord>();
  private readonly byAddress = new Map<string, string>();
  private readonly byId = new Map<string, string>();

  claim(kind: 'address' | 'id', value: string, key: string): void {
    const map = kind === 'address' ? this.byAddress : this.byId;
    if (!map.has(value)) map.set(value, key);
  }

  add(record: ArticleRecord): void {
    this.byKey.set(record.key, record);
    for (const address of record.urlKeys ?? [record.key]) this.claim('address', address, record.key);
    if (record.idKey) this.claim('id', record.idKey, record.key);
  }

  find(input: SaveInput['article']): ArticleRecord | undefined {
    const key = articleKey(input);
    const direct = this.byKey.get(key);
    if (direct) return direct;
    const alias = this.byAddress.get(key);
    if (alias) return this.byKey.get(alias);
    const id = idKey(input);
    const owner = id ? this.byId.get(id) : undefined;
    return owner ? this.byKey.get(owner) : undefined;
  }
}

/**
 * Saves many articles in one transaction (all or nothing), with the outcome of saving
 * them one after the other: a later input finds the record an earlier one created.
 */
export async function saveArticles(db: CpvDatabase, inputs: readonly SaveInput[]): Promise<SaveResult[]> {
  const results = await guard(() =>
    db.transaction('rw', db.articles, async () => {
      const now = db.nowIso();
      const lookup = await existingForBatch(db, inputs);
      const changed = new Map<string, ArticleRecord>();
      const out: SaveResult[] = [];
      for (const input of inputs) {
        const existing = lookup.find(input.article);
        const result: SaveResult = existing
          ? mergeSave(existing, input, now)
          : { record: buildRecord({ ...input, savedAt: now, updatedAt: now }), status: 'created' };
        if (result.status !== 'unchanged') {
          lookup.add(result.record);
          changed.set(result.record.key, result.record);
        }
        out.push(result);
      }
      await db.articles.bulkPut([...changed.values()]);
      return out;
    }),
  );
  notifyChanged(
    db,
    results.filter((r) => r.status !== 'unchanged').map((r) => r.record.key),
  );
  return results;
}

export function getArticle(db: CpvDatabase, key: string): Promise<ArticleRecord | undefined> {
  return guard(() => db.articles.get(key));
}

/** Looks an address up (live, `www`, query variant or Wayback capture). */
export function getArticleByUrl(db: CpvDatabase, url: string): Promise<ArticleRecord | undefined> {
  const key = urlKey(url);
  return guard(async () => (await db.articles.get(key)) ?? db.articles.where('urlKeys').equals(key).first());
}

const newestFirst = (a: ArticleRecord, b: ArticleRecord) =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

/** Saved articles, newest saved first. Filters narrow through the most selective index. */
export function listArticles(db: CpvDatabase, options: ListOptions = {}): Promise<Page<ArticleRecord>> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  const predicate = compileFilters(options.filters);
  return guard(async () => {
    if (!predicate) {
      const [total, items] = await Promise.all([
        db.articles.count(),
        db.articles.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray(),
      ]);
      return { total, items };
    }
    const candidates = await narrow(db, options.filters ?? {});
    const matching = candidates.filter(predicate).sort(newestFirst);
    return { total: matching.length, items: matching.slice(offset, offset + limit) };
  });
}

async function narrow(
  db: CpvDatabase,
  filters: NonNullable<ListOptions['filters']>,
): Promise<ArticleRecord[]> {
  if (filters.official)
    return db.articles.where('officialKeys').equals(matchKey(filters.official.trim())).toArray();
  if (filters.documentCode)
    return db.articles.where('documentCodes').equals(normalizeDocumentCode(filters.documentCode)).toArray();
  if (filters.tag) return db.articles.where('tags').equals(normalizeTag(filters.tag)).toArray();
  if (filters.category) return db.articles.where('category').equals(filters.category).toArray();
  return db.articles.toArray();
}

async function modifyRecord(
  db: CpvDatabase,
  key: string,
  change: (record: ArticleRecord) => ArticleRecord,
): Promise<ArticleRecord> {
  const record = await guard(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(key);
      if (!existing) throw new StoreError('not-found');
      const next = change(existing);
      if (sameJson(next, existing)) return existing;
      const stamped = { ...next, updatedAt: db.nowIso() };
      await db.articles.put(stamped);
      return stamped;
    }),
  );
  notifyChanged(db, [key]);
  return record;
}

export function updateNote(db: CpvDatabase, key: string, note: string): Promise<ArticleRecord> {
  return modifyRecord(db, key, (r) => ({ ...r, note }));
}

export function setTags(db: CpvDatabase, key: string, tags: readonly string[]): Promise<ArticleRecord> {
  return modifyRecord(db, key, (r) => ({ ...r, tags: normalizeTags(tags) }));
}

/** Adds tags to many articles in one transaction; returns how many records changed. */
export async function addTagsBulk(
  db: CpvDatabase,
  keys: readonly string[],
  tags: readonly string[],
): Promise<number> {
  const added = normalizeTags(tags);
  const changed = await guard(() =>
    db.transaction('rw', db.articles, async () => {
      const now = db.nowIso();
      const records = (await db.articles.bulkGet([...keys])).filter(
        (r): r is ArticleRecord => r !== undefined,
      );
      const updated = records
        .map((r) => ({ before: r, after: { ...r, tags: unionStrings(r.tags, added) } }))
        .filter(({ before, after }) => after.tags.length !== before.tags.length)
        .map(({ after }) => ({ ...after, updatedAt: now }));
      await db.articles.bulkPut(updated);
      return updated.map((r) => r.key);
    }),
  );
  notifyChanged(db, changed);
  return changed.length;
}

/** Deletes articles with their annotations; the result is the undo information. */
export async function deleteArticles(db: CpvDatabase, keys: readonly string[]): Promise<DeletedSnapshot> {
  const snapshot = await guard(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const articles = (await db.articles.bulkGet([...keys])).filter(
        (r): r is ArticleRecord => r !== undefined,
      );
      const present = articles.map((r) => r.key);
      const annotations = await db.annotations.where('articleKey').anyOf(present).toArray();
      await db.annotations.bulkDelete(annotations.map((a) => a.id));
      await db.articles.bulkDelete(present);
      return { articles, annotations };
    }),
  );
  notifyChanged(
    db,
    snapshot.articles.map((r) => r.key),
  );
  return snapshot;
}

/** Undo of `deleteArticles`: puts the articles and their annotations back as they were. */
/**
 * Undo of a delete. An article saved again since (from the popup, or by a highlight)
 * is newer than the snapshot and stays; the snapshot only brings back what the new
 * record lacks (its note, tags, captures) and its annotations, which follow the record.
 */
export async function restoreArticles(db: CpvDatabase, snapshot: DeletedSnapshot): Promise<void> {
  const keys = await guard(() =>
    db.transaction('rw', db.articles, db.annotations, async () => {
      const movedTo = new Map<string, string>();
      for (const old of snapshot.articles) {
        const current =
          (await db.articles.get(old.key)) ??
          (await db.articles.where('canonicalUrl').equals(old.canonicalUrl).first());
        if (!current) {
          await db.articles.put(old);
          continue;
        }
        movedTo.set(old.key, current.key);
        await db.articles.put({
          ...current,
          note: current.note || old.note,
          tags: unionStrings(current.tags, old.tags),
          captures: unionCaptures(current.captures, old.captures),
          urlKeys: unionStrings(current.urlKeys ?? [current.key], old.urlKeys ?? [old.key]),
        });
      }
      await db.annotations.bulkPut(
        snapshot.annotations.map((a) => ({ ...a, articleKey: movedTo.get(a.articleKey) ?? a.articleKey })),
      );
      return [...new Set(snapshot.articles.map((r) => movedTo.get(r.key) ?? r.key))];
    }),
  );
  notifyChanged(db, keys);
}
