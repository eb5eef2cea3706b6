import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalKey } from '../../../lib/cpv/urls';
import { addAnnotation, listForArticle } from '../../../lib/store/annotations';
import {
  addTagsBulk,
  deleteArticles,
  getArticle,
  getArticleByUrl,
  listArticles,
  restoreArticles,
  saveArticle,
  saveArticles,
  setTags,
  updateNote,
} from '../../../lib/store/articles';
import type { CpvDatabase } from '../../../lib/store/db';
import { articleKey, urlKey } from '../../../lib/store/key';
import { officialsIndex } from '../../../lib/store/officials';
import type { ArticleRecord } from '../../../lib/store/types';
import { ALL_FIXTURES, freshDb, sampleAnalysis, sampleArticle, sampleInput } from './sample';
import { sampleAnnotation } from './sample-annotation';

let db: CpvDatabase | undefined;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = undefined;
});

const VPTW = 'newspaper-2023-van-phong-trung-uong';
const VPTW_URL =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';

function useDb(): CpvDatabase {
  db = freshDb();
  return db;
}

describe('article keys', () => {
  it('ignore scheme, www., case of the host, query, hash and trailing slash', () => {
    const key = 'dangcongsan.vn/thoi-su/bai-viet-656789.html';
    for (const url of [
      'https://dangcongsan.vn/thoi-su/bai-viet-656789.html',
      'http://www.dangcongsan.vn/thoi-su/bai-viet-656789.html',
      'https://WWW.DangCongSan.VN/thoi-su/bai-viet-656789.html?utm_source=fb#top',
      'https://dangcongsan.vn/thoi-su/bai-viet-656789.html/',
      'https://web.archive.org/web/20240105083012id_/http://www.dangcongsan.vn/thoi-su/bai-viet-656789.html',
    ])
      expect(urlKey(url)).toBe(key);
  });

  it('keep the article id of legacy .aspx pages, so two legacy articles stay two records', () => {
    const a = urlKey('http://www.dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201609');
    const b = urlKey('http://dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201610');
    expect(a).toBe('dangcongsan.vn/cpv/modules/news/newsdetail.aspx?cn_id=201609');
    expect(b).not.toBe(a);
  });

  it('file one legacy article under one key, from any category or its print view', () => {
    const detail = urlKey('http://dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201609');
    expect(
      urlKey('http://dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?cn_id=201609&co_id=30457&utm=x'),
    ).toBe(detail);
    expect(urlKey('http://dangcongsan.vn/cpv/Modules/News/PrintPreview.aspx?co_id=30456&cn_id=201609')).toBe(
      detail,
    );
  });

  it('keep two interim articles of one list apart by their ItemID', () => {
    const list = 'https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx';
    expect(urlKey(`${list}?ItemID=101`)).not.toBe(urlKey(`${list}?ItemID=102`));
    expect(urlKey(`${list}?ItemID=101&Source=x`)).toBe(
      urlKey(`http://www.dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx?ItemID=101`),
    );
  });

  it('are the same keys as the site rules of lib/cpv give', () => {
    for (const url of [VPTW_URL, 'https://tulieuvankien.dangcongsan.vn/Tin-hoat-dong/Bai.html?categoryId=1'])
      expect(urlKey(url)).toBe(canonicalKey(url));
  });

  it('use the original address of a Wayback capture', () => {
    const capture = sampleArticle('wayback-newspaper-2023-van-phong-trung-uong');
    expect(articleKey(capture)).toBe(articleKey(sampleArticle(VPTW)));
  });
});

