/**
 * The store at 10,000 articles in real Chromium: bulk save, first list page, search,
 * export, import and the size on disk, on the IndexedDB the extension really uses.
 * The store needs no extension APIs, so it runs as a plain bundle in a page served
 * from 127.0.0.1 (IndexedDB and `navigator.storage` need a real origin).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/support/browser';
import { pageScript } from './page-script';
import { loadBenchCorpus } from './store';
import type { BenchCorpus, BenchRow } from './store-workload';
import { table } from './table';

const ARTICLES = 10_000;

async function serveBlankPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><meta charset="utf-8"><title>store bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function benchStoreChromium(n = ARTICLES): Promise<string> {
  const script = await pageScript('scripts/bench/store-page.ts');
  const site = await serveBlankPage();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // A fresh context is a fresh profile: empty IndexedDB, so the size is this run's alone.
    const page = await browser.newPage();
    page.on('console', (message) => process.stderr.write(`${message.text()}\n`));
    await page.goto(site.url);
    await page.addScriptTag({ content: script });
    const rows = await page.evaluate(
      ([count, corpus]) =>
        (
          globalThis as unknown as { cpvStoreBench: (n: number, c: BenchCorpus) => Promise<BenchRow[]> }
        ).cpvStoreBench(count, corpus),
      [n, loadBenchCorpus()] as const,
    );
    const version = browser.version();
    const timed = rows.filter((r) => !Number.isNaN(r.ms));
    const sizes = rows.filter((r) => Number.isNaN(r.ms));
    return [
      `${n} synthetic articles recombined from the fixtures' real texts, Chromium ${version}`,
      table(
        ['step', 'ms', 'detail'],
        timed.map((r) => [r.name, r.ms, r.detail ?? '']),
      ),
      ...sizes.map((r) => `${r.name}: ${r.detail ?? ''}`),
      'targets: search median ≤ 50 ms, export ≤ 3 s, import ≤ 5 s',
    ].join('\n');
  } finally {
    await browser.close();
    await site.close();
  }
}
