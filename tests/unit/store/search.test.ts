import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotation,
  listForArticle,
  updateAnnotation,
} from '../../../lib/store/annotations';
import { deleteArticles, saveArticle, saveArticles, updateNote } from '../../../lib/store/articles';
import type { CpvDatabase } from '../../../lib/store/db';
import {
  ArticleSearch,
  cacheName,
  deleteSearchCache,
  PhraseIndex,
  searchArticles,
} from '../../../lib/store/search';
import { ALL_FIXTURES, type FixtureName, freshDb, sampleArticle, sampleInput } from './sample';
import { sampleAnnotation } from './sample-annotation';

let db: CpvDatabase | undefined;
afterEach(async () => {
  if (db) await deleteSearchCache(db);
  db?.close();
  await db?.delete();
  db = undefined;
});

async function library(): Promise<CpvDatabase> {
  db = freshDb();
  await saveArticles(
    db,
    [...ALL_FIXTURES, 'portal-2025-quoc-tang-tran-duc-luong' as FixtureName].map((n) => sampleInput(n)),
  );
  return db;
}

const titles = async (d: CpvDatabase, query: string, filters = {}) =>
  (await searchArticles(d, { query, filters })).items.map((r) => r.article.title);

describe('search', () => {
  it('finds a name typed without diacritics (`le minh hung` finds Lê Minh Hưng)', async () => {
    const d = await library();
    expect(await titles(d, 'le minh hung')).toEqual([
      sampleArticle('newspaper-2023-van-phong-trung-uong').title,
    ]);
  });

  it('finds both tone placements: `uy ban` finds Ủy ban and Uỷ ban', async () => {
    const d = await library();
    const found = await titles(d, 'uy ban');
    expect(found).toContain(sampleArticle('newspaper-2020-hoi-nghi-tw12').title);
    expect(found).toContain(sampleArticle('portal-2025-quoc-tang-tran-duc-luong' as FixtureName).title);
    expect(await titles(d, 'Uỷ ban')).toEqual(found);
  });

  it('matches syllables in order, not anywhere: a phrase absent from every article finds nothing', async () => {
    const d = await library();
    expect(await titles(d, 'hung minh le')).toEqual([]);
  });

  it('accepts the last syllable still being typed', async () => {
    const d = await library();
    expect(await titles(d, 'le minh hu')).toContain(
      sampleArticle('newspaper-2023-van-phong-trung-uong').title,
    );
  });

  it('covers notes, tags and annotation notes, and sees changes made after the index was built', async () => {
    const d = await library();
    expect(await titles(d, 'doc cho luan van')).toEqual([]);
    const key = (await saveArticle(d, sampleInput('newspaper-2022-thien-tai'))).record.key;
    await updateNote(d, key, 'Đọc cho luận văn');
    expect(await titles(d, 'doc cho luan van')).toEqual([sampleArticle('newspaper-2022-thien-tai').title]);
    await saveArticle(d, { ...sampleInput('legacy-2010-phuong-phap-dan-chu'), tags: ['Tư tưởng dân chủ'] });
    expect(await titles(d, 'tu tuong dan chu')).toContain(
      sampleArticle('legacy-2010-phuong-phap-dan-chu').title,
    );
    const annotation = await addAnnotation(
      d,
      sampleAnnotation(key, { note: 'Số liệu thiệt hại đáng chú ý' }),
    );
    expect(await titles(d, 'thiet hai dang chu y')).toEqual([
      sampleArticle('newspaper-2022-thien-tai').title,
    ]);
    await deleteAnnotation(d, annotation.id);
    expect(await titles(d, 'thiet hai dang chu y')).toEqual([]);
    await deleteArticles(d, [key]);
    expect(await titles(d, 'doc cho luan van')).toEqual([]);
  });

  it('combines a query with filters by official, document code, category, tag and date range', async () => {
    const d = await library();
    expect(await titles(d, 'chinh phu', { official: 'Phạm Minh Chính', documentCode: '18-NQ/TW' })).toEqual([
      sampleArticle('portal-2025-sieu-bao-ragasa').title,
    ]);
    expect(await titles(d, 'trung uong', { category: 'Xã hội' })).toEqual([
      sampleArticle('newspaper-2022-thien-tai').title,
    ]);
    expect(await titles(d, 'trung uong', { from: '2025-01-01', to: '2025-03-01' })).toEqual([
      sampleArticle('portal-2025-ket-luan-126').title,
    ]);
  });

  it('lists the filtered collection when the query is empty', async () => {
    const d = await library();
    const page = await searchArticles(d, { query: '  ', filters: { category: 'Tin hoạt động' } });
    expect(page.total).toBe(3);
  });
});

