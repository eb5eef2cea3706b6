/**
 * Validation of imported files, in valibot. The JSON Schema next to this file
 * (export.schema.json) describes the same format for other tools; the tests check
 * that both accept real exports and both reject the same broken samples.
 */
import * as v from 'valibot';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_ARTICLES,
  MAX_ITEMS,
  MAX_SHORT_CHARS,
  MAX_TEXT_CHARS,
} from './format';

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS));
const short = v.pipe(v.string(), v.maxLength(MAX_SHORT_CHARS));
const nullableText = v.nullable(text);
const nullableShort = v.nullable(short);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
// Analysis points at article blocks, or at the title (-1) and the sapo (-2), which are not blocks.
const blockIndex = v.pipe(v.number(), v.integer(), v.minValue(-2));
const timestamp = v.pipe(v.string(), v.maxLength(64), v.isoTimestamp());
const list = <T extends v.GenericSchema>(item: T, max = MAX_ITEMS) => v.pipe(v.array(item), v.maxLength(max));

const layer = v.picklist(['profile', 'metadata', 'heuristic', 'readability', 'url', 'none']);
const template = v.picklist(['legacy-aspx', 'newspaper', 'interim', 'portal', 'documents', 'generic']);

const block = v.variant('type', [
  v.object({ type: v.literal('paragraph'), text }),
  v.object({ type: v.literal('heading'), text, level: v.pipe(count, v.maxValue(6)) }),
  v.object({ type: v.literal('quote'), text }),
  v.object({ type: v.literal('list'), text, items: list(text), ordered: v.boolean() }),
  v.object({ type: v.literal('table'), text, rows: list(list(text)) }),
  v.object({
    type: v.literal('image'),
    text,
    src: short,
    caption: nullableText,
    credit: nullableShort,
    alt: nullableText,
  }),
]);

export const captureSchema = v.object({
  service: v.literal('wayback'),
  capturedAt: short,
  originalUrl: short,
  url: short,
});

export const articleSchema = v.object({
  url: short,
  canonicalUrl: short,
  articleId: nullableShort,
  template,
  title: text,
  dateline: nullableShort,
  sapo: nullableText,
  publishedAt: nullableShort,
  category: nullableShort,
  author: nullableShort,
  source: v.optional(nullableShort),
  tags: list(short),
  related: list(v.object({ title: text, url: short })),
  blocks: list(block),
  archive: v.optional(captureSchema),
  sources: v.record(short, layer),
});

export const analysisSchema = v.object({
  summary: list(v.object({ text, blockIndex })),
  officials: list(
    v.object({
      name: short,
      positions: list(short),
      mentions: count,
      firstSentence: text,
      attributes: list(short),
      blockIndex,
    }),
  ),
  figures: list(
    v.object({
      text,
      value: v.number(),
      unit: short,
      kind: v.picklist(['count', 'money', 'percent', 'ratio', 'measure']),
      qualifier: nullableShort,
      sentence: text,
      blockIndex,
      expandedValue: v.optional(v.number()),
    }),
  ),
  documents: list(v.object({ code: short, type: nullableShort, text, date: nullableShort, blockIndex })),
});

export const annotationSchema = v.object({
  id: short,
  articleKey: short,
  color: v.picklist(['yellow', 'green', 'blue', 'pink']),
  note: text,
  quote: v.object({ type: v.literal('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
  position: v.object({ type: v.literal('TextPositionSelector'), start: count, end: count }),
  createdAt: timestamp,
  updatedAt: timestamp,
  orphan: v.optional(v.boolean()),
});

export const exportedArticleSchema = v.object({
  key: short,
  article: articleSchema,
  analysis: analysisSchema,
  note: text,
  tags: list(short),
  savedAt: timestamp,
  updatedAt: timestamp,
  captures: list(captureSchema),
  annotations: list(annotationSchema),
  aliases: v.optional(list(short)),
});

export const exportDocumentSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: timestamp,
  articles: list(exportedArticleSchema, MAX_ARTICLES),
});
