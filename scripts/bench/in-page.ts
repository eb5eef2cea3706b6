/**
 * Bundled by the bench and injected into fixture pages in Chromium, so extraction is
 * timed where it really runs (inside a page), next to Mozilla Readability on the same
 * document in the same run. The Node side of the bench uses the same timer.
 */
import { Readability } from '@mozilla/readability';
import { extract } from '../../lib/cpv';

/** A timed loop must last at least this long for the timer's resolution not to matter. */
const MIN_LOOP_MS = 5;
/** Untimed calls first: the first calls run cold and would set the loop length to one. */
const WARM_UP = 5;

/** Calls per timed loop: doubled until one loop lasts MIN_LOOP_MS. */
function loopLength(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  let calls = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    if (performance.now() - started >= MIN_LOOP_MS || calls >= 1_024) return calls;
    calls *= 2;
  }
}

/**
 * Per-call times of each function: `repeats` samples each, one sample being a timed
 * loop of many calls divided by their number. Chromium coarsens `performance.now()`
 * to 0.1 ms in pages that are not cross-origin isolated, a fifth of an extraction: a
 * single call cannot be timed. The functions take turns sample by sample, so that
 * load from other processes weighs on all of them alike.
 */
export function timeInTurns<K extends string>(
  runs: Record<K, () => unknown>,
  repeats: number,
): Record<K, number[]> {
  const keys = Object.keys(runs) as K[];
  const calls = new Map(keys.map((k) => [k, loopLength(runs[k])]));
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < repeats; r++) {
    for (const k of keys) {
      const run = runs[k];
      const n = calls.get(k) ?? 1;
      const started = performance.now();
      for (let i = 0; i < n; i++) run();
      times[k].push((performance.now() - started) / n);
    }
  }
  return times;
}

/** Our extraction and Readability on the same document; see `timeInTurns`. */
export function timeExtraction(doc: Document, url: string, repeats: number) {
  return timeInTurns(
    {
      ours: () => extract(doc, url),
      // Readability mutates the document it is given, so it gets a fresh clone each
      // time, and the clone's cost is timed alike and subtracted.
      clone: () => doc.cloneNode(true),
      readability: () => new Readability(doc.cloneNode(true) as Document).parse(),
    },
    repeats,
  );
}

(globalThis as unknown as { cpvBench: unknown }).cpvBench = (url: string, repeats: number) =>
  timeExtraction(document, url, repeats);
