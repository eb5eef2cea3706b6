import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../../lib/cpv/urls';
import { addAnnotation } from '../../../lib/store/annotations';
import { saveArticle } from '../../../lib/store/articles';
import { openDatabase, requestPersistence, StoreError, toStoreError } from '../../../lib/store/errors';
import { idKey } from '../../../lib/store/key';
import { buildRecord } from '../../../lib/store/record';
import { ALL_FIXTURES, freshDb, sampleInput } from './sample';
import { sampleAnnotation } from './sample-annotation';

describe('schema upgrades', () => {
  it('opens a database written by version 1 with version 2, every record intact and the new fields filled', async () => {
    const v1 = freshDb({ upTo: 1 });
    // Records exactly as version 1 wrote them: without the v2 fields.
    const records = ALL_FIXTURES.map((name) => {
      const {
        idKey: _id,
        urlKeys: _urls,
        ...v1Record
      } = buildRecord({
        ...sampleInput(name),
        savedAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      });
      return v1Record;
    });
    await v1.articles.bulkAdd(records);
    for (const record of records) await addAnnotation(v1, sampleAnnotation(record.key));
    expect(v1.verno).toBe(1);
    const before = await v1.articles.toArray();
    const annotationsBefore = await v1.annotations.toArray();
    v1.close();

    const v2 = await openDatabase(v1.name, { upTo: 2 });
    expect(v2.verno).toBe(2);
    const after = await v2.articles.toArray();
    expect(after).toHaveLength(before.length);
    for (const [i, record] of after.entries()) {
      const { idKey: _id, urlKeys: _urls, ...rest } = record;
      expect(rest).toEqual(before[i]);
      expect(record.idKey).toBe(idKey(record.article));
      expect(record.urlKeys).toEqual([record.key]);
    }
    expect(await v2.annotations.toArray()).toEqual(annotationsBefore);
    const first = after[0]!;
    expect(await v2.articles.where('urlKeys').equals(first.key).count()).toBe(1);
    v2.close();
    await v2.delete();
  });

  it('opens a database written by version 2 with version 3: same keys, and each record found under its address by the new rule', async () => {
    const v2 = freshDb({ upTo: 2 });
    const interim = 'https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx?ItemID=101';
    // A record as version 2 keyed it: the ItemID query dropped, the path's case kept.
    const oldKey = 'dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx';
    const base = sampleInput('newspaper-2022-thien-tai');
    const record = buildRecord({
      ...base,
      article: {
        ...base.article,
        url: interim,
        canonicalUrl: interim,
        template: 'interim',
        articleId: '101',
      },
      key: oldKey,
      savedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    await v2.articles.add({ ...record, canonicalUrl: oldKey, urlKeys: [oldKey] });
    await addAnnotation(v2, sampleAnnotation(oldKey));
    const annotationsBefore = await v2.annotations.toArray();
    v2.close();

    const v3 = await openDatabase(v2.name);
    expect(v3.verno).toBe(3);
    const [after] = await v3.articles.toArray();
    expect(after?.key).toBe(oldKey);
    expect(after?.urlKeys).toContain(canonicalKey(interim));
    expect(await v3.annotations.toArray()).toEqual(annotationsBefore);
    // Saving the same page again finds the old record instead of making a second one.
    const { status } = await saveArticle(v3, { ...base, article: { ...after!.article } });
    expect(['updated', 'unchanged']).toContain(status);
    expect(await v3.articles.count()).toBe(1);
    v3.close();
    await v3.delete();
  });

  it('refuses to open a database from a newer version with a version store error, leaving it untouched', async () => {
    const db = freshDb();
    await saveArticle(db, sampleInput('newspaper-2022-thien-tai'));
    db.close();
    // What an older release does: open the database asking for its own, lower version.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).catch((error: unknown) => error);
    expect(toStoreError(raw).code).toBe('version');
    const reopened = await openDatabase(db.name);
    expect(await reopened.articles.count()).toBe(1);
    reopened.close();
    await reopened.delete();
  });
});

describe('storage errors', () => {
  it('turns a quota error thrown mid-transaction into a quota store error and writes nothing', async () => {
    const db = freshDb();
    await saveArticle(db, sampleInput('newspaper-2022-thien-tai'));
    const before = await db.articles.toArray();
    let calls = 0;
    db.articles.hook('creating', () => {
      calls++;
      if (calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { saveArticles } = await import('../../../lib/store/articles');
    const error = await saveArticles(
      db,
      ALL_FIXTURES.map((n) => sampleInput(n)),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toMatch(/no room left.*Nothing was changed/s);
    expect(await db.articles.toArray()).toEqual(before);
    db.close();
    await db.delete();
  });

  it('turns a failed open into an open-failed store error with a user-facing message', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('Access to storage is denied', 'UnknownError');
      },
      deleteDatabase: () => ({}),
      cmp: indexedDB.cmp.bind(indexedDB),
    } as unknown as IDBFactory;
    const error = await openDatabase('refused', { indexedDB: refusing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('open-failed');
    expect((error as StoreError).message).toMatch(/could not open its library.*untouched/s);
  });

  it('asks for persistent storage and tolerates a browser without the API', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })).toBe(
      'granted',
    );
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe(
      'granted',
    );
    expect(await requestPersistence({ persist: async () => false })).toBe('denied');
    expect(
      await requestPersistence({
        persist: async () => {
          throw new Error('not allowed');
        },
      }),
    ).toBe('denied');
  });
});
