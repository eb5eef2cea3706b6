/**
 * Extraction speed per fixture page, in real Chromium and in Node (happy-dom), with
 * Mozilla Readability on the same documents in the same run as the reference.
 */
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/support/browser';
import { type Fixture, loadFixtures, startFakeSite } from '../../tests/support/site';
import { timeExtraction } from './in-page';
import { pageScript } from './page-script';
import { median, table } from './table';

const REPEATS = 25;

interface Timings {
  ours: number[];
  clone: number[];
  readability: number[];
}

export function parseInNode(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function timeInNode(fixture: Fixture): Timings {
  return timeExtraction(parseInNode(fixture.html, fixture.url), fixture.url, REPEATS);
}

async function timeInChromium(fixtures: Fixture[]): Promise<Map<string, Timings>> {
  const script = await pageScript('scripts/bench/in-page.ts');
  const site = await startFakeSite(fixtures);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--host-resolver-rules=${site.resolverRules}`,
      '--ignore-certificate-errors',
    ],
  });
  const results = new Map<string, Timings>();
  try {
    const page = await browser.newPage();
    for (const fixture of fixtures) {
      await page.goto(fixture.url);
      await page.addScriptTag({ content: script });
      const timings = await page.evaluate(
        ([url, repeats]) =>
          (globalThis as unknown as { cpvBench: (u: string, r: number) => Timings }).cpvBench(url, repeats),
        [fixture.url, REPEATS] as const,
      );
      results.set(fixture.name, timings);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return results;
}

export async function benchExtraction(): Promise<string> {
  const fixtures = loadFixtures().filter((f) => f.isArticle);
  const inChromium = await timeInChromium(fixtures);
  const rows: (string | number)[][] = [];
  const all = {
    chromium: [] as number[],
    chromiumRef: [] as number[],
    node: [] as number[],
    nodeRef: [] as number[],
  };
  for (const fixture of fixtures) {
    const c = inChromium.get(fixture.name);
    const n = timeInNode(fixture);
    if (!c) continue;
    const cOurs = median(c.ours);
    const cRef = Math.max(median(c.readability) - median(c.clone), 0.001);
    const nOurs = median(n.ours);
    const nRef = Math.max(median(n.readability) - median(n.clone), 0.001);
    all.chromium.push(cOurs);
    all.chromiumRef.push(cRef);
    all.node.push(nOurs);
    all.nodeRef.push(nRef);
    rows.push([fixture.name, cOurs, cRef, cRef / cOurs, nOurs, nRef, nRef / nOurs]);
  }
  const m = (xs: number[]) => median(xs);
  rows.push([
    'median',
    m(all.chromium),
    m(all.chromiumRef),
    m(all.chromiumRef) / m(all.chromium),
    m(all.node),
    m(all.nodeRef),
    m(all.nodeRef) / m(all.node),
  ]);
  return [
    `ms per call, median of ${REPEATS} timed loops per page (each loop ≥ 5 ms, divided by its calls;`,
    'ours and Readability take turns); Readability excludes the document clone it needs (timed alike, subtracted)',
    table(
      [
        'page',
        'Chromium ours',
        'Chromium Readability',
        'x faster',
        'Node ours',
        'Node Readability',
        'x faster',
      ],
      rows,
    ),
    'targets: Chromium median ≤ 5 ms per page and ≥ 5× faster than Readability',
  ].join('\n');
}
