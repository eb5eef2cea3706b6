/**
 * Accuracy measures shared by the unit tests and the bench: ROUGE-1 on syllables,
 * precision/recall/F1 on matching keys. Names and positions are compared with
 * `matchKey`, so the two tone placements count as the same text.
 */

import { matchKey } from './normalize';
import { syllableKeys } from './tokens';
import type { Figure, Official } from './types';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addPRF(a: PRF, b: PRF): PRF {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export const EMPTY_PRF: PRF = prf(0, 0, 0);

/** ROUGE-1 F1 between a candidate and a reference text, on lower-cased syllables. */
export function rouge1(candidate: string, reference: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const t of syllableKeys(s)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const c = count(candidate);
  const r = count(reference);
  let overlap = 0;
  for (const [t, n] of c) overlap += Math.min(n, r.get(t) ?? 0);
  const cLen = [...c.values()].reduce((a, b) => a + b, 0);
  const rLen = [...r.values()].reduce((a, b) => a + b, 0);
  if (overlap === 0 || cLen === 0 || rLen === 0) return 0;
  const p = overlap / cLen;
  const rec = overlap / rLen;
  return (2 * p * rec) / (p + rec);
}

function setPRF(got: string[], gold: string[]): PRF {
  const g = new Set(gold);
  const o = new Set(got);
  let tp = 0;
  for (const x of o) if (g.has(x)) tp++;
  return prf(tp, o.size - tp, g.size - tp);
}

export interface GoldOfficial {
  name: string;
  positions: string[];
}

export function officialNamesPRF(got: Official[], gold: GoldOfficial[]): PRF {
  return setPRF(
    got.map((o) => matchKey(o.name)),
    gold.map((o) => matchKey(o.name)),
  );
}

export function officialPairsPRF(got: Official[], gold: GoldOfficial[]): PRF {
  const pairs = (list: GoldOfficial[]) =>
    list.flatMap((o) => o.positions.map((p) => `${matchKey(o.name)}|${matchKey(p)}`));
  return setPRF(pairs(got), pairs(gold));
}

export interface GoldFigure {
  text: string;
  value: number;
  unit: string;
}

/**
 * A figure matches when the value is equal and the units start with the same
 * syllable (`đơn` vs `đơn`, `triệu tin` vs `triệu tin`): where a unit ends is a
 * matter of taste (`cơn bão` vs `trận`), the quantity it counts is not.
 */
export function figureKey(f: { value: number; unit: string }): string {
  const first = matchKey(f.unit).split(/\s+/)[0] ?? '';
  return `${f.value}|${first}`;
}

export function figuresPRF(got: Figure[], gold: GoldFigure[]): PRF {
  return setPRF(got.map(figureKey), gold.map(figureKey));
}

export function documentsPRF(got: string[], gold: string[]): PRF {
  return setPRF(got, gold);
}
