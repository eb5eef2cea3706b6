/**
 * Bundled by the store bench and run inside a Chromium page, so the store is timed on the
 * real IndexedDB it uses in the extension (fake-indexeddb in Node is far slower on writes
 * and has no disk to measure).
 */

import { CpvDatabase } from '../../lib/store/db';
import { type BenchCorpus, type BenchRow, runStoreBench } from './store-workload';

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

(globalThis as unknown as { cpvStoreBench: unknown }).cpvStoreBench = async (
  n: number,
  corpus: BenchCorpus,
): Promise<BenchRow[]> => {
  const db = new CpvDatabase(`bench-store-${n}`);
  await db.open();
  return runStoreBench(db, n, {
    corpus,
    importInto: async () => {
      const target = new CpvDatabase(`bench-store-${n}-import`);
      await target.open();
      return target;
    },
    storageUsage: usage,
    log: (message) => console.log(`store bench (Chromium): ${message}`),
  });
};
