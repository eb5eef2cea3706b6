import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { exportCollection, exportJson } from '../../../lib/exchange/export';
import schema from '../../../lib/exchange/export.schema.json';
import { EXPORT_FORMAT, type ExportDocument, MAX_FILE_BYTES } from '../../../lib/exchange/format';
import { importCollection } from '../../../lib/exchange/import';
import { NOTE_SEPARATOR } from '../../../lib/exchange/merge';
import { ImportError, parseExport } from '../../../lib/exchange/read';
import { addAnnotation, updateAnnotation } from '../../../lib/store/annotations';
import { saveArticle, saveArticles, setTags, updateNote } from '../../../lib/store/articles';
import type { CpvDatabase } from '../../../lib/store/db';
import { buildRecord } from '../../../lib/store/record';
import { ALL_FIXTURES, freshDb, sampleInput } from '../store/sample';
import { sampleAnnotation } from '../store/sample-annotation';
import { validateJsonSchema } from './json-schema';

const opened: CpvDatabase[] = [];
function useDb(start?: string): CpvDatabase {
  const db = freshDb(start ? { start } : {});
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function collection(): Promise<CpvDatabase> {
  const db = useDb();
  const results = await saveArticles(
    db,
    ALL_FIXTURES.map((n) => sampleInput(n)),
  );
  await saveArticle(db, sampleInput('wayback-newspaper-2022-thien-tai'));
  const [first, second] = results.map((r) => r.record.key);
  await updateNote(db, first!, 'Ghi chú <b>đậm</b> <script>alert("x")</script>');
  await setTags(db, first!, ['nhân sự', 'Văn phòng TW']);
  await addAnnotation(db, sampleAnnotation(first!));
  await addAnnotation(db, sampleAnnotation(second!, { color: 'green', orphan: true }));
  return db;
}

const snapshot = async (db: CpvDatabase) => ({
  articles: await db.articles.orderBy('key').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
});

describe('export', () => {
  it('writes the documented format, and real exports validate against the JSON Schema', async () => {
    const db = await collection();
    const doc = await exportCollection(db);
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    expect(doc.articles).toHaveLength(ALL_FIXTURES.length);
    expect(doc.articles.flatMap((a) => a.annotations)).toHaveLength(2);
    expect(doc.articles.some((a) => a.captures.length === 1)).toBe(true);
    expect(validateJsonSchema(schema, JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it('the JSON Schema and the valibot validator agree on broken samples', async () => {
    const doc = JSON.parse(JSON.stringify(await exportCollection(await collection())));
    // biome-ignore lint/suspicious/noExplicitAny: test mutations of arbitrary JSON
    const breakers: ((d: Record<string, any>) => void)[] = [
      (d) => {
        d.version = 2;
      },
      (d) => {
        d.articles[0].article.title = 42;
      },
      (d) => {
        delete d.articles[1].analysis.figures;
      },
      (d) => {
        d.articles.find((a: { annotations: unknown[] }) => a.annotations.length).annotations[0].color = 'red';
      },
      (d) => {
        d.articles[0].savedAt = 'yesterday';
      },
      (d) => {
        d.articles[0].note = 'a'.repeat(2_000_001);
      },
      (d) => {
        d.articles[0].article.blocks.push({ type: 'video', text: '' });
      },
    ];
    for (const breakIt of breakers) {
      const broken = structuredClone(doc);
      breakIt(broken);
      expect(validateJsonSchema(schema, broken).length).toBeGreaterThan(0);
      expect(() => parseExport(JSON.stringify(broken))).toThrow(ImportError);
    }
  });

  it('builds the file text chunk by chunk exactly as stringifying the whole document, past chunk boundaries', async () => {
    const db = useDb();
    const input = sampleInput('newspaper-2022-thien-tai');
    const stamp = '2025-01-01T00:00:00.000Z';
    // More records than one read chunk (500), keys out of insertion order.
    const records = Array.from({ length: 1203 }, (_, i) => {
      const url = `https://dangcongsan.vn/thoi-su/bai-${(i * 7919) % 1203}-${700000 + i}.html`;
      return buildRecord({
        article: { ...input.article, url, canonicalUrl: url, articleId: String(700000 + i) },
        analysis: input.analysis,
        savedAt: stamp,
        updatedAt: stamp,
      });
    });
    await db.articles.bulkAdd(records);
    await addAnnotation(db, sampleAnnotation(records[600]!.key));
    const text = await exportJson(db);
    const doc = await exportCollection(db);
    // The test clock ticks on every read of it: only the export time may differ.
    const { exportedAt } = JSON.parse(text) as ExportDocument;
    expect(text).toBe(JSON.stringify({ ...doc, exportedAt }));
    expect(doc.articles.map((a) => a.key)).toEqual(records.map((r) => r.key).sort());
    expect(doc.articles.filter((a) => a.annotations.length)).toHaveLength(1);
  });

  it('exports only a selection when keys are given', async () => {
    const db = await collection();
    const all = await exportCollection(db);
    const some = await exportCollection(db, { keys: [all.articles[2]!.key, all.articles[0]!.key] });
    expect(some.articles.map((a) => a.key)).toEqual([all.articles[0]!.key, all.articles[2]!.key]);
  });
});

describe('import', () => {
  it('export then import into an empty library reproduces the collection exactly', async () => {
    const source = await collection();
    const target = useDb();
    const report = await importCollection(target, await exportJson(source));
    expect(report.articles.created).toBe(ALL_FIXTURES.length);
    expect(report.annotations.added).toBe(2);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('keeps analysis that points at the title or the sapo (block -1 / -2) through export and import', async () => {
    const source = useDb();
    for (const name of ALL_FIXTURES) {
      const { article } = sampleInput(name);
      await saveArticle(source, { article, analysis: analyze(article) });
    }
    const fromSapo = (await source.articles.toArray())
      .flatMap((r) => r.analysis.officials)
      .filter((o) => o.blockIndex < 0);
    expect(fromSapo.length).toBeGreaterThan(0);
    const json = await exportJson(source);
    expect(validateJsonSchema(schema, JSON.parse(json))).toEqual([]);
    const target = useDb();
    await importCollection(target, json);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('importing into the same library is a no-op, however many times', async () => {
    const db = await collection();
    const before = await snapshot(db);
    const json = await exportJson(db);
    for (let i = 0; i < 2; i++) {
      const report = await importCollection(db, json);
      expect(report.articles).toEqual({ created: 0, updated: 0, unchanged: ALL_FIXTURES.length });
      expect(report.annotations).toEqual({ added: 0, updated: 0, unchanged: 2 });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a re-import of an item with the same updatedAt still adds its note, tags, addresses and captures', async () => {
    const db = await collection();
    const doc = JSON.parse(await exportJson(db)) as ExportDocument;
    const item = doc.articles.find((a) => a.note && a.tags.length)!;
    const before = (await db.articles.get(item.key))!;
    expect(before.note).not.toBe('');
    item.note = 'một ghi chú khác';
    item.tags = [...item.tags, 'mới'];
    item.aliases = [...(item.aliases ?? []), 'dangcongsan.vn/dia-chi-cu.html'];
    item.captures = [
      ...item.captures,
      {
        service: 'wayback',
        capturedAt: '2024-05-06T07:08:09Z',
        originalUrl: `https://${item.key}`,
        url: `https://web.archive.org/web/20240506070809/https://${item.key}`,
      },
    ];
    const report = await importCollection(db, JSON.stringify(doc));
    expect(report.articles).toEqual({ created: 0, updated: 1, unchanged: ALL_FIXTURES.length - 1 });
    const after = (await db.articles.get(item.key))!;
    expect(after.note).toBe(`${before.note}${NOTE_SEPARATOR}một ghi chú khác`);
    expect(after.tags).toEqual([...before.tags, 'mới']);
    expect(after.urlKeys).toContain('dangcongsan.vn/dia-chi-cu.html');
    expect(after.captures).toHaveLength(before.captures.length + 1);
    expect(after.article).toEqual(before.article);
  });

  it('imports into a library that holds the article under another address or slug: merged, not duplicated', async () => {
    const source = await collection();
    const json = await exportJson(source);
    const target = useDb();
    const thienTai = sampleInput('newspaper-2022-thien-tai');
    const moved = thienTai.article.canonicalUrl.replace('.html', '-cu.html');
    // The target knows the article under an older slug (same site id) plus an unrelated one.
    await saveArticle(target, sampleInput('newspaper-2022-thien-tai', { url: moved, canonicalUrl: moved }));
    await saveArticle(target, sampleInput('portal-2025-ket-luan-126'));
    const report = await importCollection(target, json);
    expect(report.articles.created).toBe(ALL_FIXTURES.length - 2);
    expect(report.articles.updated).toBe(2);
    expect(await target.articles.count()).toBe(ALL_FIXTURES.length);
  });

  it('merges: newer snapshot wins, both notes kept, tags and captures united, newer annotation wins', async () => {
    const ours = useDb();
    // Their clock runs a day ahead: their edits are the newer ones.
    const theirs = useDb('2025-01-02T00:00:00Z');
    const live = sampleInput('newspaper-2022-thien-tai');
    const key = (await saveArticle(ours, { ...live, note: 'ghi chú của tôi', tags: ['a'] })).record.key;
    const ann = await addAnnotation(ours, sampleAnnotation(key, { id: 'shared-1', note: 'cũ' }));
    await importCollection(theirs, await exportJson(ours));
    // "theirs" edits later: a changed page, another note, tag, a capture, and the annotation.
    const changed = sampleInput('wayback-newspaper-2022-thien-tai');
    changed.article.blocks = [...changed.article.blocks, { type: 'paragraph', text: 'Cập nhật.' }];
    await saveArticle(theirs, { ...changed, note: 'ghi chú của bạn', tags: ['b'] });
    await updateAnnotation(theirs, ann.id, { note: 'mới' });
    await updateNote(ours, key, 'ghi chú của tôi (sửa)');

    await importCollection(ours, await exportJson(theirs));
    const merged = (await ours.articles.get(key))!;
    expect(merged.article.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Cập nhật.' });
    expect(merged.note).toBe(`ghi chú của tôi (sửa)${NOTE_SEPARATOR}ghi chú của bạn`);
    expect(merged.tags).toEqual(['a', 'b']);
    expect(merged.captures).toHaveLength(1);
    expect((await ours.annotations.get('shared-1'))?.note).toBe('mới');
    expect(await ours.articles.count()).toBe(1);
  });
});

describe('bad import files are refused with plain words and nothing written', () => {
  async function refused(input: Parameters<typeof importCollection>[1]) {
    const db = await collection();
    const before = await snapshot(db);
    const error = await importCollection(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(await snapshot(db)).toEqual(before);
    return error as ImportError;
  }
  const valid = async (): Promise<ExportDocument> => exportCollection(await collection());

  it('not JSON', async () => {
    const error = await refused('{"format": "cpv-reader-export", ');
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not valid JSON.*Nothing was imported/s);
  });

  it('another format', async () => {
    const error = await refused(JSON.stringify({ format: 'pocket-export', version: 1, articles: [] }));
    expect(error.code).toBe('wrong-format');
  });

  it('a newer format version', async () => {
    const error = await refused(JSON.stringify({ ...(await valid()), version: 2 }));
    expect(error.code).toBe('unsupported-version');
    expect(error.message).toMatch(/Update the extension/);
  });

  it('an invalid item among valid ones: names the item and the field, writes none of the valid ones', async () => {
    const doc = await valid();
    const fresh = useDb();
    const broken = structuredClone(doc) as unknown as { articles: Record<string, Record<string, unknown>>[] };
    broken.articles[3]!.article!.title = 42;
    delete broken.articles[4]!.analysis!.figures;
    const error = (await importCollection(fresh, JSON.stringify(broken)).catch(
      (e: unknown) => e,
    )) as ImportError;
    expect(error.code).toBe('invalid');
    expect(error.problems).toEqual([
      expect.objectContaining({ index: 3, path: 'article.title' }),
      expect.objectContaining({ index: 4, path: 'analysis.figures', message: 'is missing' }),
    ]);
    expect(error.message).toContain('Article 4, field article.title should be string, but is 42.');
    expect(await fresh.articles.count()).toBe(0);
  });

  it('a key that is not a normalised address', async () => {
    const doc = await valid();
    doc.articles[0]!.key = 'HTTPS://WWW.example.com/?x=1';
    const error = await refused(JSON.stringify(doc));
    expect(error.problems[0]).toMatchObject({ index: 0, path: 'key' });
  });

  it('a text field over 2 MB', async () => {
    const doc = await valid();
    doc.articles[1]!.note = 'a'.repeat(2_000_001);
    const error = await refused(JSON.stringify(doc));
    expect(error.problems[0]).toMatchObject({ index: 1, path: 'note' });
    expect(error.problems[0]!.message).toMatch(/too long: 2,000,001 where at most 2,000,000/);
  });

  it('100,000 nested arrays: refused by an iterative depth check, no stack overflow', async () => {
    const deep = `{"format":"cpv-reader-export","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","articles":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const error = await refused(deep);
    expect(error.code).toBe('too-deep');
  });

  it('a file over the size cap, refused from its size before it is read', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    const error = await refused(huge);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/256\.0 MB.*Nothing was imported/s);
    expect(read).toBe(false);
  });

  it('a string over the size cap', async () => {
    const error = await refused('x'.repeat(MAX_FILE_BYTES + 1));
    expect(error.code).toBe('too-large');
  });

  it('a 50 MB file that is not an export is read, refused in plain words, and writes nothing', async () => {
    const junk = JSON.stringify({
      format: 'cpv-reader-export',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      articles: Array.from({ length: 5_000 }, (_, i) => ({ key: `k${i}`, payload: 'x'.repeat(10_000) })),
    });
    expect(junk.length).toBeGreaterThan(50_000_000);
    const error = await refused(junk);
    expect(error.code).toBe('invalid');
    expect(error.problems[0]).toMatchObject({ index: 0 });
  });

  it('keeps HTML and script in fields as plain text, never interpreted', async () => {
    const doc = await valid();
    const html = '<img src=x onerror="alert(1)"><script>document.body.remove()</script>';
    doc.articles[0]!.article.title = html;
    doc.articles[0]!.updatedAt = '2030-01-01T00:00:00.000Z';
    const db = useDb();
    await importCollection(db, JSON.stringify(doc));
    expect((await db.articles.get(doc.articles[0]!.key))?.article.title).toBe(html);
  });

  it('drops unknown and prototype-polluting keys instead of storing them', () => {
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      articles: [],
    }).replace('{', '{"__proto__":{"polluted":true},"extra":1,');
    const doc = parseExport(text) as unknown as Record<string, unknown>;
    expect(doc.extra).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