describe('saving', () => {
  it('creates a record with the snapshot, analysis, index fields and timestamps', async () => {
    const db = useDb();
    const { record, status } = await saveArticle(db, {
      ...sampleInput(VPTW),
      note: 'đọc kỹ',
      tags: ['Văn phòng TW'],
    });
    expect(status).toBe('created');
    expect(record.key).toBe(urlKey(VPTW_URL));
    expect(record.officialKeys).toContain('lê minh hưng');
    expect(record.documentCodes).toEqual(['82-KL/TW']);
    expect(record.publishedAt).toBe('2023-12-28T15:34:00.000Z');
    expect(record.note).toBe('đọc kỹ');
    expect(record.tags).toEqual(['Văn phòng TW']);
    expect(await getArticle(db, record.key)).toEqual(record);
  });

  it('is idempotent: saving the same article again reports unchanged and writes nothing', async () => {
    const db = useDb();
    const first = await saveArticle(db, sampleInput(VPTW));
    const again = await saveArticle(db, sampleInput(VPTW));
    expect(again.status).toBe('unchanged');
    expect(again.record).toEqual(first.record);
    expect(await db.articles.count()).toBe(1);
  });

  it('treats http, www and query variants of the address as the same article', async () => {
    const db = useDb();
    await saveArticle(db, sampleInput(VPTW));
    for (const url of [VPTW_URL.replace('https://', 'http://www.'), `${VPTW_URL}?utm_source=zalo`]) {
      const { status } = await saveArticle(db, sampleInput(VPTW, { url, canonicalUrl: url }));
      expect(status).toBe('unchanged');
    }
    expect(await db.articles.count()).toBe(1);
  });

  it('merges live and Wayback copies into one record and lists each capture once', async () => {
    const db = useDb();
    await saveArticle(db, sampleInput(VPTW));
    const capture = sampleInput('wayback-newspaper-2023-van-phong-trung-uong');
    const first = await saveArticle(db, capture);
    const second = await saveArticle(db, capture);
    expect(first.status).toBe('updated');
    expect(second.status).toBe('unchanged');
    expect(await db.articles.count()).toBe(1);
    expect(first.record.captures).toHaveLength(1);
    expect(first.record.captures[0]!.url).toContain('web.archive.org');
    expect((await getArticleByUrl(db, capture.article.url))?.key).toBe(first.record.key);
  });

  it('updates the snapshot of a changed page and keeps note, tags and annotations', async () => {
    const db = useDb();
    const { record } = await saveArticle(db, { ...sampleInput(VPTW), note: 'ghi chú', tags: ['a'] });
    await addAnnotation(db, sampleAnnotation(record.key));
    const changed = sampleArticle(VPTW);
    changed.blocks = [...changed.blocks, { type: 'paragraph', text: 'Đoạn văn mới được bổ sung.' }];
    const result = await saveArticle(db, { article: changed, analysis: sampleAnalysis(VPTW) });
    expect(result.status).toBe('updated');
    expect(result.record.contentHash).not.toBe(record.contentHash);
    expect(result.record.article.blocks).toHaveLength(changed.blocks.length);
    expect(result.record.note).toBe('ghi chú');
    expect(result.record.tags).toEqual(['a']);
    expect(result.record.savedAt).toBe(record.savedAt);
    expect(result.record.updatedAt > record.updatedAt).toBe(true);
    expect(await listForArticle(db, record.key)).toHaveLength(1);
  });

  it('recognises a page whose slug changed by the site article id', async () => {
    const db = useDb();
    const { record } = await saveArticle(db, sampleInput(VPTW));
    const moved = VPTW_URL.replace('tiep-tuc-doi-moi', 'doi-moi');
    const { status, record: after } = await saveArticle(
      db,
      sampleInput(VPTW, { url: moved, canonicalUrl: moved }),
    );
    expect(status).toBe('updated');
    expect(after.key).toBe(record.key);
    expect((await getArticleByUrl(db, moved))?.key).toBe(record.key);
    expect(await db.articles.count()).toBe(1);
  });

  it('saves a batch with the outcome of saving its articles one after the other (address, slug change, site id)', async () => {
    const moved = VPTW_URL.replace('tiep-tuc-doi-moi', 'doi-moi');
    const renamed = VPTW_URL.replace('tiep-tuc-doi-moi', 'doi-moi-moi');
    const batch = [
      sampleInput('newspaper-2022-thien-tai'),
      // Found in the library by the site id only: the slug changed again.
      sampleInput(VPTW, { url: renamed, canonicalUrl: renamed }),
      // Found in the library by an address an earlier save recorded (no site id to go by).
      sampleInput(VPTW, { url: moved, canonicalUrl: moved, articleId: null, title: 'Khác' }),
      // Found in the batch itself: created two inputs earlier.
      sampleInput('wayback-newspaper-2022-thien-tai'),
      sampleInput('portal-2025-ket-luan-126'),
    ];
    const library = async (db: CpvDatabase) => {
      await saveArticle(db, sampleInput(VPTW));
      await saveArticle(db, sampleInput(VPTW, { url: moved, canonicalUrl: moved }));
    };
    const one = useDb();
    await library(one);
    const sequential = [];
    for (const input of batch) sequential.push(await saveArticle(one, structuredClone(input)));

    const many = useDb();
    await library(many);
    const batched = await saveArticles(many, structuredClone(batch));
    expect(batched.map((r) => [r.status, r.record.key])).toEqual(
      sequential.map((r) => [r.status, r.record.key]),
    );
    const strip = (records: ArticleRecord[]) =>
      records.map(({ savedAt: _s, updatedAt: _u, ...rest }) => rest);
    expect(strip(await many.articles.orderBy('key').toArray())).toEqual(
      strip(await one.articles.orderBy('key').toArray()),
    );
    expect(await many.articles.count()).toBe(3);
  });

  it('saves many articles in one call, deduplicating within the batch', async () => {
    const db = useDb();
    const results = await saveArticles(db, [
      ...ALL_FIXTURES.map((n) => sampleInput(n)),
      sampleInput('wayback-newspaper-2022-thien-tai'),
    ]);
    expect(results.map((r) => r.status)).toEqual([...ALL_FIXTURES.map(() => 'created'), 'updated']);
    expect(await db.articles.count()).toBe(ALL_FIXTURES.length);
  });
});

