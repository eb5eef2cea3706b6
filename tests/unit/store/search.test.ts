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
import { searchArticles } from '../../../lib/store/search';
import { ALL_FIXTURES, type FixtureName, freshDb, sampleArticle, sampleInput } from './sample';
import { sampleAnnotation } from './sample-annotation';

let db: CpvDatabase | undefined;
afterEach(async () => {
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
