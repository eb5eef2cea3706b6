/**
 * Bundled by the bench and injected into fixture pages in Chromium, so extraction is
 * timed where it really runs (inside a page), next to Mozilla Readability on the same
 * document in the same run.
 */
import { Readability } from '@mozilla/readability';
import { extract } from '../../lib/cpv';

function time(run: () => unknown, repeats: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

(globalThis as unknown as { cpvBench: unknown }).cpvBench = (url: string, repeats: number) => ({
  ours: time(() => extract(document, url), repeats),
  // Readability mutates the document it is given, so it gets a fresh clone each time,
  // and the clone's cost is timed separately and subtracted.
  clone: time(() => document.cloneNode(true), repeats),
  readability: time(() => new Readability(document.cloneNode(true) as Document).parse(), repeats),
});
