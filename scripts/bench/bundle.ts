/** Sizes of the built extension's scripts per entrypoint, raw and gzipped. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from './table';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function benchBundle(outDir = '.output/chrome-mv3'): string {
  const rows = files(outDir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return [relative(outDir, f), bytes.length, gzipSync(bytes, { level: 9 }).length] as const;
    })
    .sort((a, b) => b[2] - a[2]);
  const raw = rows.reduce((sum, r) => sum + r[1], 0);
  const gzip = rows.reduce((sum, r) => sum + r[2], 0);
  return table(['file (chrome-mv3)', 'bytes', 'gzip -9'], [...rows.map((r) => [...r]), ['total', raw, gzip]]);
}
