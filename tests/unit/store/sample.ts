/** Realistic samples for store and exchange tests, built from the gold fixtures' real texts. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis } from '../../../lib/analysis/types';
import type { Article } from '../../../lib/cpv/article';
import { CpvDatabase } from '../../../lib/store/db';
import type { SaveInput } from '../../../lib/store/types';

interface Gold {
  url: string;
  layout: Article['template'];
  title: string;
  publishedAt: string | null;
  sapo: string | null;
  category: string | null;
  author: string | null;
  paragraphs: string[];
  officials?: { name: string; positions: string[] }[];
  figures?: { text: string; value: number; unit: string }[];
  documents?: string[];
  archive?: { service: 'wayback'; capturedAt: string; originalUrl: string };
}

export type FixtureName =
  | 'newspaper-2023-van-phong-trung-uong'
  | 'newspaper-2022-thien-tai'
  | 'newspaper-2020-hoi-nghi-tw12'
  | 'portal-2025-ket-luan-126'
  | 'portal-2025-sieu-bao-ragasa'
  | 'legacy-2010-phuong-phap-dan-chu'
  | 'wayback-newspaper-2022-thien-tai'
  | 'wayback-newspaper-2023-van-phong-trung-uong';

function gold(name: FixtureName): Gold {
  // Relative to the repository: vitest runs from its root (import.meta.url is not a file URL under happy-dom).
  const path = resolve(process.cwd(), 'tests/fixtures', `${name}.gold.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

const toIso = (wayback: string) =>
  `${wayback.slice(0, 4)}-${wayback.slice(4, 6)}-${wayback.slice(6, 8)}T${wayback.slice(8, 10)}:${wayback.slice(10, 12)}:${wayback.slice(12, 14)}Z`;

export function sampleArticle(name: FixtureName, overrides: Partial<Article> = {}): Article {
  const g = gold(name);
  const original = g.archive?.originalUrl ?? g.url;
  const id = /-(\d+)\.html/.exec(original)?.[1] ?? /co_id=(\d+)/.exec(original)?.[1] ?? null;
  return {
    url: g.url,
    canonicalUrl: original,
    articleId: id,
    template: g.layout === ('wayback' as string) ? 'newspaper' : g.layout,
    title: g.title,
    dateline: '(ĐCSVN) - ',
    sapo: g.sapo,
    publishedAt: g.publishedAt,
    category: g.category,
    author: g.author,
    tags: [],
    related: [],
    blocks: g.paragraphs.map((text) => ({ type: 'paragraph', text })),
    ...(g.archive
      ? {
          archive: {
            service: 'wayback',
            capturedAt: toIso(g.archive.capturedAt),
            originalUrl: original,
            url: g.url,
          },
        }
      : {}),
    sources: { title: 'profile', body: 'profile' },
    ...overrides,
  };
}

export function sampleAnalysis(name: FixtureName): Analysis {
  const g = gold(name);
  return {
    summary: g.paragraphs.slice(0, 2).map((p, blockIndex) => ({ text: p.split('. ')[0]!, blockIndex })),
    officials: (g.officials ?? []).map((o, i) => ({
      name: o.name,
      positions: o.positions,
      mentions: 1,
      firstSentence: `${o.positions[0] ?? ''} ${o.name}`.trim(),
      attributes: [],
      blockIndex: i,
    })),
    figures: (g.figures ?? []).map((f, i) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: 'count',
      qualifier: null,
      sentence: g.paragraphs.find((p) => p.includes(f.text.split(' ')[0]!)) ?? f.text,
      blockIndex: i,
    })),
    documents: (g.documents ?? []).map((code, i) => ({
      code,
      type: null,
      text: code,
      date: null,
      blockIndex: i,
    })),
  };
}

export function sampleInput(name: FixtureName, overrides: Partial<Article> = {}): SaveInput {
  return { article: sampleArticle(name, overrides), analysis: sampleAnalysis(name) };
}

let counter = 0;

/** A fresh database with a unique name and a controllable clock (starts 2025-01-01, +1 s per call). */
export function freshDb(options: { upTo?: number; name?: string; start?: string } = {}): CpvDatabase {
  let tick = Date.parse(options.start ?? '2025-01-01T00:00:00Z');
  const name = options.name ?? `test-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;
  return new CpvDatabase(name, {
    now: () => {
      tick += 1000;
      return new Date(tick);
    },
    ...(options.upTo ? { upTo: options.upTo } : {}),
  });
}

export const ALL_FIXTURES: FixtureName[] = [
  'newspaper-2023-van-phong-trung-uong',
  'newspaper-2022-thien-tai',
  'newspaper-2020-hoi-nghi-tw12',
  'portal-2025-ket-luan-126',
  'portal-2025-sieu-bao-ragasa',
  'legacy-2010-phuong-phap-dan-chu',
];