describe('annotations', () => {
  it('are added, updated, listed in reading order and deleted', async () => {
    const d = await library();
    const key = (await saveArticle(d, sampleInput('newspaper-2022-thien-tai'))).record.key;
    const later = await addAnnotation(
      d,
      sampleAnnotation(key, { position: { type: 'TextPositionSelector', start: 500, end: 510 } }),
    );
    const first = await addAnnotation(d, sampleAnnotation(key));
    expect((await listForArticle(d, key)).map((a) => a.id)).toEqual([first.id, later.id]);
    const updated = await updateAnnotation(d, first.id, { color: 'pink', orphan: true });
    expect(updated).toMatchObject({ color: 'pink', orphan: true, createdAt: first.createdAt });
    expect(updated.updatedAt > first.updatedAt).toBe(true);
    expect(await deleteAnnotation(d, later.id)).toEqual(later);
    expect(await listForArticle(d, key)).toEqual([updated]);
  });

  it('cannot be added to an article that is not saved', async () => {
    const d = await library();
    await expect(addAnnotation(d, sampleAnnotation('dangcongsan.vn/khong-co.html'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

const QUERIES = ['le minh hung', 'uy ban', 'trung uong', 'thien tai', 'chinh phu', 'doc cho luan van', 'bao'];

async function results(search: ArticleSearch): Promise<string[][]> {
  return QUERIES.map((q) => search.query(q).map((h) => `${h.key} ${h.score.toFixed(6)}`));
}

describe('search index', () => {
  it('updates incrementally after save, note change, annotation and delete, matching a rebuild', async () => {
    const d = await library();
    const live = await ArticleSearch.build(d, { persist: false });
    const key = (await saveArticle(d, sampleInput('newspaper-2022-thien-tai'))).record.key;
    await updateNote(d, key, 'Đọc cho luận văn');
    await addAnnotation(d, sampleAnnotation(key, { note: 'bão số 3' }));
    const [removed] = (await searchArticles(d, { query: 'le minh hung' })).items;
    await deleteArticles(d, [removed!.key]);
    await live.refresh();
    const rebuilt = await ArticleSearch.build(d, { persist: false });
    expect(live.size).toBe(rebuilt.size);
    expect(await results(live)).toEqual(await results(rebuilt));
    expect(live.query('doc cho luan van').map((h) => h.key)).toEqual([key]);
    expect(live.query('le minh hung')).toEqual([]);
    live.dispose();
    rebuilt.dispose();
  });

  it('reloads the persisted index with the same results as a rebuild, re-reading only what changed', async () => {
    const d = await library();
    const first = await ArticleSearch.build(d);
    expect(first.reindexed).toBe(first.size);
    first.dispose();

    // Changes made while no index is loaded (another page, the background) are caught by the stamps.
    const key = (await saveArticle(d, sampleInput('newspaper-2022-thien-tai'))).record.key;
    await updateNote(d, key, 'Đọc cho luận văn');
    const reloaded = await ArticleSearch.build(d);
    expect(reloaded.reindexed).toBe(1);
    expect(reloaded.reused).toBe(reloaded.size - 1);
    const rebuilt = await ArticleSearch.build(d, { persist: false });
    expect(await results(reloaded)).toEqual(await results(rebuilt));
    expect(reloaded.query('doc cho luan van').map((h) => h.key)).toEqual([key]);

    // Changes seen by a loaded index are written through: the next load re-reads nothing.
    await addAnnotation(d, sampleAnnotation(key, { note: 'Số liệu thiệt hại' }));
    await deleteArticles(d, [(await titlesKeys(d, 'le minh hung'))[0]!]);
    await reloaded.refresh();
    reloaded.dispose();
    const again = await ArticleSearch.build(d);
    expect(again.reindexed).toBe(0);
    const rebuiltAgain = await ArticleSearch.build(d, { persist: false });
    expect(await results(again)).toEqual(await results(rebuiltAgain));
    expect(again.query('so lieu thiet hai').map((h) => h.key)).toEqual([key]);
    again.dispose();
    rebuilt.dispose();
    rebuiltAgain.dispose();
  });

  it('rebuilds from the database when the persisted index is unreadable', async () => {
    const d = await library();
    (await ArticleSearch.build(d)).dispose();
    const { Dexie } = await import('dexie');
    const raw = new Dexie(cacheName(d));
    raw.version(1).stores({ docs: 'key', meta: 'id' });
    await raw.table('meta').put({ id: 'meta', format: -1, words: [] });
    raw.close();
    const search = await ArticleSearch.build(d);
    expect(search.reused).toBe(0);
    expect(search.query('le minh hung')).toHaveLength(1);
    search.dispose();
  });

  it('pages hits best first without sorting them all, with the same order as a full sort', () => {
    const index = new PhraseIndex();
    for (let i = 0; i < 700; i++) {
      const record = {
        key: `k${i}`,
        updatedAt: 'x',
        note: 'ủy ban '.repeat(1 + (i % 7)),
        tags: [],
        article: { title: `Bài ${i}`, sapo: null, blocks: [] },
        analysis: { officials: [] },
        publishedAt: null,
        category: null,
        officialKeys: [],
        documentCodes: [],
      } as unknown as Parameters<PhraseIndex['makeDocument']>[0];
      index.put(index.makeDocument(record, []));
    }
    const all = index.query('uy ban');
    expect(all.total).toBe(700);
    const page = index.query('uy ban', { offset: 10, limit: 20 });
    expect(page.total).toBe(700);
    expect(page.hits).toEqual(all.hits.slice(10, 30));
    expect(index.query('uy b', { limit: 5 }).hits).toEqual(all.hits.slice(0, 5));
    // Removing most documents compacts the slots; what is left is found the same.
    const kept = all.hits.filter((_, i) => i % 5 === 0);
    const keep = new Set(kept.map((h) => h.key));
    for (const hit of all.hits) if (!keep.has(hit.key)) index.remove(hit.key);
    expect(index.size).toBe(kept.length);
    expect(index.query('uy ban').hits.map((h) => h.key)).toEqual(kept.map((h) => h.key));
  });
});

async function titlesKeys(d: CpvDatabase, query: string): Promise<string[]> {
  return (await searchArticles(d, { query })).items.map((r) => r.key);
}
