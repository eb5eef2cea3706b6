/**
 * Syllable tokens. Vietnamese writes one syllable per space-separated token, so a
 * "word" here is a syllable; codes (`82-KL/TW`), numbers (`1.234,5`) and joined
 * abbreviations (`PGS.TS`, `TP.HCM`) stay one token because splitting them would
 * let their pieces pass for names, figures or sentence ends.
 */

import { matchKey } from './normalize';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** `word` holds letters and/or digits; `punct` is one punctuation mark. */
  kind: 'word' | 'punct';
}

const TOKEN = /[\p{L}\p{M}\d]+(?:(?:[./\-&]|,(?=\d))[\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu;

const WORD_CHAR = /[\p{L}\p{M}\d]/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index ?? 0;
    out.push({
      text: t,
      start,
      end: start + t.length,
      kind: t.length > 1 || WORD_CHAR.test(t) ? 'word' : 'punct',
    });
  }
  return out;
}

/** Upper-case first letter: the cue for proper nouns, titles and organisations. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Lower-case syllable keys with one tone placement; punctuation dropped. */
export function syllableKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\d]+(?:[.,][\d]+)*/gu)) out.push(wordKey(m[0]));
  return out;
}

// Syllables repeat a great deal within and across articles; their keys are memoised
// (bounded, so a pathological input cannot grow the cache without limit).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** `matchKey` of one token, memoised. */
export function wordKey(word: string): string {
  let k = KEY_CACHE.get(word);
  if (k === undefined) {
    k = matchKey(word);
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(word, k);
  }
  return k;
}
