/**
 * The store benchmark's core, environment-free: give it a database (fake-indexeddb
 * in Node, the real IndexedDB in a Chromium page) and it reports the timings the
 * library page and import/export depend on.
 */
import { exportJson } from '../exchange/export';
import { importDocument } from '../exchange/import';
import { parseExport } from '../exchange/read';
import { listArticles, saveArticles } from './articles';
import { makeBenchInput } from './bench-data';
import type { CpvDatabase } from './db';
import { ArticleSearch } from './search';

export interface BenchRow {
  name: string;
  ms: number;
  detail?: string;
}

export interface StoreBenchOptions {
  /** An empty database to import into (the "fresh profile"). */
  importInto?: () => Promise<CpvDatabase> | CpvDatabase;
  queries?: readonly string[];
  batch?: number;
}

export const BENCH_QUERIES = [
  'le minh hung',
  'uy ban kiem tra',
  'ngan sach nha nuoc',
  'sieu bao',
  'tinh gon bo may',
];

const now = () => globalThis.performance.now();

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = now();
  const value = await run();
  return [value, now() - start];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function runStoreBench(
  db: CpvDatabase,
  n: number,
  options: StoreBenchOptions = {},
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const batch = options.batch ?? 500;
  const inputs = Array.from({ length: n }, (_, i) => makeBenchInput(i));
  const chars = inputs.reduce((sum, i) => sum + i.article.blocks.reduce((s, b) => s + b.text.length, 0), 0);

  const [, saveMs] = await timed(async () => {
    for (let i = 0; i < n; i += batch) await saveArticles(db, inputs.slice(i, i + batch));
  });
  rows.push({
    name: `bulk save ${n}`,
    ms: saveMs,
    detail: `batches of ${batch}, ${Math.round(chars / n)} body chars/article`,
  });

  const [, resaveMs] = await timed(() => saveArticles(db, inputs.slice(0, batch)));
  rows.push({ name: `re-save ${batch} unchanged`, ms: resaveMs });

  const [page, listMs] = await timed(() => listArticles(db, { limit: 50 }));
  rows.push({ name: 'first list page (50)', ms: listMs, detail: `total ${page.total}` });

  const [, filteredMs] = await timed(() =>
    listArticles(db, { limit: 50, filters: { official: 'Lê Minh Hưng' } }),
  );
  rows.push({ name: 'list filtered by official', ms: filteredMs });

  const [search, buildMs] = await timed(() => ArticleSearch.build(db));
  rows.push({ name: 'search index build (on wake)', ms: buildMs, detail: `${search.size} docs` });

  const times: number[] = [];
  const counts: string[] = [];
  for (const query of options.queries ?? BENCH_QUERIES) {
    for (let r = 0; r < 5; r++) {
      const [hits, ms] = await timed(() => search.query(query));
      times.push(ms);
      if (r === 0) counts.push(`${query}: ${hits.length}`);
    }
  }
  rows.push({ name: 'search median', ms: median(times), detail: counts.join('; ') });
  rows.push({ name: 'search max', ms: Math.max(...times) });
  search.dispose();

  const [json, exportMs] = await timed(() => exportJson(db));
  const bytes = new TextEncoder().encode(json).length;
  rows.push({ name: 'export JSON', ms: exportMs, detail: `${(bytes / 1024 / 1024).toFixed(1)} MB UTF-8` });

  if (options.importInto) {
    const target = await options.importInto();
    // parseExport, not readExport: a 10,000-article export is above the 50 MB file cap.
    const [report, importMs] = await timed(() => importDocument(target, parseExport(json)));
    rows.push({
      name: 'import into empty db',
      ms: importMs,
      detail: `parse + validate + merge, ${report.articles.created} created`,
    });
    const [again, reimportMs] = await timed(() => importDocument(target, parseExport(json)));
    rows.push({ name: 're-import (no-op)', ms: reimportMs, detail: `${again.articles.unchanged} unchanged` });
  }
  return rows;
}

export function formatBenchRows(rows: readonly BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows
    .map((r) => `${r.name.padEnd(width)}  ${r.ms.toFixed(1).padStart(9)} ms  ${r.detail ?? ''}`.trimEnd())
    .join('\n');
}
