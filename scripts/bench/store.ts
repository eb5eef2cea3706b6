/**
 * Store benchmark in Node (fake-indexeddb), at 2,000 articles: fake-indexeddb is far
 * slower than Chromium's IndexedDB and not representative; the real figures come from
 * scripts/bench/store-chromium.ts. Run:
 * npx tsx -e "import('./scripts/bench/store.ts').then(async (m) => console.log(await m.benchStoreNode()))"
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { CpvDatabase } from '../../lib/store/db';
import { deleteSearchCache } from '../../lib/store/search';
import { type BenchCorpus, formatBenchRows, runStoreBench } from './store-workload';

interface Gold {
  isArticle: boolean;
  title?: string;
  sapo?: string | null;
  category?: string | null;
  paragraphs?: string[];
  officials?: { name: string; positions: string[] }[];
  documents?: string[];
}

/** The real texts the synthetic articles recombine: every article fixture but the Wayback copies. */
export function loadBenchCorpus(
  dir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures'),
): BenchCorpus {
  const corpus: BenchCorpus = { paragraphs: [], titles: [], officials: [], categories: [], documents: [] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && !f.startsWith('wayback-'))
    .sort();
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
    if (!gold.isArticle) continue;
    corpus.paragraphs.push(...(gold.sapo ? [gold.sapo] : []), ...(gold.paragraphs ?? []));
    if (gold.title) corpus.titles.push(gold.title);
    corpus.officials.push(...(gold.officials ?? []));
    if (gold.category) corpus.categories.push(gold.category);
    corpus.documents.push(...(gold.documents ?? []));
  }
  return corpus;
}

export async function benchStoreNode(n = 2_000): Promise<string> {
  const name = `bench-store-${Date.now()}`;
  const db = new CpvDatabase(name);
  const target = new CpvDatabase(`${name}-import`);
  try {
    const rows = await runStoreBench(db, n, {
      corpus: loadBenchCorpus(),
      importInto: () => target,
      log: (message) => process.stderr.write(`store bench (Node): ${message}\n`),
    });
    return `Store bench, ${n} articles, Node ${process.version} + fake-indexeddb\n${formatBenchRows(rows)}`;
  } finally {
    await deleteSearchCache(db);
    db.close();
    target.close();
    await Dexie.delete(name);
    await Dexie.delete(`${name}-import`);
  }
}
