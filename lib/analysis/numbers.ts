/**
 * Vietnamese number notation (CLDR `vi`): `.` groups thousands, `,` is the decimal
 * mark. `20.08` (one dot, two digits) is a date or an English-style copy, not a
 * Vietnamese number, so it is refused rather than guessed.
 */

import { matchKey } from './normalize';

export function parseVietnameseNumber(written: string): number | null {
  const s = written.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12],
  ['ngàn tỷ', 1e12],
  ['nghìn tỉ', 1e12],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
];

/** The scale word a unit starts with (`tỷ đồng` → `tỷ`, 1e9), if any. */
export function scaleOf(unit: string): { word: string; factor: number } | null {
  const key = matchKey(unit);
  for (const [word, factor] of SCALES) {
    if (key === word || key.startsWith(`${word} `)) return { word, factor };
  }
  return null;
}

export const SCALE_WORDS = SCALES.map(([w]) => w);
