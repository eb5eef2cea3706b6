import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/annotate/types';
import { ANNO_CONTEXT, annotationCollection, annotationsJsonLd } from '@/lib/exchange/annotations-jsonld';
import { exportCollection } from '@/lib/exchange/export';
import { addAnnotation } from '@/lib/store/annotations';
import { saveArticle } from '@/lib/store/articles';
import type { CpvDatabase } from '@/lib/store/db';
import { freshDb, sampleInput } from '../store/sample';
import { sampleAnnotation } from '../store/sample-annotation';

// The W3C Web Annotation Data Model's required shape for what we emit (§3.1, §4.2, §5).
const iso = v.pipe(v.string(), v.isoTimestamp());
const textualBody = v.strictObject({
  type: v.literal('TextualBody'),
  value: v.string(),
  format: v.literal('text/plain'),
  purpose: v.picklist(['commenting', 'highlighting']),
});
const webAnnotation = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^urn:/)),
  type: v.literal('Annotation'),
  motivation: v.picklist(['commenting', 'highlighting']),
  created: iso,
  modified: iso,
  body: v.pipe(v.array(textualBody), v.minLength(1)),
  target: v.strictObject({
    source: v.pipe(v.string(), v.url()),
    selector: v.tuple([
      v.strictObject({
        type: v.literal('TextQuoteSelector'),
        exact: v.string(),
        prefix: v.string(),
        suffix: v.string(),
      }),
      v.strictObject({
        type: v.literal('TextPositionSelector'),
        start: v.pipe(v.number(), v.integer(), v.minValue(0)),
        end: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ]),
  }),
});
const collection = v.strictObject({
  '@context': v.literal(ANNO_CONTEXT),
  id: v.string(),
  type: v.literal('AnnotationCollection'),
  label: v.string(),
  total: v.number(),
  generated: iso,
  generator: v.strictObject({ type: v.literal('Software'), name: v.string() }),
  first: v.strictObject({
    id: v.string(),
    type: v.literal('AnnotationPage'),
    startIndex: v.literal(0),
    items: v.array(webAnnotation),
  }),
});

let db: CpvDatabase | undefined;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

const VPTW = 'newspaper-2023-van-phong-trung-uong';

describe('annotations as W3C JSON-LD', () => {
  it('maps a real export to a valid AnnotationCollection, in reading order', async () => {
    db = freshDb();
    const { record } = await saveArticle(db, sampleInput(VPTW));
    await addAnnotation(
      db,
      sampleAnnotation(record.key, {
        position: { type: 'TextPositionSelector', start: 300, end: 320 },
        note: '',
        color: 'green',
      }),
    );
    await addAnnotation(
      db,
      sampleAnnotation(record.key, { id: '0F8FAD5B-D9CB-469F-A165-70867728950E', orphan: true }),
    );
    await saveArticle(db, sampleInput('newspaper-2022-thien-tai'));

    const doc = await exportCollection(db);
    const ld = JSON.parse(annotationsJsonLd(doc)) as unknown;
    const parsed = v.safeParse(collection, ld);
    expect(parsed.issues).toBeUndefined();
    const out = annotationCollection(doc);
    expect(out.total).toBe(2);
    const [first, second] = out.first.items;
    // Reading order: position 120 (the note) before 300 (the green highlight).
    expect(first?.id).toBe('urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(first?.motivation).toBe('commenting');
    expect(first?.body).toEqual([
      { type: 'TextualBody', value: 'Chi tiết về nhân sự', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'yellow', format: 'text/plain', purpose: 'highlighting' },
    ]);
    expect(first?.target.source).toBe(
      'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html',
    );
    expect(first?.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Văn phòng Trung ương Đảng',
      prefix: 'Chánh ',
      suffix: ' đã',
    });
    expect(second?.motivation).toBe('highlighting');
    expect(second?.body).toEqual([
      { type: 'TextualBody', value: 'green', format: 'text/plain', purpose: 'highlighting' },
    ]);
  });

  it('targets the original page for a Wayback capture and escapes odd ids', () => {
    const annotation: Annotation = {
      id: 'a b/c',
      articleKey: 'k',
      color: 'pink',
      note: '<script>x</script>',
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const article = sampleInput('wayback-newspaper-2023-van-phong-trung-uong').article;
    const out = annotationCollection({
      exportedAt: '2025-01-02T00:00:00.000Z',
      articles: [{ key: 'k', article, annotations: [annotation] } as never],
    });
    const item = out.first.items[0]!;
    expect(item.id).toBe('urn:cpv-reader:annotation:a%20b%2Fc');
    expect(item.target.source).toMatch(/^https?:\/\/(www\.)?dangcongsan\.vn\//);
    expect(item.body[0]?.value).toBe('<script>x</script>');
    expect(v.safeParse(collection, out).success).toBe(true);
  });

  it('is an empty collection when nothing is annotated', () => {
    const out = annotationCollection({ exportedAt: '2025-01-02T00:00:00.000Z', articles: [] });
    expect(out).toMatchObject({ total: 0, first: { items: [] } });
    expect(v.safeParse(collection, out).success).toBe(true);
  });
});