describe('listing', () => {
  it('lists newest saved first with offset and limit', async () => {
    const db = useDb();
    for (const name of ALL_FIXTURES) await saveArticle(db, sampleInput(name));
    const page = await listArticles(db, { offset: 1, limit: 2 });
    expect(page.total).toBe(ALL_FIXTURES.length);
    expect(page.items.map((r) => r.article.title)).toEqual(
      [...ALL_FIXTURES]
        .reverse()
        .slice(1, 3)
        .map((n) => sampleArticle(n).title),
    );
  });

  it('filters by official in any tone placement, document code, category, tag and date range', async () => {
    const db = useDb();
    for (const name of ALL_FIXTURES) await saveArticle(db, sampleInput(name));
    await addTagsBulk(db, [articleKey(sampleArticle('portal-2025-ket-luan-126'))], ['tinh gọn']);
    const titles = async (filters: Parameters<typeof listArticles>[1]) =>
      (await listArticles(db, filters)).items.map((r) => r.article.title);
    expect(await titles({ filters: { official: 'Nguyễn Hoà Bình' } })).toEqual([
      sampleArticle('portal-2025-sieu-bao-ragasa').title,
    ]);
    expect(await titles({ filters: { documentCode: '126-kl/tw' } })).toEqual([
      sampleArticle('portal-2025-ket-luan-126').title,
    ]);
    expect(await titles({ filters: { category: 'Xã hội' } })).toEqual([
      sampleArticle('newspaper-2022-thien-tai').title,
    ]);
    expect(await titles({ filters: { tag: 'tinh gọn' } })).toEqual([
      sampleArticle('portal-2025-ket-luan-126').title,
    ]);
    expect((await titles({ filters: { from: '2022-12-30', to: '2023-12-28' } })).sort()).toEqual(
      [sampleArticle('newspaper-2022-thien-tai').title, sampleArticle(VPTW).title].sort(),
    );
  });
});

