/**
 * Store benchmark in Node (fake-indexeddb). Absolute numbers are fake-indexeddb's,
 * which is slower than Chromium's IndexedDB for writes; the in-memory search figures
 * carry over. Run: npx tsx -e "import('./scripts/bench-store.ts').then(async (m) => console.log(await m.benchStoreNode()))"
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { fold } from '../lib/analysis/normalize';
import { BENCH_QUERIES, type BenchRow, formatBenchRows, median, runStoreBench } from '../lib/store/bench';
import { makeBenchInput } from '../lib/store/bench-data';
import { CpvDatabase } from '../lib/store/db';
import { syllables } from '../lib/store/search';

/**
 * The alternative to MiniSearch: a multi-entry index of folded syllables, queried
 * by intersecting one IndexedDB lookup per syllable (no ranking, no adjacency).
 */
async function dexieWordIndexRows(n: number): Promise<BenchRow[]> {
  const db = new Dexie(`bench-words-${Date.now()}`);
  db.version(1).stores({ docs: 'key, *words' });
  const docs = db.table<{ key: string; words: string[] }, string>('docs');
  const start = performance.now();
  for (let i = 0; i < n; i += 500) {
    const chunk = Array.from({ length: Math.min(500, n - i) }, (_, j) => {
      const { article, analysis } = makeBenchInput(i + j);
      const text: string[] = [
        article.title,
        article.sapo ?? '',
        ...article.blocks.map((b) => b.text),
        ...analysis.officials.map((o) => o.name),
      ];
      return { key: String(i + j), words: [...new Set(syllables(text.join(' ')))] };
    });
    await docs.bulkPut(chunk);
  }
  const writeMs = performance.now() - start;
  const times: number[] = [];
  for (const query of BENCH_QUERIES) {
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      const words = fold(query).split(' ');
      let keys: Set<string> | null = null as Set<string> | null;
      for (const word of words) {
        const found = new Set<string>(await docs.where('words').equals(word).primaryKeys());
        keys = keys ? new Set([...keys].filter((k) => found.has(k))) : found;
      }
      times.push(performance.now() - t);
    }
  }
  db.close();
  await db.delete();
  return [
    { name: 'ALT dexie word index: write', ms: writeMs },
    { name: 'ALT dexie word index: query median', ms: median(times), detail: 'AND of syllables, unranked' },
  ];
}

export async function benchStoreNode(n = 10_000, compare = true): Promise<string> {
  const name = `bench-store-${Date.now()}`;
  const db = new CpvDatabase(name);
  const target = new CpvDatabase(`${name}-import`);
  try {
    const rows = await runStoreBench(db, n, { importInto: () => target });
    if (compare) rows.push(...(await dexieWordIndexRows(n)));
    return `Store bench, ${n} articles, Node ${process.version} + fake-indexeddb\n${formatBenchRows(rows)}`;
  } finally {
    db.close();
    target.close();
    await Dexie.delete(name);
    await Dexie.delete(`${name}-import`);
  }
}