describe('notes, tags, delete and undo', () => {
  it('updates the note and tags and stamps updatedAt', async () => {
    const db = useDb();
    const { record } = await saveArticle(db, sampleInput(VPTW));
    const noted = await updateNote(db, record.key, 'Xem lại <script>alert(1)</script>');
    expect(noted.note).toBe('Xem lại <script>alert(1)</script>');
    const tagged = await setTags(db, record.key, [' nhân sự ', 'nhân sự', 'TW']);
    expect(tagged.tags).toEqual(['nhân sự', 'TW']);
    expect(tagged.updatedAt > record.updatedAt).toBe(true);
  });

  it('rejects a note for an article that is not saved with a not-found store error', async () => {
    const db = useDb();
    await expect(updateNote(db, 'dangcongsan.vn/khong-co', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('adds tags to many articles at once and counts only the records that changed', async () => {
    const db = useDb();
    const keys = (
      await saveArticles(
        db,
        ALL_FIXTURES.map((n) => sampleInput(n)),
      )
    ).map((r) => r.record.key);
    expect(await addTagsBulk(db, keys.slice(0, 3), ['đề tài A'])).toBe(3);
    expect(await addTagsBulk(db, keys, ['đề tài A'])).toBe(ALL_FIXTURES.length - 3);
  });

  it('deletes articles with their annotations, and undo restores both exactly', async () => {
    const db = useDb();
    const keys = (
      await saveArticles(
        db,
        ALL_FIXTURES.map((n) => sampleInput(n)),
      )
    ).map((r) => r.record.key);
    await addAnnotation(db, sampleAnnotation(keys[0]!));
    await addAnnotation(db, sampleAnnotation(keys[1]!));
    const before = { articles: await db.articles.toArray(), annotations: await db.annotations.toArray() };
    const undo = await deleteArticles(db, keys.slice(0, 2));
    expect(undo.articles).toHaveLength(2);
    expect(undo.annotations).toHaveLength(2);
    expect(await db.articles.count()).toBe(ALL_FIXTURES.length - 2);
    expect(await db.annotations.count()).toBe(0);
    await restoreArticles(db, undo);
    expect({ articles: await db.articles.toArray(), annotations: await db.annotations.toArray() }).toEqual(
      before,
    );
  });
});

describe('undo of a delete', () => {
  it('keeps an article saved again in the meantime, and brings back its old note, tags and annotations', async () => {
    const db = useDb();
    const { record } = await saveArticle(db, { ...sampleInput(VPTW), note: 'ghi chú cũ', tags: ['cũ'] });
    await addAnnotation(db, sampleAnnotation(record.key));
    const undo = await deleteArticles(db, [record.key]);
    // Saved again from the popup before the reader pressed Undo.
    const again = (await saveArticle(db, { ...sampleInput(VPTW), tags: ['mới'] })).record;
    await restoreArticles(db, undo);
    const after = await db.articles.get(again.key);
    expect(await db.articles.count()).toBe(1);
    expect(after?.savedAt).toBe(again.savedAt);
    expect(after?.note).toBe('ghi chú cũ');
    expect(after?.tags.sort()).toEqual(['cũ', 'mới']);
    expect(await db.annotations.where('articleKey').equals(again.key).count()).toBe(1);
  });
});

describe('officials index', () => {
  it('merges tone-placement variants of a name and lists positions per article over time', async () => {
    const db = useDb();
    await saveArticle(db, sampleInput('portal-2025-sieu-bao-ragasa'));
    const older = sampleInput(VPTW);
    older.analysis.officials.push({
      name: 'Nguyễn Hoà Bình',
      positions: ['Chánh án Tòa án nhân dân tối cao'],
      mentions: 1,
      firstSentence: '',
      attributes: [],
      blockIndex: 0,
    });
    await saveArticle(db, older);
    const index = await officialsIndex(db);
    const binh = index.find((p) => p.key === 'nguyễn hòa bình');
    expect(binh?.appearances.map((a) => a.publishedAt)).toEqual([
      '2023-12-28T22:34:00+07:00',
      '2025-09-22T19:51:00+07:00',
    ]);
    expect(binh?.positions[0]).toBe('Chánh án Tòa án nhân dân tối cao');
    expect(index[0]!.appearances.length).toBeGreaterThanOrEqual(binh!.appearances.length);
  });
});
